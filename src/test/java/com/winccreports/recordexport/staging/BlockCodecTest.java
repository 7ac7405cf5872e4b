package com.winccreports.recordexport.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.wincc.ArchivePage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockCodecTest {

    @Test
    void everyTimestampValueAndQualityComesBackExactly() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(2000);
            long[] ts = new long[n];
            double[] values = new double[n];
            int[] qualities = new int[n];
            long t = 1_795_000_000_000L + random.nextInt(1000);
            for (int i = 0; i < n; i++) {
                t += random.nextInt(4) == 0 ? 0 : random.nextInt(5) == 0 ? random.nextInt(1 << 30) : 1000;
                ts[i] = t;
                values[i] = random.nextInt(10) == 0 ? Double.NaN : Double.longBitsToDouble(random.nextLong());
                qualities[i] = random.nextInt(8) == 0 ? ArchivePage.QUALITY_ASSUMED_GOOD
                        : random.nextBoolean() ? 0xC0 : random.nextInt(256);
            }
            ArchivePage page = new ArchivePage("L1.Temperature", ts, values, qualities);

            ArchivePage back = BlockCodec.decode("L1.Temperature", BlockCodec.encode(page));

            assertThat(back.timestampsMillis()).containsExactly(ts);
            assertThat(back.qualities()).containsExactly(qualities);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(back.values()[i])).isEqualTo(Double.doubleToRawLongBits(values[i]));
            }
        }
    }

    @Test
    void descendingTimestampsAreRefusedNamingTheTag() {
        ArchivePage page = new ArchivePage("L2.Pressure", new long[] {2000, 1000}, new double[] {1, 2},
                new int[] {0xC0, 0xC0});
        assertThatThrownBy(() -> BlockCodec.encode(page)).hasMessageContaining("L2.Pressure")
                .hasMessageContaining("not ascending");
    }
}
