package vn.dvc.portal.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.platform.AssuranceLevel;

/**
 * One version of an administrative procedure (thủ tục hành chính) with every component of CAT-2. Immutable; a
 * change makes a new version, and a dossier keeps the version it was received under.
 *
 * @param code               national code {@code d.dddddd}, e.g. {@code 1.001193}
 * @param version            1, 2, … (a new one for every change)
 * @param name               the exact official name (CAT-4)
 * @param sector             ngành, e.g. "Tư pháp"
 * @param field              lĩnh vực, e.g. "Hộ tịch"
 * @param levels             implementing levels as named nationally, e.g. "Cấp tỉnh", "Cấp xã"
 * @param agencies           implementing, competent, authorised and coordinating agencies
 * @param onlineLevel        online level (Decree 42/2022, with the legacy level)
 * @param cases              the cases (trường hợp), at least one
 * @param applicants         eligible applicants (đối tượng thực hiện)
 * @param results            result documents (kết quả thực hiện)
 * @param requirements       requirements and conditions (yêu cầu, điều kiện); may be empty
 * @param legalBasis         legal basis (căn cứ pháp lý)
 * @param publishingDecision the decision that published the procedure, if known
 * @param receivingAddress   where to file (địa chỉ tiếp nhận)
 * @param cutoff             received after this local time counts from the next working day; null for none
 * @param requiredAssurance  the assurance level an online submission needs (AUTH-4)
 * @param formFields         the e-form fields an online submission asks for
 * @param status             this version's status
 */
public record Procedure(String code, int version, String name, Sector sector, Field field, List<String> levels,
                        List<AgencyRole> agencies, OnlineLevel onlineLevel, List<ProcedureCase> cases,
                        List<String> applicants, List<String> results, String requirements,
                        List<LegalDocument> legalBasis, @Nullable PublishingDecision publishingDecision,
                        String receivingAddress, @Nullable LocalTime cutoff, AssuranceLevel requiredAssurance,
                        List<FormField> formFields, Status status) {

    /** Whether a dossier for this version may be submitted online (and it is published). */
    public boolean isOfferedOnline() {
        return status == Status.PUBLISHED && onlineLevel.isOfferedOnline()
                && cases.stream().anyMatch(c -> c.way(Channel.ONLINE).isPresent());
    }

    public Optional<ProcedureCase> findCase(String caseCode) {
        return cases.stream().filter(c -> c.code().equals(caseCode)).findFirst();
    }

    /** The agencies with the given role. */
    public List<AgencyRole> agencies(AgencyRole.Kind kind) {
        return agencies.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The status of a version. */
    public enum Status {
        /** Being prepared by the Centre; not shown publicly. */
        DRAFT,
        /** The current version: shown publicly, dossiers are received under it. */
        PUBLISHED,
        /** Replaced by a newer published version; kept for the dossiers received under it. */
        SUPERSEDED,
        /** Withdrawn from the catalogue: no new dossiers. */
        WITHDRAWN
    }

    /** A sector (ngành), e.g. code {@code TP}, "Tư pháp". */
    public record Sector(String code, String name) {
    }

    /** A field (lĩnh vực) within a sector, e.g. code {@code G13-TP06}, "Hộ tịch" (national MALINHVUC). */
    public record Field(String code, String name) {
    }

    /**
     * An agency's part in the procedure.
     *
     * @param kind       implementing, competent, authorised or coordinating
     * @param agencyCode the agency in our tree, if it is one of the province's
     * @param name       the name as the national record gives it
     */
    public record AgencyRole(Kind kind, @Nullable String agencyCode, String name) {

        public enum Kind {
            /** Cơ quan thực hiện. */
            IMPLEMENTING,
            /** Cơ quan có thẩm quyền. */
            COMPETENT,
            /** Cơ quan được ủy quyền. */
            AUTHORISED,
            /** Cơ quan phối hợp. */
            COORDINATING
        }
    }

    /** A way of submitting (national KENH 1, 2, 3). */
    public enum Channel {
        /** Trực tiếp (KENH 1). */
        IN_PERSON(1),
        /** Trực tuyến (KENH 2). */
        ONLINE(2),
        /** Dịch vụ bưu chính (KENH 3). */
        POSTAL(3);

        private final int nationalCode;

        Channel(int nationalCode) {
            this.nationalCode = nationalCode;
        }

        public int nationalCode() {
            return nationalCode;
        }
    }

    /**
     * A case (trường hợp) of a procedure: its steps, ways of submitting and dossier components.
     *
     * @param code       stable within the procedure, e.g. {@code TH1}
     * @param name       e.g. "Đăng ký khai sinh đúng hạn"; the only case of a simple procedure may be named
     *                   after the procedure
     * @param steps      the sequence of steps (trình tự thực hiện) as published
     * @param ways       ways of submitting, each with its time limit and fees
     * @param components the dossier components (thành phần hồ sơ)
     */
    public record ProcedureCase(String code, String name, List<String> steps, List<SubmissionWay> ways,
                                List<Component> components) {

        public Optional<SubmissionWay> way(Channel channel) {
            return ways.stream().filter(w -> w.channel() == channel).findFirst();
        }
    }

    /**
     * A way of submitting with its time limit and fees.
     *
     * @param channel     in person, online or postal
     * @param timeLimit   the legal time limit (amount and unit) from receipt
     * @param description the time limit as published, e.g. "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"
     * @param fees        fees and charges (phí, lệ phí); empty when free
     */
    public record SubmissionWay(Channel channel, Allowance timeLimit, String description, List<Fee> fees) {
    }

    /**
     * A fee or charge.
     *
     * @param code        the national fee code if any, else a local one
     * @param description as published, e.g. "Lệ phí đăng ký khai sinh: Miễn lệ phí"
     * @param amountVnd   amount in đồng (integer); 0 when free or when it depends on the case (see description)
     */
    public record Fee(String code, String description, long amountVnd) {
    }

    /**
     * A dossier component (thành phần hồ sơ).
     *
     * @param code       stable within the procedure version, e.g. {@code TP1}
     * @param name       as published
     * @param originals  number of originals (bản chính)
     * @param copies     number of copies (bản sao)
     * @param required   whether a dossier must include it
     * @param template   the template form to download, if one is prescribed
     * @param maxBytes   the largest file accepted online
     * @param mediaTypes the content types accepted online (checked by content), e.g. application/pdf
     */
    public record Component(String code, String name, int originals, int copies, boolean required,
                            @Nullable TemplateForm template, long maxBytes, Set<String> mediaTypes) {

        /** The media types in one fixed (sorted) order, so that equal records serialise, and hash, alike. */
        public Component {
            mediaTypes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(mediaTypes));
        }
    }

    /**
     * A template form (mẫu đơn, tờ khai) to download.
     *
     * @param id          opaque id, for the download address ({@code /thu-tuc-hanh-chinh/mau-don/{id}})
     * @param name        e.g. "Tờ khai đăng ký khai sinh"
     * @param fileName    e.g. {@code to-khai-dang-ky-khai-sinh.docx}
     * @param mediaType   the file's content type
     * @param externalUrl where the form is published elsewhere ({@code https://…}) when the portal does not
     *                    hold the file itself; null for a form stored in the portal
     */
    public record TemplateForm(String id, String name, String fileName, String mediaType,
                               @Nullable String externalUrl) {

        /** A form stored in the portal. */
        public TemplateForm(String id, String name, String fileName, String mediaType) {
            this(id, name, fileName, mediaType, null);
        }
    }

    /**
     * A legal document cited (căn cứ pháp lý), QA-3 uses the same shape.
     *
     * @param number number and symbol, e.g. "123/2015/NĐ-CP"
     * @param title  e.g. "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch"
     * @param date   date of issue, if known
     * @param issuer e.g. "Chính phủ"
     */
    public record LegalDocument(String number, String title, @Nullable LocalDate date, String issuer) {
    }

    /** The decision that published the procedure (Art. 9: changes are due 10 working days after it). */
    public record PublishingDecision(String number, LocalDate date, String issuer) {
    }

    /**
     * A field of the procedure's e-form, validated on the server.
     *
     * @param name      the field's key in the submitted data, e.g. {@code childFullName}
     * @param label     Vietnamese label
     * @param type      what it holds
     * @param required  whether it must be filled
     * @param maxLength the longest value accepted, null for the type's default
     * @param options   the choices of a {@link FieldType#SELECT}
     * @param prefill   the account profile field it is pre-filled from, if any
     * @param hint      a help text under the field, may be empty
     */
    public record FormField(String name, String label, FieldType type, boolean required,
                            @Nullable Integer maxLength, List<String> options, @Nullable ProfileField prefill,
                            String hint) {
    }

    /** Kinds of e-form fields. */
    public enum FieldType {
        TEXT, TEXTAREA, NUMBER, DATE, SELECT, CITIZEN_ID, PHONE, EMAIL
    }

    /** Account profile fields an e-form field may be pre-filled from. */
    public enum ProfileField {
        FULL_NAME, CITIZEN_ID, BIRTH_DATE, PHONE, EMAIL, ADDRESS, ORGANISATION_NAME, TAX_CODE
    }
}
