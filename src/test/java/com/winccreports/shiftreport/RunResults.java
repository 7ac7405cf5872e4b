package com.winccreports.shiftreport;

import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.shiftreport.staging.StagingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** What a finished run produced, in a form two runs can be compared by: merged line results and report files. */
record RunResults(Map<String, String> lineResults, Map<String, String> files, long valuesStaged, List<String> outputTree) {

    static RunResults of(ConfigurableApplicationContext context, RunOutcome outcome, List<String> lines) {
        // the execution that published, or (a run killed after publishing, then restarted) its job instance's
        long instance = context.getBean(JobRepository.class).getJobExecution(outcome.executionId()).getJobInstance()
                .getInstanceId();
        Publication publication = context.getBean(PublicationStore.class).byInstance(instance)
                .orElseThrow(() -> new AssertionError("no publication for execution " + outcome.executionId()));
        StagingStore store = context.getBean(StagingStore.class);
        Map<String, String> results = new TreeMap<>();
        for (String line : lines) {
            results.put(line, store.result(publication.instanceId(), "line/" + line).orElseThrow());
        }
        Map<String, String> files = new TreeMap<>();
        try {
            for (String file : publication.files()) {
                files.put(file, Files.readString(publication.folder().resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunResults(results, files, store.valueCount(publication.instanceId()),
                tree(publication.folder().getParent().getParent()));
    }

    /** Every path under {@code output/<job>/}, relative, sorted: shows leftovers such as hidden partial folders. */
    static List<String> tree(Path jobFolder) {
        try (Stream<Path> paths = Files.walk(jobFolder)) {
            return paths.map(p -> jobFolder.relativize(p).toString()).filter(p -> !p.isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
