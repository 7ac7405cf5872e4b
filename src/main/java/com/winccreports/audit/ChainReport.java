package com.winccreports.audit;

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
}
