package com.winccreports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chunked deflate inflates back to its input with any standard inflater, at every size around the chunk's
 * edges, and gives the same bytes on one thread as on several (the ZIP of a package must be reproducible).
 */
class ChunkedDeflateTest {

    private static final int CHUNK = ChunkedDeflate.CHUNK;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + CHUNK / 2})
    void inflatesBackToTheInputWithItsCrcAndGivesTheSameBytesOnAnyNumberOfThreads(int size) throws Exception {
        byte[] input = csvLike(size);

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ChunkedDeflate.Deflated onOne;
        try (ChunkedDeflate deflate = new ChunkedDeflate(1)) {
            onOne = deflate.deflate(new ByteArrayInputStream(input), one);
        }
        ByteArrayOutputStream three = new ByteArrayOutputStream();
        ChunkedDeflate.Deflated onThree;
        try (ChunkedDeflate deflate = new ChunkedDeflate(3)) {
            onThree = deflate.deflate(new ByteArrayInputStream(input), three);
        }

        CRC32 crc = new CRC32();
        crc.update(input);
        assertThat(onOne).isEqualTo(new ChunkedDeflate.Deflated(size, crc.getValue(), one.size()));
        assertThat(onThree).isEqualTo(onOne);
        assertThat(three.toByteArray()).isEqualTo(one.toByteArray());
        assertThat(inflate(one.toByteArray(), size)).isEqualTo(input);
        if (size >= CHUNK) {
            assertThat(one.size()).as("CSV-like text still compresses well across chunks").isLessThan(size / 3);
        }
    }

    /** Rows of CSV text with random values, and a stretch of random bytes (incompressible). */
    private static byte[] csvLike(int size) {
        Random random = new Random(size);
        StringBuilder text = new StringBuilder(size + 100);
        for (int row = 0; text.length() < size; row++) {
            text.append("2026-11-24T05:").append(row % 60).append(":00.000Z,L1.Temperature,")
                    .append(random.nextInt(100_000) / 1000.0).append(",°C,192,good,\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        System.arraycopy(bytes, 0, out, 0, size);
        for (int i = size / 2; i < Math.min(size, size / 2 + 50_000); i++) {
            out[i] = (byte) random.nextInt();
        }
        return out;
    }

    private static byte[] inflate(byte[] compressed, int size) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        byte[] out = new byte[size + 1];
        int length = 0;
        while (!inflater.finished()) {
            int n = inflater.inflate(out, length, out.length - length);
            assertThat(n > 0 || inflater.finished() || inflater.needsInput()).isTrue();
            if (n == 0 && inflater.needsInput()) {
                break;
            }
            length += n;
        }
        assertThat(inflater.finished()).as("the stream ends (its last block is final)").isTrue();
        inflater.end();
        byte[] result = new byte[length];
        System.arraycopy(out, 0, result, 0, length);
        return result;
    }
}
