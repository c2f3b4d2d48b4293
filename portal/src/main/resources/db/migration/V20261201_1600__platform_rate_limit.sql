-- A fixed-window request counter shared by every node (#8, LOOK-1): one row per key (e.g. a keyed hash of a
-- client address and the limit's name), reset when its window is over. Used by platform.RateLimiter.
CREATE TABLE platform_rate_limit (
    limit_key    TEXT        PRIMARY KEY CHECK (length(limit_key) BETWEEN 1 AND 200),
    window_start TIMESTAMPTZ NOT NULL,
    hits         INTEGER     NOT NULL CHECK (hits >= 1)
);

CREATE INDEX platform_rate_limit_window_ix ON platform_rate_limit (window_start);
