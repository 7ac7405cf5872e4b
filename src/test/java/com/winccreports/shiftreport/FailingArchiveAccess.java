package com.winccreports.shiftreport;

import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.job.read.WinccArchiveAccess;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.WinccSources;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The real archive access, except that one chosen partition throws once after handing out some pages. */
final class FailingArchiveAccess implements ArchiveAccess {

    static final String PARTITION = "read-002";
    static final int FAIL_AT_PAGE = 3;
    static final AtomicBoolean ARMED = new AtomicBoolean();

    private final ArchiveAccess real;

    FailingArchiveAccess(ArchiveAccess real) {
        this.real = real;
    }

    @Override
    public ItemStreamReader<ArchivePage> pages(String source, ReadPartition partition) {
        ItemStreamReader<ArchivePage> delegate = real.pages(source, partition);
        AtomicInteger pages = new AtomicInteger();
        return new ItemStreamReader<>() {
            @Override
            public ArchivePage read() throws Exception {
                if (partition.name().equals(PARTITION) && pages.incrementAndGet() == FAIL_AT_PAGE
                        && ARMED.getAndSet(false)) {
                    throw new IllegalStateException("injected failure in " + PARTITION + " at page " + FAIL_AT_PAGE);
                }
                return delegate.read();
            }

            @Override
            public void open(ExecutionContext context) {
                delegate.open(context);
            }

            @Override
            public void update(ExecutionContext context) {
                delegate.update(context);
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    @Override
    public Map<String, Sample> boundingValues(String source, String archive, List<String> tags, Instant at) {
        return real.boundingValues(source, archive, tags, at);
    }

    @Override
    public Map<String, Sample> firstValuesAtOrAfter(String source, String archive, List<String> tags, Instant at,
            java.time.Duration within) {
        return real.firstValuesAtOrAfter(source, archive, tags, at, within);
    }

    @Override
    public String describe(String source) {
        return real.describe(source);
    }

    /** Beans for contexts that name this class as a source; not {@code @Configuration}, so never scanned. */
    static class Wiring {
        @Bean
        @Primary
        ArchiveAccess failingArchiveAccess(WinccSources sources) {
            return new FailingArchiveAccess(new WinccArchiveAccess(sources));
        }
    }
}
