package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.TestTotp;

/**
 * On the shared test configuration (real PostgreSQL): TOTP set-up and confirmation, the secret stored only
 * encrypted, recovery codes that work once and are stored only as keyed hashes, 6 wrong codes → 2 hours,
 * disabling with password and code, and officers who cannot turn it off.
 */
@PortalTest
class SecondFactorTest {

    static final String PASSWORD = "một mật khẩu đủ dài cho thử nghiệm";

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    AccountStore store;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    static String hash;

    @BeforeEach
    void hashOnce() {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
    }

    @Test
    void setUpConfirmSignInWithARecoveryCodeOnceAndDisable() {
        SignedInUser user = account("tran.thi.lan", AccountKind.INDIVIDUAL);
        UUID id = user.getAccountId();
        SecondFactor.Setup setup = secondFactor.startSetup(user);
        assertThat(secondFactor.startSetup(user).secretText()).as("reloading shows the same secret")
                .isEqualTo(setup.secretText());
        assertThat(setup.qrDataUri()).startsWith("data:image/png;base64,");
        byte[] secret = TestTotp.base32Decode(setup.secretText());
        assertThat(secondFactor.enabled(id)).isFalse();

        assertThatThrownBy(() -> secondFactor.confirmSetup(user, TestTotp.wrongCode(secret)))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.code.totpWrongSetup"));
        assertThatThrownBy(() -> secondFactor.confirmSetup(user, "12 34"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.code.totpFormat"));
        String first = TestTotp.code(secret, TestTotp.currentStep());
        List<String> recovery = secondFactor.confirmSetup(user, first);
        assertThat(recovery).hasSize(8).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        assertThat(secondFactor.enabled(id)).isTrue();

        // stored encrypted, recovery codes only as hashes
        String dump = jdbc.sql("SELECT t::text FROM identity_totp t WHERE account_id = :id").param("id", id)
                .query(String.class).single() + jdbc.sql("SELECT r::text FROM identity_recovery_code r WHERE account_id = :id")
                .param("id", id).query(String.class).list();
        assertThat(dump).doesNotContain(setup.secretText().replace(" ", ""))
                .doesNotContain(java.util.HexFormat.of().formatHex(secret))
                .doesNotContain(recovery.get(0).replace("-", ""));

        // the confirming code cannot be used again; the next step's can
        assertThat(secondFactor.verify(id, first, "sign-in")).isEqualTo(SecondFactor.Outcome.WRONG);
        assertThat(secondFactor.verify(id, TestTotp.code(secret, TestTotp.currentStep() + 1), "sign-in"))
                .isEqualTo(SecondFactor.Outcome.ACCEPTED);

        // a recovery code works once, typed in any case and with or without its dash
        String code = recovery.get(3);
        assertThat(secondFactor.verify(id, code.toLowerCase().replace("-", " "), "sign-in"))
                .isEqualTo(SecondFactor.Outcome.ACCEPTED_RECOVERY_CODE);
        assertThat(secondFactor.verify(id, code, "sign-in")).isEqualTo(SecondFactor.Outcome.WRONG);
        assertThat(secondFactor.recoveryCodesLeft(id)).isEqualTo(7);

        // disabling needs the password and a code
        assertThatThrownBy(() -> secondFactor.disable(user, "sai", recovery.get(0)))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.field()).isEqualTo("disablePassword"));
        assertThatThrownBy(() -> secondFactor.disable(user, PASSWORD, "000000"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey()).isIn("identity.error.code.totpWrong"));
        secondFactor.disable(user, PASSWORD, recovery.get(0));
        assertThat(secondFactor.enabled(id)).isFalse();
        assertThat(secondFactor.recoveryCodesLeft(id)).isZero();
        assertThat(audit(id)).contains("identity.totp.enabled", "identity.second-factor.failed",
                "identity.recovery-code.used", "identity.totp.disable-refused", "identity.totp.disabled");
    }

    @Test
    void sixWrongCodesLockTheSecondStepForTwoHoursEvenForTheRightCode() {
        SignedInUser user = account("hoang.van.nam", AccountKind.INDIVIDUAL);
        UUID id = user.getAccountId();
        byte[] secret = Totp.newSecret();
        secondFactor.enableFixed(id, secret);
        String wrong = TestTotp.wrongCode(secret);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(secondFactor.verify(id, wrong, "sign-in")).isEqualTo(SecondFactor.Outcome.WRONG);
            assertThat(secondFactor.triesLeft(id)).isEqualTo(6 - attempt);
        }
        assertThat(secondFactor.verify(id, wrong, "sign-in")).isEqualTo(SecondFactor.Outcome.LOCKED_NOW);
        assertThat(secondFactor.verify(id, TestTotp.code(secret, TestTotp.currentStep()), "sign-in"))
                .isEqualTo(SecondFactor.Outcome.LOCKED);
        assertThat(jdbc.sql("SELECT locked_until > now() + interval '119 minutes' FROM identity_totp WHERE account_id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(audit(id)).contains("identity.second-factor.locked", "identity.second-factor.refused");

        // two hours later the right code works again
        jdbc.sql("UPDATE identity_totp SET locked_until = now() - interval '1 second' WHERE account_id = :id")
                .param("id", id).update();
        assertThat(secondFactor.verify(id, TestTotp.code(secret, TestTotp.currentStep()), "sign-in"))
                .isEqualTo(SecondFactor.Outcome.ACCEPTED);
    }

    @Test
    void officersCannotTurnItOffAndAccountsWithoutItAreNotEnabled() {
        SignedInUser officer = account("can.bo.thu", AccountKind.OFFICER);
        secondFactor.enableFixed(officer.getAccountId(), Totp.newSecret());
        assertThatThrownBy(() -> secondFactor.disable(officer, PASSWORD, "123456"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey()).isEqualTo("identity.error.code.officerMustKeep"));
        assertThat(secondFactor.enabled(officer.getAccountId())).isTrue();
        SignedInUser citizen = account("chua.bat", AccountKind.INDIVIDUAL);
        assertThat(secondFactor.verify(citizen.getAccountId(), "123456", "sign-in")).isEqualTo(SecondFactor.Outcome.NOT_ENABLED);
    }

    private SignedInUser account(String username, AccountKind kind) {
        UUID id = UUID.randomUUID();
        Role role = kind == AccountKind.OFFICER ? Role.SPECIALIST : Role.CITIZEN;
        store.insertAccount(id, kind, username, "Người Thử", username + "@example.com", null, hash,
                StoredAccount.Status.ACTIVE, AssuranceLevel.VERIFIED_BY_CODE, Instant.now(), EnumSet.of(role));
        if (kind == AccountKind.OFFICER) {
            store.insertOfficer(id, "000.00.15.H63", null);
        }
        return store.findById(id).orElseThrow().toPrincipal();
    }

    private List<String> audit(UUID id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = :id ORDER BY occurred_at")
                .param("id", id.toString()).query(String.class).list();
    }
}
