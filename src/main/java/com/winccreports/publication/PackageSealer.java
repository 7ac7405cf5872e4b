package com.winccreports.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a folder of finished files into an auditor package, for any job: describes the files (size, SHA-256,
 * rows), writes the manifest last, signs it (detached Ed25519 signature and the signing certificate beside
 * it), fsyncs everything, and makes the reproducible ZIP. The caller renames the folder into place (the one
 * commit point) and then moves the staged ZIP beside it:
 *
 * <pre>
 *   files = sealer.describe(work, path -&gt; "report");
 *   sealer.seal(work, manifestOf(files));
 *   Path zip = sealer.stageZip(work, PackageLayout.zipBeside(target));
 *   move work → target (atomic)
 *   sealer.publishZip(zip, PackageLayout.zipBeside(target));
 * </pre>
 *
 * After a crash between the rename and the ZIP's move, {@link #completeZip} makes the same ZIP again from
 * the folder. Thread-safe; the signing key is loaded on first use.
 */
public final class PackageSealer {

    private final Supplier<SigningKey> key;
    private final HeadSealing auditHeads;

    /** @param key the signing key, asked for when the first package is sealed */
    public PackageSealer(Supplier<SigningKey> key) {
        this(key, HeadSealing.NONE);
    }

    /**
     * @param key        the signing key, asked for when the first package is sealed
     * @param auditHeads signs the audit trail's head for every package sealed, and the head goes into its manifest
     */
    public PackageSealer(Supplier<SigningKey> key, HeadSealing auditHeads) {
        this.key = key;
        this.auditHeads = auditHeads;
    }

    /** The signing key (loading it if not yet loaded) — e.g. to sign the head of the audit trail. */
    public SigningKey signingKey() {
        return key.get();
    }

    /**
     * Every file under {@code folder} (sub-folders included, paths {@code /}-separated, sorted) with its size,
     * SHA-256 and rows, except the package's own manifest, signature and certificate.
     */
    public List<PackageFile> describe(Path folder, Function<String, String> roleOfPath) {
        return describe(folder, roleOfPath, new WrittenFiles());
    }

    /**
     * As {@link #describe(Path, Function)}, taking size, SHA-256 and rows of the files {@code written} measured
     * while they were written (those still of the measured size, with their rows where the kind has rows)
     * instead of reading them again.
     */
    public List<PackageFile> describe(Path folder, Function<String, String> roleOfPath, WrittenFiles written) {
        List<PackageFile> files = new ArrayList<>();
        for (String path : filesUnder(folder)) {
            if (PackageLayout.OWN_FILES.contains(path)) {
                continue;
            }
            Path file = folder.resolve(path);
            WrittenFiles.Measured known = written.of(file)
                    .filter(m -> m.rows() != null || !RowCounter.counts(path)).orElse(null);
            if (known != null) {
                files.add(new PackageFile(path, roleOfPath.apply(path), known.bytes(), known.sha256(), known.rows()));
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                FileMeasurement measured = FileMeasurement.of(path, in, Long.MAX_VALUE);
                files.add(new PackageFile(path, roleOfPath.apply(path), measured.bytes(), measured.sha256(),
                        measured.rows()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return files;
    }

    /**
     * Fsyncs the manifest's files, writes {@code manifest.json} (with the signer and the audit trail's signed
     * head filled in), its detached signature and the signing certificate, and fsyncs them and the folder.
     * Returns the manifest as written.
     */
    public PackageManifest seal(Path folder, PackageManifest manifest) {
        SigningKey signing = key.get();
        PackageManifest signed = manifest.withSigner(signing.signer());
        PackageManifest.AuditHead head = auditHeads.seal(signed, signing);
        signed = head == null ? signed : signed.withAuditHead(head);
        byte[] json = signed.toJson();
        signed.files().forEach(f -> Durable.fsync(folder.resolve(f.path())));
        signed.files().stream().map(f -> folder.resolve(f.path()).getParent()).distinct()
                .filter(parent -> !parent.equals(folder)).forEach(Durable::fsync);
        write(folder.resolve(PackageLayout.MANIFEST), json);
        write(folder.resolve(PackageLayout.SIGNATURE), signing.sign(json));
        write(folder.resolve(PackageLayout.CERTIFICATE),
                Certificates.pem(signing.chain()).getBytes(StandardCharsets.US_ASCII));
        Durable.fsync(folder);
        return signed;
    }

    /** Writes the ZIP of a sealed folder to a hidden file beside {@code zip}, fsynced; returns that file. */
    public Path stageZip(Path sealedFolder, Path zip) {
        return PackageZip.stage(sealedFolder, zip);
    }

    /** Moves a staged ZIP to its name. */
    public Path publishZip(Path stagedZip, Path zip) {
        return PackageZip.publish(stagedZip, zip);
    }

    /** Makes the ZIP of a published folder if it is not there (a crash came between the rename and the ZIP). */
    public Path completeZip(Path publishedFolder, Path zip) {
        if (!Files.isRegularFile(zip)) {
            publishZip(stageZip(publishedFolder, zip), zip);
        }
        return zip;
    }

    /** Removes a staged ZIP a crashed attempt left behind. */
    public void discardStagedZip(Path zip) {
        try {
            Files.deleteIfExists(PackageLayout.stagedZip(zip));
            Files.deleteIfExists(PackageZip.spool(PackageLayout.stagedZip(zip)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + PackageLayout.stagedZip(zip), e);
        }
    }

    static List<String> filesUnder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
        Durable.fsync(file);
    }
}
