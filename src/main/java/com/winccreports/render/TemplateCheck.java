package com.winccreports.render;

import com.winccreports.render.excel.ExcelTemplateCheck;
import com.winccreports.render.pdf.PdfLayoutCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a templates folder: every {@code *.xlsx} template, every {@code *.pdf-layout.yaml} layout and the
 * messages files (a key in a language file that English lacks is a typo).
 */
public final class TemplateCheck {

    /** What was checked and what was found. */
    public record Result(List<Path> files, List<TemplateFinding> findings) {

        public boolean ok() {
            return findings.isEmpty();
        }
    }

    private final Set<String> kpis;
    private final Set<String> shifts;

    public TemplateCheck(Set<String> kpis, Set<String> shifts) {
        this.kpis = Set.copyOf(kpis);
        this.shifts = Set.copyOf(shifts);
    }

    public Result check(Path dir) throws IOException {
        List<TemplateFinding> findings = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve(ReportMessages.BASE_NAME + ".properties"))) {
            findings.add(new TemplateFinding(dir.toString(), "", "no messages.properties in the templates folder"));
            return new Result(List.of(), findings);
        }
        Set<String> labels = ReportMessages.read(dir.resolve(ReportMessages.BASE_NAME + ".properties")).keySet();
        List<Path> files = list(dir);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xlsx")) {
                findings.addAll(new ExcelTemplateCheck(labels, kpis, shifts).check(file));
            } else if (name.endsWith(".pdf-layout.yaml")) {
                findings.addAll(new PdfLayoutCheck(labels, kpis).check(file));
            } else if (name.startsWith(ReportMessages.BASE_NAME + "_")) {
                ReportMessages.read(file).keySet().stream().filter(k -> !labels.contains(k)).sorted()
                        .forEach(k -> findings.add(new TemplateFinding(name, k, "key not in messages.properties")));
            }
        }
        return new Result(files, findings);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("~$"))
                    .sorted().toList();
        }
    }
}
