-- Identity (#5): accounts of applicants (individuals, organisations) and officers, roles, sign-in state,
-- one-time codes, the per-IP sign-in throttle and the development mailbox.
--
-- An account is created PENDING by registration and becomes ACTIVE when its e-mail or phone is verified
-- by a one-time code; a PENDING account cannot sign in and is replaced when someone registers again with
-- the same identifiers after its code has expired. Identifiers are stored normalised (lower case, phone
-- as 0xxxxxxxxx) so that the unique constraints hold whatever the user typed.
CREATE TABLE identity_account (
    id                  UUID PRIMARY KEY,
    kind                TEXT        NOT NULL CHECK (kind IN ('INDIVIDUAL', 'ORGANISATION', 'OFFICER')),
    username            TEXT        NOT NULL CHECK (username = lower(username) AND username ~ '^[a-z][a-z0-9._-]{2,39}$'),
    display_name        TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email               TEXT        CHECK (email = lower(email) AND length(email) <= 254),
    phone               TEXT        CHECK (phone ~ '^0[0-9]{9,10}$'),
    password_hash       TEXT        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    assurance_level     TEXT        NOT NULL CHECK (assurance_level IN ('SELF_DECLARED', 'VERIFIED_BY_CODE', 'NATIONAL_IDENTITY')),
    failed_sign_ins     INTEGER     NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    verified_at         TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ NOT NULL,
    last_sign_in_at     TIMESTAMPTZ,
    CONSTRAINT identity_account_username_uq UNIQUE (username),
    CONSTRAINT identity_account_email_uq UNIQUE (email),
    CONSTRAINT identity_account_phone_uq UNIQUE (phone),
    CONSTRAINT identity_account_contact_ck CHECK (kind = 'OFFICER' OR email IS NOT NULL OR phone IS NOT NULL)
);

-- Roles: CITIZEN, BUSINESS (applicants), DESK, SPECIALIST, LEADER, CENTRE, ADMIN (officers).
-- Officers' roles apply within their agency (identity_officer.agency_code) and, later, its subtree.
CREATE TABLE identity_account_role (
    account_id UUID NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('CITIZEN', 'BUSINESS', 'DESK', 'SPECIALIST', 'LEADER', 'CENTRE', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- An individual applicant. The citizen ID number (CCCD, 12 digits) is kept only as a keyed HMAC for
-- matching and its last 4 digits for display; the whole number is never stored.
CREATE TABLE identity_individual (
    account_id       UUID PRIMARY KEY REFERENCES identity_account (id) ON DELETE CASCADE,
    full_name        TEXT  NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    citizen_id_hmac  BYTEA NOT NULL,
    citizen_id_last4 TEXT  NOT NULL CHECK (citizen_id_last4 ~ '^[0-9]{4}$'),
    date_of_birth    DATE  NOT NULL,
    address          TEXT  NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
    CONSTRAINT identity_individual_citizen_id_uq UNIQUE (citizen_id_hmac)
);

-- An organisation (enterprise, cooperative, association …) that applies; several accounts may act for it.
CREATE TABLE identity_organisation (
    id                   UUID PRIMARY KEY,
    name                 TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    tax_code             TEXT        NOT NULL CHECK (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
    representative_name  TEXT        NOT NULL CHECK (length(representative_name) BETWEEN 1 AND 200),
    representative_title TEXT        NOT NULL CHECK (length(representative_title) BETWEEN 1 AND 200),
    address              TEXT        NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
    phone                TEXT        CHECK (phone ~ '^0[0-9]{9,10}$'),
    email                TEXT        CHECK (email = lower(email) AND length(email) <= 254),
    created_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT identity_organisation_tax_code_uq UNIQUE (tax_code)
);

-- Who may act for an organisation: the account that registered it is its OWNER; owners will add MEMBERs.
CREATE TABLE identity_organisation_member (
    organisation_id UUID        NOT NULL REFERENCES identity_organisation (id) ON DELETE CASCADE,
    account_id      UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    member_role     TEXT        NOT NULL CHECK (member_role IN ('OWNER', 'MEMBER')),
    since           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX identity_organisation_member_account_idx ON identity_organisation_member (account_id);

-- An officer's place: the agency by its QCVN 102 code (the agency catalogue arrives with issue #4; until
-- then the code is text, checked for its form only: the lower segments may hold letters, e.g.
-- 000.A0.01.H26) and the unit inside it.
CREATE TABLE identity_officer (
    account_id  UUID PRIMARY KEY REFERENCES identity_account (id) ON DELETE CASCADE,
    agency_code TEXT NOT NULL CHECK (agency_code ~ '^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$'),
    unit        TEXT CHECK (length(unit) <= 200)
);
CREATE INDEX identity_officer_agency_idx ON identity_officer (agency_code);

-- One-time codes (6 digits) sent to verify an e-mail or phone at registration, or to reset a password:
-- only a keyed HMAC of the code is stored; 10 minutes, 5 attempts, single use.
CREATE TABLE identity_one_time_code (
    id         UUID PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    purpose    TEXT        NOT NULL CHECK (purpose IN ('REGISTRATION', 'PASSWORD_RESET')),
    channel    TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    code_hmac  BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    attempts   INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    used_at    TIMESTAMPTZ,
    revoked    BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX identity_one_time_code_account_idx ON identity_one_time_code (account_id, created_at);

-- Failed sign-ins per client address ("ip:…") and per unknown sign-in name ("login:<keyed hash>") in fixed
-- windows, shared by every node.
CREATE TABLE identity_sign_in_throttle (
    throttle_key   TEXT PRIMARY KEY,
    window_start   TIMESTAMPTZ NOT NULL,
    failures       INTEGER     NOT NULL CHECK (failures >= 0)
);

-- Development only: messages the development NotificationPort "sent" (shown at /hop-thu-thu-nghiem when
-- demo data is on), so testers can read one-time codes without any code appearing in the log.
CREATE TABLE identity_dev_mailbox (
    id        UUID PRIMARY KEY,
    sent_at   TIMESTAMPTZ NOT NULL,
    channel   TEXT        NOT NULL,
    recipient TEXT        NOT NULL,
    subject   TEXT        NOT NULL,
    body      TEXT        NOT NULL
);
CREATE INDEX identity_dev_mailbox_sent_idx ON identity_dev_mailbox (sent_at);
