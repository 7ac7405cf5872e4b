package com.winccreports.system;

import com.winccreports.wincc.WinccSourcesProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The settings of a home folder as a verb sees them before its Spring context starts: the product's
 * {@code application.yaml}, the home's {@code config/application.yaml} on top, the environment and the verb's
 * own properties first — the order the context will use. Logging is set up from it, and a run checks its job's
 * WinCC source against it, so neither needs the database.
 */
public final class HomeConfiguration {

    private final StandardEnvironment environment = new StandardEnvironment();

    /** The settings of {@code home}, with {@code properties} (the verb's) taking precedence. */
    public HomeConfiguration(HomeFolder home, Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("verb", properties));
        yaml(new FileSystemResource(home.config().resolve("application.yaml")))
                .forEach(environment.getPropertySources()::addLast);
        yaml(new ClassPathResource("application.yaml")).forEach(environment.getPropertySources()::addLast);
    }

    public StandardEnvironment environment() {
        return environment;
    }

    /**
     * The WinCC sources configured ({@code wincc-reports.sources.*}); {@code embedded} alone when none is (the
     * simulator is started then). Empty when the settings do not bind: the context start reports that.
     */
    public Optional<Set<String>> sourceNames() {
        try {
            Map<String, WinccSourcesProperties.Source> sources = Binder.get(environment).bind("wincc-reports.sources",
                    Bindable.mapOf(String.class, WinccSourcesProperties.Source.class)).orElse(Map.of());
            return Optional.of(sources.isEmpty() ? Set.of("embedded") : Set.copyOf(sources.keySet()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<PropertySource<?>> yaml(Resource yaml) {
        try {
            boolean readable = yaml instanceof FileSystemResource file ? Files.isReadable(file.getFile().toPath())
                    : yaml.exists();
            return readable ? new YamlPropertySourceLoader().load(yaml.getDescription(), yaml) : List.of();
        } catch (IOException | RuntimeException e) {
            // an unreadable configuration is reported by the verb's context start, with its own line
            return List.of();
        }
    }
}
