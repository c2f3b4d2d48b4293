-- The notification outbox (#8, INT-4): one row per message to send, written in the caller's transaction
-- (so a rolled-back transaction sends nothing), delivered after commit and retried with back-off.
-- A message is sent at most once per (reference, channel, recipient): the reference is the event or
-- request it belongs to. Bodies are sealed (AES-GCM, bound to the row id) and erased once the message is
-- SENT or FAILED: one-time codes must not stay in the database.
CREATE TABLE notification_message (
    id              UUID        PRIMARY KEY,
    reference       TEXT        NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
    channel         TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP')),
    recipient       TEXT        NOT NULL CHECK (length(recipient) BETWEEN 1 AND 254),
    account_id      UUID,
    template        TEXT        NOT NULL CHECK (length(template) BETWEEN 1 AND 60),
    locale          TEXT        NOT NULL CHECK (locale IN ('vi', 'en')),
    subject         TEXT        NOT NULL CHECK (length(subject) <= 300),
    body_sealed     BYTEA,
    secret          BOOLEAN     NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT        CHECK (length(last_error) <= 300),
    transport       TEXT        CHECK (length(transport) <= 40),
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    CONSTRAINT notification_message_once_uq UNIQUE (reference, channel, recipient),
    CONSTRAINT notification_message_pending_ck CHECK (
        (status = 'PENDING' AND body_sealed IS NOT NULL AND next_attempt_at IS NOT NULL AND finished_at IS NULL)
        OR (status <> 'PENDING' AND body_sealed IS NULL AND next_attempt_at IS NULL AND finished_at IS NOT NULL))
);

CREATE INDEX notification_message_due_ix ON notification_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_message_created_ix ON notification_message (created_at DESC);
