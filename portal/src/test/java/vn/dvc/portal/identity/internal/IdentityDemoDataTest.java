package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Accounts;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Module test on a real PostgreSQL: the demo accounts exist for every role after start-up, loading them again
 * changes nothing (not even the password hashes), and no citizen ID number is stored in clear.
 */
// identity depends on the catalogue (agencies), which depends on the calendar
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "dvc.demo-data=true")
class IdentityDemoDataTest {

    static final String DOCUMENTED_DEMO_SECRET = "VMUSTZVEKWI6CF236DWSSKRCFFF64URE";

    @Autowired
    IdentityDemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PortalProperties properties;

    @Autowired
    AccountStore store;

    @Autowired
    Accounts accounts;

    @Test
    void everyRoleHasItsDemoAccountAndLoadingTwiceChangesNothing() {
        List<Map<String, Object>> before = snapshot();
        int clients = IdentityDemoData.API_CLIENTS.size();
        assertThat(before).hasSize(IdentityDemoData.USERNAMES.size() + clients);

        transactions.executeWithoutResult(status -> demoData.load());
        transactions.executeWithoutResult(status -> demoData.load());

        assertThat(snapshot()).isEqualTo(before);
        int clientRoles = IdentityDemoData.API_CLIENTS.stream().mapToInt(c -> c.roles().size()).sum();
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account_role").query(Integer.class).single())
                .isEqualTo(IdentityDemoData.USERNAMES.size() + clientRoles);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_organisation").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_officer").query(Integer.class).single())
                .isEqualTo(IdentityDemoData.OFFICERS.size() + clients);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_api_client").query(Integer.class).single()).isEqualTo(clients);

        StoredAccount centre = store.findByUsername("demo.centre").orElseThrow();
        assertThat(centre.roles()).containsExactly(Role.CENTRE);
        assertThat(centre.agencyCode()).isEqualTo("000.00.01.H63");
        assertThat(encoder.matches(properties.demoPassword(), centre.passwordHash())).isTrue();
        assertThat(accounts.find(store.findByUsername("demo.business").orElseThrow().id())).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(AccountKind.ORGANISATION);
            assertThat(a.roles()).containsExactly(Role.BUSINESS);
            assertThat(a.active()).isTrue();
        });
        for (Role role : Role.values()) {
            assertThat(store.findByUsername("demo." + role.name().toLowerCase(java.util.Locale.ROOT)))
                    .as(role.name()).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(role));
        }
    }

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    SecondFactorStore secondFactorStore;

    @Autowired
    IdentityKeys keys;

    @Test
    void demoOfficersHaveTheDocumentedTotpSecretAndApplicantsNone() {
        byte[] documented = vn.dvc.portal.platform.TestTotp.demoSecret(properties.demoPassword());
        assertThat(IdentityDemoData.demoTotpSecret(properties.demoPassword())).isEqualTo(documented);
        if ("DemoDVC@2026".equals(properties.demoPassword())) {
            // the Base32 given in docs/identity.md
            assertThat(Totp.base32(documented)).isEqualTo(DOCUMENTED_DEMO_SECRET);
        }
        for (IdentityDemoData.DemoOfficer officer : IdentityDemoData.OFFICERS) {
            StoredAccount account = store.findByUsername(officer.username()).orElseThrow();
            byte[] stored = secondFactorStore.find(account.id()).orElseThrow().secret();
            assertThat(stored).isNotNull().isNotEqualTo(documented);
            assertThat(keys.decryptTotpSecret(account.id(), stored)).isEqualTo(documented);
        }
        for (String applicant : List.of("demo.citizen", "demo.business")) {
            assertThat(secondFactor.enabled(store.findByUsername(applicant).orElseThrow().id())).as(applicant).isFalse();
        }
    }

    @Test
    void theCitizenIdNumberIsKeptOnlyAsAKeyedHashAndItsLastFourDigits() {
        String dump = jdbc.sql("SELECT i::text FROM identity_individual i").query(String.class).list().toString()
                + jdbc.sql("SELECT a::text FROM identity_account a").query(String.class).list();
        assertThat(dump).doesNotContain("015190001234").contains("1234");
    }

    /** (Its failed-sign-in windows moved to platform.RateLimiter: JdbcRateLimiterTest removes only those over.) */
    @Test
    void housekeepingRemovesOnlyWhatIsOver(@Autowired IdentityHousekeeping housekeeping) {
        housekeeping.clean();
        assertThat(snapshot()).hasSize(IdentityDemoData.USERNAMES.size() + IdentityDemoData.API_CLIENTS.size());
    }

    /**
     * #15: each demo API client is bound to its system account, which acts with its roles and scope (the integration
     * platform for the province, the department's system for itself) and can never sign in: no contact to send a
     * code to, no second factor, and a password that is not the demo password.
     */
    @Test
    void theDemoApiClientsActAsSystemAccountsThatNeverSignIn(@Autowired vn.dvc.portal.platform.ApiClients clients) {
        var lgsp = clients.find("lgsp.yenbai").orElseThrow();
        vn.dvc.portal.identity.SignedInUser platform = (vn.dvc.portal.identity.SignedInUser) lgsp.principal();
        assertThat(platform.getName()).isEqualTo("lgsp.yenbai");
        assertThat(platform.getAgencyCode()).isEqualTo("000.00.01.H63");
        assertThat(platform.getScopeCode()).isEqualTo("000.00.00.H63");
        assertThat(lgsp.authorities()).containsExactlyInAnyOrder("ROLE_DESK", "ROLE_SPECIALIST", "ROLE_LEADER",
                "ROLE_CENTRE");
        var department = (vn.dvc.portal.identity.SignedInUser) clients.find("sotuphap.hotich").orElseThrow().principal();
        assertThat(department.getScopeCode()).isEqualTo("000.00.15.H63");
        assertThat(clients.find("unknown.client")).isEmpty();
        for (IdentityDemoData.DemoApiClient client : IdentityDemoData.API_CLIENTS) {
            StoredAccount account = store.findByUsername(client.clientId()).orElseThrow();
            assertThat(account.email()).isNull();
            assertThat(account.phone()).isNull();
            assertThat(secondFactor.enabled(account.id())).isFalse();
            assertThat(encoder.matches(properties.demoPassword(), account.passwordHash())).isFalse();
        }
        // disabling the account turns the client off at once
        StoredAccount account = store.findByUsername("sotuphap.hotich").orElseThrow();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE identity_account SET status = 'DISABLED' WHERE id = :id").param("id", account.id()).update();
            assertThat(clients.find("sotuphap.hotich")).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(clients.find("sotuphap.hotich")).isPresent();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.sql("""
                        SELECT a.id, a.username, a.display_name, a.password_hash, a.created_at, a.kind, a.status,
                               (SELECT encode(t.secret, 'hex') FROM identity_totp t WHERE t.account_id = a.id) AS totp
                        FROM identity_account a ORDER BY a.username""")
                .query().listOfRows();
    }
}
