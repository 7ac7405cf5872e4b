package com.winccreports.audit;

/**
 * Something wrong with the audit trail, named by the row where it shows.
 *
 * @param rowId the row changed, inserted or first removed; the head row for a truncation
 */
public record ChainFinding(long rowId, Problem problem, String message) {

    /** What is wrong. */
    public enum Problem {
        /** The row's content does not match its own hash: changed after it was written. */
        CHANGED,
        /** The row is not linked into the chain: the rows around it link past it. */
        INSERTED,
        /** Rows are missing: ids jump and the next row links to a row that is not there. */
        REMOVED,
        /** The next row does not link to this one: changed with its hash recomputed (or rows removed and renumbered). */
        RELINKED,
        /** Rows are linked but their ids were changed. */
        RENUMBERED,
        /** The newest rows are gone: a signed head (or the head row) names a row past the end. */
        TRUNCATED,
        /** The chain up to a signed head was recomputed: the row's hash differs from the signed one. */
        REWRITTEN,
        /** A seal's signature does not check with the package key. */
        BAD_SEAL
    }

    @Override
    public String toString() {
        return problem + " row " + rowId + ": " + message;
    }
}
