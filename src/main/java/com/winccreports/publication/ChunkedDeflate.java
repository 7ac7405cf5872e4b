package com.winccreports.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate of a stream on several threads, as {@code pigz} does it: the input is cut into chunks of a fixed size,
 * each compressed on its own with the 32 KiB before it as preset dictionary and ended by a sync flush (the last
 * one finished), and the pieces are written in order — one valid deflate stream that any ZIP reader inflates.
 * The bytes depend only on the input, the chunk size and the level, never on the number of threads or their
 * timing, so a package's ZIP stays reproducible. At most two chunks per thread are in memory at a time.
 */
final class ChunkedDeflate implements AutoCloseable {

    /** Size of a chunk: part of the ZIP's format here (other sizes give other, equally valid, bytes). */
    static final int CHUNK = 1 << 20;
    private static final int DICTIONARY = 32 * 1024;
    private static final int LEVEL = Deflater.BEST_SPEED; // a raw export's CSV runs to hundreds of megabytes

    /** What one stream gave. */
    record Deflated(long size, long crc, long compressedSize) {
    }

    private final ExecutorService pool;
    private final int inFlight;

    ChunkedDeflate(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "package-zip-deflate");
            thread.setDaemon(true);
            return thread;
        });
        this.inFlight = 2 * threads;
    }

    /** Compresses {@code in} to its end into {@code out}; returns its size, CRC-32 and compressed size. */
    Deflated deflate(InputStream in, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        long compressed = 0;
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        byte[] dictionary = null;
        byte[] chunk = in.readNBytes(CHUNK);
        while (true) {
            byte[] next = chunk.length == CHUNK ? in.readNBytes(CHUNK) : new byte[0];
            boolean last = next.length == 0;
            crc.update(chunk);
            size += chunk.length;
            byte[] input = chunk;
            byte[] preset = dictionary;
            pending.add(pool.submit(() -> piece(input, preset, last)));
            if (pending.size() >= inFlight) {
                compressed += write(pending.removeFirst(), out);
            }
            if (last) {
                break;
            }
            dictionary = Arrays.copyOfRange(chunk, chunk.length - DICTIONARY, chunk.length);
            chunk = next;
        }
        while (!pending.isEmpty()) {
            compressed += write(pending.removeFirst(), out);
        }
        return new Deflated(size, crc.getValue(), compressed);
    }

    private static byte[] piece(byte[] input, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int length;
                do {
                    length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, length);
                } while (length == buffer.length || !deflater.needsInput());
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static long write(Future<byte[]> piece, OutputStream out) throws IOException {
        try {
            byte[] bytes = piece.get();
            out.write(bytes);
            return bytes.length;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            throw new IOException("cannot compress: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
