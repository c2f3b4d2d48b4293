package vn.dvc.portal.processing.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierIntake;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.identity.ActingAccounts;
import vn.dvc.portal.identity.ApplicantProfile;
import vn.dvc.portal.identity.ApplicantProfiles;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.DemoTime;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.Processes;
import vn.dvc.portal.processing.StepAction;
import vn.dvc.portal.processing.internal.Act;
import vn.dvc.portal.processing.internal.CaseActions;
import vn.dvc.portal.processing.internal.CaseStore;
import vn.dvc.portal.processing.internal.ProcessingCase;
import vn.dvc.portal.processing.internal.StepPlanner;
import vn.dvc.portal.processing.internal.StepRow;
import vn.dvc.portal.processing.internal.demo.DemoScenario.Fate;

/**
 * Plays one demo scenario through the real services, each action at its own instant of the past
 * ({@link DemoTime}) and as the demo account whose role and scope the action needs ({@link ActingAccounts}):
 * intake at the desk or online, the steps of the dossier's process, and what its fate adds (a supplement, an
 * apology, a transfer to another agency and back, a refusal, a withdrawal, a stop). Actions planned at or after
 * "now" are not played, so recent dossiers stay in processing, due soon or overdue.
 */
@Component
class DemoRunner {

    /** The demo accounts acting, by user name. */
    record Actors(Map<String, SignedInUser> users) {

        SignedInUser get(String username) {
            SignedInUser user = users.get(username);
            if (user == null) {
                throw new IllegalStateException("demo account " + username + " is missing");
            }
            return user;
        }
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final DossierIntake intake;
    private final Dossiers dossiers;
    private final CaseActions actions;
    private final CaseStore cases;
    private final Processes processes;
    private final ActingAccounts acting;
    private final OfficerScope scope;
    private final ApplicantProfiles profiles;
    private final DemoResults results = new DemoResults();

    DemoRunner(DossierIntake intake, Dossiers dossiers, CaseActions actions, CaseStore cases, Processes processes,
            ActingAccounts acting, OfficerScope scope, ApplicantProfiles profiles) {
        this.intake = intake;
        this.dossiers = dossiers;
        this.actions = actions;
        this.cases = cases;
        this.processes = processes;
        this.acting = acting;
        this.scope = scope;
        this.profiles = profiles;
    }

    /** Plays the scenario; returns the dossier it made. */
    UUID run(DemoScenario s, DemoProcedures.Candidate p, WorkingCalendar calendar, Instant now, Actors actors) {
        Random random = new Random(s.seed());
        Play play = new Play(s, p, calendar, now, actors, random);
        return play.run();
    }

    /** One scenario being played. */
    private final class Play {

        private final DemoScenario s;
        private final DemoProcedures.Candidate p;
        private final WorkingCalendar calendar;
        private final Instant now;
        private final Actors actors;
        private final Random random;
        private Instant t;

        Play(DemoScenario s, DemoProcedures.Candidate p, WorkingCalendar calendar, Instant now, Actors actors,
                Random random) {
            this.s = s;
            this.p = p;
            this.calendar = calendar;
            this.now = now;
            this.actors = actors;
            this.random = random;
            this.t = start();
        }

        /** Fraction of the time limit the dossier takes until its result (beyond 1: late). */
        private double pace() {
            return switch (s.fate()) {
                case EARLY -> 0.2 + 0.4 * random.nextDouble();
                case ON_TIME -> 0.9 + 0.08 * random.nextDouble();
                case LATE -> 1.15 + 0.6 * random.nextDouble();
                case OVERDUE -> 3.0;
                case DUE_SOON -> 1.4;
                case IN_PROCESSING -> 0.6 + 0.35 * random.nextDouble();
                default -> 0.3 + 0.6 * random.nextDouble();
            };
        }

        private Instant start() {
            Duration limit = p.limit();
            Duration back = switch (s.fate()) {
                case IN_PROCESSING -> scale(limit, 0.1 + 0.35 * random.nextDouble());
                case DUE_SOON -> limit.minus(min(scale(limit, 0.5), HOUR.multipliedBy(1 + random.nextInt(5))));
                case OVERDUE -> limit.plus(HOUR.multipliedBy(2 + random.nextInt(30)));
                case RESULT_READY -> scale(limit, 0.9).plus(HOUR);
                case WAITING_FOR_SUPPLEMENT -> scale(limit, 0.9);
                case WAITING_AT_DESK -> HOUR.multipliedBy(1 + random.nextInt(6));
                case AWAITING_COMPLETION -> HOUR.multipliedBy(8 + random.nextInt(24));
                default -> null;
            };
            if (back == null) {
                Instant day = now.minus(Duration.ofDays(60 + random.nextInt(300)))
                        .plus(Duration.ofMinutes(random.nextInt(9 * 60)));
                return calendar.nextWorkingInstant(day).toInstant();
            }
            return before(back);
        }

        UUID run() {
            UUID id = intake();
            if (id == null || s.fate() == Fate.REFUSED_AT_DESK) {
                return id;
            }
            process(id);
            return id;
        }

        // --- intake -------------------------------------------------------------------------------------------

        private @Nullable UUID intake() {
            SignedInUser desk = actors.get("demo.desk");
            if (s.owner() == null) {
                DossierIntake.DeskIntake walkIn = walkIn();
                if (s.fate() == Fate.REFUSED_AT_DESK) {
                    return at(t, desk, () -> intake.refuseAtDesk(walkIn, DemoTexts.DESK_REFUSALS.pick(random)));
                }
                return at(t, desk, () -> intake.receiveAtDesk(walkIn));
            }
            SignedInUser owner = actors.get(s.owner());
            DossierIntake.OnlineIntake online = online(owner);
            UUID id = at(t, owner, () -> intake.submitOnline(online));
            if (s.fate() == Fate.WAITING_AT_DESK) {
                return id;
            }
            t = later(HOUR.multipliedBy(1 + random.nextInt(6)));
            if (!t.isBefore(now)) {
                return id;
            }
            if (s.fate() == Fate.AWAITING_COMPLETION) {
                at(t, desk, () -> {
                    intake.requestCompletion(id, "Thành phần hồ sơ chưa đầy đủ theo quy định.",
                            List.of("Bản chụp giấy tờ tùy thân còn thời hạn, rõ nét"));
                    return id;
                });
                return id;
            }
            at(t, desk, () -> {
                intake.receive(id);
                return id;
            });
            return id;
        }

        private DossierIntake.DeskIntake walkIn() {
            boolean organisation = p.business() && random.nextBoolean();
            Procedure.ProcedureCase c = p.procedureCase();
            java.util.Set<String> provided = new java.util.LinkedHashSet<>();
            c.components().stream().filter(x -> x.required() || random.nextInt(3) == 0).forEach(x -> provided.add(x.code()));
            return new DossierIntake.DeskIntake(p.code(), c.code(), s.channel(), DemoPeople.applicant(random, organisation),
                    provided, 1 + (random.nextInt(5) == 0 ? 1 : 0), "", Map.of(), List.of());
        }

        private DossierIntake.OnlineIntake online(SignedInUser owner) {
            ApplicantProfile profile = profiles.find(owner.getAccountId())
                    .orElseThrow(() -> new IllegalStateException("no profile of " + owner.getName()));
            boolean business = profile.taxCode() != null;
            String idNumber = business ? profile.taxCode() : DemoDossiers.CITIZEN_ID;
            LocalDate today = t.atZone(WorkingCalendar.ZONE).toLocalDate();
            Map<String, String> form = DemoForms.fill(p.procedure(), profile, DemoDossiers.CITIZEN_ID,
                    business ? null : DemoDossiers.CITIZEN_BIRTH, today, random);
            List<DossierIntake.File> files = p.procedureCase().components().stream().filter(Procedure.Component::required)
                    .map(c -> new DossierIntake.File(c.code(), "ban-chup-" + c.code().toLowerCase(java.util.Locale.ROOT)
                            + ".pdf", results.scan())).toList();
            return new DossierIntake.OnlineIntake(p.code(), p.procedureCase().code(), form, idNumber, files);
        }

        // --- processing ---------------------------------------------------------------------------------------

        private void process(UUID id) {
            var view = dossiers.find(id).orElseThrow();
            if (view.receivedAt() == null || view.dueAt() == null) {
                return;
            }
            t = later(MINUTE);
            DemoTime.runAt(t, () -> actions.start(id));
            Duration limit = calendar.workingTimeBetween(view.receivedAt(), view.dueAt());
            Duration budget = scale(limit, pace());
            boolean supplemented = false;
            boolean apologised = false;
            boolean transferred = false;
            for (int guard = 0; guard < 24; guard++) {
                ProcessingCase c = cases.find(id).orElseThrow();
                if (!c.isOpen()) {
                    return;
                }
                StepRow step = c.openStep().orElse(null);
                if (c.isResultReady() || step == null || step.allows(StepAction.RETURN_RESULT)) {
                    returnResult(id, step);
                    return;
                }
                Remaining remaining = remaining(step);
                Duration spent = calendar.workingTimeBetween(c.receivedAt(), t).minus(Duration.ofMinutes(c.pausedMinutes()));
                Duration left = budget.minus(spent);
                Duration share = remaining.part(left.compareTo(MINUTE.multipliedBy(5)) < 0 ? MINUTE.multipliedBy(5) : left,
                        step);
                SignedInUser officer = officer(step);
                boolean appraisal = step.role() == Role.SPECIALIST && step.returnTo() == null;
                if (appraisal && !supplemented && step.allows(StepAction.REQUEST_SUPPLEMENT)
                        && (s.fate() == Fate.SUPPLEMENTED || s.fate() == Fate.WAITING_FOR_SUPPLEMENT)) {
                    supplemented = true;
                    if (!act(later(scale(share, 0.5)), officer, id, new Act.RequestSupplement(
                            DemoTexts.SUPPLEMENT_REASONS.pick(random),
                            List.of(DemoTexts.SUPPLEMENT_ITEMS.pick(random))))) {
                        return;
                    }
                    if (s.fate() == Fate.WAITING_FOR_SUPPLEMENT) {
                        return;
                    }
                    Instant provided = calendar.nextWorkingInstant(t.plus(Duration.ofDays(1 + random.nextInt(7)))
                            .plus(Duration.ofMinutes(random.nextInt(300)))).toInstant();
                    SignedInUser supplier = s.owner() != null ? actors.get(s.owner()) : actors.get("demo.desk");
                    if (!act(provided, supplier, id, new Act.ProvideSupplement("Đã bổ sung giấy tờ theo phiếu yêu cầu.",
                            List.of(new Act.Upload("giay-to-bo-sung.pdf", "application/pdf", results.scan()))))) {
                        return;
                    }
                    continue;
                }
                if (appraisal && s.fate() == Fate.REFUSED_IN_PROCESSING && step.allows(StepAction.REFUSE)) {
                    act(later(scale(share, 0.7)), officer, id, new Act.Refuse(DemoTexts.REFUSALS.pick(random)));
                    return;
                }
                if (appraisal && s.fate() == Fate.WITHDRAWN) {
                    SignedInUser who = s.owner() != null ? actors.get(s.owner()) : actors.get("demo.desk");
                    act(later(scale(share, 0.5)), who, id, new Act.Withdraw(DemoTexts.WITHDRAWALS.pick(random)));
                    return;
                }
                if (step.role() == Role.LEADER && s.fate() == Fate.STOPPED) {
                    act(later(scale(share, 0.5)), leader(step.unitCode()), id,
                            new Act.Stop(DemoTexts.STOPS.pick(random)));
                    return;
                }
                if (appraisal && !apologised && s.fate() == Fate.APOLOGISED) {
                    apologised = true;
                    Instant when = later(scale(share, 0.3));
                    if (calendar.workingTimeBetween(when, c.due()).compareTo(WorkingCalendar.WORKING_DAY) >= 0) {
                        int extra = 2 + random.nextInt(4);
                        if (!act(when, leader(c.leadAgency()), id,
                                new Act.Apologise(DemoTexts.APOLOGIES.pick(random), extra, step.unitCode()))) {
                            return;
                        }
                        budget = calendar.workingTimeBetween(c.receivedAt(), c.due())
                                .plus(scale(WorkingCalendar.WORKING_DAY.multipliedBy(extra), 0.5));
                        continue;
                    }
                }
                if (appraisal && !transferred && s.fate() == Fate.TRANSFERRED && step.allows(StepAction.TRANSFER)) {
                    transferred = true;
                    if (!act(later(scale(share, 0.4)), officer, id, new Act.Transfer(p.transferTarget(),
                            "Chuyển liên thông để xác định nghĩa vụ tài chính và ý kiến chuyên môn."))) {
                        return;
                    }
                    continue;
                }
                Instant end = step.returnTo() != null ? later(scale(share, 0.5)) : later(share);
                Act act = remaining.issuesNext() || step.returnTo() == null && !step.allows(StepAction.FORWARD)
                        ? new Act.Approve(DemoTexts.APPROVALS.pick(random), remaining.issuesNext()
                                || !step.allows(StepAction.FORWARD) ? result() : null)
                        : new Act.Forward(DemoTexts.FORWARDS.pick(random), null);
                if (!act(end, officer, id, act)) {
                    return;
                }
            }
        }

        private Act.Upload result() {
            return new Act.Upload(DemoResults.fileName(p.code()), "application/pdf",
                    results.of(p.code(), p.procedure().name()));
        }

        private void returnResult(UUID id, @Nullable StepRow step) {
            if (s.fate() == Fate.RESULT_READY) {
                return; // the applicant has not come for it yet
            }
            Instant when = later(HOUR.multipliedBy(1).plus(Duration.ofMinutes(random.nextInt(12 * 60))));
            String method = switch (s.channel()) {
                case POSTAL -> "POST";
                case ONLINE, NATIONAL_PORTAL -> random.nextBoolean() ? "ONLINE" : "DESK";
                case IN_PERSON -> "DESK";
            };
            act(when, actors.get("demo.desk"), id, new Act.ReturnResult(method, switch (method) {
                case "POST" -> "Đã gửi kết quả qua dịch vụ bưu chính công ích.";
                case "ONLINE" -> "Đã trả kết quả điện tử vào kho dữ liệu của tài khoản.";
                default -> "Đã trả kết quả trực tiếp tại Bộ phận Một cửa.";
            }));
        }

        /** Plays one action at {@code when} as {@code user}; false (and nothing done) when it is not yet time. */
        private boolean act(Instant when, SignedInUser user, UUID id, Act act) {
            if (!when.isBefore(now)) {
                return false;
            }
            t = when;
            at(when, user, () -> {
                actions.act(id, cases.find(id).orElseThrow().rowVersion(), act);
                return id;
            });
            return true;
        }

        private <T> T at(Instant when, SignedInUser user, java.util.function.Supplier<T> work) {
            return DemoTime.at(when, () -> acting.as(user, work));
        }

        /** A working instant {@code working} after the last action (at least a minute later). */
        private Instant later(Duration working) {
            Duration d = working.compareTo(MINUTE) < 0 ? MINUTE : working;
            return calendar.plusWorkingTime(t, d).toInstant();
        }

        /** The instant {@code working} working time before now. */
        private Instant before(Duration working) {
            long hi = now.getEpochSecond();
            long lo = now.minus(Duration.ofDays(14 + working.toHours() / 8 * 3)).getEpochSecond();
            for (int i = 0; i < 40 && hi - lo > 60; i++) {
                long mid = (lo + hi) / 2;
                if (calendar.workingTimeBetween(Instant.ofEpochSecond(mid), now).compareTo(working) > 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return calendar.nextWorkingInstant(Instant.ofEpochSecond(lo)).toInstant();
        }

        private SignedInUser officer(StepRow step) {
            return switch (step.role()) {
                case DESK -> actors.get("demo.desk");
                case SPECIALIST -> covering(step.unitCode(), "demo.specialist", "demo.ward.specialist",
                        "demo.province.specialist");
                case LEADER -> leader(step.unitCode());
                default -> actors.get("demo.centre");
            };
        }

        private SignedInUser leader(String unit) {
            return covering(unit, "demo.leader", "demo.ward.leader", "demo.province.leader");
        }

        /** The first of the officers whose scope covers {@code unit} (the last, province-wide, covers all). */
        private SignedInUser covering(String unit, String... usernames) {
            for (String username : usernames) {
                SignedInUser officer = actors.get(username);
                if (scope.covers(officer, unit)) {
                    return officer;
                }
            }
            return actors.get(usernames[usernames.length - 1]);
        }

        /** The allotments still ahead in the step's process (the return step excluded). */
        private Remaining remaining(StepRow step) {
            ProcessDefinition definition = step.definitionId().equals(StepPlanner.GENERIC)
                    ? StepPlanner.generic(p.limit())
                    : step.definitionId().equals(StepPlanner.TRANSFER_PART)
                            ? StepPlanner.transferPart(Duration.ofMinutes(step.allottedMinutes()))
                            : processes.version(step.definitionId(), step.definitionVersion()).orElseThrow();
            List<ProcessStep> steps = definition.steps();
            long ahead = 0;
            for (int i = step.stepIndex(); i < steps.size(); i++) {
                if (!steps.get(i).actions().contains(StepAction.RETURN_RESULT)) {
                    ahead += steps.get(i).workingTime().toMinutes();
                }
            }
            int next = step.stepIndex() + 1;
            boolean issues = step.returnTo() == null
                    && (next >= steps.size() || steps.get(next).actions().contains(StepAction.RETURN_RESULT));
            return new Remaining(Math.max(1, ahead), issues);
        }
    }

    /** What is left of the process: its allotted minutes ahead, and whether the next step returns the result. */
    private record Remaining(long aheadMinutes, boolean issuesNext) {

        /** This step's part of the budget still to spend. */
        Duration part(Duration budget, StepRow step) {
            return scale(budget, Math.min(1.0, (double) step.allottedMinutes() / aheadMinutes));
        }
    }

    static Duration scale(Duration d, double factor) {
        return Duration.ofSeconds(Math.max(60, (long) (d.toSeconds() * factor)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
