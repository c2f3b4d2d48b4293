package vn.dvc.portal.processing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.platform.PortalTime;

/**
 * What the processing pages show: inbox rows with the remaining working time and their colour, a dossier's
 * hand-overs (Form 05) and each agency's share of the working time (evaluation indicator 2).
 */
@Component
public class CaseViews {

    static final DateTimeFormatter TIME = PortalTime.TIME_DATE;

    /** @param stepDueAt and {@code appointmentAt}: the instants {@code stepDue} and {@code appointment} show */
    public record InboxRow(UUID dossierId, String code, String procedureName, String stepName, String unitName,
                    @Nullable String assignee, String stepDue, String appointment, String remaining, Standing standing,
                    Instant stepDueAt, Instant appointmentAt) {
    }

    public record Handover(String stepName, String agencyName, String unitName, String startedAt, String stepDue,
                    @Nullable String endedAt, @Nullable String endedBy, @Nullable String outcome,
                    @Nullable String timeliness, String usedTime) {
    }

    public record AgencyShare(String agencyCode, String agencyName, String allotted, String used, String timeliness) {
    }

    private final CaseStore store;
    private final StepPlanner planner;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final Clock clock;

    CaseViews(CaseStore store, StepPlanner planner, Dossiers dossiers, Agencies agencies, Clock clock) {
        this.store = store;
        this.planner = planner;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.clock = clock;
    }

    List<InboxRow> rows(List<StepRow> steps) {
        Instant now = clock.instant();
        List<InboxRow> rows = new ArrayList<>();
        for (StepRow s : steps) {
            DossierView d = dossiers.find(s.dossierId()).orElse(null);
            ProcessingCase c = d == null ? null : store.find(d).orElse(null);
            if (c == null || d == null) {
                continue;
            }
            WorkingCalendar calendar = planner.calendar(s.unitCode());
            Standing standing = c.isPaused() ? Standing.PAUSED : standing(calendar, now, s.due());
            rows.add(new InboxRow(c.dossierId(), c.dossierCode(), d.procedureName(), s.stepName(), name(s.unitCode()),
                    s.assignee(), TIME.format(s.due()), TIME.format(c.due()),
                    c.isPaused() ? "" : workingTime(calendar.remaining(now, s.due())), standing, s.due(), c.due()));
        }
        return rows;
    }

    /** How an open step or case stands: due soon in its last working day. */
    static Standing standing(WorkingCalendar calendar, Instant now, Instant due) {
        return Standing.open(now, due, calendar, WorkingCalendar.WORKING_DAY);
    }

    List<Handover> handovers(List<StepRow> steps) {
        Instant now = clock.instant();
        return steps.stream().map(s -> new Handover(s.stepName(), name(s.agencyCode()), name(s.unitCode()),
                TIME.format(s.startedAt()), TIME.format(s.due()), s.endedAt() == null ? null : TIME.format(s.endedAt()),
                s.endedBy(), s.outcome(), s.timeliness(), workingTime(used(s, now)))).toList();
    }

    /** Each agency's share: the time its steps were allotted and used, and how it met its own due instant. */
    List<AgencyShare> shares(List<StepRow> steps) {
        Instant now = clock.instant();
        Map<String, List<StepRow>> byAgency = new LinkedHashMap<>();
        for (StepRow s : steps) {
            byAgency.computeIfAbsent(s.agencyCode(), k -> new ArrayList<>()).add(s);
        }
        List<AgencyShare> shares = new ArrayList<>();
        byAgency.forEach((agency, own) -> {
            Duration allotted = own.stream().map(s -> Duration.ofMinutes(s.allottedMinutes())).reduce(Duration.ZERO, Duration::plus);
            Duration used = own.stream().map(s -> used(s, now)).reduce(Duration.ZERO, Duration::plus);
            boolean open = own.stream().anyMatch(StepRow::isOpen);
            String verdict = open ? (used.compareTo(allotted) > 0 ? Timeliness.LATE.name() : "IN_PROGRESS")
                    : used.compareTo(allotted) > 0 ? Timeliness.LATE.name()
                    : used.compareTo(allotted.minus(WorkingCalendar.WORKING_DAY)) <= 0 ? Timeliness.EARLY.name()
                    : Timeliness.ON_TIME.name();
            shares.add(new AgencyShare(agency, name(agency), workingTime(allotted), workingTime(used), verdict));
        });
        return shares;
    }

    /** The working time a step held the dossier, less the time the clock was paused. */
    Duration used(StepRow s, Instant now) {
        Instant end = s.endedAt() == null ? now : s.endedAt();
        Duration held = planner.calendar(s.unitCode()).workingTimeBetween(s.startedAt(), end)
                .minusMinutes(s.pausedMinutes());
        return held.isNegative() ? Duration.ZERO : held;
    }

    String name(String agencyCode) {
        return agencies.find(agencyCode).map(Agency::name).orElse(agencyCode);
    }

    /** e.g. "2 ngày 3 giờ 15 phút" of working time (1 day = 8 hours); "quá 1 giờ" once negative. */
    static String workingTime(Duration d) {
        boolean negative = d.isNegative();
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / (8 * 60);
        long hours = minutes % (8 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder(negative ? "quá " : "");
        if (days > 0) {
            text.append(days).append(" ngày ");
        }
        if (hours > 0) {
            text.append(hours).append(" giờ ");
        }
        if (rest > 0 || (days == 0 && hours == 0)) {
            text.append(rest).append(" phút");
        }
        return text.toString().strip();
    }
}
