package vn.dvc.portal.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was linked to a national identity (VNeID) at a national sign-in: created from the identity's claims,
 * or an existing individual account found by its citizen ID number and date of birth (AUTH-3). The dossier module
 * listens, so that dossiers filed for this person at the National Public Service Portal show in the account's
 * "Hồ sơ của tôi" (INT-1).
 *
 * @param accountId      the account
 * @param citizenIdMatch the citizen ID number as a keyed hash, hex: {@code PersonalDataProtection.matchingHash(}
 *                       {@value #MATCHING_PURPOSE}{@code , digits)}; never the number itself
 * @param at             when the link was made
 */
public record NationalIdentityLinked(UUID accountId, String citizenIdMatch, Instant at) {

    /**
     * The hash purpose of {@link #citizenIdMatch}: a module that must recognise the person of a national identity
     * keeps the 12 digits' hash under this purpose (and only that).
     */
    public static final String MATCHING_PURPOSE = "national-identity-citizen-id";
}
