-- Feedback's submission and one-time-code limits are counted by platform.RateLimiter (#14, ADR 008l): the
-- module's own counter table is no longer used. Counts in progress start again.
DROP TABLE feedback_rate_limit;
