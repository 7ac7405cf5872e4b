package com.winccreports.system;

import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.FallbackSource;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.WinccSourcesProperties;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code wincc-reports.sources} configured, starts the embedded WinCC simulator on a free
 * loopback port (127.0.0.1:0) with a one-time password, and offers it as the source {@code embedded}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSimulatorConfiguration.NoSourcesConfigured.class)
class EmbeddedSimulatorConfiguration {

    /** Name of the embedded source in job definitions and logs. */
    static final String SOURCE_NAME = "embedded";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSimulatorConfiguration.class);
    private static final String USER = "wincc-reports";
    // the loopback simulator is ours: the conservative limits that protect a plant's SCADA server only slow it down
    private static final int EMBEDDED_PAGE_SIZE = 10_000;
    private static final int EMBEDDED_REQUESTS_PER_SECOND = 2_000;
    private static final int EMBEDDED_CONCURRENT_REQUESTS = 8;

    @Bean(destroyMethod = "close")
    SimulatorServer embeddedSimulator() {
        SimulatorServer server = SimulatorServer.start(SimulatorOptions.defaults().withBindAddress("127.0.0.1")
                .withPort(0).withUsers(Map.of(USER, OneTimePassword.VALUE)).withMaxValuesCap(EMBEDDED_PAGE_SIZE));
        log.info("No WinCC source configured: embedded simulator serves the demo plant at {}", server.baseUri());
        return server;
    }

    @Bean
    FallbackSource embeddedSource(SimulatorServer embeddedSimulator) {
        return new FallbackSource(SourceSettings.withDefaults(SOURCE_NAME, embeddedSimulator.baseUri(),
                new Credentials(USER, OneTimePassword.VALUE.toCharArray()))
                .withPageSize(EMBEDDED_PAGE_SIZE)
                .withLimits(EMBEDDED_REQUESTS_PER_SECOND, EMBEDDED_CONCURRENT_REQUESTS));
    }

    /** A password valid for this JVM only, so the loopback port is not open to other local users. */
    private static final class OneTimePassword {
        static final String VALUE = random();

        private static String random() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }

    /** Matches when {@code wincc-reports.sources} binds to nothing. */
    static final class NoSourcesConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean configured = Binder.get(context.getEnvironment()).bind("wincc-reports.sources",
                    Bindable.mapOf(String.class, WinccSourcesProperties.Source.class))
                    .map(sources -> !sources.isEmpty()).orElse(false);
            return configured ? ConditionOutcome.noMatch("wincc-reports.sources are configured")
                    : ConditionOutcome.match("no wincc-reports.sources configured");
        }
    }
}
