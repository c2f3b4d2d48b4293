package vn.dvc.portal.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.DayKind;
import vn.dvc.portal.calendar.DayStatus;
import vn.dvc.portal.calendar.MovableHoliday;
import vn.dvc.portal.calendar.NonWorkingDay;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Module test on a real PostgreSQL: the Centre's decisions are stored, audited, applied to every calendar
 * (on this node at once, on another node from the database) and guarded by role.
 */
@ApplicationModuleTest
class CalendarAdministrationTest {

    @Autowired
    CalendarAdministration administration;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    CalendarStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void aDayOffIsStoredAuditedAndAppliedThenRevoked() {
        LocalDate day = LocalDate.of(2031, 6, 12);
        assertThat(calendars.province().isWorkingDay(day)).isTrue();

        UUID id = administration.decide(new CalendarOverride.AddDayOff(day, "Nghỉ tang lễ",
                "Thông báo số 01/TB-UBND ngày 10/6/2031", "Quốc tang"));

        assertThat(calendars.province().isWorkingDay(day)).isFalse();
        assertThat(calendars.province().nonWorkingDays(2031)).contains(
                new NonWorkingDay(day, DayKind.DAY_OFF, "Nghỉ tang lễ", DayStatus.CONFIRMED));
        assertThat(audit(id)).containsExactly("demo.centre calendar.override.added Thông báo số 01/TB-UBND ngày 10/6/2031");

        administration.revoke(id);

        assertThat(calendars.province().isWorkingDay(day)).isTrue();
        assertThat(administration.decisions(2031)).extracting(RecordedOverride::id).doesNotContain(id);
        assertThat(audit(id)).hasSize(2).last().asString().startsWith("demo.centre calendar.override.revoked");
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void confirmingTetMakesItsDaysConfirmedAndAnotherNodeSeesIt() {
        assertThat(tet(calendars.province().nonWorkingDays(2032))).allMatch(d -> d.status() == DayStatus.PROPOSED);

        administration.decide(CalendarOverride.ConfirmPlacement.asProposed(2032, MovableHoliday.TET,
                "Quyết định về lịch nghỉ Tết Nguyên đán 2032"));

        assertThat(tet(calendars.province().nonWorkingDays(2032))).isNotEmpty()
                .allMatch(d -> d.status() == DayStatus.CONFIRMED);
        CalendarDirectory otherNode = new CalendarDirectory(store, clock);
        assertThat(tet(otherNode.province().nonWorkingDays(2032))).allMatch(d -> d.status() == DayStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void aDecisionWithoutLegalReferenceIsRejectedBeforeAnythingIsStored() {
        long before = count();
        assertThatThrownBy(() -> administration.decide(
                new CalendarOverride.MakeUpWorkingDay(LocalDate.of(2033, 5, 7), " ", "")))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("legalReference");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "demo.specialist", roles = "SPECIALIST")
    void onlyTheCentreMayDecide() {
        long before = count();
        assertThatThrownBy(() -> administration.decide(new CalendarOverride.AddDayOff(LocalDate.of(2031, 7, 1),
                "Nghỉ", "Thông báo", ""))).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anonymousCallersMayNotDecide() {
        assertThatThrownBy(() -> administration.decide(new CalendarOverride.AddDayOff(LocalDate.of(2031, 7, 2),
                "Nghỉ", "Thông báo", ""))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static List<NonWorkingDay> tet(List<NonWorkingDay> days) {
        return days.stream().filter(d -> d.name().equals("Tết Nguyên đán")).toList();
    }

    private List<String> audit(UUID id) {
        return jdbc.sql("""
                        SELECT actor || ' ' || action || ' ' || (details ->> 'legalReference')
                        FROM audit_event WHERE object_id = :id ORDER BY occurred_at""")
                .param("id", id.toString()).query(String.class).list();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM calendar_override").query(Long.class).single();
    }
}
