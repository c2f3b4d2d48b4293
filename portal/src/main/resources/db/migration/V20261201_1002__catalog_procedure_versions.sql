-- Catalogue (#4, CAT-2, CAT-4): procedures as versions. One row per version holds the whole record as JSONB
-- (vn.dvc.portal.catalog.Procedure) plus the columns browsing and search need. A dossier keeps the version it
-- was received under, so versions are never deleted or changed except for their status.

CREATE TABLE catalog_form (
    id         TEXT PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
    name       TEXT   NOT NULL,
    file_name  TEXT   NOT NULL,
    media_type TEXT   NOT NULL,
    file_key   TEXT   NOT NULL,
    size       BIGINT NOT NULL CHECK (size >= 0),
    sha256     TEXT   NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE catalog_procedure (
    code           TEXT NOT NULL CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
    version        INT  NOT NULL CHECK (version >= 1),
    status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    name           TEXT NOT NULL CHECK (btrim(name) <> ''),
    sector_code    TEXT NOT NULL REFERENCES catalog_sector (code),
    field_code     TEXT NOT NULL REFERENCES catalog_field (code),
    online_level   TEXT NOT NULL CHECK (online_level IN ('FULL', 'PARTIAL', 'NONE')),
    level_names    TEXT[] NOT NULL,
    agency_codes   TEXT[] NOT NULL,
    -- diacritics-free, lower-case text computed in Java (see docs/catalog.md: NFC, marks stripped, đ → d)
    name_folded    TEXT NOT NULL,
    text_folded    TEXT NOT NULL,
    -- SHA-256 of the record without version and status: an import of the same content changes nothing
    content_hash   TEXT NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    record         JSONB NOT NULL,
    decision_date  DATE,
    created_at     TIMESTAMPTZ NOT NULL,
    created_by     TEXT NOT NULL,
    status_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (code, version)
);

-- At most one published version per procedure.
CREATE UNIQUE INDEX catalog_procedure_one_published ON catalog_procedure (code) WHERE status = 'PUBLISHED';
CREATE INDEX catalog_procedure_sector ON catalog_procedure (sector_code, field_code) WHERE status = 'PUBLISHED';
CREATE INDEX catalog_procedure_agencies ON catalog_procedure USING GIN (agency_codes) WHERE status = 'PUBLISHED';

-- An import: its progress (updated as records are processed) and its report.
CREATE TABLE catalog_import (
    id          UUID PRIMARY KEY,
    source      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    total       INT  NOT NULL DEFAULT 0 CHECK (total >= 0),
    processed   INT  NOT NULL DEFAULT 0 CHECK (processed >= 0 AND processed <= total),
    added       INT  NOT NULL DEFAULT 0,
    changed     INT  NOT NULL DEFAULT 0,
    unchanged   INT  NOT NULL DEFAULT 0,
    rejected    INT  NOT NULL DEFAULT 0,
    -- [{"code": "1.001193", "outcome": "ADDED", "version": 1, "reasons": [{"path", "key", "args"}]}]
    entries     JSONB NOT NULL DEFAULT '[]',
    failure     TEXT,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    started_by  TEXT NOT NULL
);
