package com.winccreports.audit;

import com.winccreports.publication.Certificates;
import com.winccreports.publication.HeadSealing;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The audit trail's heads signed with the package key ({@code publication}): the {@link HeadSigner} on that key,
 * and the {@link HeadSealing} through which the package sealer, at every package it seals, records an
 * {@code audit.seal} row by the requester, has the head signed and puts a copy into the manifest.
 */
@Configuration(proxyBeanMethods = false)
class PackageKeyConfiguration {

    static final String PREVIOUS_CERTIFICATES = "wincc-reports.packages.signing.previous-certificates";

    @Bean
    HeadSigner packageKeyHeadSigner(Supplier<SigningKey> packageSigningKey, Environment environment, HomeFolder home) {
        List<Path> files = Binder.get(environment).bind(PREVIOUS_CERTIFICATES, Bindable.listOf(Path.class))
                .orElseGet(List::of);
        List<X509Certificate> previous = new ArrayList<>();
        for (Path file : files) {
            try {
                previous.addAll(Certificates.read(Files.readAllBytes(home.root().resolve(file))));
            } catch (IOException | GeneralSecurityException e) {
                throw new SigningKeys.SigningKeyException(PREVIOUS_CERTIFICATES + ": " + file
                        + " is not a readable certificate file (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        return new PackageKeyHeadSigner(packageSigningKey, previous);
    }

    @Bean
    HeadSealing auditHeadSealing(AuditSeals auditSeals, HeadSigner packageKeyHeadSigner) {
        return (manifest, key) -> {
            String actor = manifest.requestedBy() == null ? "unknown" : manifest.requestedBy().user();
            AuditSeal seal = auditSeals.seal(actor, "package " + manifest.occasion(), packageKeyHeadSigner);
            return new PackageManifest.AuditHead(seal.headId(), seal.headHash(), seal.sealedAt(), seal.keyId(),
                    seal.signature(), seal.occasion());
        };
    }
}
