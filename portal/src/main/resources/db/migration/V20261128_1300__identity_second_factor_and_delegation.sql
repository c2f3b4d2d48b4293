-- Identity (#5, phase 2): the TOTP second factor, its recovery codes, and delegations between officers.
--
-- The TOTP secret (RFC 6238, 20 random bytes) is stored only encrypted: AES-256-GCM with a key derived from
-- DVC_IDENTITY_HASH_KEY (HMAC-SHA256(key, "dvc-identity-totp-secret-key-v1")); the 12-byte nonce is the
-- first 12 bytes of the stored value and the account id is the associated data, so a ciphertext copied to
-- another account does not decrypt. pending_secret is a secret shown on the set-up page and not yet
-- confirmed by a first code. last_used_step stops a code from being used twice; 6 wrong codes in a row lock
-- the second step for 2 hours (GOV.UK).
CREATE TABLE identity_totp (
    account_id     UUID PRIMARY KEY REFERENCES identity_account (id) ON DELETE CASCADE,
    secret         BYTEA,
    pending_secret BYTEA,
    enabled_at     TIMESTAMPTZ,
    last_used_step BIGINT,
    failed_codes   INTEGER NOT NULL DEFAULT 0 CHECK (failed_codes >= 0),
    locked_until   TIMESTAMPTZ,
    CONSTRAINT identity_totp_enabled_ck CHECK ((secret IS NULL) = (enabled_at IS NULL))
);

-- Single-use recovery codes (8 per enabling), kept only as HMAC-SHA256 with DVC_IDENTITY_HASH_KEY.
CREATE TABLE identity_recovery_code (
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    code_hmac  BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    PRIMARY KEY (account_id, code_hmac)
);

-- A leader (from_account) lets a deputy (to_account) act for them from starts_on to ends_on inclusive
-- (dates in Asia/Ho_Chi_Minh). Recorded only; the processing module (#7) will use it. Revoking keeps the
-- row (revoked_at), so the history of who could act for whom stays.
CREATE TABLE identity_delegation (
    id           UUID PRIMARY KEY,
    from_account UUID        NOT NULL REFERENCES identity_account (id),
    to_account   UUID        NOT NULL REFERENCES identity_account (id),
    starts_on    DATE        NOT NULL,
    ends_on      DATE        NOT NULL,
    reason       TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    granted_at   TIMESTAMPTZ NOT NULL,
    granted_by   TEXT        NOT NULL,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT,
    CONSTRAINT identity_delegation_self_ck CHECK (from_account <> to_account),
    CONSTRAINT identity_delegation_period_ck CHECK (starts_on <= ends_on)
);
CREATE INDEX identity_delegation_to_idx ON identity_delegation (to_account, starts_on);
CREATE INDEX identity_delegation_from_idx ON identity_delegation (from_account, starts_on);
