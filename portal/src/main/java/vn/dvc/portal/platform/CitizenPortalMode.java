package vn.dvc.portal.platform;

/**
 * Where citizens file online ({@code DVC_CITIZEN_PORTAL}): the one decision every submission page, template and API
 * endpoint asks through {@link CitizenPortal}.
 */
public enum CitizenPortalMode {

    /** The full portal (the default): citizens submit dossiers online here, with the wizard and the drafts. */
    FULL,

    /**
     * Headless mode: citizens file, pay and collect on the National Public Service Portal (with VNeID); the
     * province's citizen submission pages send them there. The desk, processing, look-up by code and QR, the kiosk,
     * questions, "Hồ sơ của tôi" and every officer's page stay, and so does the National Portal's inbound endpoint.
     */
    NATIONAL
}
