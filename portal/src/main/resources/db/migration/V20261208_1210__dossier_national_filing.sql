-- Dossiers filed at the National Public Service Portal (#15, INT-1): what the national side sent beyond the dossier
-- itself, and the VNeID identity it asserts for the applicant. The identification number is kept like the
-- applicant's ID number: a keyed hash (purpose national-identity-citizen-id, the one identity announces when an
-- account is linked to a national identity), its last 4 digits and an AES-GCM ciphertext bound to the dossier.
CREATE TABLE dossier_national_filing (
    dossier_id      uuid PRIMARY KEY REFERENCES dossier (id),
    filed_at        timestamptz,
    field_code      text,
    form_code       text,
    routed_to       text,
    subject_code    text,
    fees            jsonb       NOT NULL DEFAULT '[]'::jsonb,
    identity_match  bytea,
    identity_last4  text,
    identity_sealed bytea,
    identity_level  smallint CHECK (identity_level IN (1, 2)),
    received_at     timestamptz NOT NULL,
    CONSTRAINT dossier_national_filing_identity_complete
        CHECK ((identity_match IS NULL) = (identity_sealed IS NULL) AND (identity_match IS NULL) = (identity_last4 IS NULL))
);
CREATE INDEX dossier_national_filing_identity ON dossier_national_filing (identity_match)
    WHERE identity_match IS NOT NULL;
