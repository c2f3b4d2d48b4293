-- Calendar (#3): opening-hours schedules, which schedule each agency follows, and the Centre's decisions
-- that change the computed calendar (days off, make-up working days, placement of Tết and the day beside 2/9).

CREATE TABLE calendar_schedule (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    name       TEXT    NOT NULL,
    -- {"standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], ...},
    --  "seasons": [{"name": "...", "from": "--04-15", "to": "--10-14", "days": {...}}]}
    definition JSONB   NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE
);

-- Exactly one schedule is the province's default.
CREATE UNIQUE INDEX calendar_schedule_one_default ON calendar_schedule (is_default) WHERE is_default;

INSERT INTO calendar_schedule (code, name, definition, is_default) VALUES
    ('TIEU_CHUAN', 'Giờ hành chính của tỉnh: thứ Hai – thứ Sáu, 07:30–11:30 và 13:00–17:00',
     '{"standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], "TUESDAY": ["07:30-11:30", "13:00-17:00"],
                    "WEDNESDAY": ["07:30-11:30", "13:00-17:00"], "THURSDAY": ["07:30-11:30", "13:00-17:00"],
                    "FRIDAY": ["07:30-11:30", "13:00-17:00"]},
       "seasons": []}', TRUE),
    ('LAM_SANG_THU_BAY', 'Giờ hành chính, thêm sáng thứ Bảy 07:30–11:30 (bộ phận một cửa tiếp nhận thứ Bảy)',
     '{"standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], "TUESDAY": ["07:30-11:30", "13:00-17:00"],
                    "WEDNESDAY": ["07:30-11:30", "13:00-17:00"], "THURSDAY": ["07:30-11:30", "13:00-17:00"],
                    "FRIDAY": ["07:30-11:30", "13:00-17:00"], "SATURDAY": ["07:30-11:30"]},
       "seasons": []}', FALSE);

-- Agencies not listed follow the default schedule only when asked for without an agency code; an agency
-- code must be listed here (the catalogue assigns each agency its schedule).
CREATE TABLE calendar_agency_schedule (
    agency_code   TEXT PRIMARY KEY,
    schedule_code TEXT        NOT NULL REFERENCES calendar_schedule (code),
    assigned_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE calendar_override (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, -- the order decisions apply in
    year            INT         NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    kind            TEXT        NOT NULL CHECK (kind IN ('ADD_DAY_OFF', 'REMOVE_DAY_OFF', 'MAKE_UP_WORKING_DAY',
                                                         'CONFIRM_PLACEMENT')),
    day             DATE,
    holiday         TEXT CHECK (holiday IN ('TET', 'NATIONAL_DAY_ADJACENT')),
    dates           DATE[]      NOT NULL DEFAULT '{}',
    name            TEXT,
    legal_reference TEXT        NOT NULL CHECK (btrim(legal_reference) <> ''),
    reason          TEXT        NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    revoked_at      TIMESTAMPTZ,
    revoked_by      TEXT,
    CHECK ((kind = 'CONFIRM_PLACEMENT') = (holiday IS NOT NULL)),
    CHECK ((kind = 'CONFIRM_PLACEMENT') = (day IS NULL)),
    CHECK (day IS NULL OR EXTRACT(YEAR FROM day) = year),
    CHECK (kind <> 'ADD_DAY_OFF' OR btrim(coalesce(name, '')) <> ''),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE INDEX calendar_override_active_idx ON calendar_override (year, seq) WHERE revoked_at IS NULL;

-- Bumped in the same transaction as every change above, so that every node notices a change and rebuilds
-- its cached calendars.
CREATE TABLE calendar_revision (
    id       BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    revision BIGINT  NOT NULL
);

INSERT INTO calendar_revision (id, revision) VALUES (TRUE, 0);
