package com.winccreports.wincc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires {@link WinccSources} from {@code wincc-reports.sources.*}; with none configured, from the
 * {@link FallbackSource} another configuration offers (the embedded simulator).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WinccSourcesProperties.class)
class WinccClientConfiguration {

    @Bean
    WinccClientFactory winccClientFactory() {
        return new WinccClientFactory(System.getenv(), Ticker.system());
    }

    @Bean
    WinccSources winccSources(WinccSourcesProperties properties, WinccClientFactory factory,
            ObjectProvider<FallbackSource> fallback) {
        Map<String, WinccClient> clients = new LinkedHashMap<>();
        properties.sources().forEach((name, source) -> clients.put(name, factory.create(name, source)));
        if (clients.isEmpty()) {
            FallbackSource source = fallback.getIfAvailable();
            if (source != null) {
                clients.put(source.settings().name(), factory.create(source.settings(), null));
            }
        }
        return new WinccSources(clients);
    }
}
