package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.RunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shift report of the demo day as users get it ({@link DemoDayRun}: the repository's job, site, templates and
 * layouts, the real Excel and PDF renderers, both lines, read over HTTP from the simulator) has the same cells and
 * text as the golden extraction committed in {@code src/test/resources/golden/}. It guards refactorings that must
 * not change the report. Stamps are pinned (the job's and the plant's clock), the simulator's port is masked.
 *
 * <p>A deliberate change of the report's content or layout changes the golden too: regenerate it with
 * {@code mvn -B test -Dtest=DemoDayGoldenTest -Dwincc-reports.golden.update=true}, then review its diff and commit
 * it with the change (docs/testing.md).
 */
class DemoDayGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/shift-report-demo-2026-11-24.txt");
    static final String UPDATE = "wincc-reports.golden.update";

    @Test
    void theDemoDayReportHasTheCellsAndTextOfTheGolden() throws IOException {
        DemoDayRun run = DemoDayRun.get();
        assertThat(run.outcome.status()).as(run.outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        List<String> actual = run.extraction;
        Path written = Path.of("target/golden").resolve(GOLDEN.getFileName());
        Files.createDirectories(written.getParent());
        Files.write(written, actual);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual);
        }
        assertThat(GOLDEN).as("golden extraction (regenerate: -D%s=true)", UPDATE).exists();
        assertThat(actual).as("cells and text of the demo day against %s (this run: %s; diff them)", GOLDEN, written)
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }
}
