package com.winccreports.shift.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary form of a {@link TagPartial}: big-endian, versioned, lossless (doubles as IEEE bits). Version 2
 * added the counter events; version 1 is still read (no events). Also the snapshot of a
 * {@link SliceAccumulator} (a partial plus its running sums).
 */
final class PartialCodec {

    private static final int VERSION = 2;
    private static final int SNAPSHOT_VERSION = 1;

    /** A {@link SliceAccumulator}'s state: its partial and the running sums its mean and m2 derive from. */
    record Snapshot(TagPartial partial, double shift, double sum, double sumSq) {
    }

    private PartialCodec() {
    }

    static byte[] encode(TagPartial p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(p.start());
            out.writeLong(p.end());
            for (Sample s : new Sample[] {p.bound(), p.first(), p.last(), p.firstGood(), p.lastGood(), p.min(), p.max()}) {
                writeSample(out, s);
            }
            out.writeLong(p.count());
            out.writeLong(p.goodCount());
            out.writeLong(p.uncertainCount());
            out.writeDouble(p.mean());
            out.writeDouble(p.m2());
            writeSums(out, p.sums());
            writeStates(out, p.states());
            out.writeInt(p.stretches().size());
            for (Stretch s : p.stretches()) {
                out.writeByte(s.kind().ordinal());
                out.writeLong(s.start());
                out.writeLong(s.end());
            }
            out.writeInt(p.counterEvents().size());
            for (CounterEvent e : p.counterEvents()) {
                out.writeByte(e.kind().ordinal());
                out.writeLong(e.t());
                out.writeDouble(e.before());
                out.writeDouble(e.after());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] encodeSnapshot(TagPartial p, double shift, double sum, double sumSq) {
        byte[] partial = encode(p);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(partial.length + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(SNAPSHOT_VERSION);
            out.writeDouble(shift);
            out.writeDouble(sum);
            out.writeDouble(sumSq);
            out.write(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Snapshot decodeSnapshot(byte[] bytes) {
        if (bytes.length < 25 || bytes[0] != SNAPSHOT_VERSION) {
            throw new IllegalArgumentException("not an accumulator snapshot of version " + SNAPSHOT_VERSION);
        }
        ByteBuffer head = ByteBuffer.wrap(bytes, 1, 24);
        double shift = head.getDouble();
        double sum = head.getDouble();
        double sumSq = head.getDouble();
        return new Snapshot(decode(Arrays.copyOfRange(bytes, 25, bytes.length)), shift, sum, sumSq);
    }

    static TagPartial decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readByte();
            if (version != VERSION && version != 1) {
                throw new IllegalArgumentException("unknown partial encoding version " + version);
            }
            long start = in.readLong();
            long end = in.readLong();
            Sample[] s = new Sample[7];
            for (int i = 0; i < s.length; i++) {
                s[i] = readSample(in);
            }
            long count = in.readLong();
            long good = in.readLong();
            long uncertain = in.readLong();
            double mean = in.readDouble();
            double m2 = in.readDouble();
            PartialSums sums = readSums(in);
            StateTimes states = readStates(in);
            int n = in.readInt();
            List<Stretch> stretches = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                stretches.add(new Stretch(Stretch.Kind.values()[in.readByte()], in.readLong(), in.readLong()));
            }
            List<CounterEvent> events = new ArrayList<>();
            int e = version == 1 ? 0 : in.readInt();
            for (int i = 0; i < e; i++) {
                CounterEvent.Kind kind = CounterEvent.Kind.values()[in.readByte()];
                events.add(new CounterEvent(in.readLong(), in.readDouble(), in.readDouble(), kind));
            }
            return new TagPartial(start, end, s[0], s[1], s[2], s[3], s[4], count, good, uncertain, s[5], s[6],
                    mean, m2, sums, states, stretches, events);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt partial", e);
        }
    }

    private static void writeSample(DataOutputStream out, Sample s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeLong(s.t());
            out.writeDouble(s.v());
            out.writeInt(s.q());
        }
    }

    private static Sample readSample(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Sample(in.readLong(), in.readDouble(), in.readInt()) : null;
    }

    private static void writeSums(DataOutputStream out, PartialSums s) throws IOException {
        for (double d : new double[] {s.integral(), s.belowMillis(), s.aboveMillis(), s.rawIntegral(),
                s.bridgedIntegral(), s.counterTotal()}) {
            out.writeDouble(d);
        }
        for (long l : new long[] {s.goodMillis(), s.badMillis(), s.gapMillis(), s.rawMillis(), s.bridgedMillis(),
                s.rollovers(), s.resets()}) {
            out.writeLong(l);
        }
    }

    private static PartialSums readSums(DataInputStream in) throws IOException {
        double[] d = new double[6];
        for (int i = 0; i < d.length; i++) {
            d[i] = in.readDouble();
        }
        long[] l = new long[7];
        for (int i = 0; i < l.length; i++) {
            l[i] = in.readLong();
        }
        return new PartialSums(d[0], l[0], l[1], l[2], d[1], d[2], d[3], l[3], d[4], l[4], d[5], l[5], l[6]);
    }

    private static void writeStates(DataOutputStream out, StateTimes t) throws IOException {
        out.writeInt(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.writeInt(t.codes()[i]);
            out.writeLong(t.millis()[i]);
            out.writeLong(t.entries()[i]);
        }
    }

    private static StateTimes readStates(DataInputStream in) throws IOException {
        int n = in.readInt();
        int[] c = new int[n];
        long[] m = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            c[i] = in.readInt();
            m[i] = in.readLong();
            e[i] = in.readLong();
        }
        return new StateTimes(c, m, e);
    }
}
