package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.DemoData;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * Demo items: three answered and published FAQ entries about the demo procedures (khai sinh, chứng thực, hộ
 * kinh doanh) and items in other stages, made with the aggregate's own transitions and the real working-time
 * clock at fixed past instants (November 2026). Idempotent by their fixed references {@code PA-2026-9000nn}.
 */
@Component
class FeedbackDemoData implements DemoData {

    static final String JUSTICE = "000.00.15.H63";
    static final String PLANNING = "000.00.05.H63";

    private final Questions questions;
    private final Askers askers;
    private final Answers answers;
    private final Deadlines deadlines;
    private final Procedures procedures;
    private final PersonalDataProtection protection;
    private final FeedbackProperties properties;

    FeedbackDemoData(Questions questions, Askers askers, Answers answers, Deadlines deadlines, Procedures procedures,
            PersonalDataProtection protection, FeedbackProperties properties) {
        this.questions = questions;
        this.askers = askers;
        this.answers = answers;
        this.deadlines = deadlines;
        this.procedures = procedures;
        this.protection = protection;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        answered(1, "1.001193", "Đăng ký khai sinh cho con khi cha mẹ đang làm việc xa nhà",
                "Vợ chồng tôi làm việc tại tỉnh khác, con sinh tại bệnh viện tỉnh Yên Bái. Chúng tôi có thể đăng ký "
                        + "khai sinh cho con ở đâu và cần những giấy tờ gì?",
                "Theo Điều 13 Luật Hộ tịch, Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ thực hiện "
                        + "đăng ký khai sinh. Hồ sơ gồm tờ khai theo mẫu và giấy chứng sinh; người đi đăng ký xuất "
                        + "trình giấy tờ tùy thân. Anh chị có thể nộp trực tuyến trên Cổng Dịch vụ công.",
                new Answer.Citation("60/2014/QH13", java.time.LocalDate.of(2014, 11, 20), "Quốc hội", "Luật Hộ tịch"),
                "2026-11-02T09:15:00", JUSTICE, "Sở Tư pháp tỉnh Yên Bái", "Hoàng Văn Nam", "Chánh Văn phòng Sở",
                "02163862365");
        answered(2, "2.000815", "Chứng thực bản sao bằng tốt nghiệp ở Ủy ban nhân dân phường",
                "Tôi cần chứng thực bản sao bằng tốt nghiệp đại học để nộp hồ sơ xin việc. Ủy ban nhân dân phường có "
                        + "chứng thực được không và lệ phí bao nhiêu?",
                "Ủy ban nhân dân cấp xã chứng thực bản sao từ bản chính giấy tờ do cơ quan có thẩm quyền của Việt Nam "
                        + "cấp. Lệ phí là 2.000 đồng một trang; từ trang thứ ba trở đi 1.000 đồng một trang.",
                new Answer.Citation("23/2015/NĐ-CP", java.time.LocalDate.of(2015, 2, 16), "Chính phủ",
                        "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký"),
                "2026-11-04T14:00:00", JUSTICE, "Sở Tư pháp tỉnh Yên Bái", "Hoàng Văn Nam", "Chánh Văn phòng Sở",
                "02163862365");
        answered(3, "1.001612", "Đăng ký hộ kinh doanh bán tạp hóa tại nhà",
                "Gia đình tôi muốn mở cửa hàng tạp hóa tại nhà. Tôi có phải đăng ký hộ kinh doanh không và nộp hồ sơ ở "
                        + "đâu?",
                "Hộ gia đình kinh doanh có địa điểm cố định phải đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh "
                        + "cấp huyện nơi đặt địa điểm kinh doanh. Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản "
                        + "sao giấy tờ pháp lý của cá nhân.",
                new Answer.Citation("01/2021/NĐ-CP", java.time.LocalDate.of(2021, 1, 4), "Chính phủ",
                        "Nghị định về đăng ký doanh nghiệp"),
                "2026-11-09T10:30:00", PLANNING, "Sở Kế hoạch và Đầu tư tỉnh Yên Bái", "Trần Minh Đức",
                "Phó Trưởng phòng Đăng ký kinh doanh", "02163852437");
        Question waiting = receive(4, "1.000894", "Đăng ký kết hôn với người nước ngoài",
                "Tôi muốn đăng ký kết hôn với công dân Hàn Quốc. Hồ sơ nộp ở đâu và thời gian giải quyết bao lâu?",
                "2026-11-27T16:20:00");
        if (waiting != null) {
            questions.record(waiting.id(), waiting.submittedAt(), "submitted", "người hỏi", null, null);
        }
        Question atAgency = receive(5, "1.001193", "Trích lục khai sinh bản sao",
                "Tôi bị mất giấy khai sinh bản chính. Xin hỏi làm thế nào để được cấp bản sao trích lục khai sinh?",
                "2026-11-26T08:10:00");
        if (atAgency != null) {
            Instant at = at("2026-11-26T10:00:00");
            questions.record(atAgency.id(), atAgency.submittedAt(), "submitted", "người hỏi", null, null);
            questions.save(atAgency.forward(JUSTICE, List.of(), Question.Kind.QUESTION, atAgency.procedureCode(),
                    atAgency.sectorCode(), at, deadlines.clock()));
            questions.record(atAgency.id(), at, "forwarded", "demo.centre", JUSTICE, "on time");
        }
    }

    private void answered(int n, @Nullable String procedure, String title, String body, String answer,
            Answer.Citation citation, String submitted, String agency, String agencyName, String responder,
            String position, String phone) {
        Question q = receive(n, procedure, title, body, submitted);
        if (q == null) {
            return;
        }
        HandlingClock clock = deadlines.clock();
        Instant received = q.submittedAt();
        Instant forwardedAt = received.plusSeconds(2 * 3600);
        Instant answeredAt = received.plusSeconds(26 * 3600);
        Question forwarded = questions.save(q.forward(agency, List.of(), Question.Kind.QUESTION, procedure,
                q.sectorCode(), forwardedAt, clock));
        answers.saveDraft(q.id(), new Answer(agency, agencyName, responder, position, phone, answer, List.of(citation),
                "demo.specialist", answeredAt.minusSeconds(3600), null, null));
        Question drafted = questions.save(forwarded.answerDrafted());
        questions.save(drafted.answerApproved(answeredAt));
        answers.approve(q.id(), "demo.leader", answeredAt);
        questions.record(q.id(), received, "submitted", "người hỏi", null, null);
        questions.record(q.id(), forwardedAt, "forwarded", "demo.centre", agency, "on time");
        questions.record(q.id(), answeredAt, "answered", "demo.leader", agency, null);
        Instant publishedAt = answeredAt.plusSeconds(3600);
        questions.publish(q.id(), publishedAt, title, body, answer);
        questions.record(q.id(), publishedAt, "published", "demo.centre", null, null);
    }

    /** The item with the fixed reference, or null if it exists already. */
    private @Nullable Question receive(int n, @Nullable String procedure, String title, String body, String at) {
        String reference = "PA-2026-9%05d".formatted(n);
        if (questions.findByReference(reference).isPresent()) {
            return null;
        }
        Instant received = at(at);
        Asker asker = new Asker(Asker.Kind.INDIVIDUAL, "Người hỏi mẫu " + n, null, null, Asker.IdKind.CITIZEN_ID,
                "015090%06d".formatted(100000 + n), "Phường Yên Bái, tỉnh Yên Bái", "09120000%02d".formatted(n), null);
        UUID askerId = askers.add(asker, null, properties.consentVersion(), received);
        String sector = procedure == null ? null : procedures.findPublished(procedure)
                .map(p -> p.sector().code()).orElse(null);
        Question q = Question.received(UUID.randomUUID(), reference, Question.Kind.QUESTION, askerId, null, null,
                procedure, sector, null, title, body, received, deadlines.clock());
        questions.add(q, protection.matchingHash(QuestionSubmission.ACCESS_PURPOSE, "demo-" + reference));
        return questions.find(q.id()).orElseThrow();
    }

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }
}
