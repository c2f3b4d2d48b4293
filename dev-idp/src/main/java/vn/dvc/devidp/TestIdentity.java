package vn.dvc.devidp;

import java.time.LocalDate;

/**
 * A fixed, fictitious citizen known to the development provider.
 *
 * @param username    what is chosen on the sign-in page
 * @param subject     the stable, opaque {@code sub}
 * @param familyName  họ (and tên đệm)
 * @param givenName   tên
 * @param gender      {@code male} or {@code female}
 * @param birthdate   date of birth
 * @param citizenId   the 12-digit personal identification number (số định danh cá nhân / CCCD)
 * @param phoneNumber E.164
 * @param email       e-mail address
 * @param level       the assurance level of the identity ({@code acr})
 */
public record TestIdentity(String username, String subject, String familyName, String givenName, String gender,
        LocalDate birthdate, String citizenId, String phoneNumber, String email, AssuranceLevel level) {

    /** Full name as Vietnamese write it: family name first. */
    public String name() {
        return familyName + " " + givenName;
    }
}
