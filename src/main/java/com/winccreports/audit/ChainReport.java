package com.winccreports.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code audit verify} found.
 *
 * @param rows             rows walked
 * @param lastId           the highest row id seen
 * @param seals            signed heads checked against the chain
 * @param signaturesChecked whether the seals' signatures were checked (a package key was at hand)
 * @param findings         every problem, in the order found; empty for an intact trail
 */
public record ChainReport(long rows, long lastId, int seals, boolean signaturesChecked, List<ChainFinding> findings) {

    public boolean intact() {
        return findings.isEmpty();
    }

    /** The report as {@code audit verify} prints it (and an export's verification file holds it), line by line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Audit trail: " + rows + " rows (last id " + lastId + "), " + seals + " signed heads"
                + (seals == 0 || signaturesChecked ? ""
                        : " (signatures not checked: no package key in this installation)") + ".");
        if (seals == 0) {
            lines.add("No signed heads yet: removing the newest rows would only be seen by the head row. "
                    + "Heads are signed when packages are published.");
        }
        findings.forEach(finding -> lines.add(finding.toString()));
        lines.add(intact() ? "Intact." : "NOT intact: " + findings.size() + " problem(s).");
        return lines;
    }
}
