package com.winccreports.definition;

import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.SafeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every job and site definition of a home folder ({@code jobs/*.yaml}, {@code jobs/sites/*.yaml}),
 * validated against {@code jobs/schema/} and against each other when loaded. Loading fails with all
 * problems of all files at once, so one run of {@code run} shows everything to fix; what is only suspicious
 * (a gap between shifts) is kept as {@link #warnings()}. A file's name is the job's or site's name, so it must
 * be a {@link SafeName}: {@code ...yaml} is refused, naming the file.
 */
public final class Definitions {

    public static final String JOB_SCHEMA = "schema/job.schema.json";
    public static final String SITE_SCHEMA = "schema/site.schema.json";

    private final Path folder;
    private final Map<String, Located<JobDefinition>> jobs;
    private final Map<String, Located<SiteDefinition>> sites;
    private final List<DefinitionProblem> warnings;

    private Definitions(Path folder, Map<String, Located<JobDefinition>> jobs,
            Map<String, Located<SiteDefinition>> sites, List<DefinitionProblem> warnings) {
        this.folder = folder;
        this.jobs = jobs;
        this.sites = sites;
        this.warnings = List.copyOf(warnings);
    }

    /** Loads and checks every definition under {@code home}'s {@code jobs/} folder. */
    public static Definitions load(HomeFolder home) {
        return load(home.jobs());
    }

    /** Loads and checks every definition under {@code jobsFolder}. */
    public static Definitions load(Path jobsFolder) {
        requireFolder(jobsFolder);
        List<DefinitionProblem> problems = new ArrayList<>();
        List<DefinitionProblem> warnings = new ArrayList<>();
        Map<String, Located<SiteDefinition>> sites = new TreeMap<>();
        List<String> invalidSites = new ArrayList<>();
        DefinitionReader siteReader = reader(jobsFolder.resolve(SITE_SCHEMA));
        for (Path file : namedFiles(yamlFiles(jobsFolder.resolve("sites")), "site", problems)) {
            read(siteReader, file, SiteDefinition.class, problems).ifPresentOrElse(site -> sites.put(stem(file),
                    new Located<>(file, site.value().withName(stem(file)), site.yaml())),
                    () -> invalidSites.add(stem(file)));
        }
        sites.values().forEach(site -> {
            problems.addAll(CrossReferences.checkSite(site));
            warnings.addAll(CrossReferences.siteWarnings(site));
        });
        Map<String, Located<JobDefinition>> jobs = new TreeMap<>();
        DefinitionReader jobReader = reader(jobsFolder.resolve(JOB_SCHEMA));
        for (Path file : namedFiles(yamlFiles(jobsFolder), "job", problems)) {
            read(jobReader, file, JobDefinition.class, problems).ifPresent(job -> jobs.put(stem(file),
                    new Located<>(file, job.value().withName(stem(file)), job.yaml())));
        }
        // a job of a site whose file is broken: the site's own problems say what to fix
        jobs.values().stream().filter(job -> !invalidSites.contains(job.value().site()))
                .forEach(job -> problems.addAll(CrossReferences.check(job, sites)));
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return new Definitions(jobsFolder, jobs, sites, warnings);
    }

    /** What is suspicious but not wrong (a gap between shifts), located like a problem. */
    public List<DefinitionProblem> warnings() {
        return warnings;
    }

    /** The job named {@code name}; fails naming the jobs that exist. */
    public JobDefinition job(String name) {
        return located(jobs, name, "job").value();
    }

    public SiteDefinition site(String name) {
        return located(sites, name, "site").value();
    }

    public SiteDefinition siteOf(JobDefinition job) {
        return site(job.site());
    }

    public List<JobDefinition> jobs() {
        return jobs.values().stream().map(Located::value).toList();
    }

    /** A problem located at {@code path} (property names and indexes) of {@code job}'s file, with its line. */
    public DefinitionProblem problem(JobDefinition job, List<Object> path, String problem) {
        return located(jobs, job.name(), "job").problem(path, problem);
    }

    /** The file a job was read from (its SHA-256 goes into the report manifest). */
    public Path fileOf(JobDefinition job) {
        return located(jobs, job.name(), "job").file();
    }

    public Path fileOf(SiteDefinition site) {
        return located(sites, site.name(), "site").file();
    }

    private <T> Located<T> located(Map<String, Located<T>> known, String name, String what) {
        Located<T> found = known.get(name);
        if (found == null) {
            String where = "job".equals(what) ? folder.resolve(name + ".yaml").toString()
                    : folder.resolve("sites").resolve(name + ".yaml").toString();
            throw new InvalidInputException("no " + what + " '" + name + "': " + where
                    + " does not exist (" + what + "s there: " + (known.isEmpty() ? "none" : String.join(", ",
                            known.keySet())) + ")");
        }
        return found;
    }

    private static void requireFolder(Path jobsFolder) {
        if (!Files.isDirectory(jobsFolder)) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(jobsFolder, 0, null,
                    "no such folder: the home folder (WINCC_REPORTS_HOME, else the working directory) must hold "
                            + "jobs/ with the job definitions and jobs/schema/")));
        }
    }

    private static DefinitionReader reader(Path schema) {
        if (!Files.isRegularFile(schema)) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(schema, 0, null,
                    "missing: the JSON Schemas of the definitions ship in jobs/schema/; copy that folder from the "
                            + "distribution into the home folder")));
        }
        return DefinitionReader.withSchema(schema);
    }

    /**
     * The files whose name is a safe job or site name (a job not named as the audit trail's exports' folder); the
     * others become problems naming the file.
     */
    private static List<Path> namedFiles(List<Path> files, String what, List<DefinitionProblem> problems) {
        List<Path> named = new ArrayList<>();
        for (Path file : files) {
            if (what.equals("job") && stem(file).equals(HomeFolder.AUDIT_TRAIL_EXPORTS)) {
                problems.add(new DefinitionProblem(file, 0, null, "the file name gives the job its name, and output/"
                        + HomeFolder.AUDIT_TRAIL_EXPORTS + "/ holds the audit trail's exports; rename the file"));
            } else if (SafeName.isSafe(stem(file))) {
                named.add(file);
            } else {
                problems.add(new DefinitionProblem(file, 0, null, "the file name gives the " + what + " its name: "
                        + SafeName.problem(what + " name", stem(file)) + "; rename the file"));
            }
        }
        return named;
    }

    private static <T> java.util.Optional<Located<T>> read(DefinitionReader reader, Path file, Class<T> type,
            List<DefinitionProblem> problems) {
        try {
            return java.util.Optional.of(reader.read(file, type));
        } catch (InvalidDefinitionException e) {
            problems.addAll(e.problems());
            return java.util.Optional.empty();
        }
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
