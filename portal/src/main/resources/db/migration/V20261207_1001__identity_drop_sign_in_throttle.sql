-- Failed sign-ins are counted by platform.RateLimiter (#14, ADR 008l): the identity module's own counter table
-- is no longer used. Counts in progress start again (as after a crash of the shared counter); the per-account
-- lockout lives in identity_account and is kept.
DROP TABLE identity_sign_in_throttle;
