-- Identity (#5, AUTH-3): the link between a portal account and an identity at the national identity
-- provider, keyed on the provider's issuer and its stable subject (`sub`). Created at the first national
-- sign-in (found by citizen ID + date of birth, or a new account). One link per account and issuer.
CREATE TABLE identity_national_link (
    issuer          TEXT        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    subject         TEXT        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    account_id      UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    linked_at       TIMESTAMPTZ NOT NULL,
    last_sign_in_at TIMESTAMPTZ,
    PRIMARY KEY (issuer, subject),
    CONSTRAINT identity_national_link_account_uq UNIQUE (account_id, issuer)
);
