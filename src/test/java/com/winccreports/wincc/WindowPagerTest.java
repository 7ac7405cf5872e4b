package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPagerTest {

    private static final RequestScope SCOPE = RequestScope.archive("test", "PVArchive", List.of("T"),
            Instant.EPOCH, Instant.ofEpochMilli(100_000));

    /** Timestamps with duplicates (up to 3 at one instant, fewer than the smallest page), ascending. */
    private static long[] bursty(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] ts = new long[count];
        long t = 0;
        int run = 1;
        for (int i = 0; i < count; i++) {
            boolean same = i > 0 && run < 3 && random.nextInt(3) == 0;
            t += same ? 0 : 1 + random.nextInt(50);
            run = same ? run + 1 : 1;
            ts[i] = t;
        }
        return ts;
    }

    private static ArchivePage readAll(WindowPager pager) {
        PageConcatenation all = new PageConcatenation("T");
        for (ArchivePage page = pager.next(); page != null; page = pager.next()) {
            assertThat(page.isEmpty()).isFalse();
            all.add(page);
        }
        return all.build();
    }

    @ParameterizedTest(name = "page size {0}, server cap {1}")
    @CsvSource({"4, 1000", "7, 1000", "100, 1000", "5000, 1000", "5000, 5", "10000, 64"})
    void handsOutExactlyTheWindowAtAnyPageSizeAndCap(int pageSize, int serverCap) {
        InMemoryArchive archive = new InMemoryArchive(bursty(3000, pageSize), serverCap);
        long from = archive.timestamps[100];
        long to = archive.timestamps[2900];
        WindowPager pager = new WindowPager(archive, SCOPE, "T", to, pageSize, WindowCursor.start(from));
        assertThat(readAll(pager)).isEqualTo(archive.expected("T", from, to));
        assertThat(pager.cursor().done()).isTrue();
    }

    @Test
    void dropsBoundaryDuplicatesAndTheValueStampedAtTheWindowEnd() {
        long[] ts = {0, 10, 10, 10, 20, 30, 30, 40};
        InMemoryArchive archive = new InMemoryArchive(ts, 1000);
        WindowPager pager = new WindowPager(archive, SCOPE, "T", 40, 4, WindowCursor.start(10));
        assertThat(readAll(pager).timestampsMillis()).containsExactly(10, 10, 10, 20, 30, 30);
    }

    @Test
    void resumesFromASavedCursorWithExactlyTheNextValue() {
        InMemoryArchive archive = new InMemoryArchive(bursty(500, 3), 1000);
        long to = archive.timestamps[499] + 1;
        WindowPager first = new WindowPager(archive, SCOPE, "T", to, 9, WindowCursor.start(0));
        PageConcatenation seen = new PageConcatenation("T");
        for (int i = 0; i < 7; i++) {
            seen.add(first.next());
        }
        WindowPager resumed = new WindowPager(archive, SCOPE, "T", to, 9, first.cursor());
        seen.add(readAll(resumed));
        assertThat(seen.build()).isEqualTo(archive.expected("T", 0, to));
    }

    @Test
    void aFullPageAtOneInstantFailsEvenIfItHeldAllValuesOfThatInstant() {
        InMemoryArchive archive = new InMemoryArchive(new long[] {0, 10, 10, 10, 20}, 1000);
        WindowPager pager = new WindowPager(archive, SCOPE, "T", 40, 3, WindowCursor.start(10));
        assertThatThrownBy(() -> readAll(pager)).hasMessageContaining("raise the source's page-size (now 3)");
    }

    @Test
    void failsLoudlyWhenAFullPageSharesOneInstant() {
        long[] ts = {0, 5, 5, 5, 5, 5, 5, 9};
        InMemoryArchive archive = new InMemoryArchive(ts, 1000);
        WindowPager pager = new WindowPager(archive, SCOPE, "T", 100, 4, WindowCursor.start(0));
        assertThatThrownBy(() -> readAll(pager)).isInstanceOf(WinccException.class)
                .hasMessageContaining("tag 'T'").hasMessageContaining(Instant.ofEpochMilli(5).toString())
                .hasMessageContaining("server 'test'");
        assertThat(archive.requests).isLessThan(10);
    }

    @Test
    void failsWhenTheServerCapHidesValuesAtOneInstant() {
        long[] ts = {5, 5, 5, 5, 9};
        InMemoryArchive archive = new InMemoryArchive(ts, 3);
        WindowPager pager = new WindowPager(archive, SCOPE, "T", 100, 1000, WindowCursor.start(0));
        assertThatThrownBy(() -> readAll(pager)).isInstanceOf(WinccException.class)
                .hasMessageContaining("the server caps every answer at 3 values (page-size 1000 was asked)")
                .hasMessageContaining("raising page-size cannot help")
                .hasMessageNotContaining("raise the source's page-size")
                .extracting(e -> ((WinccException) e).reason()).isEqualTo(WinccException.Reason.PAGING_STUCK);
    }

    @Test
    void aSingleOnChangeValueAtTheWindowStartIsNotMistakenForAStuckPage() {
        InMemoryArchive archive = new InMemoryArchive(new long[] {50}, 1000);
        WindowPager pager = new WindowPager(archive, SCOPE, "T", 100, 1000, WindowCursor.start(50));
        assertThat(readAll(pager).timestampsMillis()).containsExactly(50);
    }

    @Test
    void anEmptyWindowEndsAfterOneRequest() {
        InMemoryArchive archive = new InMemoryArchive(new long[] {500}, 1000);
        assertThat(new WindowPager(archive, SCOPE, "T", 100, 10, WindowCursor.start(0)).next()).isNull();
        assertThat(archive.requests).isEqualTo(1);
    }
}
