package vn.dvc.portal.dossier.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The National Public Service Portal's door: {@code POST /api/v1/national-portal/dossiers} with the
 * {@code HoSoDongBoDVC} fields (NATIONAL-PORTAL.md §2, read tolerantly by {@link NationalPortalMessage}),
 * authenticated by the shared secret {@code DVC_NATIONAL_PORTAL_API_KEY} in the {@code X-Api-Key} header (the
 * endpoint answers 404 while no key is configured). Answers with our dossier code; the same {@code MaHoSo} again
 * answers 200 with the same dossier. Nothing personal goes in the log: refusals name fields, never values.
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

    /**
     * The HoSoDongBoDVC message as documented (field names as the National Portal writes them); the endpoint also
     * takes them in any letter case, numbers as text, and the variants listed in docs/integration-inbound.md.
     */
    @Schema(name = "HoSoDongBoDVC")
    record HoSoDongBoDVC(@JsonProperty("MaHoSo") String maHoSo, @JsonProperty("MaTTHC") String maTTHC,
                         @JsonProperty("MaTruongHop") @Nullable String maTruongHop,
                         @JsonProperty("MaLinhVuc") @Nullable String maLinhVuc,
                         @JsonProperty("ChuHoSo") String chuHoSo,
                         @JsonProperty("LoaiDoiTuong") @Nullable String loaiDoiTuong,
                         @JsonProperty("MaDoiTuong") @Nullable String maDoiTuong,
                         @JsonProperty("SoGiayToChuHoSo") @Nullable String soGiayToChuHoSo,
                         @Schema(description = "VNeID personal identification number (12 digits)")
                         @JsonProperty("SoDinhDanh") @Nullable String soDinhDanh,
                         @Schema(description = "Identification level the National Portal asserts: 1 or 2")
                         @JsonProperty("MucDoDinhDanh") @Nullable String mucDoDinhDanh,
                         @JsonProperty("DiaChi") @Nullable String diaChi,
                         @JsonProperty("SoDienThoai") @Nullable String soDienThoai,
                         @JsonProperty("Email") @Nullable String email,
                         @JsonProperty("TrichYeuHoSo") @Nullable String trichYeuHoSo,
                         @Schema(description = "yyyyMMddHHmmss, Asia/Ho_Chi_Minh")
                         @JsonProperty("NgayTiepNhan") @Nullable String ngayTiepNhan,
                         @JsonProperty("HinhThuc") @Nullable String hinhThuc,
                         @Schema(description = "Agency code the National Portal routed the dossier to")
                         @JsonProperty("DonViXuLy") @Nullable String donViXuLy,
                         @JsonProperty("KenhThucHien") @Nullable String kenhThucHien,
                         @JsonProperty("DanhSachLePhi") @Nullable List<Object> danhSachLePhi,
                         @JsonProperty("TaiLieuNop") @Nullable List<TaiLieu> taiLieuNop) {
    }

    @Schema(name = "TaiLieuNop")
    record TaiLieu(@JsonProperty("TepDinhKemId") @Nullable String tepDinhKemId,
                   @JsonProperty("TenTepDinhKem") String tenTepDinhKem,
                   @JsonProperty("MaThanhPhanHoSo") String maThanhPhanHoSo,
                   @Schema(description = "https link on the National Portal's file host; fetched once")
                   @JsonProperty("DuongDanTaiTepTin") @Nullable String duongDanTaiTepTin,
                   @Schema(description = "the content, base64 (instead of a link)")
                   @JsonProperty("NoiDungTep") @Nullable String noiDungTep,
                   @JsonProperty("IsDeleted") @Nullable String isDeleted) {
    }

    /** Our answer. */
    record Received(UUID dossierId, String dossierCode, String externalId, int nationalStatusCode, String receivedAt,
                    String dueAt) {
    }

    @PostMapping("/api/v1/national-portal/dossiers")
    @Operation(summary = "Receive a dossier submitted at the National Public Service Portal",
            description = "Body: HoSoDongBoDVC (MaHoSo = the National Portal's id, MaTTHC, optional MaTruongHop, "
                    + "ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong 1 person / 2 organisation, the VNeID identity SoDinhDanh "
                    + "and MucDoDinhDanh, DiaChi, SoDienThoai, Email, TrichYeuHoSo, NgayTiepNhan, MaLinhVuc, HinhThuc, "
                    + "DonViXuLy, MaDoiTuong, DanhSachLePhi, TaiLieuNop[] with MaThanhPhanHoSo, TenTepDinhKem and either "
                    + "the content base64 in NoiDungTep or a link DuongDanTaiTepTin on the National Portal's file host). "
                    + "The dossier is received at once: 201 with our dossier code; the same MaHoSo again: 200 with the "
                    + "same dossier. 400 names the refused field and nothing is stored; 503 SERVICE_UNAVAILABLE with "
                    + "Retry-After when a linked file cannot be fetched now: send the dossier again later.")
    ResponseEntity<Received> receive(@Parameter(description = "The shared secret DVC_NATIONAL_PORTAL_API_KEY")
            @RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = HoSoDongBoDVC.class)))
            @RequestBody JsonNode body) {
        if (!properties.nationalPortalEnabled()) {
            throw new ResourceNotFound("the National Portal channel is not configured");
        }
        if (apiKey == null || !MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                properties.nationalPortalApiKey().getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid X-Api-Key is required");
        }
        NationalPortalIntake.Outcome outcome = intake.receive(NationalPortalMessage.read(body));
        Dossier dossier = outcome.dossier();
        Received answer = new Received(dossier.id(), java.util.Objects.requireNonNull(dossier.code()),
                String.valueOf(dossier.particulars().externalId()), dossier.status().nationalCode(),
                DossierApi.iso(dossier.receivedAt()), DossierApi.iso(dossier.dueAt()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }
}
