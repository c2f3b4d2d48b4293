package vn.dvc.portal.integration.internal.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.feedback.DossierRatings;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.platform.PortalTime;

/**
 * The monthly ratings summary for the National Portal ({@code DongBoDanhGia}, NATIONAL-PORTAL.md §4; EVAL-1, INT-1):
 * on the 1st of each month ({@code DVC_NATIONAL_PORTAL_RATINGS_CRON}, Asia/Ho_Chi_Minh) the previous month's
 * ratings of dossiers, per procedure and agency, counted in SQL by the feedback module
 * ({@link DossierRatings#monthlySummary}). Each month is a row of {@link RatingsMonths}, locked while it is sent and
 * closed once sent, so a restart or a second node never sends a month twice; a month the National Portal could not
 * take is tried again ({@link Backoff}) by the retry poll, which also opens the previous month if the cron was missed
 * (the portal was down on the 1st). A month without any rating sends nothing (NOTHING). Percentages are whole
 * numbers written {@code "x%"} that add up to 100 % (largest remainder); {@code NgayTongHop} is {@code "M-yyyy"}.
 */
@Component
class RatingsSummary {

    static final String SERVICE = "DongBoDanhGia";
    private static final Logger log = LoggerFactory.getLogger(RatingsSummary.class);

    /** What became of a month. */
    enum Outcome {
        /** No National Portal configured. */
        OFF,
        /** Sent and acknowledged now. */
        SENT,
        /** Sent before (or found empty, or refused for good) — nothing done now. */
        ALREADY_DONE,
        /** No rating in the month: nothing sent. */
        NOTHING,
        /** The National Portal refused it for good. */
        REFUSED,
        /** The National Portal did not take it now; tried again later. */
        RETRY
    }

    private final ObjectProvider<NationalPortalClient> client;
    private final DossierRatings ratings;
    private final RatingsMonths months;
    private final Agencies agencies;
    private final Procedures procedures;
    private final MeterRegistry meters;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RatingsSummary(ObjectProvider<NationalPortalClient> client, DossierRatings ratings, RatingsMonths months,
            Agencies agencies, Procedures procedures, MeterRegistry meters, PlatformTransactionManager transactions,
            Clock clock) {
        this.client = client;
        this.ratings = ratings;
        this.months = months;
        this.agencies = agencies;
        this.procedures = procedures;
        this.meters = meters;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${dvc.national-portal-inbound.ratings-cron:0 0 2 1 * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "integration.ratings-summary", lockAtMostFor = "PT30M")
    public void monthly() {
        try {
            send(previousMonth());
        } catch (RuntimeException e) {
            log.error("The ratings summary was not sent this round", e);
        }
    }

    @Scheduled(fixedDelayString = "${dvc.national-portal-inbound.ratings-retry-interval:30m}",
            initialDelayString = "${dvc.national-portal-inbound.ratings-retry-interval:30m}")
    @SchedulerLock(name = "integration.ratings-retry", lockAtMostFor = "PT30M")
    public void retry() {
        try {
            retryDue();
        } catch (RuntimeException e) {
            log.error("The ratings summary retry stopped this round", e);
        }
    }

    /** The month before the current one in Asia/Ho_Chi_Minh. */
    YearMonth previousMonth() {
        return YearMonth.from(clock.instant().atZone(PortalTime.ZONE)).minusMonths(1);
    }

    /** Opens the previous month if missing, then sends every pending month that is due. */
    List<Outcome> retryDue() {
        if (client.getIfAvailable() == null) {
            return List.of();
        }
        transaction.executeWithoutResult(status -> months.open(previousMonth(), clock.instant()));
        List<Outcome> outcomes = new ArrayList<>();
        for (YearMonth month : months.due(clock.instant())) {
            outcomes.add(send(month));
        }
        return outcomes;
    }

    /** Sends the month's summary unless it was sent (or closed) before. */
    Outcome send(YearMonth month) {
        NationalPortalClient portal = client.getIfAvailable();
        if (portal == null) {
            return Outcome.OFF;
        }
        return java.util.Objects.requireNonNull(transaction.execute(status -> {
            months.open(month, clock.instant());
            RatingsMonths.Month row = months.lock(month).orElseThrow();
            if (row.done()) {
                return Outcome.ALREADY_DONE;
            }
            int attempts = row.attempts() + 1;
            List<DossierRatings.MonthlyLine> lines = ratings.monthlySummary(month);
            if (lines.isEmpty()) {
                months.finish(month, "NOTHING", 0, attempts, null, null);
                log.info("No dossier was rated in {}: no ratings summary to send", month);
                return Outcome.NOTHING;
            }
            ObjectNode fields = portal.body();
            fields.set("data", data(fields.arrayNode(), month, lines));
            try {
                portal.call(SERVICE, fields);
                months.finish(month, "SENT", lines.size(), attempts, clock.instant(), null);
                meters.counter("dvc.national_portal.ratings", "outcome", "sent").increment();
                log.info("Ratings summary of {} sent: {} line(s)", month, lines.size());
                return Outcome.SENT;
            } catch (NationalPortalException.Refused refused) {
                months.finish(month, "REFUSED", lines.size(), attempts, null,
                        cut("error_code " + refused.errorCode() + ": " + refused.getMessage()));
                meters.counter("dvc.national_portal.ratings", "outcome", "refused").increment();
                log.error("Ratings summary of {} REFUSED by the National Portal: {}", month, refused.getMessage());
                return Outcome.REFUSED;
            } catch (NationalPortalException.Unavailable unavailable) {
                Duration wait = Backoff.after(attempts);
                months.retry(month, attempts, cut(unavailable.getMessage()), clock.instant().plus(wait));
                meters.counter("dvc.national_portal.ratings", "outcome", "retry").increment();
                log.warn("Ratings summary of {} not sent (attempt {}): {}; next try in {}", month, attempts,
                        unavailable.getMessage(), wait);
                return Outcome.RETRY;
            }
        }));
    }

    /** The months and how they went, newest first. */
    List<RatingsMonths.Month> history(int limit) {
        return months.all(limit);
    }

    /** The {@code data} list: one entry per procedure and agency. */
    ArrayNode data(ArrayNode data, YearMonth month, List<DossierRatings.MonthlyLine> lines) {
        String period = month.getMonthValue() + "-" + month.getYear();
        for (DossierRatings.MonthlyLine line : lines) {
            List<String> percent = percentages(line.verySatisfied(), line.satisfied(), line.notSatisfied());
            String agencyName = agencies.find(line.agencyCode()).map(Agency::name).orElse(line.agencyCode());
            Optional<Procedure> procedure = line.procedureCode().isEmpty() ? Optional.empty()
                    : procedures.findPublished(line.procedureCode());
            ObjectNode item = data.addObject();
            item.put("NgayTongHop", period);
            item.put("TongSoNguoiDanhGia", line.total());
            item.put("PhanTramDanhGiaRatHaiLong", percent.get(0));
            item.put("PhanTramDanhGiaHaiLong", percent.get(1));
            item.put("PhanTramDanhGiaChuaHaiLong", percent.get(2));
            ArrayNode comments = item.putArray("DanhSachNoiDungYKien");
            line.comments().forEach(comments::add);
            item.put("MaThuTuc", line.procedureCode());
            item.put("NoiDung", "Tổng hợp đánh giá tháng " + period + " – "
                    + procedure.map(Procedure::name).orElse(line.procedureCode().isEmpty()
                    ? "các hồ sơ của đơn vị" : line.procedureCode()));
            ObjectNode service = item.putObject("PhanTramDanhGiaDichVu");
            service.put("RatHaiLong", percent.get(0));
            service.put("HaiLong", percent.get(1));
            service.put("ChuaHaiLong", percent.get(2));
            item.put("Madonvi", line.agencyCode());
            item.put("TenDonVi", agencyName);
        }
        return data;
    }

    /**
     * Whole percentages of the counts, {@code "x%"}, adding up to 100 % (largest remainder: the floors, then one more
     * point to the largest remainders, earlier counts first on ties); all {@code "0%"} when there is nothing.
     */
    static List<String> percentages(int... counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        List<String> result = new ArrayList<>();
        if (total == 0) {
            for (int ignored : counts) {
                result.add("0%");
            }
            return result;
        }
        int[] whole = new int[counts.length];
        long[] remainder = new long[counts.length];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            whole[i] = (int) (100L * counts[i] / total);
            remainder[i] = 100L * counts[i] % total;
            given += whole[i];
        }
        for (int left = 100 - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            whole[best]++;
            remainder[best] = -1;
        }
        for (int value : whole) {
            result.add(value + "%");
        }
        return result;
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
