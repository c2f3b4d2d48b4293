-- The channels an applicant chose per kind of notification (/tai-khoan/kenh-thong-bao). No row: the
-- default (in-app and e-mail on, SMS off).
CREATE TABLE notification_preference (
    account_id  UUID        NOT NULL,
    template    TEXT        NOT NULL CHECK (length(template) BETWEEN 1 AND 60),
    channel     TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP')),
    enabled     BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, template, channel)
);
