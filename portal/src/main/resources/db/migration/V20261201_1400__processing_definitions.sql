-- Process definitions (issue #7 item 1, DOS-3): a definition is a scope (procedure, procedure-version range,
-- agency, case) with immutable published versions. A started dossier keeps its version, so versions are never
-- changed or deleted.
CREATE TABLE processing_definition (
    id                     uuid PRIMARY KEY,
    procedure_code         text        NOT NULL CHECK (procedure_code ~ '^[0-9]\.[0-9]{6}$'),
    from_procedure_version integer     CHECK (from_procedure_version > 0),
    to_procedure_version   integer     CHECK (to_procedure_version > 0),
    agency_code            text        CHECK (agency_code <> ''),
    case_code              text        CHECK (case_code <> ''),
    created_at             timestamptz NOT NULL,
    CHECK (from_procedure_version IS NULL OR to_procedure_version IS NULL
           OR from_procedure_version <= to_procedure_version)
);

-- one definition per scope
CREATE UNIQUE INDEX processing_definition_scope ON processing_definition (
    procedure_code, coalesce(from_procedure_version, 0), coalesce(to_procedure_version, 0),
    coalesce(agency_code, ''), coalesce(case_code, ''));

CREATE TABLE processing_definition_version (
    definition_id uuid        NOT NULL REFERENCES processing_definition (id),
    version       integer     NOT NULL CHECK (version > 0),
    name          text        NOT NULL CHECK (name <> ''),
    steps         jsonb       NOT NULL CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) > 0),
    total_minutes integer     NOT NULL CHECK (total_minutes > 0),
    published_at  timestamptz NOT NULL,
    published_by  text        NOT NULL,
    PRIMARY KEY (definition_id, version)
);

CREATE FUNCTION processing_definition_version_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a published process definition version is never changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER processing_definition_version_immutable
    BEFORE UPDATE OR DELETE ON processing_definition_version
    FOR EACH ROW EXECUTE FUNCTION processing_definition_version_immutable();
