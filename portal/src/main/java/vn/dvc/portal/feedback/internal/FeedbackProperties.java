package vn.dvc.portal.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the feedback module, bound from {@code dvc.feedback.*}.
 *
 * @param centreAgencyCode  the Centre's agency code (its calendar runs the 8 working hours)
 * @param consentVersion    the version of the consent text shown on the form, recorded with each asker
 * @param submissionsPerHour submissions accepted per client address and hour
 * @param codesPerHour      one-time codes sent per client address (and per destination) and hour
 */
@ConfigurationProperties("dvc.feedback")
record FeedbackProperties(String centreAgencyCode, String consentVersion, int submissionsPerHour, int codesPerHour) {

    FeedbackProperties {
        if (centreAgencyCode == null || centreAgencyCode.isBlank()) {
            centreAgencyCode = "000.00.01.H63";
        }
        if (consentVersion == null || consentVersion.isBlank()) {
            consentVersion = "2026-12-01";
        }
        if (submissionsPerHour <= 0) {
            submissionsPerHour = 10;
        }
        if (codesPerHour <= 0) {
            codesPerHour = 5;
        }
    }
}
