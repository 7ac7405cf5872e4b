package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordFilterTest {

    private final RecordFilter filter = RecordFilter.none()
            .and("Line", RecordFilter.Op.EQ, "L1")
            .and("StartTime", RecordFilter.Op.GE, Instant.parse("2026-11-24T06:00:00Z"))
            .and("GoodQty", RecordFilter.Op.GT, 100);

    @Test
    void rendersTheRestGrammarWithQuotedLiterals() {
        assertThat(filter.toRestFilter())
                .isEqualTo("Line = 'L1' AND StartTime >= '2026-11-24T06:00:00.000Z' AND GoodQty > 100");
    }

    @Test
    void quotesAreDoubledSoTextCannotEscapeTheLiteral() {
        assertThat(RecordFilter.none().and("Operator", RecordFilter.Op.EQ, "x' OR '1'='1").toRestFilter())
                .isEqualTo("Operator = 'x'' OR ''1''=''1'");
    }

    @Test
    void rendersSqlWithPlaceholdersOnly() {
        assertThat(filter.toSqlCondition()).isEqualTo("\"Line\" = ? AND \"StartTime\" >= ? AND \"GoodQty\" > ?");
        assertThat(filter.sqlParameters()).containsExactly("L1",
                Timestamp.from(Instant.parse("2026-11-24T06:00:00Z")), 100);
        assertThat(RecordFilter.none().toSqlCondition()).isEqualTo("1=1");
    }

    @Test
    void refusesFieldNamesThatAreNotIdentifiersAndUntypedValues() {
        assertThatThrownBy(() -> RecordFilter.none().and("ID; DROP TABLE x", RecordFilter.Op.EQ, 1))
                .hasMessageContaining("not a user-archive field name");
        assertThatThrownBy(() -> RecordFilter.none().and("ID", RecordFilter.Op.EQ, new Object()))
                .hasMessageContaining("must be a String, Number, Boolean or Instant");
    }
}
