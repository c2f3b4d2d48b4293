-- Questions sent from the National Public Service Portal (#15, QA-6, INT-1) enter the same Art. 18/19 handling as
-- the portal's own: the asker's Art. 17 data stays with the National Portal, so such an item has no asker row here;
-- it keeps the National Portal's id (HOIDAPID, unique: a question taken twice is stored once), the field and the
-- agency the National Portal named.
ALTER TABLE feedback_question ADD COLUMN origin text NOT NULL DEFAULT 'PORTAL'
    CHECK (origin IN ('PORTAL', 'NATIONAL_PORTAL'));
ALTER TABLE feedback_question ALTER COLUMN asker_id DROP NOT NULL;
ALTER TABLE feedback_question ADD CONSTRAINT feedback_question_asker_unless_national
    CHECK (asker_id IS NOT NULL OR origin = 'NATIONAL_PORTAL');

CREATE TABLE feedback_national_question (
    question_id  uuid PRIMARY KEY REFERENCES feedback_question (id),
    external_id  text        NOT NULL UNIQUE CHECK (btrim(external_id) <> ''),
    field_code   text,
    agency_code  text,
    agency_name  text,
    taken_at     timestamptz NOT NULL
);

-- The monthly ratings summary for the National Portal (DongBoDanhGia) is per procedure and agency: a dossier's
-- rating now records its procedure (older rows have none and are summarised under the agency alone).
ALTER TABLE feedback_dossier_rating ADD COLUMN procedure_code text;
CREATE INDEX feedback_dossier_rating_rated_at ON feedback_dossier_rating (rated_at);
