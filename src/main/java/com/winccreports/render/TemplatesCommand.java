package com.winccreports.render;

import com.winccreports.render.excel.DefaultExcelTemplate;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code templates check}: find missing and unknown placeholders before a night run does. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Check and maintain the report templates in report-templates/.",
        subcommands = {TemplatesCommand.Check.class, TemplatesCommand.DefaultXlsx.class,
            TemplatesCommand.Sample.class})
public final class TemplatesCommand {

    /** KPI keys of the demo plant's jobs; a plant passes its own with {@code --kpis}. */
    static final String DEFAULT_KPIS = "oee,availability,performance,quality,good,scrap,energyPerUnit,downtime";

    static Path defaultDir() {
        return HomeFolder.current().root().resolve("report-templates");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Report unknown or missing placeholders in .xlsx templates, unknown sections or "
                    + "columns in PDF layouts and stray message keys. Exit code 4 when anything is found.")
    static final class Check implements Callable<Integer> {

        @Option(names = "--dir", description = "Templates folder (default: <home>/report-templates).")
        Path dir;

        @Option(names = "--kpis", split = ",", defaultValue = DEFAULT_KPIS,
                description = "KPI keys the jobs produce (default: ${DEFAULT-VALUE}).")
        List<String> kpis;

        @Option(names = "--shifts", split = ",", defaultValue = "Early,Late,Night",
                description = "Shift names of the calendars (default: ${DEFAULT-VALUE}).")
        List<String> shifts;

        @Override
        public Integer call() throws Exception {
            Path folder = dir == null ? defaultDir() : dir;
            TemplateCheck.Result result = new TemplateCheck(Set.copyOf(kpis), Set.copyOf(shifts)).check(folder);
            result.findings().forEach(f -> System.out.println("PROBLEM " + f));
            System.out.println((result.ok() ? "OK" : "FAILED") + ": " + result.files().size() + " files in "
                    + folder + ", " + result.findings().size() + " problem(s)");
            return result.ok() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
        }
    }

    @Command(name = "default-xlsx", hidden = true, description = "Write the product's default .xlsx template.")
    static final class DefaultXlsx implements Callable<Integer> {

        @Parameters(index = "0", description = "Target file, e.g. report-templates/shift-report.xlsx")
        Path target;

        @Override
        public Integer call() throws Exception {
            DefaultExcelTemplate.write(target);
            System.out.println("wrote " + target);
            return 0;
        }
    }

    @Command(name = "sample", hidden = true, description = "Render the demo plant's report into sample-output/.")
    static final class Sample implements Callable<Integer> {

        @Option(names = "--dir", description = "Templates folder (default: <home>/report-templates).")
        Path dir;

        @Option(names = "--out", defaultValue = "sample-output", description = "Output folder.")
        Path out;

        @Override
        public Integer call() throws Exception {
            SampleOutput.write(dir == null ? defaultDir() : dir, out, Instant.now()).forEach(p ->
                    System.out.println("wrote " + p));
            return 0;
        }
    }
}
