package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedFolderTest {

    @TempDir
    Path home;

    @Test
    void resolvesSafeNamesBelowTheRoot() {
        ConfinedFolder output = new ConfinedFolder(home.resolve("output"));

        assertThat(output.resolve("shift-report", "2026-11-24", "v1"))
                .isEqualTo(home.resolve("output/shift-report/2026-11-24/v1").toAbsolutePath());
    }

    @Test
    void aNameThatClimbsIsRefusedBeforeAnythingIsTouched() {
        ConfinedFolder output = new ConfinedFolder(home.resolve("output"));

        assertThatThrownBy(() -> output.resolve("..", "2026-11-24")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> output.resolve("shift-report", "../../data")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pathsOutsideTheRootOrTheRootItselfAreRefused() {
        ConfinedFolder output = new ConfinedFolder(home.resolve("output"));

        assertThatThrownBy(() -> output.inside(home.resolve("data"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not inside " + home.resolve("output"));
        assertThatThrownBy(() -> output.inside(Path.of("x/../../jobs"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> output.inside(home.resolve("output"))).isInstanceOf(InvalidInputException.class);
        assertThat(output.inside(Path.of("job/x/../y"))).isEqualTo(home.resolve("output/job/y").toAbsolutePath());
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsRefusedAlsoForFilesBelowIt() throws IOException {
        Path outside = Files.createDirectories(home.resolve("data"));
        Path output = Files.createDirectories(home.resolve("output"));
        Files.createSymbolicLink(output.resolve("shift-report"), outside);
        ConfinedFolder folder = new ConfinedFolder(output);

        assertThatThrownBy(() -> folder.resolve("shift-report", "2026-11-24")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> folder.inside(output.resolve("shift-report"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRootThatIsItselfALinkKeepsWorking() throws IOException {
        Path disk = Files.createDirectories(home.resolve("bigdisk/output"));
        Files.createDirectories(disk.resolve("shift-report"));
        Path output = Files.createSymbolicLink(home.resolve("output"), disk);

        assertThat(new ConfinedFolder(output).resolve("shift-report", "2026-11-24"))
                .isEqualTo(output.resolve("shift-report/2026-11-24").toAbsolutePath());
    }
}
