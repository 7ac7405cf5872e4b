-- IF NOT EXISTS: H2 commits each CREATE by itself, so a crash before Flyway records this script must not
-- make the next start fail on a table that is already there.
-- Trend buckets for the report's charts: sum and count of the good values of an analog tag per bucket
-- (one minute for a day), per chunk window — replaced together with that window's partial.
CREATE TABLE IF NOT EXISTS wr_trend (
    job_instance_id BIGINT           NOT NULL,
    tag             VARCHAR(200)     NOT NULL,
    window_from     BIGINT           NOT NULL,
    bucket_start    BIGINT           NOT NULL,
    value_sum       DOUBLE PRECISION NOT NULL,
    value_count     BIGINT           NOT NULL,
    PRIMARY KEY (job_instance_id, tag, window_from, bucket_start)
);
