package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Delegation;
import vn.dvc.portal.identity.Delegations;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.PortalTest;

/**
 * On the shared test configuration (real PostgreSQL): a leader lets a deputy of the same agency act for a period
 * (inclusive dates in Vietnam's time zone), revoking ends it, both are audited; bad grants are refused and leave
 * nothing.
 */
@PortalTest
class DelegationsTest {

    @Autowired
    Delegations delegations;

    @Autowired
    AccountStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDeputyActsForTheLeaderOnlyWithinThePeriodAndUntilRevoked() {
        UUID leader = officer("lanh.dao.so", Role.LEADER, "000.00.15.H63");
        UUID deputy = officer("pho.giam.doc", Role.LEADER, "000.00.15.H63");
        LocalDate today = LocalDate.now(clock);
        UUID id = delegations.grant(leader, deputy, today.plusDays(1), today.plusDays(5), "Giám đốc đi công tác");

        Instant firstDayMorning = today.plusDays(1).atTime(0, 0, 1).atZone(clock.getZone()).toInstant();
        Instant lastDayEvening = today.plusDays(5).atTime(23, 59).atZone(clock.getZone()).toInstant();
        Instant dayAfter = today.plusDays(6).atStartOfDay(clock.getZone()).toInstant();
        assertThat(delegations.actingFor(deputy, clock.instant())).isEmpty();
        assertThat(delegations.actingFor(deputy, firstDayMorning)).extracting(Delegation::from).containsExactly(leader);
        assertThat(delegations.actingFor(deputy, lastDayEvening)).hasSize(1);
        assertThat(delegations.actingFor(deputy, dayAfter)).isEmpty();
        assertThat(delegations.actingFor(leader, firstDayMorning)).as("not the other way round").isEmpty();

        delegations.revoke(id);
        assertThat(delegations.actingFor(deputy, firstDayMorning)).isEmpty();
        assertThat(delegations.of(leader)).singleElement().satisfies(d -> {
            assertThat(d.revoked()).isTrue();
            assertThat(d.reason()).isEqualTo("Giám đốc đi công tác");
        });
        assertThatThrownBy(() -> delegations.revoke(id)).isInstanceOf(RefusedInput.class);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'delegation' AND object_id = :id "
                + "ORDER BY occurred_at").param("id", id.toString()).query(String.class).list())
                .containsExactly("identity.delegation.granted", "identity.delegation.revoked");
    }

    @Test
    void badGrantsAreRefusedAndLeaveNothing() {
        UUID leader = officer("lanh.dao.ubnd", Role.LEADER, "000.00.01.H63");
        UUID sameAgency = officer("chuyen.vien.ubnd", Role.SPECIALIST, "000.00.01.H63");
        UUID otherAgency = officer("can.bo.so.khac", Role.SPECIALIST, "000.00.20.H63");
        UUID citizen = UUID.randomUUID();
        store.insertAccount(citizen, AccountKind.INDIVIDUAL, "cong.dan.uq", "Công dân", "cd.uq@example.com", null, "x",
                StoredAccount.Status.ACTIVE, AssuranceLevel.VERIFIED_BY_CODE, Instant.now(), EnumSet.of(Role.CITIZEN));
        LocalDate today = LocalDate.now(clock);
        int before = count();

        assertRefused(() -> delegations.grant(leader, leader, today, today, "x"), "to", "self");
        assertRefused(() -> delegations.grant(leader, citizen, today, today, "x"), "to", "notOfficer");
        assertRefused(() -> delegations.grant(leader, otherAgency, today, today, "x"), "to", "otherAgency");
        assertRefused(() -> delegations.grant(leader, sameAgency, today, today.minusDays(1), "x"), "endsOn", "beforeStart");
        assertRefused(() -> delegations.grant(leader, sameAgency, today.minusDays(9), today.minusDays(1), "x"), "endsOn", "past");
        assertRefused(() -> delegations.grant(leader, sameAgency, today, today.plusYears(2), "x"), "endsOn", "tooLong");
        assertRefused(() -> delegations.grant(leader, sameAgency, today, today, "  "), "reason", "required");
        assertRefused(() -> delegations.grant(leader, sameAgency, today, today, "x".repeat(501)), "reason", "tooLong");
        assertThat(count()).isEqualTo(before);

        delegations.grant(leader, sameAgency, today, today, "Nghỉ phép một ngày");
        assertThat(delegations.actingFor(sameAgency, ZonedDateTime.now(clock).toInstant()))
                .extracting(Delegation::to).containsExactly(sameAgency);
    }

    private void assertRefused(Runnable grant, String field, String reason) {
        assertThatThrownBy(grant::run).isInstanceOfSatisfying(RefusedInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo("identity.error." + field + "." + reason);
        });
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM identity_delegation").query(Integer.class).single();
    }

    private UUID officer(String username, Role role, String agency) {
        UUID id = UUID.randomUUID();
        store.insertAccount(id, AccountKind.OFFICER, username, "Cán bộ " + username, username + "@example.com", null,
                "x", StoredAccount.Status.ACTIVE, AssuranceLevel.VERIFIED_BY_CODE, Instant.now(), EnumSet.of(role));
        store.insertOfficer(id, agency, null);
        return id;
    }

}
