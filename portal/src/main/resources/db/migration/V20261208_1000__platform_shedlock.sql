-- One node only for the scheduled jobs that must not run twice (platform.internal.scheduling.SchedulingConfiguration;
-- ShedLock's table, its documented shape).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
