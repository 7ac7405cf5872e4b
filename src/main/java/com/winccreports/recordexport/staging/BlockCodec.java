package com.winccreports.recordexport.staging;

import com.winccreports.wincc.ArchivePage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One archive page as bytes, compact and cheap to write and read: the count, the first timestamp, then every
 * later timestamp as the unsigned varint of its step from the one before (ascending, so never negative; a 1-s
 * archive takes 2 bytes a value), the values as raw IEEE doubles (exact), and the qualities as runs of
 * (length, code) varints — about 10–11 bytes per value for a cyclic tag.
 */
public final class BlockCodec {

    private static final int VERSION = 1;

    private BlockCodec() {
    }

    public static byte[] encode(ArchivePage page) {
        int n = page.size();
        ByteBuffer out = ByteBuffer.allocate(16 + n * 8 + n * 10 + 8).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) VERSION);
        out.putInt(n);
        long[] ts = page.timestampsMillis();
        if (n > 0) {
            out.putLong(ts[0]);
        }
        for (int i = 1; i < n; i++) {
            long step = ts[i] - ts[i - 1];
            if (step < 0) {
                throw new IllegalArgumentException(page.tag() + ": timestamps not ascending at " + ts[i]);
            }
            putVarint(out, step);
        }
        for (double value : page.values()) {
            out.putDouble(value);
        }
        int[] q = page.qualities();
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && q[j] == q[i]) {
                j++;
            }
            putVarint(out, j - i);
            putVarint(out, q[i] & 0xFFFF_FFFFL);
            i = j;
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    public static ArchivePage decode(String tag, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int version = in.get();
        if (version != VERSION) {
            throw new IllegalStateException("staged block of " + tag + " has format " + version + ", expected " + VERSION);
        }
        int n = in.getInt();
        long[] ts = new long[n];
        double[] values = new double[n];
        int[] qualities = new int[n];
        if (n > 0) {
            ts[0] = in.getLong();
        }
        for (int i = 1; i < n; i++) {
            ts[i] = ts[i - 1] + getVarint(in);
        }
        for (int i = 0; i < n; i++) {
            values[i] = in.getDouble();
        }
        for (int i = 0; i < n;) {
            int run = (int) getVarint(in);
            int quality = (int) getVarint(in);
            java.util.Arrays.fill(qualities, i, i + run, quality);
            i += run;
        }
        return new ArchivePage(tag, ts, values, qualities);
    }

    private static void putVarint(ByteBuffer out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.put((byte) v);
    }

    private static long getVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
