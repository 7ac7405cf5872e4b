package com.winccreports.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * The audit trail's rows as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled), a header first. Values are written as stored, so each row's hash can
 * be recomputed from its line ({@link ChainHash}).
 */
final class AuditCsv {

    static final String HEADER = "id,recorded_at,actor,action,target,details,prev_hash,row_hash";

    private final Writer out;

    AuditCsv(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER + "\r\n");
    }

    void write(AuditEntry row) throws IOException {
        String[] fields = {Long.toString(row.id()), row.recordedAt().toString(), row.actor(), row.action(),
            row.target(), row.details(), row.prevHash(), row.rowHash()};
        for (int i = 0; i < fields.length; i++) {
            out.write(i == 0 ? "" : ",");
            out.write(quoted(fields[i]));
        }
        out.write("\r\n");
    }

    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
