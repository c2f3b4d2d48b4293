-- Anti-spam without hurting real people: fixed-window counters per key (client address hash, destination
-- hash) shared by every node; one-time codes for anonymous askers, stored only as keyed hashes; and
-- Idempotency-Key replies of the API.
CREATE TABLE feedback_rate_limit (
    limit_key    text PRIMARY KEY,
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL
);

CREATE TABLE feedback_verification (
    id               uuid PRIMARY KEY,
    channel          text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    destination_hash bytea       NOT NULL,
    code_hash        bytea       NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    used_at          timestamptz
);

CREATE TABLE feedback_idempotency (
    key_hash    bytea PRIMARY KEY,
    question_id uuid        NOT NULL REFERENCES feedback_question (id),
    created_at  timestamptz NOT NULL
);
