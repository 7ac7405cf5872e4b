package com.winccreports.system;

import com.winccreports.audit.AuditSeal;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.HeadSigner;
import com.winccreports.publication.Certificates;
import com.winccreports.publication.HeadSealing;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The package sealer of every job, with its signing key from {@code wincc-reports.packages.signing.*}
 * ({@link SigningSettings}), and the audit trail's heads signed with that key at every sealed package. A
 * configured keystore is opened at start-up, so a wrong password or alias stops a run before it reads
 * anything; the demo key is made on first use, when a package is sealed.
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
    HeadSigner packageKeyHeadSigner(Supplier<SigningKey> packageSigningKey, Environment environment, HomeFolder home) {
        List<Path> files = Binder.get(environment).bind(PROPERTIES + ".previous-certificates", Bindable.listOf(Path.class))
                .orElseGet(List::of);
        List<X509Certificate> previous = new ArrayList<>();
        for (Path file : files) {
            try {
                previous.addAll(Certificates.read(Files.readAllBytes(home.root().resolve(file))));
            } catch (IOException | GeneralSecurityException e) {
                throw new SigningKeys.SigningKeyException(PROPERTIES + ".previous-certificates: " + file
                        + " is not a readable certificate file (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        return new PackageKeyHeadSigner(packageSigningKey, previous);
    }

    @Bean
    PackageSealer packageSealer(Supplier<SigningKey> packageSigningKey, ObjectProvider<AuditSeals> auditSeals,
            HeadSigner packageKeyHeadSigner) {
        return new PackageSealer(packageSigningKey, sealingHeadsIn(auditSeals, packageKeyHeadSigner));
    }

    /** At every sealed package: an {@code audit.seal} row by the requester, its head signed, a copy in the manifest. */
    private static HeadSealing sealingHeadsIn(ObjectProvider<AuditSeals> auditSeals, HeadSigner signer) {
        return (manifest, key) -> {
            AuditSeals seals = auditSeals.getIfAvailable();
            if (seals == null) {
                return null;
            }
            String actor = manifest.requestedBy() == null ? "unknown" : manifest.requestedBy().user();
            AuditSeal seal = seals.seal(actor, "package " + manifest.occasion(), signer);
            return new PackageManifest.AuditHead(seal.headId(), seal.headHash(), seal.sealedAt(), seal.keyId(),
                    seal.signature(), seal.occasion());
        };
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
