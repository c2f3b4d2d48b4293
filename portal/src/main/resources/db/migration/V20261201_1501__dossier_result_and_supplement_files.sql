-- Processing (#7, DOS-6): a dossier's files also hold the result the agency issued (RESULT, kept in the owner's
-- personal data store as ISSUED), the documents an applicant supplemented during processing (SUPPLEMENT) and
-- the slips processing issued (SLIP: Form 02 supplement request, Form 04 apology, the refusal).
ALTER TABLE dossier_file DROP CONSTRAINT dossier_file_origin_check;
ALTER TABLE dossier_file ADD CONSTRAINT dossier_file_origin_check
    CHECK (origin IN ('UPLOADED', 'REUSED', 'RESULT', 'SUPPLEMENT', 'SLIP'));
