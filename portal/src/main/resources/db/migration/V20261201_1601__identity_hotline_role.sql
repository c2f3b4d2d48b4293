-- The hotline operators' role (#8 item 5, LOOK-3): officers' accounts that only use the officers' look-up.
ALTER TABLE identity_account_role DROP CONSTRAINT identity_account_role_role_check;
ALTER TABLE identity_account_role ADD CONSTRAINT identity_account_role_role_check
    CHECK (role IN ('CITIZEN', 'BUSINESS', 'DESK', 'SPECIALIST', 'LEADER', 'CENTRE', 'ADMIN', 'HOTLINE'));
