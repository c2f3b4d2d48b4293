-- Platform: the append-only audit trail (who changed or read what, when, from which request).
CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    object_type TEXT        NOT NULL,
    object_id   TEXT        NOT NULL,
    details     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    request_id  TEXT
);

CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id, occurred_at);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);

-- Entries are never changed or removed by the application.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
