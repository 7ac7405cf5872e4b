-- The audit trail: append-only, one row per action (login, token, run, download, verification, schedule
-- change, request). Each row holds the SHA-256 of the row before it (prev_hash) and of its own canonical
-- content (row_hash), so a changed, inserted or removed row breaks the chain where it happened.
-- Version 4: versions 1-3 are the staging tables. IF NOT EXISTS: a database whose hand-made runner applied
-- this script before the move to Flyway (recorded there as its version 3) runs it again, and H2 commits each
-- CREATE by itself (a crash before Flyway records the script must not block the next start).
CREATE TABLE IF NOT EXISTS wr_audit_event (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    action      VARCHAR(100)             NOT NULL,
    target      VARCHAR(1000)            NOT NULL,
    details     TEXT                     NOT NULL,
    prev_hash   CHAR(64)                 NOT NULL,
    row_hash    CHAR(64)                 NOT NULL
);

-- The chain's head, one row. Every writer locks it, so rows are numbered and linked one at a time,
-- whichever process (service or command line) writes them.
CREATE TABLE IF NOT EXISTS wr_audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO wr_audit_head (id, last_id, last_hash)
    SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000'
    WHERE NOT EXISTS (SELECT 1 FROM wr_audit_head);

-- Signed heads: the head (row id and hash) signed with the package key when a package is published.
-- A copy travels in the published package, so a truncated or recomputed chain is caught even when
-- these rows are removed too.
CREATE TABLE IF NOT EXISTS wr_audit_seal (
    head_id   BIGINT                   NOT NULL,
    head_hash CHAR(64)                 NOT NULL,
    sealed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(200)             NOT NULL,
    signature VARCHAR(2000)            NOT NULL,
    occasion  VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (head_id, key_id)
);
