-- Catalogue (#4, CAT-5): change requests with their legal deadlines (Art. 9 of QĐ 1649/QĐ-UBND): an agency
-- change is due 5 working days after the written request, a procedure change 10 working days after the
-- publishing decision. The due instant is computed with the working-time calendar when the request is
-- recorded, and stored.
CREATE TABLE catalog_change_request (
    id           UUID PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('AGENCY', 'PROCEDURE')),
    subject_code TEXT NOT NULL CHECK (btrim(subject_code) <> ''),
    summary      TEXT NOT NULL CHECK (btrim(summary) <> ''),
    -- the written request (agency) or the publishing decision (procedure): number and date
    basis        TEXT NOT NULL CHECK (btrim(basis) <> ''),
    basis_date   DATE NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT NOT NULL,
    done_at      TIMESTAMPTZ,
    done_by      TEXT,
    CHECK ((status = 'DONE') = (done_at IS NOT NULL))
);

CREATE INDEX catalog_change_request_open ON catalog_change_request (due_at) WHERE status = 'OPEN';
