package vn.dvc.portal.dossier.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The National Public Service Portal's door: {@code POST /api/v1/national-portal/dossiers} with the
 * {@code HoSoDongBoDVC} fields, authenticated by the shared secret {@code DVC_NATIONAL_PORTAL_API_KEY} in the
 * {@code X-Api-Key} header (the endpoint answers 404 while no key is configured). Answers with our dossier
 * code; the same {@code MaHoSo} again answers 200 with the same dossier.
 */
@RestController
@Tag(name = "National Portal", description = "Dossiers submitted at the National Public Service Portal (DOS-1, INT-1)")
class NationalPortalApi {

    private final NationalPortalIntake intake;
    private final DossierProperties properties;

    NationalPortalApi(NationalPortalIntake intake, DossierProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    /** The HoSoDongBoDVC message (field names as the National Portal writes them). */
    record HoSoDongBoDVC(@JsonProperty("MaHoSo") @Nullable String maHoSo, @JsonProperty("MaTTHC") @Nullable String maTTHC,
                         @JsonProperty("MaTruongHop") @Nullable String maTruongHop,
                         @JsonProperty("ChuHoSo") @Nullable String chuHoSo,
                         @JsonProperty("SoGiayToChuHoSo") @Nullable String soGiayToChuHoSo,
                         @JsonProperty("LoaiDoiTuong") @Nullable Integer loaiDoiTuong,
                         @JsonProperty("DiaChi") @Nullable String diaChi,
                         @JsonProperty("SoDienThoai") @Nullable String soDienThoai,
                         @JsonProperty("Email") @Nullable String email,
                         @JsonProperty("TrichYeuHoSo") @Nullable String trichYeuHoSo,
                         @JsonProperty("KenhThucHien") @Nullable Integer kenhThucHien,
                         @JsonProperty("TaiLieuNop") @Nullable List<TaiLieu> taiLieuNop) {
    }

    record TaiLieu(@JsonProperty("TepDinhKemId") @Nullable String tepDinhKemId,
                   @JsonProperty("TenTepDinhKem") @Nullable String tenTepDinhKem,
                   @JsonProperty("MaThanhPhanHoSo") @Nullable String maThanhPhanHoSo,
                   @JsonProperty("DuongDanTaiTepTin") @Nullable String duongDanTaiTepTin,
                   @JsonProperty("NoiDungTep") @Nullable String noiDungTep) {
    }

    /** Our answer. */
    record Received(UUID dossierId, String dossierCode, String externalId, int nationalStatusCode, String receivedAt,
                    String dueAt) {
    }

    @PostMapping("/api/v1/national-portal/dossiers")
    @Operation(summary = "Receive a dossier submitted at the National Public Service Portal",
            description = "Body: HoSoDongBoDVC (MaHoSo = the National Portal's id, MaTTHC, optional MaTruongHop, "
                    + "ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong 1 person / 2 organisation, DiaChi, SoDienThoai, Email, "
                    + "TrichYeuHoSo, KenhThucHien, TaiLieuNop[] with MaThanhPhanHoSo, TenTepDinhKem and the content "
                    + "base64 in NoiDungTep — links are not fetched). The dossier is received at once: 201 with our "
                    + "dossier code; the same MaHoSo again: 200 with the same dossier.")
    ResponseEntity<Received> receive(@Parameter(description = "The shared secret DVC_NATIONAL_PORTAL_API_KEY")
            @RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
            @RequestBody HoSoDongBoDVC body) {
        if (!properties.nationalPortalEnabled()) {
            throw new ResourceNotFound("the National Portal channel is not configured");
        }
        if (apiKey == null || !MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                properties.nationalPortalApiKey().getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid X-Api-Key is required");
        }
        NationalPortalIntake.Message message = new NationalPortalIntake.Message(body.maHoSo(), body.maTTHC(),
                body.maTruongHop(), body.chuHoSo(), body.soGiayToChuHoSo(), body.loaiDoiTuong(), body.diaChi(),
                body.soDienThoai(), body.email(), body.trichYeuHoSo(), body.kenhThucHien(),
                body.taiLieuNop() == null ? List.of() : body.taiLieuNop().stream()
                        .map(t -> new NationalPortalIntake.Document(t.tepDinhKemId(), t.tenTepDinhKem(),
                                t.maThanhPhanHoSo(), t.duongDanTaiTepTin(), t.noiDungTep()))
                        .toList());
        boolean known = body.maHoSo() != null && intake.existing(body.maHoSo().strip()).isPresent();
        Dossier dossier;
        try {
            dossier = intake.receive(message);
        } catch (DataIntegrityViolationException raced) {
            // the same MaHoSo arrived twice at once: the other request made the dossier
            dossier = intake.existing(String.valueOf(body.maHoSo()).strip()).orElseThrow(() -> raced);
            known = true;
        }
        Received answer = new Received(dossier.id(), java.util.Objects.requireNonNull(dossier.code()),
                String.valueOf(dossier.particulars().externalId()), dossier.status().nationalCode(),
                DossierApi.iso(dossier.receivedAt()), DossierApi.iso(dossier.dueAt()));
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.CREATED).body(answer);
    }
}
