package vn.dvc.portal.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's configuration, bound from {@code dvc.*} (each value comes from a {@code DVC_*} environment
 * variable, see application.yml and the README's configuration table).
 *
 * @param provinceName the province shown in the header, e.g. "Tỉnh Yên Bái"
 * @param centre       the Public Administration Service Centre that runs the portal
 * @param dataDir      where local data lives (the embedded database under {@code postgres/})
 * @param db           an external PostgreSQL; when its URL is blank an embedded one is started
 * @param demoData     whether to load demo data; blank means "only with the embedded database"
 * @param demoPassword the password of the demo accounts
 * @param publicUrl    the address at which people reach the portal (e.g. {@code https://dichvucong.yenbai.gov.vn}),
 *                     for links in e-mails and SMS and the QR codes printed on slips
 */
@ConfigurationProperties("dvc")
public record PortalProperties(
        String provinceName,
        Centre centre,
        String dataDir,
        Database db,
        @Nullable Boolean demoData,
        String demoPassword,
        String publicUrl) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public PortalProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080"
                : publicUrl.strip().replaceAll("/+$", "");
    }

    /** Properties with the default public address ({@code http://localhost:8080}), e.g. for tests. */
    public PortalProperties(String provinceName, Centre centre, String dataDir, Database db,
            @Nullable Boolean demoData, String demoPassword) {
        this(provinceName, centre, dataDir, db, demoData, demoPassword, "");
    }

    /** The absolute address of a path of the portal, e.g. {@code link("/tra-cuu-ho-so")}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The Centre's public contact details, shown in the footer. */
    public record Centre(String name, String address, String hotline, String email, String openingHours) {
    }

    /** Connection to an external PostgreSQL. */
    public record Database(@Nullable String url, @Nullable String user, @Nullable String password) {

        public boolean isExternal() {
            return url != null && !url.isBlank();
        }
    }

    /** Demo data is on when asked for, and otherwise only on the embedded database. */
    public boolean demoDataEnabled() {
        return demoData != null ? demoData : !db.isExternal();
    }
}
