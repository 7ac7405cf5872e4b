package com.winccreports.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a package, format {@value #FORMAT} (docs/packages.md): what was published (every file
 * with its size, SHA-256 and row counts), from what (parameters, WinCC source and archives, period, inputs and
 * software), whether the data was complete, who asked for it and when, and with which key it is signed. The
 * exact bytes of the written file are what the detached signature covers.
 *
 * @param format      manifest format; {@value #FORMAT} since packages are signed (format 1 was the unsigned
 *                    report manifest)
 * @param packageId   unique id of this package (a UUID)
 * @param kind        the job kind that made it: {@code shift-report}, later {@code record-export}
 * @param subject     job, version, the version it supersedes, lines
 * @param period      the period covered, in UTC and in the site's zone with offsets
 * @param parameters  the job parameters, sorted by name
 * @param source      the WinCC server read (URL without credentials) and its archives
 * @param software    the software that made it
 * @param inputs      the definition, site and template files it was made from, with their SHA-256
 * @param files       the package's files (not the manifest, its signature or the certificate)
 * @param data        up to when data was read, and whether some was incomplete
 * @param requestedBy who asked for it
 * @param created     when the package was sealed
 * @param execution   the job execution that made it
 * @param auditHead   the audit trail's head, signed for this package; filled by {@link PackageSealer} where
 *                    there is a trail ({@link HeadSealing}), else null
 * @param signer      how the manifest is signed; filled by {@link PackageSealer}
 */
public record PackageManifest(int format, String packageId, String kind, Subject subject, Period period,
        Map<String, String> parameters, Source source, Software software, List<PackageFile> inputs,
        List<PackageFile> files, DataState data, Requester requestedBy, Instant created, Execution execution,
        AuditHead auditHead, Signer signer) {

    /** The format this version writes and the newest {@code verify} understands. */
    public static final int FORMAT = 2;

    public PackageManifest {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(kind, "kind");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parameters));
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        files = List.copyOf(files);
    }

    /** This manifest signed as {@code newSigner} describes. */
    public PackageManifest withSigner(Signer newSigner) {
        return new PackageManifest(format, packageId, kind, subject, period, parameters, source, software, inputs,
                files, data, requestedBy, created, execution, auditHead, newSigner);
    }

    /** This manifest carrying the audit trail's signed head. */
    public PackageManifest withAuditHead(AuditHead head) {
        return new PackageManifest(format, packageId, kind, subject, period, parameters, source, software, inputs,
                files, data, requestedBy, created, execution, head, signer);
    }

    /** What the package is, in one line: {@code shift-report 2026-11-24 v1 (package 8f31eb3e-…)}. */
    public String occasion() {
        return (subject == null ? kind : subject.job()) + " " + (period == null ? "" : period.label() + " ")
                + "v" + (subject == null ? "?" : subject.version()) + " (package " + packageId + ")";
    }

    /** Reads a package's {@code manifest.json}. */
    public static PackageManifest read(Path manifestFile) {
        try {
            return PackageJson.MAPPER.readValue(Files.readAllBytes(manifestFile), PackageManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifestFile, e);
        }
    }

    /** The bytes written as {@code manifest.json}. */
    public byte[] toJson() {
        return PackageJson.MAPPER.writeValueAsBytes(this);
    }

    /**
     * Which job made the package; {@code supersedes} is the version it replaces, null for the first;
     * {@code preliminary} when its period had not ended (version 0, folder {@code preliminary/}, replaced by the
     * next preliminary run and superseded by the final v1).
     */
    public record Subject(String job, int version, Integer supersedes, List<String> lines, boolean preliminary) {
        public Subject {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** A final (not preliminary) version. */
        public Subject(String job, int version, Integer supersedes, List<String> lines) {
            this(job, version, supersedes, lines, false);
        }
    }

    /**
     * The half-open period {@code [from, to)} in UTC and as local times with their offsets in the site's zone
     * (so a day across a clock change shows its 23 or 25 hours).
     */
    public record Period(String label, Instant from, Instant to, String zone, String fromLocal, String toLocal) {

        private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

        public static Period of(String label, Instant from, Instant to, ZoneId zone) {
            return new Period(label, from, to, zone.getId(), LOCAL.format(from.atZone(zone)),
                    LOCAL.format(to.atZone(zone)));
        }
    }

    /** The WinCC server read (its URL without user, password or query) and the archives read. */
    public record Source(String name, String server, List<String> archives) {
        public Source {
            server = CredentialFreeUrl.of(server);
            archives = archives == null ? List.of() : List.copyOf(archives);
        }
    }

    public record Software(String name, String version, String java) {
    }

    /**
     * Data read up to {@code cutOff}; {@code incomplete} when some of it had gaps or bad quality, or was cut;
     * {@code notes} say what an auditor must know beyond gaps (a batch still running, an alarm list cut at its
     * limit) — left out of the file when there are none.
     */
    public record DataState(Instant cutOff, boolean incomplete,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {
        public DataState {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public DataState(Instant cutOff, boolean incomplete) {
            this(cutOff, incomplete, List.of());
        }
    }

    /**
     * Who asked for the package.
     *
     * @param user         the name
     * @param identifiedBy {@link #OS_USER} (the command line's operating-system user), {@link #SIGNED_IN}
     *                     (a user signed in to the API or web page) or {@link #SCHEDULER} (the nightly service)
     * @param host         the machine the package was made on
     */
    public record Requester(String user, String identifiedBy, String host) {
        public static final String OS_USER = "os-user";
        public static final String SIGNED_IN = "signed-in";
        public static final String SCHEDULER = "scheduler";
    }

    public record Execution(long jobInstanceId, long jobExecutionId, Instant started) {
    }

    /**
     * The audit trail's head as it was signed for this package: a copy that outlives the database, so a trail
     * cut or recomputed later no longer matches it ({@code audit verify}).
     *
     * @param headId    id of the trail's newest row (the {@code audit.seal} row made for this package)
     * @param headHash  that row's hash
     * @param sealedAt  when the head was signed
     * @param keyId     SHA-256 of the signing certificate — the package's own
     * @param signature Base64 Ed25519 signature of the head (the audit trail's head message)
     * @param occasion  what the head was signed for, as signed: {@code package <job> <period> v<n> (package <id>)}
     */
    public record AuditHead(long headId, String headHash, Instant sealedAt, String keyId, String signature,
            String occasion) {
    }

    /**
     * How the manifest is signed.
     *
     * @param algorithm         {@code Ed25519}
     * @param signatureFile     the detached signature of {@code manifest.json} in the package
     * @param certificateFile   the signing certificate (and its chain) in the package, PEM
     * @param certificateSha256 SHA-256 of the signing certificate (DER), lower-case hex
     * @param certificateSubject the certificate's subject
     * @param key               {@code keystore} (the configured plant key) or {@code demo}
     * @param note              what the key proves, in words
     */
    public record Signer(String algorithm, String signatureFile, String certificateFile, String certificateSha256,
            String certificateSubject, String key, String note) {
    }
}
