-- National Portal integration (#15, INT-1, INT-2): the reports of the daily reconciliation with the National
-- Portal's figures. One row per run (the header), its counts per agency and national status (ours against the
-- National Portal's), and the dossiers that differ, each with the kind of difference and each side's facts.
-- Only the integration module reads these tables; dossier_id is the dossier module's opaque id (a link, no key).
CREATE TABLE integration_reconciliation (
    id              UUID PRIMARY KEY,
    origin          TEXT        NOT NULL CHECK (origin IN ('SCHEDULE', 'MANUAL')),
    started_by      TEXT        NOT NULL CHECK (length(started_by) BETWEEN 1 AND 200),
    period_from     DATE        NOT NULL,
    period_to       DATE        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    failure         TEXT        CHECK (length(failure) <= 1000),
    agencies        INTEGER     NOT NULL DEFAULT 0 CHECK (agencies >= 0),
    ours            INTEGER     NOT NULL DEFAULT 0 CHECK (ours >= 0),
    theirs          INTEGER     NOT NULL DEFAULT 0 CHECK (theirs >= 0),
    differences     INTEGER     NOT NULL DEFAULT 0 CHECK (differences >= 0),
    lookups         INTEGER     NOT NULL DEFAULT 0 CHECK (lookups >= 0),
    lookups_skipped INTEGER     NOT NULL DEFAULT 0 CHECK (lookups_skipped >= 0),
    CONSTRAINT integration_reconciliation_period_ck CHECK (period_to >= period_from),
    CONSTRAINT integration_reconciliation_finished_ck CHECK ((state = 'RUNNING') = (finished_at IS NULL)),
    CONSTRAINT integration_reconciliation_failure_ck CHECK ((state = 'FAILED') = (failure IS NOT NULL))
);
-- one run at a time, on any number of nodes: a second start fails on this index
CREATE UNIQUE INDEX integration_reconciliation_one_running ON integration_reconciliation ((true))
    WHERE state = 'RUNNING';
CREATE INDEX integration_reconciliation_started_idx ON integration_reconciliation (started_at DESC);

-- national_status 0: a status the National Portal gave that is not one of the ten codes
CREATE TABLE integration_reconciliation_count (
    reconciliation_id UUID     NOT NULL REFERENCES integration_reconciliation (id) ON DELETE CASCADE,
    agency_code       TEXT     NOT NULL,
    national_status   SMALLINT NOT NULL CHECK (national_status BETWEEN 0 AND 10),
    ours              INTEGER  NOT NULL CHECK (ours >= 0),
    theirs            INTEGER  NOT NULL CHECK (theirs >= 0),
    matched           BOOLEAN  NOT NULL,
    PRIMARY KEY (reconciliation_id, agency_code, national_status),
    CONSTRAINT integration_reconciliation_count_matched_ck CHECK (NOT matched OR ours = theirs)
);

CREATE TABLE integration_reconciliation_difference (
    reconciliation_id UUID     NOT NULL REFERENCES integration_reconciliation (id) ON DELETE CASCADE,
    position          INTEGER  NOT NULL CHECK (position >= 1),
    dossier_code      TEXT     NOT NULL,
    kind              TEXT     NOT NULL CHECK (kind IN ('MISSING_AT_NATIONAL', 'UNKNOWN_HERE', 'RECEIVED_DATE_DIFFERS',
                                   'AGENCY_DIFFERS', 'STATUS_DIFFERS')),
    dossier_id        UUID,
    our_agency        TEXT,
    their_agency      TEXT,
    our_status        SMALLINT CHECK (our_status BETWEEN 1 AND 10),
    their_status      SMALLINT CHECK (their_status BETWEEN 0 AND 10),
    our_received_on   DATE,
    their_received_on DATE,
    PRIMARY KEY (reconciliation_id, position),
    CONSTRAINT integration_reconciliation_difference_sides_ck CHECK (
        (kind = 'UNKNOWN_HERE') = (our_agency IS NULL) AND (kind = 'MISSING_AT_NATIONAL') = (their_agency IS NULL))
);
