-- Reminders before each deadline and escalations after it: one row per item, deadline, due instant and kind,
-- so a notice is sent once even when several nodes run the job (they claim rows with SKIP LOCKED).
CREATE TABLE feedback_deadline_notice (
    question_id uuid        NOT NULL REFERENCES feedback_question (id),
    deadline    text        NOT NULL CHECK (deadline IN ('FORWARD', 'ANSWER', 'RETURN')),
    due_at      timestamptz NOT NULL,
    notice      text        NOT NULL CHECK (notice IN ('REMINDER', 'ESCALATION')),
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (question_id, deadline, due_at, notice)
);
