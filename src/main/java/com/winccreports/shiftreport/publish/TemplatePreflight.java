package com.winccreports.shiftreport.publish;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.TreeSet;
import java.nio.file.InvalidPathException;
import com.winccreports.definition.ReportSection;
import com.winccreports.render.ReportMessages;
import com.winccreports.render.TemplateFinding;
import com.winccreports.render.excel.ExcelTemplateCheck;
import com.winccreports.render.pdf.PdfLayoutCheck;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.system.ConfinedFolder;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InputLimits;
import com.winccreports.system.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a job's templates before anything is read from WinCC: the Excel template and the PDF layout the job
 * names exist below the home folder, are readable files within {@link InputLimits#MAX_TEMPLATE_BYTES}, open
 * (POI's zip-bomb limits set) and hold only placeholders the renderers know; the messages exist. A placeholder
 * naming a KPI the engine does not compute is a warning: the cell stays empty, the report is still right.
 * The built-in Excel template is used only where the job says {@code template: builtin}.
 */
public final class TemplatePreflight {

    /** {@code report.template} value that asks for the product's built-in Excel template. */
    public static final String BUILTIN = "builtin";

    /** What was found: errors refuse the run, warnings are shown. */
    public record Result(List<String> errors, List<String> warnings) {

        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        /** The errors as one message, one a line, for a refusal. */
        public String describe() {
            return errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in the job's templates:\n  "
                    + String.join("\n  ", errors);
        }
    }

    /** Says where in the job's file a field of its {@code report} section is ("jobs/x.yaml:52: report.template"). */
    @FunctionalInterface
    public interface Locator {
        String at(String reportField, String problem);

        /** The job's file and field, without a line (for callers that have no parsed definition). */
        static Locator byName(String job) {
            return (field, problem) -> "jobs/" + job + ".yaml: report." + field + ": " + problem;
        }
    }

    private final HomeFolder home;

    public TemplatePreflight(HomeFolder home) {
        this.home = home;
    }

    /** Checks the templates of {@code section} of job {@code job}, for a site with shifts {@code shifts}. */
    public Result check(String job, ReportSection section, Set<String> shifts) {
        return check(Locator.byName(job), section, shifts);
    }

    /** Checks the templates of {@code section}; problems with a field of the section are placed by {@code where}. */
    public Result check(Locator where, ReportSection section, Set<String> shifts) {
        InputLimits.apply();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path messagesFolder = home.root().resolve("report-templates");
        Path messages = messagesFolder.resolve(ReportMessages.BASE_NAME + ".properties");
        if (!Files.isRegularFile(messages)) {
            errors.add(messages + ": missing (the report's texts; copy report-templates/ from the distribution)");
            return new Result(errors, warnings);
        }
        Set<String> labels = ReportMessages.read(messages).keySet();
        Set<String> kpis = Arrays.stream(Kpi.values()).map(Kpi::id).collect(Collectors.toSet());
        if (section.formats().contains(ReportSection.ReportFormat.XLSX) && !BUILTIN.equals(section.template())) {
            checkFile(where, "template", section.template(), "Excel template", "name one (e.g. report-templates/"
                    + "shift-report.xlsx), or write 'template: builtin' for the product's built-in template",
                    file -> new ExcelTemplateCheck(labels, kpis, shifts).check(file), errors, warnings);
        }
        if (section.formats().contains(ReportSection.ReportFormat.PDF)) {
            checkFile(where, "layout", section.layout(), "PDF layout", "name one (e.g. report-templates/"
                    + "shift-report.pdf-layout.yaml)", file -> new PdfLayoutCheck(labels, kpis).check(file),
                    errors, warnings);
        }
        return new Result(errors, warnings);
    }

    private void checkFile(Locator where, String field, String named, String what, String remedy,
            Function<Path, List<TemplateFinding>> check, List<String> errors, List<String> warnings) {
        if (named == null) {
            errors.add(where.at(field, "no " + what + " named: " + remedy));
            return;
        }
        Path file;
        try {
            file = new ConfinedFolder(home.root()).inside(Path.of(named));
        } catch (InvalidInputException | InvalidPathException e) {
            errors.add(where.at(field, "'" + named + "' is not a path inside the home folder " + home.root()));
            return;
        }
        String problem = unreadable(file);
        if (problem != null) {
            errors.add(where.at(field, what + " " + file + " " + problem));
            return;
        }
        Set<String> unknownKpis = new TreeSet<>();
        for (TemplateFinding finding : check.apply(file)) {
            Matcher kpi = UNKNOWN_KPI.matcher(finding.message());
            if (kpi.lookingAt()) {
                unknownKpis.add(kpi.group(1));
            } else {
                errors.add(file + ": " + finding);
            }
        }
        if (!unknownKpis.isEmpty()) {
            warnings.add(file + ": names KPIs the engine does not compute, their cells and rows stay empty: "
                    + String.join(", ", unknownKpis) + " (computed: " + String.join(", ", new TreeSet<>(
                            Arrays.stream(Kpi.values()).map(Kpi::id).toList())) + ")");
        }
    }

    private static final Pattern UNKNOWN_KPI = Pattern.compile("unknown KPI '([^']+)'");

    private static String unreadable(Path file) {
        if (!Files.exists(file)) {
            return "does not exist";
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "is not a readable file";
        }
        try {
            long size = Files.size(file);
            return size > InputLimits.MAX_TEMPLATE_BYTES ? "is " + size / (1024 * 1024) + " MB, more than the "
                    + InputLimits.MAX_TEMPLATE_BYTES / (1024 * 1024) + " MB a template may have" : null;
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }
}
