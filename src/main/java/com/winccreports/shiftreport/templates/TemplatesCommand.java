package com.winccreports.shiftreport.templates;

import com.winccreports.render.TemplateCheck;
import com.winccreports.render.excel.DefaultExcelTemplate;
import com.winccreports.render.excel.WorkbookInspection;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code templates check}: find placeholders the reports would leave unfilled before a night run does;
 * {@code templates inspect}: read produced workbooks back as a non-recalculating reader sees them.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Check and maintain the report templates in report-templates/.",
        subcommands = {TemplatesCommand.Check.class, TemplatesCommand.Inspect.class, TemplatesCommand.DefaultXlsx.class})
public final class TemplatesCommand {

    static Path home() {
        return HomeFolder.current().root();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Report placeholders in .xlsx templates that the shift report jobs would not fill (unknown"
                    + " names, KPIs the jobs do not produce, unknown shifts, tables or columns), unknown sections or"
                    + " columns in PDF layouts and stray message keys. Exit code 1 when anything is found.")
    static final class Check implements Callable<Integer> {

        @Option(names = "--dir", description = "Templates folder (default: <home>/report-templates).")
        Path dir;

        @Option(names = "--kpis", split = ",",
                description = "KPI keys the jobs produce (default: those every shift report job in <home>/jobs produces).")
        List<String> kpis;

        @Option(names = "--shifts", split = ",",
                description = "Shift names (default: those every shift report job's site calendar has).")
        List<String> shifts;

        @Override
        public Integer call() throws Exception {
            Path folder = dir == null ? home().resolve("report-templates") : dir;
            JobTemplateKeys keys = kpis != null && shifts != null ? new JobTemplateKeys(Set.of(), Set.of())
                    : JobTemplateKeys.of(HomeFolder.current());
            Set<String> kpiKeys = kpis != null ? Set.copyOf(kpis) : keys.kpis();
            Set<String> shiftNames = shifts != null ? Set.copyOf(shifts) : keys.shifts();
            TemplateCheck.Result result = new TemplateCheck(kpiKeys, shiftNames).check(folder);
            result.findings().forEach(f -> System.out.println("PROBLEM " + f));
            System.out.println((result.ok() ? "OK" : "FAILED") + ": " + result.files().size() + " files in "
                    + folder + ", " + result.findings().size() + " problem(s); KPIs the jobs produce: "
                    + kpiKeys.stream().sorted().toList());
            return result.ok() ? 0 : 1;
        }
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Read produced .xlsx files back as a reader that does not recalculate sees them: report"
                    + " placeholders left, error values, numbers stored as text and formulas without a stored"
                    + " result. Exit code 1 when anything is found.")
    static final class Inspect implements Callable<Integer> {

        @Parameters(arity = "1..*", description = "Workbooks to inspect, e.g. output/shift-report/2026-11-24/v1/*.xlsx")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            boolean clean = true;
            for (Path file : files) {
                WorkbookInspection.Result result = WorkbookInspection.inspect(file);
                result.findings().forEach(f -> System.out.println("PROBLEM " + file.getFileName() + " " + f));
                System.out.println((result.clean() ? "OK    " : "FAILED ") + file + ": " + result.cells() + " cells, "
                        + result.formulas() + " formulas");
                clean &= result.clean();
            }
            return clean ? 0 : 1;
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
}
