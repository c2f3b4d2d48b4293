-- What the integration module sends back to the National Public Service Portal for what came from it (#15, INT-1,
-- QA-6): the approved answers of questions sent from the National Portal, each sent (DongBoKetQuaHoiDapGuiTuDVCQG)
-- until acknowledged, and one row per month whose ratings summary (DongBoDanhGia) is sent or being sent, so a
-- restart or a second node never sends a month twice.
CREATE TABLE integration_answer_outbox (
    question_id     uuid PRIMARY KEY,
    external_id     text        NOT NULL,
    agency_code     text        NOT NULL,
    message         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'REFUSED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text,
    CONSTRAINT integration_answer_outbox_sent_has_time CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX integration_answer_outbox_due ON integration_answer_outbox (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE integration_ratings_month (
    month           date        PRIMARY KEY CHECK (extract(day FROM month) = 1),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'NOTHING', 'REFUSED')),
    lines           integer,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text
);
CREATE INDEX integration_ratings_month_due ON integration_ratings_month (next_attempt_at) WHERE status = 'PENDING';
