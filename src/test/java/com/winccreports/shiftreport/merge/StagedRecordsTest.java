package com.winccreports.shiftreport.merge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.winccreports.definition.UserArchiveSelection;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A batch quantity that is not a number is said — record and field — and left empty, never silently. */
class StagedRecordsTest {

    private static final UserArchiveSelection MAPPING = new UserArchiveSelection("BatchRecords",
            Map.of("batchId", "BatchId", "start", "StartTime", "good", "GoodQty", "scrap", "ScrapQty", "planned",
                    "PlannedQty"), null);

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(StagedRecords.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    @Test
    void aQuantityThatIsNotANumberIsWarnedAboutNamingRecordAndField() {
        Map<String, Object> record = Map.of("BatchId", "B-4711", "GoodQty", "12O0", "ScrapQty", "7",
                "PlannedQty", "", "StartTime", "2026-11-24T06:00:00Z");

        var batch = StagedRecords.engineRecord(MAPPING, record);

        assertThat(batch.good()).isNaN();
        assertThat(batch.scrap()).isEqualTo(7.0);
        assertThat(log.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .isEqualTo("batch record B-4711 of user archive BatchRecords: field GoodQty (good) is '12O0', not a "
                        + "number; left empty"));
    }
}
