package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.DefinitionProblem;
import com.winccreports.definition.InvalidDefinitionException;
import com.winccreports.publication.SigningKeys;
import com.winccreports.wincc.RequestScope;
import com.winccreports.wincc.SourceSettingsException;
import com.winccreports.wincc.WinccException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Each expected failure becomes one line that says what, where and what next, with the table's exit code. */
class ConsoleFailureTest {

    private static final RequestScope SCOPE = RequestScope.of("plant1", "PVArchive");

    @Test
    void rejectedCredentialsAreAConfigurationProblemNamingTheSettings() {
        ConsoleFailure failure = ConsoleFailure.of(new RuntimeException("step failed", new WinccException(
                WinccException.Reason.UNAUTHORIZED, SCOPE, 401, "HTTP 401 — user or password rejected", null)));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(failure.message()).startsWith("WinCC source 'plant1': HTTP 401")
                .contains("wincc-reports.sources.plant1").contains("config/application.yaml").doesNotContain("\n");
    }

    @Test
    void anUnreachableServerIsRestartableAndNamesUrlAndCause() {
        WinccException down = new WinccException(WinccException.Reason.RETRIES_EXHAUSTED, SCOPE, 0,
                "gave up after 6 attempts in 2000 ms, last: connection refused at https://ops:pw@scada1/WinCCRestService",
                new ConnectException());

        ConsoleFailure failure = ConsoleFailure.of(down);

        assertThat(failure.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failure.message()).contains("connection refused at https://scada1/WinCCRestService")
                .doesNotContain("pw@").contains("reachable");
    }

    @Test
    void pagingThatCannotMoveOnNeedsAChangeNotARestart() {
        ConsoleFailure failure = ConsoleFailure.of(new WinccException(WinccException.Reason.PAGING_STUCK, SCOPE, 0,
                "the server caps every answer at 1000 values", null));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void aFullDiskNamesTheFile() {
        Path file = Path.of("/srv/wincc-reports/output/shift-report/2026-11-24/.v1.partial/x.pdf");
        ConsoleFailure failure = ConsoleFailure.of(new IllegalStateException("render failed",
                new WriteFailedException(file, new FileSystemException(file.toString(), null, "No space left on device"))));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failure.message()).isEqualTo("cannot write " + file + ": No space left on device — free space or "
                + "fix the permissions, then restart the execution");
    }

    @Test
    void aWrapperThatNamesTheFileIsSaidWithTheFileSystemsReason() {
        Path manifest = Path.of("/srv/wincc-reports/output/shift-report/2026-11-24/.v1.partial/manifest.json");
        IOException full = new IOException("No space left on device");

        ConsoleFailure named = ConsoleFailure.of(new IllegalStateException("publish failed",
                new UncheckedIOException("cannot write " + manifest, full)));
        ConsoleFailure saidAlready = ConsoleFailure.of(new UncheckedIOException("cannot write " + manifest + ": "
                + full, full));
        ConsoleFailure bare = ConsoleFailure.of(new UncheckedIOException(full));

        assertThat(named).isEqualTo(new ConsoleFailure(ExitCode.FAILED, "cannot write " + manifest
                + ": No space left on device — free space or fix the permissions"));
        assertThat(saidAlready.message()).as("the reason once").isEqualTo("cannot write " + manifest
                + ": java.io.IOException: No space left on device — free space or fix the permissions");
        assertThat(bare.message()).as("no file to name: the disk is full, said as such")
                .startsWith("the disk is full");
    }

    @Test
    void definitionsAndInputAreRefusedWithTheirOwnLines() {
        InvalidDefinitionException definitions = new InvalidDefinitionException(List.of(
                new DefinitionProblem(Path.of("jobs/x.yaml"), 3, "site", "unknown site 'y'")));

        assertThat(ConsoleFailure.of(definitions)).isEqualTo(new ConsoleFailure(ExitCode.REFUSED,
                definitions.getMessage()));
        assertThat(ConsoleFailure.of(new InvalidInputException("line 'L9' is not reported")).exitCode())
                .isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsRestartable() {
        ConsoleFailure failure = ConsoleFailure.of(new ContextStartException("x", new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLException("Connection to 127.0.0.1:5 refused", "08001"))));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failure.message()).contains("Connection to 127.0.0.1:5 refused").contains("spring.datasource");
    }

    @Test
    void aContextThatDoesNotStartIsAConfigurationProblem() {
        ConsoleFailure failure = ConsoleFailure.of(new ContextStartException(
                "wincc-reports.sources.plant1.password-env names X, which is not set", new IllegalStateException()));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(failure.message()).contains("password-env names X").contains("config/application.yaml");
    }

    @Test
    void aSourceOrSigningKeyUnusableAsConfiguredIsRefusedNamingThePropertyNotItsCause() {
        // as a lazily created bean fails: wrapped by Spring, the file system's exception below the product's
        ConsoleFailure source = ConsoleFailure.of(new RuntimeException("Error creating bean 'winccSources'",
                new SourceSettingsException("wincc-reports.sources.plant1.max-concurrent-requests must be at least 1, "
                        + "got 0")));
        ConsoleFailure signing = ConsoleFailure.of(new RuntimeException("Error creating bean 'packageKeyHeadSigner'",
                new SigningKeys.SigningKeyException("wincc-reports.packages.signing.previous-certificates: old.pem is "
                        + "not a readable certificate file", new NoSuchFileException("/home/old.pem"))));

        assertThat(source).isEqualTo(new ConsoleFailure(ExitCode.REFUSED, "wincc-reports.sources.plant1."
                + "max-concurrent-requests must be at least 1, got 0 — fix it in config/application.yaml"));
        assertThat(signing.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(signing.message()).startsWith("wincc-reports.packages.signing.previous-certificates: old.pem")
                .endsWith("fix it in config/application.yaml").doesNotContain("free space");
    }

    @Test
    void anythingElseIsAFailureWithItsTypeAndFirstLine() {
        ConsoleFailure failure = ConsoleFailure.of(new IOException("disk\nsecond line"));

        assertThat(failure).isEqualTo(new ConsoleFailure(ExitCode.FAILED, "unexpected error: IOException: disk"));
    }
}
