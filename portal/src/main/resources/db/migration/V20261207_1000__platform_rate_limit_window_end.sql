-- Each rate-limit window knows when it ends (#14): the counter now also holds the longer windows of the
-- sign-in throttle (two hours) and feedback's hourly limits, so the clean-up removes windows that are over
-- instead of every window older than an hour. Windows counted before this change were at most an hour long.
ALTER TABLE platform_rate_limit ADD COLUMN window_end TIMESTAMPTZ;
UPDATE platform_rate_limit SET window_end = window_start + INTERVAL '1 hour';
ALTER TABLE platform_rate_limit ALTER COLUMN window_end SET NOT NULL;

DROP INDEX platform_rate_limit_window_ix;
CREATE INDEX platform_rate_limit_end_ix ON platform_rate_limit (window_end);
