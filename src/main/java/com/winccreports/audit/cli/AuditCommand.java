package com.winccreports.audit.cli;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditExport;
import com.winccreports.audit.AuditSeals;
import com.winccreports.audit.AuditTrail;
import com.winccreports.audit.CommandLineAudit;
import com.winccreports.audit.ChainReport;
import com.winccreports.audit.ExportRange;
import com.winccreports.audit.HeadSigner;
import com.winccreports.publication.PackageManifest;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify | export | list}: checks the audit trail's hash chain, exports it as a signed package, or shows
 * its newest rows. No service needed.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: verify its hash chain, export it as a signed package, list its newest rows.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class, AuditCommand.ListRows.class})
public final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "give a subcommand: audit verify, audit export, or audit list");
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
                ChainReport report = trail.verify(context.getBean(AuditSeals.class).all(),
                        HeadSigner.signatureCheck(signer));
                print(report, System.out);
                CommandLineAudit.record(context, AuditActions.VERIFY_TRAIL, "audit trail", Map.of(
                        "rows", Long.toString(report.rows()), "findings", Integer.toString(report.findings().size())));
                return report.intact() ? 0 : BROKEN;
            }
        }

        static void print(ChainReport report, PrintStream out) {
            report.lines().forEach(out::println);
        }
    }

    /** {@code audit export [--from D] [--to D]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Exports the audit trail (the rows recorded in [--from, --to), default all) as a signed "
                + "package: output/audit-trail/<range>/v<n>/ with the rows as CSV, each with its hash and the previous "
                + "row's, the chain's verification, the manifest and its signature; the ZIP beside it. "
                + "Check it with: verify <folder|zip>.",
                "Exit codes: 0 exported and the chain intact, 1 exported but the chain not intact, "
                + "4 invalid range or configuration."})
    static final class Export implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "DATE|INSTANT",
                description = "first day (UTC, 2026-11-01) or instant (2026-11-01T06:00:00Z); default: the first row")
        String from;

        @Option(names = "--to", paramLabel = "DATE|INSTANT",
                description = "day or instant the range ends before (exclusive); default: now")
        String to;

        @Override
        public Integer call() {
            ExportRange range;
            try {
                range = ExportRange.of(from, to);
            } catch (ExportRange.InvalidRangeException e) {
                System.err.println("--" + e.parameter() + ": " + e.getMessage());
                return 4;
            }
            try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of())) {
                AuditExport.Result result = context.getBean(AuditExport.class)
                        .export(CommandLineAudit.osUser(), PackageManifest.Requester.OS_USER, range);
                System.out.println("Exported " + result.rows() + " rows of the audit trail (" + result.range()
                        + ") to " + result.folder() + " and " + result.zip());
                Verify.print(result.chain(), System.out);
                return result.chain().intact() ? 0 : BROKEN;
            }
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
