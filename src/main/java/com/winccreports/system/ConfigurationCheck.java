package com.winccreports.system;

import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClientFactory;
import com.winccreports.wincc.WinccSourcesProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * The home's {@code config/application.yaml} checked before a verb starts its Spring context, so that a
 * setting a plant engineer got wrong is refused (exit 4) with one line naming it — and nothing is written, not
 * even the job database:
 * <ul>
 *   <li>every {@code wincc-reports.*} name is one the product knows ({@link ConfigurationKeys});</li>
 *   <li>every WinCC source can be used as configured: url, user, a password reference that resolves, limits of
 *       at least 1 ({@link WinccClientFactory#settings});</li>
 *   <li>a configured signing keystore exists and its password reference resolves
 *       ({@link SigningKeys#checkReferences}); a wrong password is found when the context opens it.</li>
 * </ul>
 * A value Spring cannot convert (a duration that is none) is refused the same way, naming the property.
 */
public final class ConfigurationCheck {

    private static final String SIGNING = "wincc-reports.packages.signing";

    private ConfigurationCheck() {
    }

    /**
     * @throws InvalidInputException naming the file, setting or property and what to do
     */
    public static void check(HomeFolder home, Map<String, String> environment) {
        ConfigurationKeys.check(home.config());
        Binder binder = Binder.get(settings(home));
        try {
            WinccSourcesProperties sources = binder.bind("wincc-reports", WinccSourcesProperties.class)
                    .orElseGet(() -> new WinccSourcesProperties(null));
            WinccClientFactory factory = new WinccClientFactory(environment, Ticker.system());
            sources.sources().forEach(factory::settings);
            SigningSettings signing = binder.bind(SIGNING, SigningSettings.class).orElseGet(SigningSettings::demo);
            SigningKeys.checkReferences(signing, home.root(), environment);
        } catch (BindException e) {
            throw new InvalidInputException("config/application.yaml: " + e.getProperty().getName() + ": "
                    + (e.getCause() == null ? e.getMessage() : firstLine(e.getCause().getMessage()))
                    + " — fix it in config/application.yaml (docs/configuration.md)", e);
        } catch (RuntimeException e) {
            ConsoleFailure failure = ConsoleFailure.of(e);
            if (failure.exitCode() != ExitCode.REFUSED) {
                throw e;
            }
            throw new InvalidInputException(failure.message(), e);
        }
    }

    /** The home's configuration files as Spring reads them, with the home folder its placeholders name. */
    private static StandardEnvironment settings(HomeFolder home) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("home",
                Map.of("wincc-reports.home", home.root().toString())));
        load(environment, home.config().resolve("application.properties"), new PropertiesPropertySourceLoader());
        load(environment, home.config().resolve("application.yml"), new YamlPropertySourceLoader());
        load(environment, home.config().resolve("application.yaml"), new YamlPropertySourceLoader());
        return environment;
    }

    private static void load(StandardEnvironment environment, Path file, PropertySourceLoader loader) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            loader.load(file.toString(), new FileSystemResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse(text);
    }
}
