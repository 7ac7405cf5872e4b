package com.winccreports.system.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input an operator or a plant engineer will one day give: every field of the job and the site definition
 * wrong in turn, wrong command-line arguments, injection attempts in user-archive and filter names, unknown
 * template placeholders, broken plant files. Each must be refused with exit code 4 and a message that names
 * the file and field (or the argument), before anything is written — not even the database.
 *
 * @see BadInputCorpusTest
 */
final class BadInputCorpus {

    static final String JOB = "jobs/shift-report.yaml";
    static final String SITE = "jobs/sites/demo.yaml";
    static final String[] RUN = {"run", "shift-report", "--day", "2026-11-24"};
    /** Stands for the home folder in arguments (a plant file is given by its path). */
    static final String HOME = "{home}";

    /**
     * One bad input: {@code file} edited by replacing {@code find} with {@code replace} (no edit when file is
     * null), the command line {@code args}, and what the message must say.
     */
    record Case(String name, String file, String find, String replace, String[] args, List<String> says) {

        @Override
        public String toString() {
            return name;
        }
    }

    private BadInputCorpus() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(jobFields());
        cases.addAll(siteFields());
        cases.addAll(injections());
        cases.addAll(templates());
        cases.addAll(arguments());
        cases.addAll(plants());
        cases.addAll(configuration());
        return cases;
    }

    private static List<Case> jobFields() {
        return List.of(
                job("kind unknown", "kind: shift-report", "kind: shift-reports", "kind"),
                job("description not text", "description: Shift report", "description: [1, 2]\nx: Shift report",
                        "description"),
                job("source with a space", "source: embedded", "source: \"plant 1\"", "source"),
                job("source not configured", "source: embedded", "source: plant9", "unknown WinCC source 'plant9'"),
                job("site unknown", "site: demo", "site: demo2", "site", "unknown site 'demo2'"),
                job("site climbing", "site: demo", "site: ../demo", "site"),
                job("line not of the site", "lines: [L1, L2]", "lines: [L1, L9]", "lines[1]", "L9"),
                job("line climbing", "lines: [L1, L2]", "lines: [L1, \"../L2\"]", "lines[1]"),
                job("tag unknown", "{tag: \"{line}.Pressure\"", "{tag: \"{line}.Presure\"", "tags[2].tag",
                        "L1.Presure"),
                job("aggregate unknown", "aggregates: [timeAverage, maximum]}", "aggregates: [timeAverage, maximun]}",
                        "tags[3].aggregates[1]", "maximun"),
                job("tag key unknown", "{tag: \"{line}.Power\",", "{colour: red, tag: \"{line}.Power\",", "tags[4]",
                        "colour"),
                job("no tags", "tags:\n", "tags: []\nunusedTags:\n", "tags"),
                job("user archive column unknown", "operator: Operator}", "operator: Operator, colour: Colour}",
                        "userArchive.fields"),
                job("kpi element tag unknown", "goodQuantity: {tag: \"{line}.GoodCount\"",
                        "goodQuantity: {tag: \"{line}.GoodCnt\"", "kpis.elements.goodQuantity"),
                job("kpi target not a number", "green: 0.65", "green: high", "kpis"),
                job("alarm archive unknown", "archive: LongTermArchive", "archive: Forever", "alarms.archive"),
                job("alarm top too large", "top: 10", "top: 1000", "alarms.top"),
                job("format unknown", "formats: [xlsx, pdf]", "formats: [xlsx, docx]", "report.formats[1]"),
                job("language unknown", "language: en", "language: fr", "report.language"),
                job("schedule cron and after", "after: production-day", "after: production-day\n  cron: \"0 0 6 * * ?\"",
                        "schedule"),
                job("catch-up unknown", "catchUp: all", "catchUp: some", "schedule.catchUp"),
                job("completeness wait not a duration", "completenessWait: PT2H", "completenessWait: 2 hours",
                        "schedule.completenessWait"),
                job("grid size zero", "gridSize: 4", "gridSize: 0", "partitioning.gridSize"),
                job("slice not a duration", "slice: PT8H", "slice: 8h", "partitioning.slice"),
                job("max period not a duration", "kind: shift-report", "kind: shift-report\nmaxPeriod: 93 days",
                        "maxPeriod"),
                job("unknown key", "kind: shift-report", "kind: shift-report\ncolour: blue", "colour"),
                job("not YAML", "site: demo", "site: [demo", "not valid YAML"),
                new Case("job file named ...yaml", "jobs/...yaml", null, "kind: shift-report\n", RUN,
                        List.of("...yaml", "job name '..' is not allowed")),
                new Case("job: file missing", JOB, null, null, RUN, List.of("no job 'shift-report'",
                        "jobs/shift-report.yaml does not exist", "jobs there: none")),
                new Case("job: schema missing", "jobs/schema/job.schema.json", null, null, RUN,
                        List.of("job.schema.json: missing", "jobs/schema/")));
    }

    private static List<Case> siteFields() {
        return List.of(
                site("zone unknown", "zone: Europe/Berlin", "zone: Europe/Atlantis", "zone"),
                site("zone missing", "zone: Europe/Berlin\n", "", "zone"),
                site("description not text", "description: Demo plant", "description: [x]\ny: Demo plant",
                        "description"),
                site("line with a space", "lines: [L1, L2]", "lines: [L1, \"L 2\"]", "lines[1]"),
                site("no lines", "lines: [L1, L2]", "lines: []", "lines"),
                site("production day start not a duration", "productionDayStart: PT6H", "productionDayStart: 6am",
                        "shifts.productionDayStart"),
                site("shift start not a time", "start: \"06:00\", end: \"14:00\"", "start: \"6 o'clock\", end: \"14:00\"",
                        "shifts.pattern[0].start"),
                site("shifts overlap", "start: \"14:00\", end: \"22:00\"", "start: \"13:00\", end: \"22:00\"",
                        "shifts.pattern"),
                site("shift without a name", "{name: Late, ", "{", "shifts.pattern[1].name"),
                site("tag kind unknown", "kind: analog, unit: bar", "kind: analogue, unit: bar", "tags", "kind"),
                site("tag without archive", "\"{line}.Speed\": {archive: PVArchive, ", "\"{line}.Speed\": {",
                        "tags", "archive"),
                site("tag cycle not a duration", "unit: kW, description: Electrical power, archiveCycle: PT1S",
                        "unit: kW, description: Electrical power, archiveCycle: 1s", "archiveCycle"),
                site("unknown key", "zone: Europe/Berlin", "zone: Europe/Berlin\ncolour: blue", "colour"),
                new Case("site file named ...yaml", "jobs/sites/...yaml", null, "zone: UTC\n", RUN,
                        List.of("...yaml", "site name '..' is not allowed")));
    }

    private static List<Case> injections() {
        return List.of(
                job("user archive name SQL", "name: BatchRecords", "name: \"BatchRecords\\\"; DROP TABLE x; --\"",
                        "userArchive.name"),
                job("user archive field SQL", "good: GoodQty", "good: \"GoodQty' OR '1'='1\"", "userArchive.fields.good"),
                job("recipes archive climbing", "recipes: Recipes", "recipes: \"../Recipes\"", "userArchive.recipes"),
                job("alarm filter query", "restFilter: \"{line}\"", "restFilter: \"{line}&filter=*\"",
                        "alarms.restFilter"),
                job("alarm class quote", "archive: LongTermArchive", "archive: LongTermArchive\n  classes: [\"Alarm' OR 1=1\"]",
                        "alarms.classes[0]"));
    }

    private static List<Case> templates() {
        return List.of(
                job("template missing", "template: report-templates/shift-report.xlsx",
                        "template: report-templates/none.xlsx", "report.template", "does not exist"),
                job("template outside home", "template: report-templates/shift-report.xlsx",
                        "template: ../../etc/passwd", "report.template", "not a path inside the home folder"),
                job("template not named", "  template: report-templates/shift-report.xlsx\n", "", "report.template",
                        "template: builtin"),
                job("layout missing", "layout: report-templates/shift-report.pdf-layout.yaml",
                        "layout: report-templates/none.pdf-layout.yaml", "report.layout", "does not exist"),
                new Case("template corrupt", "report-templates/shift-report.xlsx", null, "PK\u0003\u0004 broken", RUN,
                        List.of("shift-report.xlsx", "cannot read the workbook")),
                new Case("layout section unknown", "report-templates/shift-report.pdf-layout.yaml", "  - type: alarms\n",
                        "  - type: alarms\n  - type: horoscope\n", RUN, List.of("shift-report.pdf-layout.yaml",
                                "unknown section type 'horoscope'")),
                new Case("messages missing", "report-templates/messages.properties", null, null, RUN,
                        List.of("messages.properties: missing")));
    }

    private static List<Case> arguments() {
        return List.of(
                args("day not a date", List.of("--day"), "run", "shift-report", "--day", "2026-13-45"),
                args("from without to", List.of("--from and --to together"), "run", "shift-report", "--from",
                        "2026-11-24T00:00:00Z"),
                args("from after to", List.of("must be before --to"), "run", "shift-report", "--from",
                        "2026-11-25T00:00:00Z", "--to", "2026-11-24T00:00:00Z"),
                args("day and from", List.of("without --day"), "run", "shift-report", "--day", "2026-11-24", "--from",
                        "2026-11-24T00:00:00Z", "--to", "2026-11-25T00:00:00Z"),
                args("from not an instant", List.of("--from", "not an instant"), "run", "shift-report", "--from",
                        "2026-11-24", "--to", "2026-11-25"),
                args("line unknown", List.of("line 'L9' is not reported"), "run", "shift-report", "--day",
                        "2026-11-24", "--line", "L9"),
                args("line climbing", List.of("line '../L1' is not allowed"), "run", "shift-report", "--day",
                        "2026-11-24", "--line", "../L1"),
                args("job climbing", List.of("job name '../shift-report' is not allowed"), "run", "../shift-report"),
                args("job dots", List.of("job name '...' is not allowed"), "run", "..."),
                args("job unknown", List.of("no job 'nightly'", "jobs/nightly.yaml does not exist"), "run", "nightly"),
                args("job unknown for a batch", List.of("no job 'nightly'", "jobs/nightly.yaml does not exist"), "run",
                        "nightly", "--batch", "L1-20261124-02"),
                args("batch of a report job", List.of("runs for periods, not batches"), "run", "shift-report",
                        "--batch", "L1-20261124-02"),
                args("job missing", List.of("Missing required parameter"), "run"),
                args("option unknown", List.of("Unknown option: '--bogus'"), "run", "shift-report", "--bogus"),
                args("grid size zero", List.of("--grid-size 0"), "run", "shift-report", "--day", "2026-11-24",
                        "--grid-size", "0"),
                args("day in the future", List.of("2027-06-01", "has not started yet"), "run", "shift-report",
                        "--day", "2027-06-01"),
                args("five years", List.of("lasts 1826 days", "maxPeriod"), "run", "shift-report", "--from",
                        "2021-01-01T00:00:00Z", "--to", "2026-01-01T00:00:00Z"),
                args("restart not a number", List.of("EXECUTION", "abc"), "restart", "abc"),
                args("limit zero", List.of("--limit 0"), "executions", "--limit", "0"),
                args("verb unknown", List.of("Unmatched argument", "frobnicate"), "frobnicate"));
    }

    private static List<Case> plants() {
        String[] simulate = {"simulator", "--port", "0", "--plant", HOME + "/jobs/plants/bad.yaml"};
        return List.of(
                plant("plant tag kind unknown", "kind: speed", "kind: sped", simulate, "bad.yaml", "tags[3].kind"),
                plant("plant field typo", "computerName:", "computerNmae:", simulate, "bad.yaml", "computerNmae"),
                plant("plant time zone unknown", "timeZone: Europe/Berlin", "timeZone: Mars/Olympus", simulate,
                        "bad.yaml", "timeZone"),
                new Case("plant file missing", null, null, null, new String[] {"simulator", "--port", "0", "--plant",
                    HOME + "/jobs/plants/none.yaml"}, List.of("--plant", "none.yaml")));
    }

    /** The home's {@code config/application.yaml}: a setting misspelt, not YAML, a source that cannot be used. */
    private static List<Case> configuration() {
        String source = """
                wincc-reports:
                  sources:
                    plant1:
                      url: http://127.0.0.1:1/WinCCRestService
                      user: reports
                """;
        return List.of(
                config("top-level name misspelt", "wincc-reports:\n  source:\n    plant1: {url: http://x}\n",
                        "config/application.yaml:2: wincc-reports.source", "did you mean 'sources'?"),
                config("source setting misspelt", source + "      passwrod-env: WINCC_PLANT1_PASSWORD\n",
                        "config/application.yaml:6: wincc-reports.sources.plant1.passwrod-env",
                        "did you mean 'password-env'?"),
                config("schedule setting misspelt", "wincc-reports.schedule.jobs.shift-report.keep-ouputs: P30D\n",
                        "config/application.yaml:1:", "keep-ouputs", "did you mean 'keep-outputs'?"),
                config("not YAML", "wincc-reports:\n  job: [1\n", "config/application.yaml:", "not valid YAML"),
                config("source password variable not set", source
                        + "      password-env: WINCC_REPORTS_CORPUS_UNSET\n", "wincc-reports.sources.plant1.password-env",
                        "WINCC_REPORTS_CORPUS_UNSET", "fix it in config/application.yaml"),
                config("source url not a URL", source.replace("http://127.0.0.1:1/WinCCRestService", "scada1:34569")
                        + "      password-env: PATH\n", "wincc-reports.sources.plant1.url", "not an http(s) URL"),
                config("source limit zero", source + "      password-env: PATH\n      max-concurrent-requests: 0\n",
                        "wincc-reports.sources.plant1.max-concurrent-requests must be at least 1"),
                config("signing keystore missing", """
                        wincc-reports:
                          packages:
                            signing: {keystore: config/none.p12, password-env: PATH}
                        """, "wincc-reports.packages.signing.keystore", "none.p12 does not exist"),
                config("signing password variable not set", """
                        wincc-reports:
                          packages:
                            signing: {keystore: jobs/shift-report.yaml, password-env: WINCC_REPORTS_CORPUS_UNSET}
                        """, "wincc-reports.packages.signing.password-env names WINCC_REPORTS_CORPUS_UNSET",
                        "fix it in config/application.yaml"));
    }

    private static Case config(String name, String text, String... says) {
        return edit("config: " + name, "config/application.yaml", null, text, RUN, says);
    }

    private static Case job(String name, String find, String replace, String... says) {
        return edit("job: " + name, JOB, find, replace, RUN, says);
    }

    private static Case site(String name, String find, String replace, String... says) {
        return edit("site: " + name, SITE, find, replace, RUN, says);
    }

    private static Case plant(String name, String find, String replace, String[] args, String... says) {
        return edit(name, "jobs/plants/bad.yaml", find, replace, args, says);
    }

    private static Case args(String name, List<String> says, String... args) {
        return new Case("arguments: " + name, null, null, null, args, says);
    }

    /** {@code file} with {@code find} replaced by {@code replace}, then {@code args}; the message says {@code says}. */
    private static Case edit(String name, String file, String find, String replace, String[] args, String... says) {
        return new Case(name, file, find, replace, args, List.of(says));
    }
}
