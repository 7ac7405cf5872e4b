package com.winccreports.audit;

import com.winccreports.publication.Durable;
import com.winccreports.publication.HostName;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageSealer;
import com.winccreports.system.ConfinedFolder;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Exports the audit trail as an auditor package like any export's: {@code output/audit-trail/<range>/v<n>/} with
 * the rows of the range as CSV ({@value #ROWS_FILE}: every row with its hash and its previous row's hash) and the
 * whole chain's verification ({@value #VERIFICATION_FILE}), sealed by the package sealer (manifest with SHA-256 and
 * row counts, Ed25519 signature, the trail's head signed) and zipped beside the folder. The folder appears whole or
 * not at all (written hidden, renamed in one step); each export of a range is a new version. The export itself is
 * a row of the trail ({@link AuditActions#EXPORT}).
 */
public final class AuditExport {

    /** The folder under {@code output/} and the manifest's {@code kind} and job. */
    public static final String FOLDER = HomeFolder.AUDIT_TRAIL_EXPORTS;
    public static final String ROWS_FILE = "audit-trail.csv";
    public static final String VERIFICATION_FILE = "chain-verification.txt";
    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,8})");

    /** What was exported: where, how many rows, and what the chain's verification found. */
    public record Result(String range, int version, Path folder, Path zip, long rows, ChainReport chain) {
    }

    private final AuditTrail trail;
    private final AuditSeals seals;
    private final Predicate<AuditSeal> signatureCheck;
    private final PackageSealer sealer;
    private final ConfinedFolder output;
    private final Clock clock;

    /** @param signatureCheck checks a seal's signature; null when no package key is at hand */
    public AuditExport(AuditTrail trail, AuditSeals seals, Predicate<AuditSeal> signatureCheck, PackageSealer sealer,
            Path output, Clock clock) {
        this.trail = trail;
        this.seals = seals;
        this.signatureCheck = signatureCheck;
        this.sealer = sealer;
        this.output = new ConfinedFolder(output);
        this.clock = clock;
    }

    /**
     * Exports the rows of {@code range} for {@code actor} ({@code identifiedBy} as in the manifest's requester:
     * {@code os-user} or {@code signed-in}), then records the export as a row.
     */
    public synchronized Result export(String actor, String identifiedBy, ExportRange range) {
        Path rangeFolder = output.resolve(FOLDER, range.label());
        int version = nextVersion(rangeFolder);
        Path target = rangeFolder.resolve("v" + version);
        Path partial = output.inside(rangeFolder.resolve(".v" + version + ".partial"));
        Written written;
        try {
            removeFlat(partial);
            Files.createDirectories(partial);
            written = writeInto(partial, range);
            sealer.seal(partial, manifest(actor, identifiedBy, range, version, written,
                    sealer.describe(partial, path -> path.equals(ROWS_FILE) ? "data" : "summary")));
            moveIntoPlace(partial, target);
        } catch (IOException e) {
            removeAfterFailure(partial, e);
            throw new UncheckedIOException("cannot export the audit trail into " + partial + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            removeAfterFailure(partial, e);
            throw e;
        }
        Result result = new Result(range.label(), version, target, PackageLayout.zipBeside(target), written.rows(),
                written.chain());
        trail.record(actor, AuditActions.EXPORT, FOLDER + "/" + range.label() + "/v" + version, Map.of(
                "rows", Long.toString(written.rows()), "from", String.valueOf(range.from()),
                "to", String.valueOf(range.to()), "intact", Boolean.toString(written.chain().intact())));
        return result;
    }

    private record Written(long rows, ChainReport chain, Instant first, Instant last) {
    }

    /** One walk of the whole trail: every row is verified, the rows of the range are written. */
    private Written writeInto(Path folder, ExportRange range) throws IOException {
        ChainVerifier verifier = new ChainVerifier(seals.all(), signatureCheck);
        long[] rows = {0};
        Instant[] span = {null, null};
        try (Writer out = Files.newBufferedWriter(folder.resolve(ROWS_FILE), StandardCharsets.UTF_8)) {
            AuditCsv csv = new AuditCsv(out);
            trail.forEach(row -> {
                verifier.accept(row);
                if (range.contains(row.recordedAt())) {
                    write(csv, row);
                    rows[0]++;
                    span[0] = span[0] == null ? row.recordedAt() : span[0];
                    span[1] = row.recordedAt();
                }
            });
        }
        ChainReport chain = verifier.finish(trail.head());
        Files.write(folder.resolve(VERIFICATION_FILE), chain.lines(), StandardCharsets.UTF_8);
        return new Written(rows[0], chain, span[0], span[1]);
    }

    private static void write(AuditCsv csv, AuditEntry row) {
        try {
            csv.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PackageManifest manifest(String actor, String identifiedBy, ExportRange range, int version,
            Written written, List<PackageFile> files) {
        Instant now = clock.instant();
        Instant from = range.from() != null ? range.from() : written.first() != null ? written.first() : now;
        Instant to = range.to() != null ? range.to() : now;
        String software = AuditExport.class.getPackage().getImplementationVersion();
        return new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID().toString(), FOLDER,
                new PackageManifest.Subject(FOLDER, version, version > 1 ? version - 1 : null, List.of()),
                PackageManifest.Period.of(range.label(), from, to, ZoneOffset.UTC),
                Map.of("from", String.valueOf(range.from()), "to", String.valueOf(range.to())), null,
                new PackageManifest.Software("wincc-reports", software == null ? "development build" : software,
                        System.getProperty("java.version")),
                List.of(), files, new PackageManifest.DataState(written.last() == null ? now : written.last(),
                        !written.chain().intact()),
                new PackageManifest.Requester(actor, identifiedBy, HostName.get()), now, null, null, null);
    }

    private void moveIntoPlace(Path partial, Path target) throws IOException {
        Path zip = PackageLayout.zipBeside(target);
        Path staged = sealer.stageZip(partial, zip);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Durable.fsync(target.getParent());
        sealer.publishZip(staged, zip);
    }

    /** One more than the highest {@code v<n>} under {@code rangeFolder}; 1 for the first. */
    private static int nextVersion(Path rangeFolder) {
        if (!Files.isDirectory(rangeFolder)) {
            return 1;
        }
        try (Stream<Path> children = Files.list(rangeFolder)) {
            return 1 + children.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rangeFolder, e);
        }
    }

    /** Removes the working folder (flat: the export writes no sub-folders) if it is there. */
    private static void removeFlat(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static void removeAfterFailure(Path partial, Exception failure) {
        try {
            removeFlat(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
