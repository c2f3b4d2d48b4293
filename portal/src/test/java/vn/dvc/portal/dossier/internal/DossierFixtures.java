package vn.dvc.portal.dossier.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;

/** Test data for the dossier module: procedures as the catalogue would give them, agencies, signed-in users. */
final class DossierFixtures {

    static final String CENTRE = "000.00.01.H63";
    static final String JUSTICE = "000.00.15.H63";
    static final long ONE_MB = 1_048_576;

    private DossierFixtures() {
    }

    /** 1.001193 Đăng ký khai sinh: two components (one optional), in person / online / postal, 3 working days. */
    static Procedure birthRegistration() {
        return birthRegistration("1.001193", JUSTICE, OnlineLevel.FULL);
    }

    static Procedure birthRegistration(String code, String agency, OnlineLevel online) {
        List<Procedure.Component> components = List.of(
                new Procedure.Component("TP1", "Tờ khai đăng ký khai sinh theo mẫu", 1, 0, true, null, 2 * ONE_MB,
                        Set.of(ContentTypes.PDF, ContentTypes.PNG, ContentTypes.JPEG)),
                new Procedure.Component("TP2", "Giấy chứng sinh", 1, 0, true, null, 2 * ONE_MB,
                        Set.of(ContentTypes.PDF, ContentTypes.JPEG)),
                new Procedure.Component("TP3", "Văn bản ủy quyền (nếu có)", 0, 1, false, null, ONE_MB,
                        Set.of(ContentTypes.PDF)));
        List<Procedure.SubmissionWay> ways = List.of(
                new Procedure.SubmissionWay(Procedure.Channel.IN_PERSON, Allowance.workingDays(3),
                        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", List.of()),
                new Procedure.SubmissionWay(Procedure.Channel.ONLINE, Allowance.workingDays(3),
                        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", List.of()),
                new Procedure.SubmissionWay(Procedure.Channel.POSTAL, Allowance.workingDays(3),
                        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                        List.of(new Procedure.Fee("LP1", "Lệ phí đăng ký khai sinh: Miễn lệ phí", 0))));
        List<Procedure.FormField> form = List.of(
                new Procedure.FormField("childFullName", "Họ, chữ đệm, tên người được đăng ký khai sinh",
                        Procedure.FieldType.TEXT, true, 100, List.of(), null, ""),
                new Procedure.FormField("childBirthDate", "Ngày, tháng, năm sinh", Procedure.FieldType.DATE, true,
                        null, List.of(), null, ""),
                new Procedure.FormField("requesterName", "Họ, chữ đệm, tên người yêu cầu", Procedure.FieldType.TEXT,
                        true, 100, List.of(), Procedure.ProfileField.FULL_NAME, ""));
        return new Procedure(code, 1, "Đăng ký khai sinh", new Procedure.Sector("TP", "Tư pháp"),
                new Procedure.Field("G13-TP06", "Hộ tịch"), List.of("Cấp xã"),
                List.of(new Procedure.AgencyRole(Procedure.AgencyRole.Kind.IMPLEMENTING, agency, "Sở Tư pháp"),
                        new Procedure.AgencyRole(Procedure.AgencyRole.Kind.COMPETENT, agency, "Sở Tư pháp")),
                online, List.of(new Procedure.ProcedureCase("TH1", "Đăng ký khai sinh đúng hạn",
                        List.of("Nộp hồ sơ", "Tiếp nhận", "Giải quyết", "Trả kết quả"), ways, components)),
                List.of("Công dân Việt Nam"), List.of("Giấy khai sinh"), "", List.of(), null,
                "Bộ phận Một cửa", LocalTime.of(16, 0), AssuranceLevel.SELF_DECLARED, form,
                Procedure.Status.PUBLISHED);
    }

    static Agency agency(String code) {
        boolean centre = code.equals(CENTRE);
        return new Agency(code, centre ? "Trung tâm Phục vụ hành chính công tỉnh Yên Bái" : "Sở Tư pháp tỉnh Yên Bái",
                centre ? "Trung tâm PVHCC" : "Sở Tư pháp", new AgencyLevel("DEPARTMENT", "Cấp sở", 2),
                "000.00.00.H63", "Số 2, đường Hòa Bình, phường Nguyễn Thái Học, thành phố Yên Bái", "0216 3852 246",
                "stp@yenbai.gov.vn", "TIEU_CHUAN", true, null, LocalDate.of(2020, 1, 1), null, null);
    }

    static Applicant person() {
        return new Applicant(Applicant.Kind.PERSON, "Nguyễn Văn Bình", "015090001234",
                "Tổ 5, phường Đồng Tâm, thành phố Yên Bái", "0987654321", "", null, null);
    }

    static WalkIn walkIn(Set<String> provided, List<Upload> scans) {
        return new WalkIn("1.001193", "TH1", Channel.IN_PERSON, person(), provided, 1, "", Map.of(), scans);
    }

    static SignedInUser signInOfficer(String username, Role role, String agency) {
        SignedInUser user = new SignedInUser(UUID.nameUUIDFromBytes(username.getBytes()), username, "Lò Thị Mai",
                AccountKind.OFFICER, Set.of(role), AssuranceLevel.VERIFIED_BY_CODE, agency);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        return user;
    }

    static SignedInUser signInCitizen(String username, AssuranceLevel level) {
        SignedInUser user = new SignedInUser(UUID.nameUUIDFromBytes(username.getBytes()), username,
                "Nguyễn Thị Hồng Nhung", AccountKind.INDIVIDUAL, Set.of(Role.CITIZEN), level, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(Role.CITIZEN.authority()))));
        return user;
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
