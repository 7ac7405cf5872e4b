package com.winccreports.publication;

import com.winccreports.publication.PackageFile.RowCount;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files of a package measured while they are written — size and SHA-256 of the bytes sent, and the rows the
 * writer counted — so that sealing a package of hundreds of megabytes does not read every file again
 * ({@link PackageSealer#describe(Path, java.util.function.Function, WrittenFiles)}). A measurement counts only
 * once its stream is closed, and only while the file on disk still has the measured size; any other file is
 * measured by reading it. {@code verify} never trusts this: it reads every file.
 * Thread-safe: one instance per package being written.
 */
public final class WrittenFiles {

    /** What a writer sent to one file. */
    record Measured(long bytes, String sha256, List<RowCount> rows) {
    }

    private final Map<Path, Measured> measured = new ConcurrentHashMap<>();

    /**
     * A new file (replacing one of that name) whose bytes are measured as they are written; {@link
     * MeasuringStream#rows(long)} adds the rows its writer counted. Close it before the package is sealed.
     */
    public MeasuringStream create(Path file) {
        try {
            return new MeasuringStream(file.toAbsolutePath().normalize(), Files.newOutputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    /** The measurement of {@code file}, if it was written through this and still has the measured size. */
    Optional<Measured> of(Path file) {
        Measured m = measured.get(file.toAbsolutePath().normalize());
        try {
            return m != null && Files.size(file) == m.bytes() ? Optional.of(m) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Digests and counts the bytes on their way to the file; records the measurement when closed. */
    public final class MeasuringStream extends FilterOutputStream {
        private final Path file;
        private final MessageDigest digest = Sha256.newDigest();
        private long bytes;
        private Long rows;
        private boolean closed;

        private MeasuringStream(Path file, OutputStream out) {
            super(out);
            this.file = file;
        }

        /** The records of a CSV file as {@link RowCounter} counts them (header included; every record ends with LF). */
        public void rows(long records) {
            this.rows = records;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            digest.update(buffer, offset, length);
            bytes += length;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.close();
            List<RowCount> counted = rows == null ? null : List.of(new RowCount(null, rows));
            measured.put(file, new Measured(bytes, Sha256.hex(digest.digest()), counted));
        }
    }
}
