package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FileNames;

/** "Hồ sơ của tôi" ({@code /tai-khoan/ho-so}) and the personal data store ({@code /tai-khoan/kho-du-lieu}). */
@Controller
class MyDossierPages {

    private final ApplicantDossiers mine;
    private final OnlineSubmission submission;
    private final DossierViews views;

    MyDossierPages(ApplicantDossiers mine, OnlineSubmission submission, DossierViews views) {
        this.mine = mine;
        this.submission = submission;
        this.views = views;
    }

    @GetMapping("/tai-khoan/ho-so")
    String list(Model model) {
        model.addAttribute("dossiers", mine.mine().stream().map(views::summary).toList());
        model.addAttribute("drafts", submission.openDrafts());
        return "dossier/mine";
    }

    @GetMapping("/tai-khoan/ho-so/{id}")
    String dossier(@PathVariable UUID id, @RequestParam(name = "da-nop", required = false) String submitted,
            Model model) {
        model.addAttribute("dossier", views.detail(mine.own(id), false));
        model.addAttribute("submitted", submitted != null);
        return "dossier/my-dossier";
    }

    @GetMapping("/tai-khoan/ho-so/{id}/phieu")
    ResponseEntity<byte[]> slip(@PathVariable UUID id) {
        return views.slip(mine.own(id));
    }

    @GetMapping("/tai-khoan/ho-so/{id}/tep/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        return views.file(mine.own(id), fileId);
    }

    @GetMapping("/tai-khoan/kho-du-lieu")
    String store(Model model) {
        List<PersonalDataStore.Document> documents = mine.documents();
        model.addAttribute("documents", documents);
        return "dossier/data-store";
    }

    @GetMapping("/tai-khoan/kho-du-lieu/{id}")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        Map.Entry<PersonalDataStore.Document, byte[]> document = mine.document(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.getKey().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(document.getKey().fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.getValue());
    }
}
