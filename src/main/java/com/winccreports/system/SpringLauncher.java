package com.winccreports.system;

import com.winccreports.WinccReportsApplication;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context for the CLI verbs that need one (jobs, service), pointed at a home folder:
 * its {@code config/application.yaml} is read and its {@code data/} holds the job repository. The file is
 * checked first ({@link ConfigurationCheck}: a setting misspelt or unusable is refused before anything is
 * written). A context that does not start fails with a {@link ContextStartException} carrying the most
 * specific reason found.
 */
public final class SpringLauncher {

    /**
     * A one-shot verb creates only the beans it asks for, and none of the service's: no scheduler, security,
     * metrics, health, API description or page templates (docs/performance.md: start-up of {@code run}).
     * Defaults only: a plant's {@code config/application.yaml} may still set either property.
     */
    static final Map<String, Object> ONE_SHOT = Map.of(
            "spring.main.lazy-initialization", true,
            "spring.autoconfigure.exclude", String.join(",",
                    "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
                    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
                    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                    "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
                    "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
                    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
                    "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
                    "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
                    "org.springdoc.core.configuration.SpringDocConfiguration"));

    private SpringLauncher() {
    }

    /** A context without a web server, for one-shot verbs such as {@code run}. */
    public static ConfigurableApplicationContext batch(HomeFolder home, Map<String, Object> extraProperties) {
        return batch(home, Clock.systemUTC(), extraProperties);
    }

    /**
     * A context without a web server whose {@link Clock} bean is {@code clock} (the verb's clock: "now" of the
     * period policy and of the manifests), its console logging brief.
     */
    public static ConfigurableApplicationContext batch(HomeFolder home, Clock clock,
            Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>(CliLogging.properties(home, ConsoleLogFilter.BRIEF));
        properties.putAll(ONE_SHOT);
        properties.putAll(extraProperties);
        return start(home, WebApplicationType.NONE, clock, properties);
    }

    /** A context with the web server (actuator, later the API), for {@code serve}. */
    public static ConfigurableApplicationContext service(HomeFolder home, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>(CliLogging.properties(home, ConsoleLogFilter.FULL));
        properties.putAll(extraProperties);
        return start(home, WebApplicationType.SERVLET, null, properties);
    }

    private static ConfigurableApplicationContext start(HomeFolder home, WebApplicationType type, Clock clock,
            Map<String, Object> extraProperties) {
        ConfigurationCheck.check(home, System.getenv());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("spring.config.additional-location", "optional:file:" + home.config() + "/");
        properties.putAll(extraProperties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(WinccReportsApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties);
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        try {
            return builder.run();
        } catch (RuntimeException e) {
            throw new ContextStartException(reason(e), e);
        }
    }

    /** A binding problem names the property; otherwise the innermost message is the most specific one. */
    private static String reason(Throwable failure) {
        String innermost = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException bind) {
                Throwable cause = bind.getCause();
                return bind.getMessage() + (cause == null || cause.getMessage() == null ? ""
                        : ": " + cause.getMessage().lines().findFirst().orElse(""));
            }
            if (t.getMessage() != null) {
                innermost = t.getMessage();
            }
        }
        return Redaction.urls(innermost == null ? failure.getClass().getSimpleName()
                : innermost.lines().findFirst().orElse(innermost));
    }
}
