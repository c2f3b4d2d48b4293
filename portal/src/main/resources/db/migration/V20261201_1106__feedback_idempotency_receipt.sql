-- A replayed create (same Idempotency-Key) answers with the same receipt, including the private tracking token,
-- which is kept sealed (AES-GCM bound to the key's hash), never in clear.
ALTER TABLE feedback_idempotency ADD COLUMN access_token_sealed bytea;
