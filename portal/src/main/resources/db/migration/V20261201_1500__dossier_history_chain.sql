-- Processing (#7, DOS-9): a dossier's history carries the processing detail — the step left and reached, the
-- agency, an attachment (a slip or a result in file storage), a changed appointment — and a keyed hash chain:
-- hash = HMAC-SHA256(previous hash, every field of the row, its id), computed by the application with the managed
-- secret, so an edited, removed or re-ordered row is detected (GET /api/v1/dossiers/{id}/history/verification).
-- Rows written before this migration have no hash and verify as broken; the table stays append-only.
ALTER TABLE dossier_history
    ADD COLUMN from_step   TEXT CHECK (length(from_step) <= 300),
    ADD COLUMN to_step     TEXT CHECK (length(to_step) <= 300),
    ADD COLUMN agency_code TEXT CHECK (length(agency_code) <= 40),
    ADD COLUMN attachment  TEXT CHECK (length(attachment) <= 300),
    ADD COLUMN new_due_at  TIMESTAMPTZ,
    ADD COLUMN hash        BYTEA;
