package com.winccreports.system;

import com.winccreports.publication.HeadSealing;
import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The package sealer of every job, with its signing key from {@code wincc-reports.packages.signing.*}
 * ({@link SigningSettings}) and — where the context has an audit trail — the trail's head signed with that key
 * at every sealed package ({@link HeadSealing}, from {@code audit}). A configured keystore is opened at
 * start-up, so a wrong password or alias stops a run before it reads anything; the demo key is made on first
 * use, when a package is sealed.
 */
@Configuration(proxyBeanMethods = false)
class PackageSigningConfiguration {

    static final String PROPERTIES = "wincc-reports.packages.signing";

    @Bean
    Supplier<SigningKey> packageSigningKey(Environment environment, HomeFolder home) {
        SigningSettings settings = Binder.get(environment).bind(PROPERTIES, SigningSettings.class)
                .orElseGet(SigningSettings::demo);
        Supplier<SigningKey> key = new OnFirstUse(() -> SigningKeys.load(settings, home.root(), System.getenv()));
        if (settings.keystoreConfigured()) {
            key.get();
        }
        return key;
    }

    @Bean
    PackageSealer packageSealer(Supplier<SigningKey> packageSigningKey, ObjectProvider<HeadSealing> auditHeads) {
        return new PackageSealer(packageSigningKey, auditHeads.getIfAvailable(() -> HeadSealing.NONE));
    }

    /** Loads the key once, on the first call, and keeps it. */
    private static final class OnFirstUse implements Supplier<SigningKey> {
        private final Supplier<SigningKey> loader;
        private SigningKey key;

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
