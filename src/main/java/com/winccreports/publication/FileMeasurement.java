package com.winccreports.publication;

import com.winccreports.publication.PackageFile.RowCount;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * Size, SHA-256 and row counts of one file, taken in one pass over its bytes — when a package is sealed and
 * again when it is verified. Reads at most {@code limit} bytes, so a file (or ZIP entry) larger than its
 * manifest says is found without reading it all.
 *
 * @param bytes       bytes read (at most the limit)
 * @param sha256      SHA-256 of those bytes
 * @param rows        the row counts, null for files without rows or when they could not be counted
 * @param rowsProblem why rows could not be counted, or null
 */
record FileMeasurement(long bytes, String sha256, List<RowCount> rows, String rowsProblem) {

    static FileMeasurement of(String fileName, InputStream content, long limit) throws IOException {
        HashingStream in = new HashingStream(content, limit);
        List<RowCount> rows = null;
        String rowsProblem = null;
        if (RowCounter.counts(fileName)) {
            try {
                rows = RowCounter.count(fileName, in);
            } catch (IOException e) {
                rowsProblem = e.getMessage();
            }
        }
        in.skipToEnd();
        return new FileMeasurement(in.read, Sha256.hex(in.digest.digest()), rows, rowsProblem);
    }

    /** Counts and digests what passes through, and ends the stream after {@code limit} bytes. */
    private static final class HashingStream extends FilterInputStream {
        private final MessageDigest digest = Sha256.newDigest();
        private final long limit;
        private long read;

        HashingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (read >= limit) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read));
            if (n > 0) {
                digest.update(buffer, offset, n);
                read += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 1), 64 * 1024)];
            int got = read(buffer, 0, (int) Math.min(n, buffer.length));
            return Math.max(got, 0);
        }

        @Override
        public boolean markSupported() {
            return false; // a reset would feed bytes to the digest twice
        }

        @Override
        public void close() {
            // the caller owns the underlying stream; a reader of the content must not close it early
        }

        void skipToEnd() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // digest the rest
            }
        }
    }
}
