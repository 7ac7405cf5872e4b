package com.winccreports.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Packages for tests: a small export-like package (CSV, XLSX, a binary "PDF", a file in a sub-folder) sealed
 * with a demo key, other keys to re-sign with, and plain copies of folders and ZIPs to tamper with.
 */
public final class TestPackages {

    private TestPackages() {
    }

    /** A sealer whose demo key lives in {@code home/config}. */
    public static PackageSealer sealer(Path home) {
        return new PackageSealer(() -> SigningKeys.load(SigningSettings.demo(), home, Map.of()));
    }

    /** {@code root/output/export/2026-11-24/v1} sealed with the demo key of {@code root}, and its ZIP beside it. */
    static Path sealedExport(Path root) throws IOException {
        Path folder = root.resolve("output/export/2026-11-24/v1");
        Files.createDirectories(folder.resolve("batch-4711"));
        Files.writeString(folder.resolve("values.csv"), "timestamp,tag,value\r\n2026-11-24T05:00:00Z,L1.Temperature,72.5\r\n"
                + "2026-11-24T05:00:01Z,L1.Temperature,72.6\r\n", StandardCharsets.UTF_8);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50); OutputStream out = Files.newOutputStream(
                folder.resolve("values.xlsx"))) {
            Sheet sheet = workbook.createSheet("Values");
            for (int r = 0; r < 301; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
        }
        byte[] pdf = new byte[4096];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + 7);
        }
        Files.write(folder.resolve("summary.pdf"), pdf);
        Files.writeString(folder.resolve("batch-4711/record.csv"), "BatchId,GoodQty\r\n4711,9328\r\n");
        PackageSealer sealer = sealer(root);
        sealer.seal(folder, manifest(sealer.describe(folder, path -> path.endsWith(".pdf") ? "summary" : "data")));
        Path zip = PackageLayout.zipBeside(folder);
        sealer.publishZip(sealer.stageZip(folder, zip), zip);
        return folder;
    }

    static PackageManifest manifest(List<PackageFile> files) {
        Instant from = Instant.parse("2026-11-24T05:00:00Z");
        Instant to = Instant.parse("2026-11-25T05:00:00Z");
        return new PackageManifest(PackageManifest.FORMAT, "9b1f6a8e-0000-4000-8000-000000000001", "record-export",
                new PackageManifest.Subject("export", 1, null, List.of("L1")),
                PackageManifest.Period.of("2026-11-24", from, to, ZoneId.of("Europe/Berlin")), Map.of("batch", "4711"),
                new PackageManifest.Source("plant1", "https://reader:secret@scada1.plant.local:34569/WinCCRestService?token=x",
                        List.of("PVArchive", "BatchRecords")),
                new PackageManifest.Software("wincc-reports", "test", "17"), List.of(), files,
                new PackageManifest.DataState(to, false),
                new PackageManifest.Requester("quality1", PackageManifest.Requester.SIGNED_IN, "test-host"),
                Instant.now(), new PackageManifest.Execution(1, 1, from), null, null);
    }

    /** Seals {@code folder} again with another key: what someone who edits the manifest and re-signs it does. */
    public static void resign(Path folder, Path otherKeyHome) {
        PackageManifest edited = PackageManifest.read(folder.resolve(PackageLayout.MANIFEST));
        edited = new PackageManifest(edited.format(), edited.packageId(), edited.kind(), edited.subject(),
                edited.period(), edited.parameters(), edited.source(), edited.software(), edited.inputs(),
                edited.files(), new PackageManifest.DataState(edited.data().cutOff(), false),
                new PackageManifest.Requester("mallory", edited.requestedBy().identifiedBy(), "elsewhere"),
                edited.created(), edited.execution(), edited.auditHead(), edited.signer());
        sealer(otherKeyHome).seal(folder, edited);
    }

    /** A copy of a package folder in {@code target}. */
    public static Path copyFolder(Path folder, Path target) {
        try {
            for (String path : PackageSealer.filesUnder(folder)) {
                Files.createDirectories(target.resolve(path).getParent());
                Files.copy(folder.resolve(path), target.resolve(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Zips every file of {@code folder} (whatever the manifest says) under {@code top/}, as a tamperer would. */
    public static Path zipAnyway(Path folder, String top, Path zip) {
        try (Stream<Path> files = Files.walk(folder); ZipOutputStream out = new ZipOutputStream(
                Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(top + "/" + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** Flips the bits of one byte in the middle of {@code file}. */
    public static void flipAByte(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            content[content.length / 2] ^= (byte) 0xff;
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
