package vn.dvc.portal.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.portal.feedback.internal.FeedbackApi.Page;
import vn.dvc.portal.platform.InvalidRequestParameter;

/** The public FAQ search of the API: the published questions and answers, without personal data. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Questions, feedback and petitions (QĐ 1649 Chapter III), FAQ, export")
class FaqApi {

    static final int MAX_SIZE = 100;

    private final Publication publication;

    FaqApi(Publication publication) {
        this.publication = publication;
    }

    record FaqItem(UUID id, String reference, String kind, String title, String question, String answer,
                   @Nullable String procedureCode, @Nullable String sectorCode, @Nullable String agencyCode,
                   Instant publishedAt) {
    }

    @GetMapping("/faq")
    @Operation(summary = "Search the published questions and answers (diacritics and case ignored)")
    Page<FaqItem> faq(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 1) {
            throw new InvalidRequestParameter("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestParameter("size", "must be 1 to " + MAX_SIZE);
        }
        List<FaqItem> items = publication.search(q, sector, procedure, size, (page - 1) * size).stream()
                .map(e -> new FaqItem(e.id(), e.reference(), e.kind(), e.title(), e.body(), e.answer(),
                        e.procedureCode(), e.sectorCode(), e.agencyCode(), e.publishedAt()))
                .toList();
        return new Page<>(items, publication.count(q, sector, procedure), page, size);
    }
}
