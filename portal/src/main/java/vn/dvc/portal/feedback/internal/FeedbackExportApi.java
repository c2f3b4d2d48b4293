package vn.dvc.portal.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.feedback.internal.FeedbackApi.Page;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.PortalTime;

/**
 * The Centre's export of the API for the national feedback system (QA-6), whose stable shape is documented in
 * {@code docs/feedback.md}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Questions, feedback and petitions (QĐ 1649 Chapter III), FAQ, export")
class FeedbackExportApi {

    private final FeedbackExport export;
    private final AuditLog audit;

    FeedbackExportApi(FeedbackExport export, AuditLog audit) {
        this.export = export;
        this.audit = audit;
    }

    @GetMapping("/feedback/export")
    @Operation(summary = "Items submitted in a period, for the national feedback system (Centre only)",
            description = "from and to are dates (yyyy-MM-dd, Asia/Ho_Chi_Minh), to inclusive, at most 366 days. "
                    + "No personal data: texts are masked as in the FAQ.")
    Page<FeedbackExport.Item> export(@RequestParam String from, @RequestParam String to) {
        SignedInUser user = CurrentUser.get()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in first"));
        if (!QuestionAccess.isCentre(user)) {
            throw new AccessDeniedException("Centre only");
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start) || end.isAfter(start.plusDays(366))) {
            throw new InvalidRequestParameter("to", "must be on or after from, at most 366 days later");
        }
        ZoneId zone = PortalTime.ZONE;
        List<FeedbackExport.Item> items = export.items(start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
        audit.record("feedback.exported", "feedback-export", from + ".." + to, Map.of("items", items.size()));
        return new Page<>(items, items.size(), 1, Math.max(1, items.size()));
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter(name, "must be a date yyyy-MM-dd");
        }
    }
}
