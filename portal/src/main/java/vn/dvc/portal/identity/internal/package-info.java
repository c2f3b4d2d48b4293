/**
 * Implementation of accounts and sign-in: storage (JDBC on PostgreSQL), password hashing and policy,
 * the sign-in provider with lockout and per-address throttle, the TOTP second factor (encrypted secrets,
 * recovery codes, its own lockout), step-up, delegations, registration with one-time codes, the development
 * mailbox, demo accounts and the pages. Package-private by default.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.identity.internal;
