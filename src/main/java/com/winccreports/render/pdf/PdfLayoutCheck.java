package com.winccreports.render.pdf;

import com.winccreports.render.TemplateFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a PDF layout file: section types, columns and KPI keys must be known, titles must have messages,
 * a data-table section must name its table, and the logo and fonts must be readable.
 */
public final class PdfLayoutCheck {

    private final Set<String> labels;
    private final Set<String> kpis;

    public PdfLayoutCheck(Set<String> labels, Set<String> kpis) {
        this.labels = Set.copyOf(labels);
        this.kpis = Set.copyOf(kpis);
    }

    public List<TemplateFinding> check(Path file) {
        String name = file.getFileName().toString();
        List<TemplateFinding> findings = new ArrayList<>();
        PdfLayout layout;
        try {
            layout = PdfLayoutLoader.load(file);
        } catch (IOException | IllegalArgumentException e) {
            findings.add(new TemplateFinding(name, "", e.getMessage()));
            return findings;
        }
        for (int i = 0; i < layout.sections().size(); i++) {
            PdfSection section = layout.sections().get(i);
            String where = "section " + (i + 1) + " (" + section.type() + ")";
            sectionProblems(section).forEach(p -> findings.add(new TemplateFinding(name, where, p)));
        }
        readable(layout, layout.logo(), "logo").ifPresent(p -> findings.add(new TemplateFinding(name, "logo", p)));
        readable(layout, layout.fonts().regular(), "font").ifPresent(p -> findings.add(new TemplateFinding(name,
                "fonts.regular", p)));
        readable(layout, layout.fonts().bold(), "font").ifPresent(p -> findings.add(new TemplateFinding(name,
                "fonts.bold", p)));
        return findings;
    }

    private List<String> sectionProblems(PdfSection section) {
        List<String> problems = new ArrayList<>(SectionTypes.problems(section));
        if (!SectionTypes.known(section.type())) {
            return problems;
        }
        section.kpis().stream().filter(k -> !kpis.contains(k)).forEach(k -> problems.add("KPI '" + k
                + "' is not produced by the jobs, which produce " + kpis.stream().sorted().toList()));
        if (!labels.contains(section.title())) {
            problems.add("no message for title '" + section.title() + "'");
        }
        if (section.type().equals("data-table") && section.table().isEmpty()) {
            problems.add("a data-table section needs 'table' (e.g. per-minute)");
        }
        return problems;
    }

    private static java.util.Optional<String> readable(PdfLayout layout, String location, String what) {
        if (location.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            PdfStyle.read(location, layout.baseDir());
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(what + " " + location + " cannot be read: " + e.getMessage());
        }
    }
}
