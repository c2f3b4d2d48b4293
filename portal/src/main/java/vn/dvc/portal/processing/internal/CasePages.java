package vn.dvc.portal.processing.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The officers' processing pages: the inboxes ({@code /can-bo/xu-ly}), a dossier's processing page with the
 * actions its step allows, the control sheet (Form 05) and the files. Every action posts the case version the
 * page showed; a stale one is a conflict, shown as such.
 */
@Controller
class CasePages {

    static final String BASE = "/can-bo/xu-ly";

    private final CaseQueries queries;
    private final CaseActions actions;
    private final ProcessingDocuments documents;
    private final Comments comments;

    CasePages(CaseQueries queries, CaseActions actions, ProcessingDocuments documents, Comments comments) {
        this.comments = comments;
        this.queries = queries;
        this.actions = actions;
        this.documents = documents;
    }

    @GetMapping(BASE)
    String inbox(@RequestParam(name = "hop", defaultValue = "cua-toi") String box, Model model) {
        CaseQueries.Inbox inbox = switch (box) {
            case "don-vi" -> CaseQueries.Inbox.UNIT;
            case "qua-han" -> CaseQueries.Inbox.LATE;
            case "gop-y" -> CaseQueries.Inbox.COMMENTS;
            case "cua-toi" -> CaseQueries.Inbox.MINE;
            default -> throw new ResourceNotFound("no inbox " + box);
        };
        model.addAttribute("box", box);
        model.addAttribute("rows", queries.inbox(inbox));
        return "processing/inbox";
    }

    @GetMapping(BASE + "/so-theo-doi")
    Object logBook(@RequestParam(name = "co-quan", required = false) @Nullable String agency,
            @RequestParam(name = "tu", required = false) java.time.@Nullable LocalDate from,
            @RequestParam(name = "den", required = false) java.time.@Nullable LocalDate to, Model model) {
        var user = vn.dvc.portal.identity.CurrentUser.get().orElseThrow();
        String own = user.getAgencyCode() == null ? "" : user.getAgencyCode();
        if (agency == null || from == null || to == null) {
            java.time.LocalDate today = java.time.LocalDate.now(vn.dvc.portal.calendar.WorkingCalendar.ZONE);
            model.addAttribute("agency", agency == null ? own : agency);
            model.addAttribute("from", from == null ? today.withDayOfMonth(1) : from);
            model.addAttribute("to", to == null ? today : to);
            FormError.addTo(model, List.of());
            return "processing/logbook";
        }
        if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            model.addAttribute("agency", agency);
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            FormError.addTo(model, List.of(FormError.of("logbook-to", "processing.error.period")));
            return "processing/logbook";
        }
        byte[] book = documents.logBook(agency.strip(), from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        FileNames.attachment("So-theo-doi-ho-so-" + agency.strip() + "-" + from + "-" + to + ".xlsx"))
                .body(book);
    }

    @GetMapping(BASE + "/{id}")
    String dossier(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping(BASE + "/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String items,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(name = "extraDays", required = false) @Nullable Integer extraDays,
            @RequestParam(required = false) @Nullable String causingAgency,
            @RequestParam(required = false) @Nullable MultipartFile result,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model, FormPage form) throws IOException {
        form.onRefused(refused -> {
            FormError.addTo(model, onPage(refused, action, "case-title"));
            model.addAttribute("sent", sent(action, Map.of("reason", nz(reason), "comment", nz(comment),
                    "items", nz(items), "assignee", nz(assignee), "agency", nz(agency), "method", nz(method),
                    "extraDays", extraDays == null ? "" : extraDays.toString(), "causingAgency", nz(causingAgency))));
            return page(id, model);
        });
        Act act = switch (action) {
            case "chuyen-buoc" -> new Act.Forward(nz(comment), assignee);
            case "phe-duyet" -> new Act.Approve(nz(comment), upload(result));
            case "tra-lai" -> new Act.ReturnToPrevious(nz(reason));
            case "yeu-cau-bo-sung" -> new Act.RequestSupplement(nz(reason), lines(items));
            case "nhan-bo-sung" -> new Act.ProvideSupplement(nz(comment), uploads(files));
            case "tu-choi" -> new Act.Refuse(nz(reason));
            case "lien-thong" -> new Act.Transfer(nz(agency), nz(reason));
            case "tra-ket-qua" -> new Act.ReturnResult(nz(method), nz(comment));
            case "xin-loi" -> new Act.Apologise(nz(reason), extraDays == null ? 0 : extraDays, nz(causingAgency));
            case "rut" -> new Act.Withdraw(nz(reason));
            case "dung" -> new Act.Stop(nz(reason));
            case "phan-cong" -> new Act.Assign(assignee);
            default -> throw new ResourceNotFound("no action " + action);
        };
        actions.act(id, version, act);
        return "redirect:" + BASE + "/" + id + "?xong=" + action;
    }

    @PostMapping(BASE + "/{id}/gop-y/{commentId}")
    String answer(@PathVariable UUID id, @PathVariable UUID commentId,
            @RequestParam(required = false) @Nullable String answer, Model model, FormPage form) {
        form.onRefused(refused -> {
            FormError.addTo(model, refused.errors().stream()
                    .map(e -> new FormError("answer-" + commentId, e.messageKey(), e.arguments())).toList());
            return page(id, model);
        });
        comments.answer(id, commentId, answer == null ? "" : answer);
        return "redirect:" + BASE + "/" + id + "?xong=gop-y";
    }

    @GetMapping(BASE + "/{id}/phieu-kiem-soat")
    ResponseEntity<byte[]> controlSheet(@PathVariable UUID id) {
        CaseQueries.Detail detail = queries.detail(id);
        return pdf(documents.controlSheet(detail), "Phieu-kiem-soat-" + detail.processing().dossierCode() + ".pdf");
    }

    @GetMapping(BASE + "/{id}/tep/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        byte[] content = queries.file(id, fileId);
        var info = queries.fileInfo(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(info.fileName()))
                .body(content);
    }

    /** The case page; errors and what was sent (a refused action's) stay. */
    private String page(UUID id, Model model) {
        model.addAttribute("d", queries.detail(id));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        if (!model.containsAttribute("sent")) {
            model.addAttribute("sent", Map.of());
        }
        return "processing/case";
    }

    /**
     * What a refused action's form sent, to show in that form again (and in no other form of the page), by the
     * page's ids {@code <action>-<field>}; empty values are left out.
     */
    static Map<String, String> sent(String action, Map<String, String> values) {
        Map<String, String> sent = new HashMap<>();
        values.forEach((field, value) -> {
            if (!value.isEmpty()) {
                sent.put(action + "-" + field, value);
            }
        });
        return sent;
    }

    /**
     * A refusal's errors at the ids of a processing page: an action's field as {@code <action>-<field>}, beside
     * the action's form; a conflict (someone else acted, the whole page is stale) at the page's title.
     */
    static List<FormError> onPage(RefusedInput refused, String action, String titleId) {
        return refused.errors().stream()
                .map(e -> new FormError(refused instanceof ProcessingConflict ? titleId : action + "-" + e.field(),
                        e.messageKey(), e.arguments()))
                .toList();
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.inline(name))
                .body(content);
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static Act.@Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new Act.Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getContentType() == null ? "" : file.getContentType(), file.getBytes());
    }

    static List<Act.Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
        List<Act.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                Act.Upload upload = upload(file);
                if (upload != null) {
                    uploads.add(upload);
                }
            }
        }
        return uploads;
    }
}
