package com.winccreports.system;

import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The package sealer of every job, with its signing key from {@code wincc-reports.packages.signing.*}
 * ({@link SigningSettings}). A configured keystore is opened at start-up, so a wrong password or alias
 * stops a run before it reads anything; the demo key is made on first use, when a package is sealed.
 */
@Configuration(proxyBeanMethods = false)
class PackageSigningConfiguration {

    static final String PROPERTIES = "wincc-reports.packages.signing";

    @Bean
    PackageSealer packageSealer(Environment environment, HomeFolder home) {
        SigningSettings settings = Binder.get(environment).bind(PROPERTIES, SigningSettings.class)
                .orElseGet(SigningSettings::demo);
        Supplier<SigningKey> key = new OnFirstUse(() -> SigningKeys.load(settings, home.root(), System.getenv()));
        if (settings.keystoreConfigured()) {
            key.get();
        }
        return new PackageSealer(key);
    }

    /** Loads the key once, on the first call, and keeps it. */
    private static final class OnFirstUse implements Supplier<SigningKey> {
        private final Supplier<SigningKey> loader;
        private volatile SigningKey key;

        OnFirstUse(Supplier<SigningKey> loader) {
            this.loader = loader;
        }

        @Override
        public synchronized SigningKey get() {
            if (key == null) {
                key = loader.get();
            }
            return key;
        }
    }
}
