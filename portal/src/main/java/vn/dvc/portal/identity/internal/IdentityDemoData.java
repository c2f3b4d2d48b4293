package vn.dvc.portal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.TaxCode;
import vn.dvc.portal.platform.DemoData;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The fixed demo accounts, one per role, all with the password {@code DVC_DEMO_PASSWORD}. Idempotent: an
 * account that exists is left as it is (its password too), and the password is hashed only when some
 * account is missing, so that restarts stay fast and change nothing.
 */
@Component
class IdentityDemoData implements DemoData {

    /** The province's root agency (UBND tỉnh), in the catalogue's demo data: the Centre's officers act for all of it. */
    static final String PROVINCE_AGENCY = "000.00.00.H63";
    /** The Public Administration Service Centre (catalogue demo data). */
    static final String CENTRE_AGENCY = "000.00.01.H63";
    /** A department (Sở Tư pháp) whose officers process dossiers (catalogue demo data). */
    static final String DEPARTMENT_AGENCY = "000.00.15.H63";
    /** A ward (UBND phường Đồng Tâm, thành phố Yên Bái) that handles civil status. */
    static final String WARD_AGENCY = "000.21.40.H63";

    /** A demo officer; {@code scopeCode} null means their own agency. */
    record DemoOfficer(String username, String name, Role role, String agencyCode, String unit,
                       @org.jspecify.annotations.Nullable String scopeCode) {

        DemoOfficer(String username, String name, Role role, String agencyCode, String unit) {
            this(username, name, role, agencyCode, unit, null);
        }
    }

    static final List<DemoOfficer> OFFICERS = List.of(
            // the one-stop desk of the Centre receives dossiers of every agency in the province (Decree 118/2025)
            new DemoOfficer("demo.desk", "Lò Thị Mai", Role.DESK, CENTRE_AGENCY,
                    "Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công", PROVINCE_AGENCY),
            new DemoOfficer("demo.specialist", "Đinh Văn Hùng", Role.SPECIALIST, DEPARTMENT_AGENCY,
                    "Phòng Hành chính tư pháp"),
            new DemoOfficer("demo.leader", "Phạm Thị Thu Hà", Role.LEADER, DEPARTMENT_AGENCY, "Ban Giám đốc"),
            new DemoOfficer("demo.centre", "Trần Minh Đức", Role.CENTRE, CENTRE_AGENCY,
                    "Phòng Kiểm soát thủ tục hành chính", PROVINCE_AGENCY),
            new DemoOfficer("demo.admin", "Vũ Quang Huy", Role.ADMIN, CENTRE_AGENCY,
                    "Bộ phận Công nghệ thông tin", PROVINCE_AGENCY),
            // a ward whose civil-status procedures the portal processes end to end (processing demo and tests)
            new DemoOfficer("demo.ward.specialist", "Hà Thị Thanh Huyền", Role.SPECIALIST, WARD_AGENCY,
                    "Công chức Tư pháp - Hộ tịch"),
            new DemoOfficer("demo.ward.leader", "Nguyễn Văn Quyết", Role.LEADER, WARD_AGENCY,
                    "Chủ tịch Ủy ban nhân dân phường"),
            // a specialist and a leader who act for the whole province: the demo dossiers of communes, districts
            // and departments that no other demo officer covers are processed by them (processing's demo dossiers)
            new DemoOfficer("demo.province.specialist", "Hoàng Thị Lan Anh", Role.SPECIALIST, PROVINCE_AGENCY,
                    "Tổ chuyên viên xử lý hồ sơ liên thông", PROVINCE_AGENCY),
            new DemoOfficer("demo.province.leader", "Nông Văn Thành", Role.LEADER, PROVINCE_AGENCY,
                    "Lãnh đạo phê duyệt hồ sơ liên thông", PROVINCE_AGENCY),
            // the Centre's hotline answers for the whole province, by the officers' look-up only
            new DemoOfficer("demo.hotline", "Hà Thị Ngọc Ánh", Role.HOTLINE, CENTRE_AGENCY,
                    "Tổ tổng đài đường dây nóng", PROVINCE_AGENCY));

    /**
     * A demo API client (issue #15): an OAuth2 client of the development provider ({@code dev-idp/README.md}) bound
     * to a system account of this name, with these roles in this agency and scope.
     */
    record DemoApiClient(String clientId, String name, Set<Role> roles, String agencyCode, String unit,
                         @org.jspecify.annotations.Nullable String scopeCode) {
    }

    static final List<DemoApiClient> API_CLIENTS = List.of(
            // the province's integration platform (LGSP) acts for the Centre and the whole province: it receives at
            // the Centre's desk and carries dossiers through every step of the province's processes
            new DemoApiClient("lgsp.yenbai", "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Yên Bái (LGSP)",
                    EnumSet.of(Role.DESK, Role.SPECIALIST, Role.LEADER, Role.CENTRE), CENTRE_AGENCY,
                    "Hệ thống kết nối (tài khoản hệ thống)", PROVINCE_AGENCY),
            // a sector system of one department (Sở Tư pháp): it acts for that department only
            new DemoApiClient("sotuphap.hotich", "Phần mềm hộ tịch của Sở Tư pháp",
                    EnumSet.of(Role.DESK, Role.SPECIALIST, Role.LEADER), DEPARTMENT_AGENCY,
                    "Hệ thống kết nối (tài khoản hệ thống)", null));

    static final List<String> USERNAMES = List.of("demo.citizen", "demo.business", "demo.desk", "demo.specialist",
            "demo.leader", "demo.centre", "demo.admin", "demo.ward.specialist", "demo.ward.leader",
            "demo.province.specialist", "demo.province.leader", "demo.hotline");

    private final AccountStore store;
    private final JdbcApiClients apiClients;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final PortalProperties properties;
    private final Clock clock;
    private final SecondFactor secondFactor;

    IdentityDemoData(AccountStore store, JdbcApiClients apiClients, IdentityKeys keys, PasswordEncoder encoder,
            PortalProperties properties, Clock clock, SecondFactor secondFactor) {
        this.apiClients = apiClients;
        this.secondFactor = secondFactor;
        this.store = store;
        this.keys = keys;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public int order() {
        return 5;
    }

    /**
     * The TOTP secret of every demo officer: the first 20 bytes of
     * {@code HMAC-SHA256(key = DVC_DEMO_PASSWORD as UTF-8, "dvc-demo-totp-secret")}, so that the demo and the
     * tests can compute the codes (docs/identity.md gives its Base32 for the default demo password, and the
     * development mailbox shows the current code). Only with demo data on.
     */
    static byte[] demoTotpSecret(String demoPassword) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(demoPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.Arrays.copyOf(mac.doFinal("dvc-demo-totp-secret".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), Totp.SECRET_BYTES);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void load() {
        List<String> missing = USERNAMES.stream().filter(u -> !store.usernameExists(u)).toList();
        if (!missing.isEmpty()) {
            create(missing);
        }
        createApiClients();
        // officers must use a second factor: the demo officers get the documented demo secret
        byte[] secret = demoTotpSecret(properties.demoPassword());
        for (DemoOfficer officer : OFFICERS) {
            store.findByUsername(officer.username())
                    .filter(account -> !secondFactor.enabled(account.id()))
                    .ifPresent(account -> secondFactor.enableFixed(account.id(), secret));
            // the Centre's officers act for the whole province (set once; an administrator may change it)
            if (officer.scopeCode() != null) {
                store.findByUsername(officer.username())
                        .ifPresent(account -> store.setOfficerScopeIfUnset(account.id(), officer.scopeCode()));
            }
        }
    }

    /**
     * The demo API clients' system accounts: officer accounts with a password nobody knows, no e-mail or phone (so no
     * reset code can reach anyone) and no second factor, so they never sign in; each bound to its client id.
     */
    private void createApiClients() {
        for (DemoApiClient client : API_CLIENTS) {
            if (apiClients.exists(client.clientId()) || store.usernameExists(client.clientId())) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("dvc-demo:api:" + client.clientId()).getBytes());
            Instant now = clock.instant();
            store.insertAccount(id, AccountKind.OFFICER, client.clientId(), client.name(), null, null,
                    encoder.encode(UUID.randomUUID() + "-" + UUID.randomUUID()), StoredAccount.Status.ACTIVE,
                    AssuranceLevel.VERIFIED_BY_CODE, now, client.roles());
            store.insertOfficer(id, client.agencyCode(), client.unit(), client.scopeCode());
            apiClients.register(client.clientId(), client.name(), id, now);
        }
    }

    private void create(List<String> missing) {
        // One hash for all demo accounts: they share the published demo password anyway.
        String hash = encoder.encode(properties.demoPassword());
        Instant now = clock.instant();
        if (missing.contains("demo.citizen")) {
            UUID id = UUID.nameUUIDFromBytes("dvc-demo:demo.citizen".getBytes());
            CitizenIdNumber citizenId = CitizenIdNumber.parse("015190001234", LocalDate.of(1990, 5, 12));
            store.insertAccount(id, AccountKind.INDIVIDUAL, "demo.citizen", "Nguyễn Thị Hồng Nhung",
                    "demo.citizen@example.com", "0987000001", hash, StoredAccount.Status.ACTIVE,
                    AssuranceLevel.VERIFIED_BY_CODE, now, EnumSet.of(Role.CITIZEN));
            store.insertIndividual(id, "Nguyễn Thị Hồng Nhung", keys.citizenId(citizenId), citizenId.lastFour(),
                    LocalDate.of(1990, 5, 12),
                    "Số 12 đường Nguyễn Thái Học, phường Nguyễn Thái Học, thành phố Yên Bái, tỉnh Yên Bái");
        }
        if (missing.contains("demo.business")) {
            UUID id = UUID.nameUUIDFromBytes("dvc-demo:demo.business".getBytes());
            UUID organisation = UUID.nameUUIDFromBytes("dvc-demo:organisation".getBytes());
            String name = "Công ty TNHH Chè Suối Giàng Yên Bái";
            store.insertAccount(id, AccountKind.ORGANISATION, "demo.business", name, "demo.business@example.com",
                    "0987000002", hash, StoredAccount.Status.ACTIVE, AssuranceLevel.VERIFIED_BY_CODE, now,
                    EnumSet.of(Role.BUSINESS));
            store.insertOrganisation(organisation, name, TaxCode.parse("5200123456").value(), "Hoàng Văn Thắng",
                    "Giám đốc", "Tổ 5, phường Yên Ninh, thành phố Yên Bái, tỉnh Yên Bái", "0987000002",
                    "demo.business@example.com", now);
            store.insertMember(organisation, id, "OWNER", now);
        }
        for (DemoOfficer officer : OFFICERS) {
            if (missing.contains(officer.username())) {
                UUID id = UUID.nameUUIDFromBytes(("dvc-demo:" + officer.username()).getBytes());
                store.insertAccount(id, AccountKind.OFFICER, officer.username(), officer.name(),
                        officer.username() + "@example.com", null, hash, StoredAccount.Status.ACTIVE,
                        AssuranceLevel.VERIFIED_BY_CODE, now, EnumSet.of(officer.role()));
                store.insertOfficer(id, officer.agencyCode(), officer.unit(), officer.scopeCode());
            }
        }
    }
}
