-- Idempotency-Key (issue #15): the first answer to a client's request under a key, kept 24 hours with a digest of
-- the request, so that the same request again gets the same answer and nothing runs twice (platform.IdempotencyKeys).
CREATE TABLE platform_idempotency_key (
    client          TEXT        NOT NULL CHECK (length(client) BETWEEN 1 AND 200),
    idempotency_key TEXT        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    BYTEA       NOT NULL CHECK (length(request_hash) BETWEEN 16 AND 64),
    status          INTEGER     NOT NULL CHECK (status BETWEEN 100 AND 399),
    content_type    TEXT,
    location        TEXT,
    body            BYTEA       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (client, idempotency_key)
);

CREATE INDEX platform_idempotency_key_created_at ON platform_idempotency_key (created_at);
