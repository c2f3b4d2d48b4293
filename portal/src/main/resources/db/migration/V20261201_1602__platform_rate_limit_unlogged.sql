-- The rate-limit counters need no durability (#8, ADR 008l): after a crash a client merely gets a fresh window.
-- UNLOGGED skips the write-ahead log, so a counted request does not wait for a WAL flush while it holds its
-- key's row lock — with the WAL, one busy client's requests queued behind each other's commits (bench/lookup.sh
-- counted: 153 look-ups/s and an exhausted connection pool). Unlogged tables are not replicated to standbys:
-- after a fail-over the counts start again.
ALTER TABLE platform_rate_limit SET UNLOGGED;
