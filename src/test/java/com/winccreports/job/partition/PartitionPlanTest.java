package com.winccreports.job.partition;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.partition.PartitionPlan;
import com.winccreports.job.partition.ReadPartition;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {

    static final Instant FROM = Instant.parse("2026-11-01T05:00:00Z");

    @Test
    void groupsTagsByArchiveAndSlicesTheDay() {
        List<ReadPartition> plan = PartitionPlan.plan(tags(10, 2), 4, FROM, FROM.plus(Duration.ofDays(1)),
                Duration.ofHours(8), 256);

        // PVArchive: 10 tags → groups of 4, 4, 2; PVArchive10s: 2 tags → one group; × 3 slices of 8 h
        assertThat(plan).hasSize(12);
        assertThat(plan).extracting(ReadPartition::name).startsWith("read-000", "read-001").endsWith("read-011");
        assertThat(plan.get(0).tags()).containsExactly("T0", "T1", "T2", "T3");
        assertThat(plan.get(9).archive()).isEqualTo("PVArchive10s");
        assertCoversEveryTagOnce(plan, tags(10, 2), FROM, FROM.plus(Duration.ofDays(1)));
    }

    @Test
    void aMonthStaysWithinTheMaximumByWideningSlices() {
        Instant to = FROM.plus(Duration.ofDays(30));
        List<ReadPartition> plan = PartitionPlan.plan(tags(20, 4), 4, FROM, to, Duration.ofHours(2), 256);

        assertThat(plan.size()).isLessThanOrEqualTo(256).isGreaterThan(64);
        assertCoversEveryTagOnce(plan, tags(20, 4), FROM, to);
    }

    @Test
    void partitionSurvivesItsExecutionContext() {
        ReadPartition partition = new ReadPartition(7, "PVArchive", List.of("L1.A", "L1.B"), FROM, FROM.plusSeconds(60));

        assertThat(ReadPartition.fromContext(partition.toContext())).isEqualTo(partition);
    }

    private static void assertCoversEveryTagOnce(List<ReadPartition> plan, Map<String, String> tags, Instant from,
            Instant to) {
        for (String tag : tags.keySet()) {
            List<ReadPartition> slices = plan.stream().filter(p -> p.tags().contains(tag)).toList();
            assertThat(slices.get(0).from()).isEqualTo(from);
            assertThat(slices.get(slices.size() - 1).to()).isEqualTo(to);
            for (int i = 1; i < slices.size(); i++) {
                assertThat(slices.get(i).from()).isEqualTo(slices.get(i - 1).to());
            }
        }
    }

    private static Map<String, String> tags(int fast, int slow) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < fast; i++) {
            tags.put("T" + i, "PVArchive");
        }
        for (int i = 0; i < slow; i++) {
            tags.put("S" + i, "PVArchive10s");
        }
        return tags;
    }
}
