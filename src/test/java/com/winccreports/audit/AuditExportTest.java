package com.winccreports.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.PackageVerifier;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import com.winccreports.publication.Verification;
import com.winccreports.recordexport.Rfc4180;
import com.winccreports.schedule.MutableClock;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit trail exported as an auditor package: the rows of a range as RFC 4180 CSV with their hashes, the
 * chain's verification, a manifest signed with the package key that {@code verify} passes on the folder and its
 * ZIP — and fails, naming the file, once a byte changes. The export is a row of the trail.
 */
class AuditExportTest {

    @TempDir
    Path root;

    /** After the demo certificate is made (it is valid from the real day it is made, for 20 years). */
    MutableClock clock = new MutableClock(Instant.parse("2030-11-25T06:00:00Z"));
    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    AuditTrail trail;
    AuditExport export;

    @BeforeEach
    void trailAndKey() {
        dataSource = AuditTrailTest.pool(root);
        jdbc = new JdbcTemplate(dataSource);
        trail = new AuditTrail(jdbc, new DataSourceTransactionManager(dataSource), clock);
        AuditSeals seals = new AuditSeals(trail, jdbc, clock);
        Supplier<SigningKey> key = () -> SigningKeys.load(SigningSettings.demo(), root, Map.of());
        HeadSigner signer = new PackageKeyHeadSigner(key, List.of());
        PackageSealer sealer = new PackageSealer(key, new PackageKeyConfiguration().auditHeadSealing(seals, signer));
        export = new AuditExport(trail, seals, HeadSigner.signatureCheck(signer), sealer, root.resolve("output"), clock);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theWholeTrailIsASignedPackageThatVerifiesWithEveryRowItsHashesAndTheChainsVerdict() throws Exception {
        List<AuditEntry> written = writeRows();

        AuditExport.Result result = export.export("auditor", PackageManifest.Requester.SIGNED_IN, ExportRange.all());

        assertThat(result.folder()).isEqualTo(root.resolve("output/audit-trail/all/v1"));
        assertThat(result.zip()).isEqualTo(root.resolve("output/audit-trail/all/audit-trail_all_v1.zip")).isRegularFile();
        assertThat(new PackageVerifier(List.of()).verify(result.folder()).failures()).isEmpty();
        assertThat(new PackageVerifier(List.of()).verify(result.zip()).failures()).isEmpty();
        List<List<String>> csv = Rfc4180.read(result.folder().resolve(AuditExport.ROWS_FILE));
        assertThat(csv.get(0)).containsExactly("id", "recorded_at", "actor", "action", "target", "details",
                "prev_hash", "row_hash");
        assertThat(csv).hasSize(written.size() + 1);
        for (int i = 0; i < written.size(); i++) {
            List<String> line = csv.get(i + 1);
            AuditEntry read = new AuditEntry(Long.parseLong(line.get(0)), Instant.parse(line.get(1)), line.get(2),
                    line.get(3), line.get(4), line.get(5), line.get(6), line.get(7));
            assertThat(read).as("row %d as written", i + 1).isEqualTo(written.get(i));
            assertThat(read.sealed().rowHash()).as("its hash, recomputed from the line").isEqualTo(line.get(7));
        }
        assertThat(Files.readString(result.folder().resolve(AuditExport.VERIFICATION_FILE)))
                .contains("Audit trail: 3 rows (last id 3)").contains("Intact.");
        PackageManifest manifest = PackageManifest.read(result.folder().resolve(PackageLayout.MANIFEST));
        assertThat(manifest.kind()).isEqualTo(AuditExport.FOLDER);
        assertThat(manifest.requestedBy().user()).isEqualTo("auditor");
        assertThat(manifest.auditHead()).as("the head signed for the export itself").isNotNull();
        assertThat(manifest.files()).filteredOn(f -> f.path().equals(AuditExport.ROWS_FILE)).singleElement()
                .satisfies(f -> assertThat(f.rows()).extracting(PackageFile.RowCount::rows).containsExactly(4L));
        assertThat(trail.newest(1)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditActions.EXPORT);
            assertThat(row.actor()).isEqualTo("auditor");
            assertThat(row.target()).isEqualTo("audit-trail/all/v1");
            assertThat(row.details()).contains("\"rows\":\"3\"").contains("\"intact\":\"true\"");
        });
    }

    @Test
    void aChangedByteIsNamedByVerifyInTheFolderAndInTheZip() throws Exception {
        writeRows();
        AuditExport.Result result = export.export("auditor", PackageManifest.Requester.SIGNED_IN, ExportRange.all());
        Path csv = result.folder().resolve(AuditExport.ROWS_FILE);
        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(csv, bytes);

        Verification verification = new PackageVerifier(List.of()).verify(result.folder());

        assertThat(verification.passed()).isFalse();
        assertThat(verification.problems()).contains(Verification.Problem.FILE_CHANGED);
        assertThat(verification.failures()).anySatisfy(f -> assertThat(f.subject()).isEqualTo(AuditExport.ROWS_FILE));
        assertThat(new PackageVerifier(List.of()).verify(result.zip()).passed()).as("the ZIP is its own copy").isTrue();
    }

    @Test
    void aRangeHoldsTheRowsRecordedInItAndEachExportOfItIsANewVersion() throws Exception {
        writeRows();
        ExportRange day = ExportRange.of("2030-11-25", "2030-11-26");

        AuditExport.Result first = export.export("auditor", PackageManifest.Requester.OS_USER, day);
        AuditExport.Result second = export.export("auditor", PackageManifest.Requester.OS_USER, day);

        assertThat(first.folder()).isEqualTo(root.resolve("output/audit-trail/2030-11-25--2030-11-26/v1"));
        assertThat(second.folder()).isEqualTo(root.resolve("output/audit-trail/2030-11-25--2030-11-26/v2"));
        assertThat(first.rows()).isEqualTo(2);
        assertThat(Rfc4180.read(first.folder().resolve(AuditExport.ROWS_FILE))).extracting(r -> r.get(0))
                .containsExactly("id", "1", "2");
        assertThat(first.chain().intact()).isTrue();
        assertThat(new PackageVerifier(List.of()).verify(second.zip()).failures()).isEmpty();
        assertThat(root.resolve("output/audit-trail/2030-11-25--2030-11-26")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aChangedRowIsInTheExportsVerdictAndTheManifestSaysTheDataIsIncomplete() throws Exception {
        writeRows();
        jdbc.update("UPDATE wr_audit_event SET actor = 'someone-else' WHERE id = 2");

        AuditExport.Result result = export.export("auditor", PackageManifest.Requester.SIGNED_IN, ExportRange.all());

        assertThat(result.chain().intact()).isFalse();
        assertThat(Files.readString(result.folder().resolve(AuditExport.VERIFICATION_FILE), StandardCharsets.UTF_8))
                .contains("CHANGED row 2").contains("NOT intact: 1 problem(s).");
        assertThat(PackageManifest.read(result.folder().resolve(PackageLayout.MANIFEST)).data().incomplete()).isTrue();
    }

    @Test
    void anUnreadableOrEmptyRangeNamesTheParameter() {
        assertThatThrownBy(() -> ExportRange.of("yesterday", null)).isInstanceOfSatisfying(
                ExportRange.InvalidRangeException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> ExportRange.of("2026-11-25", "2026-11-25")).isInstanceOfSatisfying(
                ExportRange.InvalidRangeException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThat(ExportRange.of(null, "2026-11-25T06:30:00Z").label()).isEqualTo("start--20261125T063000Z");
        assertThat(ExportRange.of(" ", "").label()).isEqualTo("all");
    }

    /** Two rows on the 25th (one with a comma, quotes and a line break to quote), one on the 26th. */
    private List<AuditEntry> writeRows() {
        AuditEntry login = trail.record("quality", AuditActions.LOGIN, "user quality", Map.of("address", "10.0.0.1"));
        clock.advance(Duration.ofHours(1));
        AuditEntry odd = trail.record("=cmd \"x\", y", AuditActions.LOGIN_FAILED, "user \"x\"\r\nline 2",
                Map.of("reason", "bad, password"));
        clock.advance(Duration.ofDays(1));
        AuditEntry download = trail.record("operator", AuditActions.DOWNLOAD, "job 2026-11-24 v1 report.pdf",
                Map.of("bytes", "100"));
        return List.of(login, odd, download);
    }
}
