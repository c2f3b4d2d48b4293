package vn.dvc.devidp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims published about a test identity, in the ID token and at the userinfo endpoint, by scope.
 * {@code sub}, {@code acr} and {@code citizen_id} always (they are what the national provider is for);
 * {@code profile}: name, family_name, given_name, gender, birthdate; {@code email}: email, email_verified;
 * {@code phone}: phone_number, phone_number_verified.
 */
public final class IdentityClaims {

    /** Claim with the 12-digit personal identification number (số định danh cá nhân / CCCD). */
    public static final String CITIZEN_ID = "citizen_id";
    public static final String ACR = "acr";

    /** Every claim this provider can publish (for {@code claims_supported}). */
    public static final List<String> SUPPORTED = List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce",
            "azp", ACR, CITIZEN_ID, "name", "family_name", "given_name", "gender", "birthdate", "email",
            "email_verified", "phone_number", "phone_number_verified");

    /** Scopes the portal's client may ask for. */
    public static final List<String> SCOPES = List.of("openid", "profile", "email", "phone");

    private IdentityClaims() {
    }

    /** The claims of the identity that the scopes allow, {@code sub} first. */
    public static Map<String, Object> of(TestIdentity identity, Collection<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", identity.subject());
        claims.put(ACR, identity.level().acr());
        claims.put(CITIZEN_ID, identity.citizenId());
        if (scopes.contains("profile")) {
            claims.put("name", identity.name());
            claims.put("family_name", identity.familyName());
            claims.put("given_name", identity.givenName());
            claims.put("gender", identity.gender());
            claims.put("birthdate", identity.birthdate().toString());
        }
        if (scopes.contains("email")) {
            claims.put("email", identity.email());
            claims.put("email_verified", true);
        }
        if (scopes.contains("phone")) {
            claims.put("phone_number", identity.phoneNumber());
            claims.put("phone_number_verified", true);
        }
        return claims;
    }
}
