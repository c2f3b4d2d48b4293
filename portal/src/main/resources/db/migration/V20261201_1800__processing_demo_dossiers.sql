-- The demo generator's record of the demo dossiers it made (issue #7 item 9): the natural key of each scenario
-- (demo-0001 …), so that loading the demo data again makes nothing twice. The dossiers themselves, their cases
-- and histories are made by the domain code like real ones; this table only remembers which scenario made which.
CREATE TABLE processing_demo_dossier (
    demo_key   text PRIMARY KEY CHECK (demo_key ~ '^demo-[0-9]{4}$'),
    dossier_id uuid NOT NULL UNIQUE,
    scenario   text NOT NULL CHECK (length(scenario) BETWEEN 1 AND 40),
    made_at    timestamptz NOT NULL DEFAULT now()
);
