package com.winccreports.audit.cli;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditSeal;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.CommandLineAudit;
import com.winccreports.audit.ChainFinding;
import com.winccreports.audit.ChainReport;
import com.winccreports.audit.HeadSigner;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.io.PrintStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audit verify | list}: checks the audit trail's hash chain, or shows its newest rows. No service needed. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: verify its hash chain, list its newest rows.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListRows.class})
public final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a subcommand: audit verify, or audit list");
    }

    /** Exit code when the trail is not intact. */
    static final int BROKEN = 1;

    /** {@code audit verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks every row of the audit trail against its hash and its neighbours, and the chain "
                + "against its signed heads; names each changed, inserted or removed row.",
                "Exit codes: 0 intact, 1 not intact (each problem printed), 4 invalid configuration."})
    static final class Verify implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of())) {
                AuditTrail trail = context.getBean(AuditTrail.class);
                HeadSigner signer = context.getBeanProvider(HeadSigner.class).getIfAvailable();
                ChainReport report = trail.verify(context.getBean(AuditSeals.class).all(), signatureCheck(signer));
                print(report, System.out);
                CommandLineAudit.record(context, AuditActions.VERIFY_TRAIL, "audit trail", Map.of(
                        "rows", Long.toString(report.rows()), "findings", Integer.toString(report.findings().size())));
                return report.intact() ? 0 : BROKEN;
            }
        }

        static Predicate<AuditSeal> signatureCheck(HeadSigner signer) {
            return signer == null ? null : seal -> signer.verify(seal.keyId(), seal.message(),
                    Base64.getDecoder().decode(seal.signature()));
        }

        static void print(ChainReport report, PrintStream out) {
            out.println("Audit trail: " + report.rows() + " rows (last id " + report.lastId() + "), "
                    + report.seals() + " signed heads" + (report.seals() == 0 || report.signaturesChecked()
                            ? "" : " (signatures not checked: no package key in this installation)") + ".");
            if (report.seals() == 0) {
                out.println("No signed heads yet: removing the newest rows would only be seen by the head row. "
                        + "Heads are signed when packages are published.");
            }
            for (ChainFinding finding : report.findings()) {
                out.println(finding);
            }
            out.println(report.intact() ? "Intact." : "NOT intact: " + report.findings().size() + " problem(s).");
        }
    }

    /** {@code audit list [--last N]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Shows the newest rows of the audit trail.")
    static final class ListRows implements Callable<Integer> {

        @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "how many rows (default 20)")
        int last;

        @Override
        public Integer call() {
            if (last < 1 || last > 100_000) {
                System.err.println("--last must be between 1 and 100000, was " + last);
                return 4;
            }
            try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of())) {
                List<AuditEntry> rows = context.getBean(AuditTrail.class).newest(last);
                rows.forEach(row -> System.out.println(row.id() + "  " + row.recordedAt() + "  " + row.actor() + "  "
                        + row.action() + "  " + row.target() + "  " + row.details()));
                return 0;
            }
        }
    }
}
