-- Officers' scope (#5 item 4): the root of the agency subtree an officer acts in. Null means the officer's
-- own agency; the Centre's officers act for the whole province (the province's root agency).
ALTER TABLE identity_officer
    ADD COLUMN scope_code TEXT CHECK (scope_code ~ '^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$');
