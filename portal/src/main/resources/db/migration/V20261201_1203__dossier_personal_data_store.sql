-- Dossier (#6, STORE-1): each account's personal data store (kho dữ liệu cá nhân) — the documents it submitted
-- and the results issued to it, with their provenance (which dossier, uploaded or issued, when) — and every
-- reuse of a stored document in a later dossier (the reuse counts towards the 766 index).
CREATE TABLE dossier_personal_document (
    id             UUID PRIMARY KEY,
    account_id     UUID        NOT NULL,
    name           TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    file_name      TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type     TEXT        NOT NULL,
    size_bytes     BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256         TEXT        NOT NULL,
    storage_key    TEXT        NOT NULL,
    origin         TEXT        NOT NULL CHECK (origin IN ('SUBMITTED', 'ISSUED')),
    dossier_id     UUID        NOT NULL REFERENCES dossier (id),
    component_code TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT dossier_personal_document_once_uq UNIQUE (account_id, dossier_id, storage_key)
);
CREATE INDEX dossier_personal_document_account_idx ON dossier_personal_document (account_id, created_at DESC);

CREATE TABLE dossier_document_reuse (
    document_id    UUID        NOT NULL REFERENCES dossier_personal_document (id),
    dossier_id     UUID        NOT NULL REFERENCES dossier (id),
    component_code TEXT        NOT NULL,
    reused_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, dossier_id, component_code)
);
