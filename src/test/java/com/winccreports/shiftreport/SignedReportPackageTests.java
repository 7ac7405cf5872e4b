package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.WinccReportsApplication;
import com.winccreports.audit.AuditSeal;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.ChainReport;
import com.winccreports.audit.HeadSigner;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.publication.Certificates;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageVerifier;
import com.winccreports.publication.SigningKey;
import com.winccreports.publication.TestKeystores;
import com.winccreports.publication.TestPackages;
import com.winccreports.publication.Verification;
import com.winccreports.publication.Verification.Problem;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * A real run of the shift report on the simulator (Excel and PDF rendered) publishes its version as an auditor
 * package: a folder and a ZIP, each with the manifest, its detached signature and the signing certificate.
 * {@code verify} passes on both — in code and on the command line — and names every kind of tampering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedReportPackageTests {

    /** The job tests' small job, rendered with the repository's Excel template and PDF layout. */
    static final String REAL_TEMPLATES = JobTestHome.SMALL_JOB.replace("report: {formats: [xlsx, pdf]}",
            "report: {template: report-templates/shift-report.xlsx, layout: report-templates/shift-report.pdf-layout.yaml,"
                    + " formats: [xlsx, pdf]}");

    Path root;
    Path folder;
    ChainReport auditTrail;
    List<AuditSeal> seals;
    Path zip;
    Path demoCertificate;

    @BeforeAll
    void runTheReportOnTheSimulator(@TempDir Path classFolder) throws Exception {
        root = classFolder;
        try (JobTestHome home = new JobTestHome(root.resolve("home"), REAL_TEMPLATES, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = withRealRendering(home)) {
            folder = publishedFolder(context);
            HeadSigner packageKey = context.getBean(HeadSigner.class);
            auditTrail = context.getBean(AuditTrail.class).verify(context.getBean(AuditSeals.class).all(),
                    seal -> packageKey.verify(seal.keyId(), seal.message(), Base64.getDecoder().decode(seal.signature())));
            seals = context.getBean(AuditSeals.class).all();
        }
        zip = PackageLayout.zipBeside(folder);
        demoCertificate = Files.writeString(root.resolve("demo-signer.pem"),
                Files.readString(folder.resolve(PackageLayout.CERTIFICATE)));
    }

    @Test
    void theVersionIsASignedFolderWithAZipBesideItAndBothVerify() {
        String label = RestartTests.PERIOD.label();
        assertThat(folder.getParent().resolve("shift-report_" + label + "_v1.zip")).isEqualTo(zip).isRegularFile();
        assertThat(folder).isDirectoryContaining("glob:**/" + PackageLayout.SIGNATURE)
                .isDirectoryContaining("glob:**/" + PackageLayout.CERTIFICATE);
        PackageManifest manifest = PackageManifest.read(folder.resolve(PackageLayout.MANIFEST));
        assertThat(manifest.format()).isEqualTo(2);
        assertThat(manifest.kind()).isEqualTo("shift-report");
        assertThat(manifest.period().zone()).isEqualTo("Europe/Berlin");
        assertThat(manifest.period().fromLocal()).isEqualTo("2026-11-24T13:00:00+01:00");
        assertThat(manifest.requestedBy().user()).isEqualTo(System.getProperty("user.name"));
        assertThat(manifest.requestedBy().identifiedBy()).isEqualTo(PackageManifest.Requester.OS_USER);
        assertThat(manifest.signer().key()).isEqualTo("demo");
        PackageFile workbook = manifest.files().stream().filter(f -> f.path().endsWith(".xlsx")).findFirst().orElseThrow();
        assertThat(workbook.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.sheet()).isNotBlank());
        assertThat(workbook.rows().stream().mapToLong(PackageFile.RowCount::rows).sum()).isPositive();
        assertThat(manifest.files()).filteredOn(f -> f.path().endsWith(".pdf")).singleElement()
                .satisfies(pdf -> assertThat(pdf.rows()).isNull());

        for (Path target : List.of(folder, zip)) {
            Verification verification = new PackageVerifier(List.of()).verify(target);
            assertThat(verification.passed()).as("%s", verification.findings()).isTrue();
            assertThat(verification.findings()).filteredOn(f -> f.level() == Verification.Level.OK).hasSize(3);
        }
    }

    @Test
    void theAuditTrailsHeadIsSignedWithThePackageKeyAndACopyTravelsInTheManifest() throws Exception {
        PackageManifest manifest = PackageManifest.read(folder.resolve(PackageLayout.MANIFEST));
        PackageManifest.AuditHead head = manifest.auditHead();
        X509Certificate signer = Certificates.read(Files.readAllBytes(folder.resolve(PackageLayout.CERTIFICATE))).get(0);
        AuditSeal copy = new AuditSeal(head.headId(), head.headHash(), head.sealedAt(), head.keyId(), head.signature(),
                head.occasion());

        assertThat(head.keyId()).isEqualTo(manifest.signer().certificateSha256());
        assertThat(head.occasion()).isEqualTo("package " + manifest.occasion());
        assertThat(SigningKey.verifies(copy.message(), Base64.getDecoder().decode(head.signature()), signer.getPublicKey()))
                .as("the head's signature checks with the package's own certificate").isTrue();
        assertThat(seals).contains(copy);
        assertThat(auditTrail.intact()).as("%s", auditTrail.findings()).isTrue();
        assertThat(auditTrail.signaturesChecked()).isTrue();
        assertThat(auditTrail.seals()).isPositive();
    }

    @Test
    void verifyOnTheCommandLineExitsZeroWhenAllMatchesAndOneOnAFailure() throws Exception {
        Path tampered = TestPackages.copyFolder(folder, root.resolve("cli/shift-report/p/v1"));
        Files.delete(tampered.resolve(PackageLayout.SIGNATURE));

        assertThat(cli("verify", folder.toString())).startsWith("0").contains("VERIFIED");
        assertThat(cli("verify", zip.toString(), "--trust", demoCertificate.toString())).startsWith("0")
                .contains("is trusted");
        assertThat(cli("verify", tampered.toString())).startsWith("1")
                .contains("FAILED manifest.json.sig: missing").contains("FAILED: 1 problem");
        assertThat(cli("verify", root.resolve("nothing-here").toString())).startsWith("4").contains("does not exist");
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(Tampering.values()).flatMap(t -> Stream.of(Arguments.of(t, "folder"), Arguments.of(t, "ZIP")))
                .filter(a -> a.get()[0] != Tampering.TRUNCATED_ZIP || a.get()[1].equals("ZIP"));
    }

    @ParameterizedTest(name = "{0} in the {1}")
    @MethodSource("tamperings")
    void everyTamperingIsFoundAndNamed(Tampering tampering, String container) throws Exception {
        boolean asZip = container.equals("ZIP");
        Path work = root.resolve("tampered").resolve(tampering + "-" + container);
        Path copy = TestPackages.copyFolder(folder, work.resolve("shift-report/p/v1"));
        Path target = copy;
        if (tampering == Tampering.TRUNCATED_ZIP) {
            byte[] bytes = Files.readAllBytes(zip);
            target = Files.write(work.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        } else {
            tampering.apply(copy, root.resolve("other-key"));
            if (asZip) {
                target = TestPackages.zipAnyway(copy, zip.getFileName().toString().replace(".zip", ""),
                        work.resolve("tampered.zip"));
            }
        }
        List<X509Certificate> trusted = tampering == Tampering.RESIGNED_WITH_ANOTHER_KEY
                ? Certificates.read(Files.readAllBytes(demoCertificate)) : List.of();

        Verification verification = new PackageVerifier(trusted).verify(target);

        assertThat(verification.problems()).as("%s", verification.findings()).containsExactly(tampering.expected);
        assertThat(verification.failures().get(0).subject()).contains(tampering.subject);
    }

    @Test
    void aChangedByteInsideTheZipIsFoundInTheFileItBelongsTo() throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        long pdfData;
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            var pdf = file.stream().filter(e -> e.getName().endsWith(".pdf")).findFirst().orElseThrow();
            int header = indexOf(bytes, pdf.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            pdfData = header + pdf.getName().length() + pdf.getCompressedSize() / 2; // no extra field in our ZIPs
        }
        bytes[(int) pdfData] ^= 0x5a;
        Path damaged = Files.write(root.resolve("damaged.zip"), bytes);

        Verification verification = new PackageVerifier(List.of()).verify(damaged);

        assertThat(verification.problems()).containsExactly(Problem.FILE_CHANGED);
        assertThat(verification.failures().get(0).subject()).endsWith(".pdf");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void aManifestResignedWithAnotherKeyIsValidOnlyForThatKeyWhichVerifyNames() throws Exception {
        Path copy = TestPackages.copyFolder(folder, root.resolve("resigned/shift-report/p/v1"));
        TestPackages.resign(copy, root.resolve("other-key"));

        Verification unpinned = new PackageVerifier(List.of()).verify(copy);

        String otherFingerprint = PackageManifest.read(copy.resolve(PackageLayout.MANIFEST)).signer().certificateSha256();
        assertThat(otherFingerprint).isNotEqualTo(PackageManifest.read(folder.resolve(PackageLayout.MANIFEST))
                .signer().certificateSha256());
        assertThat(unpinned.passed()).isTrue();
        assertThat(unpinned.findings()).anySatisfy(f -> assertThat(f.message()).contains("signer not pinned")
                .contains(otherFingerprint));
    }

    @Test
    void aConfiguredPlantKeystoreSignsInsteadOfTheDemoKeyAndAWrongPasswordStopsTheStart(@TempDir Path other)
            throws Exception {
        X509Certificate plant = TestKeystores.ed25519Keystore(other.resolve("secrets/signing.p12"), "reports", "pw-1");
        Files.writeString(other.resolve("secrets/signing-password"), "pw-1\n");
        Map<String, Object> keystore = Map.of("wincc-reports.packages.signing.keystore", "secrets/signing.p12",
                "wincc-reports.packages.signing.password-file", "secrets/signing-password");
        try (JobTestHome home = new JobTestHome(other, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            try (ConfigurableApplicationContext context = home.start(keystore)) {
                Path published = publishedFolder(context);
                PackageManifest manifest = PackageManifest.read(published.resolve(PackageLayout.MANIFEST));
                assertThat(manifest.signer().key()).isEqualTo("keystore");
                assertThat(manifest.signer().certificateSha256()).isEqualTo(Certificates.fingerprint(plant));
                assertThat(new PackageVerifier(List.of(plant)).verify(published).passed()).isTrue();
                assertThat(new PackageVerifier(Certificates.read(Files.readAllBytes(demoCertificate)))
                        .verify(PackageLayout.zipBeside(published)).problems())
                        .containsExactly(Problem.UNTRUSTED_SIGNER);
            }
            assertThat(other.resolve("config/package-signing.p12")).doesNotExist();

            Files.writeString(other.resolve("secrets/signing-password"), "not-the-password\n");
            assertThatThrownBy(() -> home.start(keystore).close())
                    .hasStackTraceContaining("wincc-reports.packages.signing.password-env/password-file: the password"
                            + " does not open")
                    .satisfies(e -> {
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        assertThat(trace.toString()).doesNotContain("not-the-password");
                    });
        }
    }

    @Test
    void theSameContentGivesTheSameZipBytes() throws Exception {
        Path copy = TestPackages.copyFolder(folder, root.resolve("again/shift-report/" + RestartTests.PERIOD.label() + "/v1"));
        var sealer = TestPackages.sealer(root.resolve("unused-key"));

        Path again = sealer.publishZip(sealer.stageZip(copy, PackageLayout.zipBeside(copy)), PackageLayout.zipBeside(copy));

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));
    }

    /** Ways a package is changed after it was published, each with the problem {@code verify} must name. */
    enum Tampering {
        CHANGED_BYTE_IN_THE_EXCEL_FILE(Problem.FILE_CHANGED, ".xlsx") {
            @Override
            void apply(Path copy, Path otherKey) {
                TestPackages.flipAByte(only(copy, ".xlsx"));
            }
        },
        CHANGED_BYTE_IN_THE_PDF_FILE(Problem.FILE_CHANGED, ".pdf") {
            @Override
            void apply(Path copy, Path otherKey) {
                TestPackages.flipAByte(only(copy, ".pdf"));
            }
        },
        CHANGED_BYTE_IN_THE_SIGNATURE(Problem.SIGNATURE_INVALID, PackageLayout.MANIFEST) {
            @Override
            void apply(Path copy, Path otherKey) {
                TestPackages.flipAByte(copy.resolve(PackageLayout.SIGNATURE));
            }
        },
        REMOVED_FILE(Problem.FILE_MISSING, ".pdf") {
            @Override
            void apply(Path copy, Path otherKey) throws Exception {
                Files.delete(only(copy, ".pdf"));
            }
        },
        EXTRA_FILE(Problem.FILE_EXTRA, "corrected-figures.csv") {
            @Override
            void apply(Path copy, Path otherKey) throws Exception {
                Files.writeString(copy.resolve("corrected-figures.csv"), "shift,good\r\nEarly,9999\r\n");
            }
        },
        EDITED_MANIFEST(Problem.SIGNATURE_INVALID, PackageLayout.MANIFEST) {
            @Override
            void apply(Path copy, Path otherKey) throws Exception {
                Path manifest = copy.resolve(PackageLayout.MANIFEST);
                String json = Files.readString(manifest);
                assertThat(json).contains("\"incomplete\" : false");
                Files.writeString(manifest, json.replace("\"incomplete\" : false", "\"incomplete\" : true"));
            }
        },
        RESIGNED_WITH_ANOTHER_KEY(Problem.UNTRUSTED_SIGNER, "signer") {
            @Override
            void apply(Path copy, Path otherKey) {
                TestPackages.resign(copy, otherKey);
            }
        },
        SIGNATURE_MISSING(Problem.SIGNATURE_MISSING, PackageLayout.SIGNATURE) {
            @Override
            void apply(Path copy, Path otherKey) throws Exception {
                Files.delete(copy.resolve(PackageLayout.SIGNATURE));
            }
        },
        TRUNCATED_ZIP(Problem.UNREADABLE_PACKAGE, ".zip") {
            @Override
            void apply(Path copy, Path otherKey) {
                // the ZIP itself is cut, see the test
            }
        };

        final Problem expected;
        final String subject;

        Tampering(Problem expected, String subject) {
            this.expected = expected;
            this.subject = subject;
        }

        abstract void apply(Path copy, Path otherKey) throws Exception;

        static Path only(Path folder, String extension) {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElseThrow();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Runs the test period and returns the folder of the version it published. */
    private static Path publishedFolder(ConfigurableApplicationContext context) {
        RunOutcome outcome = context.getBean(JobRunService.class).run("shift-report", RestartTests.PERIOD,
                RunOptions.defaults());
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
        return outcome.outputFolder();
    }

    /** Exit code, then what the command printed. */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));
        int exit = commandLine.execute(args);
        return exit + "\n" + out;
    }

    /** A context as the CLI starts it, rendering real Excel and PDF files from the repository's templates. */
    private static ConfigurableApplicationContext withRealRendering(JobTestHome home) {
        JobTestHome.copy(Path.of("report-templates"), home.home.root().resolve("report-templates"));
        Map<String, Object> properties = JobTestHome.properties(home.home, home.simulator.baseUri().toString());
        return new SpringApplicationBuilder(WinccReportsApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).properties(properties).run(TestDatabase.overridingArguments(properties));
    }
}
