package com.winccreports.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.shiftreport.JobTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@link BadInputCorpus}) through the command line: exit code 4, a message naming the
 * file and field (with its line where the file has one) or the argument, and nothing written — no database,
 * no output. Its size is in docs/reliability.md, "Bad-input corpus".
 */
class BadInputCorpusTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Pattern LOCATED = Pattern.compile("\\.yaml:\\d+: ");

    @TempDir
    Path root;

    static List<BadInputCorpus.Case> corpus() {
        return BadInputCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithFourNamingWhatIsWrongAndWritesNothing(BadInputCorpus.Case bad) throws IOException {
        prepareHome();
        edit(bad);

        CliHome.Result result = cli(java.util.Arrays.stream(bad.args())
                .map(arg -> arg.replace(BadInputCorpus.HOME, root.toString())).toArray(String[]::new));

        assertThat(result.exitCode()).as(result.printed()).isEqualTo(4);
        assertThat(result.err()).as(result.printed()).contains(bad.says()).doesNotContain("\tat ");
        if (bad.file() != null && bad.file().startsWith("jobs/") && bad.find() != null && !bad.name().startsWith("plant")) {
            assertThat(LOCATED.matcher(result.err()).find()).as("file:line: in " + result.printed()).isTrue();
        }
        assertThat(root.resolve("data")).as("no database").doesNotExist();
        assertThat(root.resolve("output")).as("no output").doesNotExist();
    }

    @Test
    void theCorpusCoversEveryKindOfInput() {
        List<String> names = corpus().stream().map(BadInputCorpus.Case::name).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).filteredOn(n -> n.startsWith("job: ")).hasSizeGreaterThanOrEqualTo(25);
        assertThat(names).filteredOn(n -> n.startsWith("site: ")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(names).filteredOn(n -> n.startsWith("arguments: ")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(names).filteredOn(n -> n.startsWith("plant ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(names).filteredOn(n -> n.startsWith("config: ")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(corpus()).hasSize(BAD_INPUT_CASES);
    }

    /** The count docs/reliability.md states; change both together. */
    static final int BAD_INPUT_CASES = 89;

    private void prepareHome() {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        JobTestHome.copy(Path.of("jobs/plants"), root.resolve("jobs/plants"));
        JobTestHome.copy(Path.of("report-templates"), root.resolve("report-templates"));
        try {
            Files.copy(Path.of("jobs/shift-report.yaml"), root.resolve("jobs/shift-report.yaml"));
            Files.copy(Path.of("jobs/plants/demo-plant.yaml"), root.resolve("jobs/plants/bad.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void edit(BadInputCorpus.Case bad) throws IOException {
        if (bad.file() == null) {
            return;
        }
        Path file = root.resolve(bad.file());
        if (bad.find() == null) {
            if (bad.replace() == null) {
                Files.delete(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, bad.replace());
            }
            return;
        }
        String text = Files.readString(file);
        assertThat(text).as("the corpus edits " + bad.file()).contains(bad.find());
        Files.writeString(file, text.replace(bad.find(), bad.replace()));
    }

    private CliHome.Result cli(String... args) {
        return CliHome.run(root, Clock.fixed(NOW, ZoneOffset.UTC), args);
    }
}
