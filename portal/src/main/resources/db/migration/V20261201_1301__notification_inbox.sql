-- In-app messages (#8): what the applicant reads in the account area (/tai-khoan/thong-bao). The id is the
-- outbox message that delivered it, so a retried delivery never creates a second copy.
CREATE TABLE notification_inbox_message (
    id          UUID        PRIMARY KEY,
    account_id  UUID        NOT NULL,
    template    TEXT        NOT NULL CHECK (length(template) BETWEEN 1 AND 60),
    subject     TEXT        NOT NULL CHECK (length(subject) <= 300),
    body        TEXT        NOT NULL CHECK (length(body) <= 4000),
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ CHECK (read_at IS NULL OR read_at >= created_at)
);

CREATE INDEX notification_inbox_account_ix ON notification_inbox_message (account_id, created_at DESC);
