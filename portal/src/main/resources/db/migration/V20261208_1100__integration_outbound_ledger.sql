-- National Portal sync (#15, INT-1, OPS-1): the per-dossier ordered ledger of outbound messages. Rows are written by
-- the integration module in the same transaction as the dossier history entry they come from, one per service
-- (DongBoHoSoMC, CapNhatTienDoHoSoMC, DongBoTrangThaiHoSo), and delivered in `position` order per dossier by the
-- sync worker (docs/integration.md, ADR 010).
CREATE TABLE integration_outbound_message (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id        uuid        NOT NULL,
    dossier_code      text        NOT NULL,
    history_sequence  bigint      NOT NULL,
    -- the message's place in its dossier's order (1, 2, …): a dossier's message waits for every earlier one
    position          integer     NOT NULL,
    service           text        NOT NULL
        CHECK (service IN ('DongBoHoSoMC', 'CapNhatTienDoHoSoMC', 'DongBoTrangThaiHoSo')),
    -- madonvi of the call: the agency competent for the dossier
    agency_code       text        NOT NULL,
    -- the service's fields as built when the entry was written (the state of that moment); DongBoHoSoMC's
    -- isUpdating is added when it is sent
    payload           jsonb       NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    state             text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts          integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- an earlier attempt may have taken effect (time-out, or a worker stopped mid-call): look up before sending
    uncertain         boolean     NOT NULL DEFAULT false,
    event_at          timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    -- when it may be tried (again); while an attempt runs, the end of its lease; 'infinity' while it waits for the
    -- dossier's message before it to be delivered (so the claim's index holds each dossier's head only)
    next_attempt_at   timestamptz NOT NULL,
    last_attempt_at   timestamptz,
    last_failed_at    timestamptz,
    last_error        text,
    delivered_at      timestamptz,
    -- delivered because a look-up found the effect of an earlier attempt, without sending it again
    confirmed_by_lookup boolean   NOT NULL DEFAULT false,
    dead_at           timestamptz,
    -- a correction on the Centre's page keeps what was first built, and who corrected it when
    original_payload  jsonb,
    corrected_by      text,
    corrected_at      timestamptz,
    replayed_by       text,
    replayed_at       timestamptz,
    CONSTRAINT integration_outbound_message_once UNIQUE (dossier_id, history_sequence, service),
    CONSTRAINT integration_outbound_message_order UNIQUE (dossier_id, position),
    CONSTRAINT integration_outbound_message_delivered CHECK ((state = 'DELIVERED') = (delivered_at IS NOT NULL)),
    CONSTRAINT integration_outbound_message_dead CHECK ((state = 'DEAD') = (dead_at IS NOT NULL))
);

-- the worker's claim: pending messages by due time, and each dossier's undelivered messages in order
CREATE INDEX integration_outbound_message_due ON integration_outbound_message (next_attempt_at, id)
    WHERE state = 'PENDING';
CREATE INDEX integration_outbound_message_open ON integration_outbound_message (dossier_id, position)
    WHERE state <> 'DELIVERED';
-- the Centre's page and the metrics: dead letters, deliveries of the last 24 hours, the last failure (delivered
-- messages are kept, so these must not scan the table; the oldest pending message is found through the claim's index)
CREATE INDEX integration_outbound_message_dead_at ON integration_outbound_message (dead_at) WHERE state = 'DEAD';
CREATE INDEX integration_outbound_message_delivered_at ON integration_outbound_message (delivered_at)
    WHERE state = 'DELIVERED';
CREATE INDEX integration_outbound_message_failed_at ON integration_outbound_message (last_failed_at)
    WHERE last_failed_at IS NOT NULL;
