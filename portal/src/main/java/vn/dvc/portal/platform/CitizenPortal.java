package vn.dvc.portal.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who receives citizens' online dossiers ({@code dvc.citizen-portal.*}, from {@code DVC_CITIZEN_PORTAL} and
 * {@code DVC_NATIONAL_PORTAL_PUBLIC_URL}; README "Headless mode"): the one place that decides it. Pages and
 * templates ask it (every page has it as {@code ${citizenPortal}}), services guard with
 * {@link #requireOnlineSubmission(String, String)}; nothing else compares the mode.
 *
 * <p>The National Portal's pages are addressed by its own numeric procedure id
 * ({@code …/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<id>}), which our catalogue does not hold: it keeps
 * the national procedure <em>code</em> ({@code MATTHC}, e.g. {@code 1.001193}). So a procedure is linked to the
 * National Portal's list of online services filtered by that code ({@link #procedureUrl(String)}); the address
 * shape is the one the National Portal's own search form produces (seen in links copied from it), not a published
 * contract, so it lives here only, and the pages also print the code to search by.
 *
 * @param mode        {@link CitizenPortalMode#FULL} (default) or {@link CitizenPortalMode#NATIONAL}
 * @param nationalUrl the National Portal's address for people (default {@code https://dichvucong.gov.vn}), without
 *                    a trailing slash
 */
@ConfigurationProperties("dvc.citizen-portal")
public record CitizenPortal(CitizenPortalMode mode, String nationalUrl) {

    /** The National Public Service Portal's public address. */
    public static final String DEFAULT_NATIONAL_URL = "https://dichvucong.gov.vn";

    /** The National Portal's list of online public services, filtered by a procedure code. */
    static final String SERVICES_BY_CODE = "/p/home/dvc-danh-sach-dich-vu-cong.html?ma_tt=";

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public CitizenPortal {
        mode = mode == null ? CitizenPortalMode.FULL : mode;
        nationalUrl = nationalUrl == null || nationalUrl.isBlank() ? DEFAULT_NATIONAL_URL
                : nationalUrl.strip().replaceAll("/+$", "");
        URI address = URI.create(nationalUrl);
        if (!("https".equals(address.getScheme()) || "http".equals(address.getScheme())) || address.getHost() == null) {
            throw new IllegalArgumentException("DVC_NATIONAL_PORTAL_PUBLIC_URL must be an absolute http(s) address, "
                    + "e.g. " + DEFAULT_NATIONAL_URL + "; it is '" + nationalUrl + "'");
        }
    }

    /** The full portal at the National Portal's default address (tests, tools). */
    public static CitizenPortal full() {
        return new CitizenPortal(CitizenPortalMode.FULL, DEFAULT_NATIONAL_URL);
    }

    /** Whether citizens file online on the National Portal (headless mode) rather than here. */
    public boolean national() {
        return mode == CitizenPortalMode.NATIONAL;
    }

    /** The National Portal's page for a procedure code, where its online services are filed. */
    public String procedureUrl(String procedureCode) {
        return nationalUrl + SERVICES_BY_CODE + URLEncoder.encode(procedureCode.strip(), StandardCharsets.UTF_8);
    }

    /**
     * In headless mode, refuses a citizen's online submission step (starting, editing or submitting a draft, or
     * opening a submission page) with {@link SubmissionAtNationalPortal}: pages answer with the page that sends
     * people to the National Portal, the API with 409 {@code SUBMISSION_AT_NATIONAL_PORTAL}. Does nothing in the
     * full portal.
     *
     * @param procedureCode the procedure, when the step concerns one published and offered online here; else null
     * @param procedureName its name, shown with the link
     */
    public void requireOnlineSubmission(@Nullable String procedureCode, @Nullable String procedureName) {
        if (national()) {
            throw new SubmissionAtNationalPortal(this, procedureCode, procedureName, false);
        }
    }

    /** Like {@link #requireOnlineSubmission(String, String)} for a step of a draft the applicant began here. */
    public void requireDraftSubmission(String procedureCode, String procedureName) {
        if (national()) {
            throw new SubmissionAtNationalPortal(this, procedureCode, procedureName, true);
        }
    }
}
