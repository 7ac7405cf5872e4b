package com.winccreports.system;

import com.winccreports.WinccReportsApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context for the CLI verbs that need one (jobs, service), pointed at a home folder:
 * its {@code config/application.yaml} is read and its {@code data/} holds the job repository.
 */
public final class SpringLauncher {

    private SpringLauncher() {
    }

    /** A context without a web server, for one-shot verbs such as {@code run}. */
    public static ConfigurableApplicationContext batch(HomeFolder home, Map<String, Object> extraProperties) {
        return start(home, WebApplicationType.NONE, extraProperties);
    }

    /** A context with the web server (actuator, later the API), for {@code serve}. */
    public static ConfigurableApplicationContext service(HomeFolder home, Map<String, Object> extraProperties) {
        return start(home, WebApplicationType.SERVLET, extraProperties);
    }

    private static ConfigurableApplicationContext start(HomeFolder home, WebApplicationType type,
            Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("spring.config.additional-location", "optional:file:" + home.config() + "/");
        properties.putAll(extraProperties);
        return new SpringApplicationBuilder(WinccReportsApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .properties(properties)
                .run();
    }
}
