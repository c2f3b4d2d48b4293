-- National Portal integration (#15, INT-1, CAT-4): the catalogue pull. Each run of the pull (scheduled or started by
-- the Centre), with what the reference lists did and the catalogue's import job of its procedure records; and the
-- freshness key the National Portal's list (LayDanhSachTTHC) last gave each procedure that was imported, so that a
-- pull fetches again (LayThuTuc) only the procedures whose key changed.

CREATE TABLE integration_catalogue_pull (
    id          UUID PRIMARY KEY,
    full_pull   BOOLEAN NOT NULL,
    started_by  TEXT NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      TEXT NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'UNAVAILABLE', 'FAILED', 'INTERRUPTED')),
    -- the step it is at or stopped in
    phase       TEXT NOT NULL CHECK (phase IN ('SECTORS', 'AGENCIES', 'LIST', 'PROCEDURES', 'DONE')),
    -- why it stopped: a message key of the integration bundle, and the detail (the National Portal's message)
    failure_key TEXT,
    failure     TEXT,
    -- {"added", "changed", "unchanged", "rejected": [{"position", "code", "name", "reasons": [{"path", "key", "args"}]}]}
    sectors     JSONB,
    agencies    JSONB,
    listed      INT CHECK (listed >= 0),
    fresh       INT CHECK (fresh >= 0),
    -- the catalogue's import job of the procedure records (catalog module; read through its API only)
    import_id   UUID,
    CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);

-- One pull at a time (the ShedLock lock "integration.cataloguePull" is taken first; this says it to the database).
CREATE UNIQUE INDEX integration_catalogue_pull_one_running ON integration_catalogue_pull ((true))
    WHERE status = 'RUNNING';
CREATE INDEX integration_catalogue_pull_started ON integration_catalogue_pull (started_at DESC);

CREATE TABLE integration_catalogue_freshness (
    code          TEXT PRIMARY KEY,
    freshness_key TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
