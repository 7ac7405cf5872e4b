package com.winccreports.definition;

import com.winccreports.system.HomeFolder;
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
 * problems of all files at once, so one run of {@code run} shows everything to fix.
 */
public final class Definitions {

    public static final String JOB_SCHEMA = "schema/job.schema.json";
    public static final String SITE_SCHEMA = "schema/site.schema.json";

    private final Map<String, Located<JobDefinition>> jobs;
    private final Map<String, Located<SiteDefinition>> sites;

    private Definitions(Map<String, Located<JobDefinition>> jobs, Map<String, Located<SiteDefinition>> sites) {
        this.jobs = jobs;
        this.sites = sites;
    }

    /** Loads and checks every definition under {@code home}'s {@code jobs/} folder. */
    public static Definitions load(HomeFolder home) {
        return load(home.jobs());
    }

    /** Loads and checks every definition under {@code jobsFolder}. */
    public static Definitions load(Path jobsFolder) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Located<SiteDefinition>> sites = new TreeMap<>();
        DefinitionReader siteReader = DefinitionReader.withSchema(jobsFolder.resolve(SITE_SCHEMA));
        for (Path file : yamlFiles(jobsFolder.resolve("sites"))) {
            read(siteReader, file, SiteDefinition.class, problems).ifPresent(site -> sites.put(stem(file),
                    new Located<>(file, site.value().withName(stem(file)), site.yaml())));
        }
        sites.values().forEach(site -> problems.addAll(CrossReferences.checkSite(site)));
        Map<String, Located<JobDefinition>> jobs = new TreeMap<>();
        DefinitionReader jobReader = DefinitionReader.withSchema(jobsFolder.resolve(JOB_SCHEMA));
        for (Path file : yamlFiles(jobsFolder)) {
            read(jobReader, file, JobDefinition.class, problems).ifPresent(job -> jobs.put(stem(file),
                    new Located<>(file, job.value().withName(stem(file)), job.yaml())));
        }
        jobs.values().forEach(job -> problems.addAll(CrossReferences.check(job, sites)));
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return new Definitions(jobs, sites);
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

    /** The file a job was read from (its SHA-256 goes into the report manifest). */
    public Path fileOf(JobDefinition job) {
        return located(jobs, job.name(), "job").file();
    }

    public Path fileOf(SiteDefinition site) {
        return located(sites, site.name(), "site").file();
    }

    private static <T> Located<T> located(Map<String, Located<T>> known, String name, String what) {
        Located<T> found = known.get(name);
        if (found == null) {
            throw new IllegalArgumentException("no " + what + " '" + name + "' (known: " + known.keySet() + ")");
        }
        return found;
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
