-- Dossier (#6): the files of a dossier's components (uploaded at the desk or online, or reused from the
-- applicant's personal data store), stored through FileStorage with their SHA-256 checksum. The content
-- type is the one detected from the content, never the one the sender declared.
CREATE TABLE dossier_file (
    id             UUID PRIMARY KEY,
    dossier_id     UUID        NOT NULL REFERENCES dossier (id),
    component_code TEXT        NOT NULL,
    file_name      TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type     TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes     BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256         TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key    TEXT        NOT NULL,
    origin         TEXT        NOT NULL CHECK (origin IN ('UPLOADED', 'REUSED')),
    source_document UUID,
    uploaded_at    TIMESTAMPTZ NOT NULL,
    uploaded_by    TEXT        NOT NULL,
    CONSTRAINT dossier_file_reused_has_source_ck CHECK ((origin = 'REUSED') = (source_document IS NOT NULL))
);
CREATE INDEX dossier_file_dossier_idx ON dossier_file (dossier_id, component_code);
