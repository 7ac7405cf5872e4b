package com.winccreports.audit;

import com.winccreports.audit.ChainFinding.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Walks the audit trail in id order, one row of look-ahead, and names every row that was changed, inserted
 * or removed; then checks the signed heads (and the head row) against what it saw, which catches a chain cut
 * short or recomputed. Plain Java: feed it rows with {@link #accept}, then call {@link #finish}.
 */
public final class ChainVerifier {

    private final List<AuditSeal> seals;
    private final Predicate<AuditSeal> signatureCheck;
    private final Map<Long, String> sealedRowHashes = new HashMap<>();
    private final List<ChainFinding> findings = new ArrayList<>();
    private AuditEntry pending;
    private AuditEntry previous;
    private AuditEntry beforePrevious;
    private boolean idsShiftedByInsertion;
    private long rows;
    private long lastId;

    /**
     * @param seals          the signed heads to check the chain against
     * @param signatureCheck whether a seal's signature is good; {@code null} when no key is at hand
     */
    public ChainVerifier(List<AuditSeal> seals, Predicate<AuditSeal> signatureCheck) {
        this.seals = List.copyOf(seals);
        this.signatureCheck = signatureCheck;
        seals.forEach(seal -> sealedRowHashes.put(seal.headId(), null));
    }

    /** The next row in id order. */
    public void accept(AuditEntry row) {
        if (pending != null) {
            judge(pending, row);
        }
        pending = row;
    }

    /** Ends the walk: judges the last row, then the seals and the head row ({@code head}, may be null). */
    public ChainReport finish(AuditTrail.Head head) {
        if (pending != null) {
            judge(pending, null);
        }
        for (AuditSeal seal : seals) {
            checkSeal(seal);
        }
        if (head != null && head.lastId() > lastId) {
            findings.add(new ChainFinding(head.lastId(), Problem.TRUNCATED, "the chain's head row names row "
                    + head.lastId() + " but the trail ends at row " + lastId + ": rows " + (lastId + 1) + ".."
                    + head.lastId() + " were removed"));
        }
        return new ChainReport(rows, lastId, seals.size(), signatureCheck != null, List.copyOf(findings));
    }

    private void judge(AuditEntry row, AuditEntry next) {
        rows++;
        lastId = Math.max(lastId, row.id());
        if (sealedRowHashes.containsKey(row.id())) {
            sealedRowHashes.put(row.id(), row.rowHash());
        }
        if (!ChainHash.of(row).equals(row.rowHash())) {
            findings.add(new ChainFinding(row.id(), Problem.CHANGED,
                    "its content no longer matches its hash: it was changed after it was written"));
        }
        String expected = previous == null ? ChainHash.GENESIS : previous.rowHash();
        if (row.prevHash().equals(expected)) {
            checkNumbering(row);
            advance(row);
        } else if (next != null && next.prevHash().equals(expected)) {
            findings.add(new ChainFinding(row.id(), Problem.INSERTED, "it was inserted: row " + next.id()
                    + " links past it to " + name(previous)));
            idsShiftedByInsertion = true;
        } else if (beforePrevious != null && row.prevHash().equals(beforePrevious.rowHash())) {
            findings.add(new ChainFinding(previous.id(), Problem.INSERTED, "it was inserted: row " + row.id()
                    + " links past it to row " + beforePrevious.id()));
            previous = beforePrevious;
            beforePrevious = null;
            advance(row);
        } else {
            brokenLink(row);
            advance(row);
        }
    }

    private void brokenLink(AuditEntry row) {
        long firstMissing = previous == null ? 1 : previous.id() + 1;
        if (row.id() > firstMissing) {
            findings.add(new ChainFinding(firstMissing, Problem.REMOVED, (row.id() - 1 == firstMissing
                    ? "it was removed" : "rows " + firstMissing + ".." + (row.id() - 1) + " were removed")
                    + ": row " + row.id() + " links to a row that is not in the trail"));
        } else if (previous == null) {
            findings.add(new ChainFinding(row.id(), Problem.REMOVED,
                    "the first row does not start the chain: rows before it were removed and the ids renumbered"));
        } else {
            findings.add(new ChainFinding(previous.id(), Problem.RELINKED, "row " + row.id()
                    + " holds another hash for it: it was changed and its hash recomputed, or rows between them "
                    + "were removed and the ids renumbered"));
        }
    }

    private void checkNumbering(AuditEntry row) {
        long expectedId = previous == null ? 1 : previous.id() + 1;
        if (row.id() != expectedId && !(idsShiftedByInsertion && row.id() == expectedId + 1)) {
            findings.add(new ChainFinding(row.id(), Problem.RENUMBERED, "the rows are linked but the ids jump from "
                    + (expectedId - 1) + " to " + row.id() + ": ids were changed"));
        }
        idsShiftedByInsertion = false;
    }

    private void advance(AuditEntry row) {
        beforePrevious = previous;
        previous = row;
    }

    private void checkSeal(AuditSeal seal) {
        String where = "the head signed at " + seal.sealedAt() + " (" + seal.occasion() + ")";
        if (signatureCheck != null && !signatureCheck.test(seal)) {
            findings.add(new ChainFinding(seal.headId(), Problem.BAD_SEAL, where
                    + ": its signature does not check with key " + seal.keyId()));
            return;
        }
        String seen = sealedRowHashes.get(seal.headId());
        if (seal.headId() > lastId) {
            findings.add(new ChainFinding(seal.headId(), Problem.TRUNCATED, where + " names row " + seal.headId()
                    + " but the trail ends at row " + lastId + ": rows " + (lastId + 1) + ".." + seal.headId()
                    + " were removed"));
        } else if (seen == null) {
            findings.add(new ChainFinding(seal.headId(), Problem.REMOVED, where + " names it, and it is not there"));
        } else if (!seen.equals(seal.headHash())) {
            findings.add(new ChainFinding(seal.headId(), Problem.REWRITTEN, "its hash differs from " + where
                    + ": the chain up to it was recomputed"));
        }
    }

    private static String name(AuditEntry row) {
        return row == null ? "the start of the chain" : "row " + row.id();
    }
}
