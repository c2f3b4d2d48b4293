-- The officers' API for other systems (issue #15): each OAuth2 client that may call it (the province's integration
-- platform, a ministry's sector system) is bound to a system account — an officer account with roles and an agency
-- scope that never signs in (no password anyone knows, no contact, no second factor) — so a bearer token is checked
-- by the same role and scope checks as an officer's session and the history names the account.
-- client_id is the token's client_id (else its sub) at the issuer DVC_API_TOKEN_ISSUER, matched exactly.
CREATE TABLE identity_api_client (
    client_id  TEXT        PRIMARY KEY CHECK (client_id ~ '^[A-Za-z0-9._~-]{3,100}$'),
    account_id UUID        NOT NULL UNIQUE REFERENCES identity_account (id) ON DELETE CASCADE,
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at TIMESTAMPTZ NOT NULL
);
