CREATE TABLE event_log (
    id         INTEGER PRIMARY KEY,
    kind       VARCHAR(30) NOT NULL,
    payload    TEXT,
    amount     NUMERIC,
    recorded_at BIGINT     NOT NULL
);

CREATE INDEX event_log_kind_idx ON event_log (kind, recorded_at);
