package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.SimulatorServer;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientConfigurationAccess;
import com.winccreports.wincc.WinccSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedSimulatorConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            UserConfigurations.of(EmbeddedSimulatorConfiguration.class, WinccClientConfigurationAccess.type()));

    @Test
    void startsTheEmbeddedSimulatorWhenNoSourceIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SimulatorServer.class);
            SimulatorServer sim = context.getBean(SimulatorServer.class);
            assertThat(sim.baseUri().getHost()).isEqualTo("127.0.0.1");
            WinccSources sources = context.getBean(WinccSources.class);
            assertThat(sources.names()).containsExactly("embedded");
            WinccClient client = sources.defaultSource();
            Instant from = sim.model().archiveStart().plusSeconds(3600);
            ArchivePage page = client.readWindow("PVArchive", "L1.Temperature", from, from.plusSeconds(60));
            assertThat(page.size()).isEqualTo(sim.model().series("PVArchive", "L1.Temperature", from,
                    from.plusSeconds(60)).size()).isPositive();
            assertThat(client.settings().toString()).doesNotContain(new String(client.settings().credentials()
                    .password()));
        });
    }

    @Test
    void backsOffWhenSourcesAreConfigured(@TempDir Path dir) throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), "from-file\n");
        runner.withPropertyValues("wincc-reports.sources.plant1.url=http://127.0.0.1:9/WinCCRestService",
                "wincc-reports.sources.plant1.user=reader", "wincc-reports.sources.plant1.password-file=" + password,
                "wincc-reports.sources.plant1.page-size=5000", "wincc-reports.sources.plant1.retry.max-attempts=3",
                "wincc-reports.sources.plant1.bounding-look-back=2d")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(SimulatorServer.class);
                    WinccClient client = context.getBean(WinccSources.class).get("plant1");
                    assertThat(client.settings().pageSize()).isEqualTo(5000);
                    assertThat(client.settings().retry().maxAttempts()).isEqualTo(3);
                    assertThat(client.settings().retry().initialBackoff()).hasMillis(200);
                    assertThat(client.settings().boundingLookBack()).hasDays(2);
                    assertThat(new String(client.settings().credentials().password())).isEqualTo("from-file");
                    assertThat(client.settings().toString()).doesNotContain("from-file");
                });
    }

    @Test
    void aMissingPasswordReferenceFailsNamingTheProperty() {
        runner.withPropertyValues("wincc-reports.sources.plant1.url=http://127.0.0.1:9/WinCCRestService",
                "wincc-reports.sources.plant1.user=reader",
                "wincc-reports.sources.plant1.password-env=WINCC_REPORTS_TEST_UNSET_PASSWORD")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wincc-reports.sources.plant1.password-env")
                        .hasMessageContaining("WINCC_REPORTS_TEST_UNSET_PASSWORD"));
    }
}
