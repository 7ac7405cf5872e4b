package com.winccreports.render.excel;

import com.winccreports.render.ColumnCatalog;
import com.winccreports.render.TemplateFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks an {@code .xlsx} template without a report: every placeholder must be one the renderer knows
 * (labels must exist in the messages, KPI keys and shift names in the given lists), and the placeholders
 * that identify a report ({@link #REQUIRED}) must be somewhere in it.
 */
public final class ExcelTemplateCheck {

    /** Placeholders a shift report must show: which line, which period, which report and version. */
    public static final List<String> REQUIRED = List.of("line", "period", "report.id", "report.version");
    private static final Set<String> CHARTS = Set.of("trends", "shift-trend");

    private final Set<String> labels;
    private final Set<String> kpis;
    private final Set<String> shifts;

    /**
     * @param labels message keys available ({@code messages.properties})
     * @param kpis   KPI keys the jobs produce
     * @param shifts shift names of the calendars
     */
    public ExcelTemplateCheck(Set<String> labels, Set<String> kpis, Set<String> shifts) {
        this.labels = Set.copyOf(labels);
        this.kpis = Set.copyOf(kpis);
        this.shifts = Set.copyOf(shifts);
    }

    public List<TemplateFinding> check(Path file) {
        String name = file.getFileName().toString();
        List<TemplateFinding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (XSSFWorkbook workbook = ExcelTemplate.load(file).open()) {
            for (Sheet sheet : workbook) {
                inspect(name, "sheet name '" + sheet.getSheetName() + "'", sheet.getSheetName(), seen, findings);
                for (Row row : sheet) {
                    checkRow(name, row, seen, findings);
                }
            }
        } catch (IOException | RuntimeException e) {
            findings.add(new TemplateFinding(name, "", "cannot read the workbook: " + e.getMessage()));
            return findings;
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                findings.add(new TemplateFinding(name, "", "missing placeholder ${" + required + "}"));
            }
        }
        return findings;
    }

    private void checkRow(String name, Row row, Set<String> seen, List<TemplateFinding> findings) {
        Set<String> tables = new HashSet<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                String where = TemplateFiller.where(cell);
                inspect(name, where, cell.getStringCellValue(), seen, findings);
                Placeholder.findAll(cell.getStringCellValue()).stream()
                        .filter(p -> p.kind() == Placeholder.Kind.TABLE).forEach(p -> tables.add(p.table()));
            }
        }
        if (tables.size() > 1) {
            findings.add(new TemplateFinding(name, row.getSheet().getSheetName() + " row " + (row.getRowNum() + 1),
                    "a row repeats for one table, found " + tables));
        }
    }

    private void inspect(String name, String where, String text, Set<String> seen, List<TemplateFinding> findings) {
        for (Placeholder p : Placeholder.findAll(text)) {
            seen.add(p.name());
            String problem = problem(p);
            if (problem != null) {
                findings.add(new TemplateFinding(name, where, problem));
            }
        }
    }

    /** What is wrong with a placeholder, or null. */
    String problem(Placeholder p) {
        return switch (p.kind()) {
            case CHART -> CHARTS.contains(p.name()) ? null : "unknown chart " + p.marker() + ", expected " + CHARTS;
            case TABLE -> tableProblem(p);
            case SCALAR -> scalarProblem(p.name()) == null ? null : scalarProblem(p.name()) + " in " + p.marker();
        };
    }

    private String tableProblem(Placeholder p) {
        if (ColumnCatalog.find(p.table()).isEmpty()) {
            return "unknown table " + p.marker() + ", expected one of " + ColumnCatalog.tableNames();
        }
        if (p.table().equals("shifts") && p.column().startsWith("kpi.")) {
            String kpi = p.column().substring("kpi.".length());
            return kpis.contains(kpi) ? null : "KPI '" + kpi + "' in " + p.marker() + " is not produced by the jobs,"
                    + " which produce " + sorted(kpis);
        }
        return ColumnCatalog.knows(p.table(), p.column()) ? null : "unknown column " + p.marker()
                + ", expected one of " + ColumnCatalog.table(p.table()).names();
    }

    private static java.util.List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private String scalarProblem(String name) {
        if (name.startsWith("label.")) {
            return labels.contains(name.substring("label.".length())) ? null : "no message for label";
        }
        if (name.startsWith("kpi.")) {
            return kpiProblem(name.substring("kpi.".length()));
        }
        if (name.startsWith("shift.")) {
            String rest = name.substring("shift.".length());
            int dot = rest.indexOf('.');
            if (dot < 0 || !shifts.contains(rest.substring(0, dot))) {
                return "unknown shift, expected one of " + shifts;
            }
            String attribute = rest.substring(dot + 1);
            if (attribute.startsWith("kpi.")) {
                return kpiProblem(attribute.substring("kpi.".length()));
            }
            return ScalarValues.SHIFT_ATTRIBUTES.contains(attribute) ? null : "unknown shift attribute";
        }
        return ScalarValues.FIXED.contains(name) ? null : "unknown placeholder";
    }

    private String kpiProblem(String rest) {
        int dot = rest.indexOf('.');
        String key = dot < 0 ? rest : rest.substring(0, dot);
        if (!kpis.contains(key)) {
            return "KPI '" + key + "' is not produced by the jobs, which produce " + sorted(kpis);
        }
        return dot < 0 || ScalarValues.KPI_ATTRIBUTES.contains(rest.substring(dot + 1)) ? null
                : "unknown KPI attribute, expected one of " + ScalarValues.KPI_ATTRIBUTES;
    }
}
