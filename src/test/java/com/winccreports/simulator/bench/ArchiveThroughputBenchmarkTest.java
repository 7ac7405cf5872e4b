package com.winccreports.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The benchmark counts values by counting '}' eight bytes at a time; it must agree with a plain loop. */
class ArchiveThroughputBenchmarkTest {

    @Test
    void wordWiseCountingAgreesWithAPlainLoop() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(1, 300)];
            for (int i = 0; i < bytes.length; i++) {
                int pick = random.nextInt(4);
                bytes[i] = pick == 0 ? (byte) '}' : pick == 1 ? (byte) 0xFD : (byte) random.nextInt(256);
            }
            int n = random.nextInt(bytes.length + 1);
            long plain = 0;
            for (int i = 0; i < n; i++) {
                plain += bytes[i] == '}' ? 1 : 0;
            }
            assertThat(ArchiveThroughputBenchmark.countBraces(bytes, n)).isEqualTo(plain);
        }
    }
}
