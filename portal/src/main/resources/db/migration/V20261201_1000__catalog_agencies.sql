-- Catalogue (#4, CAT-1): government levels as data and the effective-dated agency tree with successor links.
-- Since 1 July 2025 there are two local levels; nothing here assumes three.

CREATE TABLE catalog_agency_level (
    code    TEXT PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,30}$'),
    name    TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    rank    INT  NOT NULL CHECK (rank >= 1)
);

INSERT INTO catalog_agency_level (code, name, name_en, rank) VALUES
    ('PROVINCE',       'Cấp tỉnh',                                 'Province',                          1),
    ('SERVICE_CENTRE', 'Trung tâm Phục vụ hành chính công',        'Public Administration Service Centre', 2),
    ('DEPARTMENT',     'Sở, ban, ngành',                           'Department',                        2),
    ('DISTRICT',       'Cấp huyện',                                'District',                          2),
    ('COMMUNE',        'Cấp xã',                                   'Commune',                           3),
    ('ONE_STOP_UNIT',  'Bộ phận Một cửa',                          'One-stop unit',                     4),
    ('UNIT',           'Phòng, đơn vị trực thuộc',                 'Subordinate unit',                  4);

CREATE TABLE catalog_agency (
    -- QCVN 102:2016 identifier, e.g. 000.00.15.H63; segments may hold letters
    code            TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$'),
    name            TEXT    NOT NULL CHECK (btrim(name) <> ''),
    short_name      TEXT    NOT NULL CHECK (btrim(short_name) <> ''),
    level_code      TEXT    NOT NULL REFERENCES catalog_agency_level (code),
    parent_code     TEXT    REFERENCES catalog_agency (code) CHECK (parent_code <> code),
    address         TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    schedule_code   TEXT    NOT NULL,
    receiving_point BOOLEAN NOT NULL DEFAULT FALSE,
    qa_name         TEXT,
    qa_title        TEXT,
    qa_phone        TEXT,
    qa_email        TEXT,
    valid_from      DATE    NOT NULL,
    valid_to        DATE,
    successor_code  TEXT    REFERENCES catalog_agency (code) CHECK (successor_code <> code),
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- a successor only for an agency that has ceased
    CHECK (successor_code IS NULL OR valid_to IS NOT NULL),
    -- the Q&A contact is whole or absent
    CHECK ((qa_name IS NULL) = (qa_email IS NULL))
);

CREATE INDEX catalog_agency_parent ON catalog_agency (parent_code);
CREATE INDEX catalog_agency_successor ON catalog_agency (successor_code);
