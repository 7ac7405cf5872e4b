package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConfigurationKeys}: a {@code wincc-reports} setting the product does not bind is refused with file,
 * line and the name meant; every setting the shipped configuration documents is known.
 */
class ConfigurationKeysTest {

    /** A commented-out setting of the shipped file ({@code #  sources:}), not prose ({@code # None configured}). */
    private static final Pattern COMMENTED_SETTING = Pattern.compile("^#( *[a-z][a-z0-9.-]*:( .*)?)$");

    @TempDir
    Path config;

    @Test
    void everySettingTheShippedConfigurationDocumentsIsKnown() throws IOException {
        String shipped = Files.readString(Path.of("src/dist/config/application.yaml"));
        String settings = shipped.substring(shipped.indexOf("#wincc-reports:")).lines()
                .map(line -> COMMENTED_SETTING.matcher(line).replaceFirst("$1"))
                .collect(Collectors.joining("\n"));
        assertThat(settings).as("uncommented").startsWith("wincc-reports:\n  sources:\n")
                .contains("\n        max-total-time: 2m").contains("\n      previous-certificates: [")
                .contains("\n      lifetime: PT15M").contains("\n    shutdown-wait: PT15M");

        write("application.yaml", settings);
        assertThatCode(() -> ConfigurationKeys.check(config)).doesNotThrowAnyException();

        write("application.yaml", settings.replace("max-total-time:", "max-totl-time:"));
        assertThatThrownBy(() -> ConfigurationKeys.check(config)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("wincc-reports.sources.plant1.retry.max-totl-time")
                .hasMessageContaining("did you mean 'max-total-time'?");
    }

    @Test
    void theListOfSettingsIsTheProductsOwn() throws Exception {
        List<String> listed;
        try (InputStream in = ConfigurationKeys.class.getResourceAsStream(ConfigurationKeys.SETTINGS)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        List<String> derived = ProductSettings.all().stream()
                .map(setting -> setting.substring(ConfigurationKeys.ROOT.length() + 1)).sorted().toList();

        assertThat(listed).as("src/main/resources/com/winccreports/system/%s: one setting a line, as derived from "
                + "the configuration records", ConfigurationKeys.SETTINGS).isEqualTo(derived);
    }

    @Test
    void aMisspeltNameIsRefusedWithItsLineAndTheNameMeant() throws IOException {
        write("application.yaml", """
                spring:
                  datasource: {url: jdbc:h2:mem:x}
                wincc-reports:
                  job:
                    grid-size: 2
                  source:
                    plant1: {url: https://scada1/WinCCRestService}
                """);

        assertThatThrownBy(() -> ConfigurationKeys.check(config)).isInstanceOf(InvalidInputException.class)
                .hasMessage("config/application.yaml:6: wincc-reports.source: not a setting of wincc-reports — did "
                        + "you mean 'sources'? (every setting: docs/configuration.md)");
    }

    @Test
    void aNameFarFromAnyListsTheKnownOnes() throws IOException {
        write("application.yaml", "wincc-reports:\n  web:\n    colour: blue\n");

        assertThatThrownBy(() -> ConfigurationKeys.check(config)).hasMessageContaining(
                "config/application.yaml:3: wincc-reports.web.colour: not a setting of wincc-reports — known here: "
                        + "keep-finished, max-concurrent-runs, max-waiting-per-user, queue-capacity, "
                        + "requests-per-minute, shutdown-wait");
    }

    @Test
    void springsRelaxedFormsDottedNamesAndFreeMapKeysAreAccepted() throws IOException {
        write("application.yaml", """
                wincc-reports.job.gridSize: 2
                wincc-reports:
                  sources:
                    Any_Server-1:
                      passwordEnv: X
                      retry: {max_attempts: 3}
                  security.users.mueller: {password-hash: x, roles: [QUALITY]}
                  schedule:
                    jobs:
                      my-own-job: {keep-outputs: P400D, mail: {to: [a@b.c], link-base: https://x}}
                """);

        assertThatCode(() -> ConfigurationKeys.check(config)).doesNotThrowAnyException();
    }

    @Test
    void everyDocumentOfTheFileAndThePropertiesFormAreChecked() throws IOException {
        write("application.yaml", "wincc-reports: {job: {grid-size: 2}}\n---\nwincc-reports:\n  jbo: {}\n");
        assertThatThrownBy(() -> ConfigurationKeys.check(config)).hasMessageContaining(
                "config/application.yaml:4: wincc-reports.jbo: not a setting of wincc-reports — did you mean 'job'?");

        Files.delete(config.resolve("application.yaml"));
        write("application.properties", "# comment\nspring.main.banner-mode=off\n"
                + "wincc-reports.schedule.jobs.x.folders[0]=/mnt/share\nwincc-reports.schedule.heartbeet=PT5M\n");
        assertThatThrownBy(() -> ConfigurationKeys.check(config)).hasMessageContaining(
                "config/application.properties:4: wincc-reports.schedule.heartbeet: not a setting of wincc-reports — "
                        + "did you mean 'heartbeat'?");
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() throws IOException {
        write("application.yaml", "wincc-reports:\n  job: [1, 2\nspring: {}\n");

        assertThatThrownBy(() -> ConfigurationKeys.check(config)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("config/application.yaml:3: not valid YAML: ");
    }

    @Test
    void noFileOrOnlySpringsSettingsIsFine() throws IOException {
        assertThatCode(() -> ConfigurationKeys.check(config.resolve("missing"))).doesNotThrowAnyException();
        write("application.yaml", "spring:\n  datasurce: {}\nlogging: {level: {root: INFO}}\n");
        assertThatCode(() -> ConfigurationKeys.check(config)).doesNotThrowAnyException();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(config.resolve(name), text);
    }
}
