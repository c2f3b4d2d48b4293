-- Catalogue (#4, CAT-2, CAT-3): sectors (ngành) and the national fields (lĩnh vực, MALINHVUC) they group.

CREATE TABLE catalog_sector (
    code TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Z_-]{1,20}$'),
    name TEXT NOT NULL CHECK (btrim(name) <> '')
);

CREATE TABLE catalog_field (
    code        TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z_.-]{1,40}$'),
    name        TEXT NOT NULL CHECK (btrim(name) <> ''),
    sector_code TEXT NOT NULL REFERENCES catalog_sector (code)
);

CREATE INDEX catalog_field_sector ON catalog_field (sector_code);
