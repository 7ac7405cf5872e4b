-- IF NOT EXISTS: H2 commits each CREATE by itself, so a crash before Flyway records this script must not
-- make the next start fail on a table that is already there.
-- Partial aggregates written by the reading partitions, one row per (tag, shift, chunk window).
-- The key makes a re-run chunk replace its row instead of adding a second one.
CREATE TABLE IF NOT EXISTS wr_partial (
    job_instance_id BIGINT       NOT NULL,
    tag             VARCHAR(200) NOT NULL,
    shift_index     INTEGER      NOT NULL,
    window_from     BIGINT       NOT NULL,
    window_to       BIGINT       NOT NULL,
    value_count     BIGINT       NOT NULL,
    partial_data    TEXT NOT NULL,
    PRIMARY KEY (job_instance_id, tag, shift_index, window_from)
);

-- User-archive batch records of the period, keyed by their archive ID.
CREATE TABLE IF NOT EXISTS wr_batch_record (
    job_instance_id BIGINT       NOT NULL,
    record_id       BIGINT       NOT NULL,
    record_json     TEXT NOT NULL,
    PRIMARY KEY (job_instance_id, record_id)
);

-- Named results of the job's later steps (alarm statistics, merged shift rows), one JSON document each.
CREATE TABLE IF NOT EXISTS wr_result (
    job_instance_id BIGINT       NOT NULL,
    result_name     VARCHAR(200) NOT NULL,
    result_json     TEXT NOT NULL,
    PRIMARY KEY (job_instance_id, result_name)
);

-- Every published report version; superseded_by is set when a later version re-issues the period.
CREATE TABLE IF NOT EXISTS wr_publication (
    job_name        VARCHAR(200) NOT NULL,
    period_label    VARCHAR(100) NOT NULL,
    lines           VARCHAR(500) NOT NULL,
    version         INTEGER      NOT NULL,
    job_instance_id BIGINT       NOT NULL,
    job_execution_id BIGINT      NOT NULL,
    folder          VARCHAR(2000) NOT NULL,
    files           TEXT NOT NULL,
    incomplete_data BOOLEAN      NOT NULL,
    published_at    TIMESTAMP    NOT NULL,
    superseded_by   INTEGER,
    PRIMARY KEY (job_name, period_label, lines, version)
);
