package vn.dvc.portal.feedback.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The whole Q&amp;A flow in a browser (#9): an anonymous individual asks with a phone verified by a code read
 * from the development mailbox; the Centre forwards; the agency's specialist answers with a citation (first
 * forgetting required fields); the leader approves; the asker opens the private link, sees the answer and
 * rates it; the Centre publishes it; the FAQ finds it without diacritics and without the asker's data.
 */
class FeedbackBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    static Page.GetByRoleOptions button(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Four sign-ins with a second factor and a dozen accessibility checks: more than the default 3 minutes. */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void anAnonymousQuestionIsAnsweredApprovedRatedAndPublishedWithoutPersonalData() {
        // the public section with the demo FAQ
        page.navigate(url("/hoi-dap"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hỏi đáp – Phản ánh kiến nghị");
        assertThat(page.locator("article.faq-entry").first()).isVisible();
        assertAccessible(page);

        // ask without diacritics: refused with a clear message, nothing lost
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gửi câu hỏi")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Gửi câu hỏi, phản ánh, kiến nghị");
        assertAccessible(page);
        page.getByLabel("Tiêu đề").fill("Hỏi về giấy tờ đăng ký khai sinh cho con");
        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true)).fill(
                "Toi muon hoi dang ky khai sinh cho con can nhung giay to gi");
        page.getByLabel("Họ và tên").fill("Vũ Thị Lan");
        page.getByLabel("Số giấy tờ tùy thân").fill("015090123456");
        page.getByLabel("Địa chỉ").fill("Tổ 7, phường Yên Ninh, thành phố Yên Bái");
        page.getByLabel("Số điện thoại").fill("0987 654 321");
        page.getByRole(AriaRole.BUTTON, button("Gửi mã xác minh")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi mã xác minh đến số điện thoại");

        Page mailbox = openPage(new com.microsoft.playwright.Browser.NewContextOptions());
        mailbox.navigate(url("/hop-thu-thu-nghiem"));
        String body = mailbox.locator("ol.mailbox li").filter(new Locator.FilterOptions().setHasText("0987654321"))
                .first().locator("p.body").textContent();
        String code = body.replaceAll("(?s).*?\\b([0-9]{6})\\b.*", "$1");
        mailbox.context().close();

        page.getByLabel("Mã xác minh").fill(code);
        page.getByLabel("Tôi đồng ý").check();
        page.getByRole(AriaRole.BUTTON, button("Gửi câu hỏi")).click();
        assertThat(page.locator(".error-summary")).containsText("tiếng Việt có dấu");
        assertThat(page.getByLabel("Họ và tên")).hasValue("Vũ Thị Lan");
        assertAccessible(page);

        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true)).fill(
                "Con tôi sinh ngày 20/11/2026. Tôi muốn hỏi đăng ký khai sinh cần những giấy tờ gì? Số căn cước của "
                        + "tôi là 015090123456, điện thoại 0987 654 321, thư vu.lan@example.vn.");
        page.getByLabel("Mã xác minh").fill(code);
        page.getByLabel("Tôi đồng ý").check();
        page.getByRole(AriaRole.BUTTON, button("Gửi câu hỏi")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi câu hỏi");
        String privateLink = page.url().replace("?da-gui=1", "");
        assertThat(privateLink).matches(".*/hoi-dap/theo-doi/[A-Za-z0-9_-]{32}$");
        String reference = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()
                .replace("Câu hỏi ", "").strip();
        assertThat(page.locator("dd.stage")).hasText("Đã tiếp nhận");
        assertAccessible(page);

        // the Centre classifies and forwards to Sở Tư pháp
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/can-bo/hoi-dap"));
        assertAccessible(centre);
        Locator row = centre.locator("table.feedback-board tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("Còn hạn");
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(centre.locator("section.asker")).containsText("015090123456");
        assertAccessible(centre);
        centre.getByLabel("Cơ quan có thẩm quyền trả lời").selectOption("000.00.15.H63");
        centre.getByRole(AriaRole.BUTTON, button("Chuyển xử lý")).click();
        assertThat(centre.locator("dd.stage")).hasText("Cơ quan đang trả lời");

        // the specialist answers: first without the required fields, then with a citation
        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        specialist.navigate(url("/can-bo/hoi-dap"));
        specialist.locator("table.feedback-board tr", new Page.LocatorOptions().setHasText(reference))
                .getByRole(AriaRole.LINK).first().click();
        specialist.getByLabel("Nội dung trả lời").fill("Hồ sơ gồm tờ khai và giấy chứng sinh.");
        specialist.getByRole(AriaRole.BUTTON, button("Trình lãnh đạo duyệt")).click();
        assertThat(specialist.locator(".error-summary")).containsText("Nhập chức vụ người trả lời");
        assertThat(specialist.locator(".error-summary")).containsText("số, ký hiệu văn bản căn cứ");
        assertAccessible(specialist);
        specialist.getByLabel("Chức vụ").fill("Phó Trưởng phòng Hành chính tư pháp");
        specialist.getByLabel("Điện thoại").fill("0216 3862 364");
        specialist.getByLabel("Nội dung trả lời").fill("Hồ sơ đăng ký khai sinh gồm tờ khai theo mẫu và giấy chứng "
                + "sinh; nộp tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.");
        Locator first = specialist.locator("fieldset", new Page.LocatorOptions().setHasText("Văn bản căn cứ 1"));
        first.getByLabel("Số, ký hiệu văn bản").fill("123/2015/NĐ-CP");
        first.getByLabel("Ngày ban hành").fill("2015-11-15");
        first.getByLabel("Cơ quan ban hành").fill("Chính phủ");
        first.getByLabel("Trích yếu").fill("Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch");
        specialist.getByRole(AriaRole.BUTTON, button("Trình lãnh đạo duyệt")).click();
        assertThat(specialist.locator("dd.stage")).hasText("Chờ lãnh đạo duyệt");
        assertThat(specialist.getByRole(AriaRole.BUTTON, button("Duyệt và gửi trả lời"))).hasCount(0);

        // the leader approves
        Page leader = signedIn("demo.leader", properties.demoPassword());
        leader.navigate(specialist.url().replace("?da-luu=1", ""));
        leader.getByRole(AriaRole.BUTTON, button("Duyệt và gửi trả lời")).click();
        assertThat(leader.locator("dd.stage")).hasText("Đã trả lời");

        // the asker reads the answer by the private link and rates it
        page.navigate(privateLink);
        assertThat(page.locator("section.answer")).containsText("Sở Tư pháp tỉnh Yên Bái");
        assertThat(page.locator("ul.citations")).containsText("số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ");
        assertAccessible(page);
        page.getByLabel("Hài lòng", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, button("Gửi đánh giá")).click();
        assertThat(page.locator("p.rating-given")).containsText("hài lòng");

        // the Centre publishes; the FAQ finds it without diacritics and without the asker's data
        centre.reload();
        centre.getByRole(AriaRole.BUTTON, button("Công khai")).click();
        assertThat(centre.locator("p.published")).isVisible();

        page.navigate(url("/hoi-dap?q=giay+to+khai+sinh+con"));
        Locator entry = page.locator("#faq-" + reference);
        assertThat(entry).containsText("Hồ sơ đăng ký khai sinh gồm tờ khai");
        assertThat(entry).not().containsText("015090123456");
        assertThat(entry).not().containsText("0987 654 321");
        assertThat(entry).not().containsText("vu.lan@example.vn");
        assertThat(entry).containsText("[số giấy tờ đã ẩn]");
        assertThat(page.content()).doesNotContain("Vũ Thị Lan");
        assertAccessible(page);
    }

    @Test
    void theCentreDefinesASurveyPeopleAnswerItAndTheResultsAreTallied() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/khao-sat"));
        assertAccessible(centre);
        centre.getByLabel("Tên cuộc khảo sát").fill("Khảo sát mức độ hài lòng tháng 12/2026");
        centre.getByRole(AriaRole.BUTTON, button("Tạo khảo sát")).click();
        String surveyLink = centre.locator("main a[href^='/khao-sat/']").first().getAttribute("href");

        page.navigate(url(surveyLink));
        assertThat(page.locator("fieldset.survey-item")).hasCount(7);
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, button("Gửi khảo sát")).click();
        assertThat(page.locator(".error-summary")).containsText("Chấm điểm nội dung 1");
        for (int item = 1; item <= 7; item++) {
            page.locator("fieldset.survey-item").nth(item - 1).getByLabel("4 – Hài lòng").check();
        }
        page.getByRole(AriaRole.BUTTON, button("Gửi khảo sát")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Cảm ơn bạn");

        centre.reload();
        assertThat(centre.locator("table.survey-results tbody tr").first().locator("td.average")).hasText("4,00");
        assertAccessible(centre);
    }

    @Test
    void aSignedInCitizenAsksWithoutACodeAndFindsTheItemInTheAccount() {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        citizen.navigate(url("/hoi-dap/gui-cau-hoi?lang=en"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ask a question, give feedback or petition");
        citizen.navigate(url("/hoi-dap/gui-cau-hoi?lang=vi"));
        assertThat(citizen.getByRole(AriaRole.BUTTON, button("Gửi mã xác minh"))).hasCount(0);
        citizen.getByLabel("Tiêu đề").fill("Hỏi về đăng ký thường trú");
        citizen.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true)).fill(
                "Tôi chuyển về sống cùng bố mẹ tại phường Yên Bái. Thủ tục đăng ký thường trú cần những giấy tờ gì?");
        citizen.getByLabel("Họ và tên").fill("Nguyễn Văn An");
        citizen.getByLabel("Số giấy tờ tùy thân").fill("015095000123");
        citizen.getByLabel("Địa chỉ").fill("Tổ 2, phường Yên Bái");
        citizen.getByLabel("Số điện thoại").fill("0915 000 123");
        citizen.getByLabel("Tôi đồng ý").check();
        citizen.getByRole(AriaRole.BUTTON, button("Gửi câu hỏi")).click();
        assertThat(citizen.getByRole(AriaRole.STATUS).first()).containsText("Đã gửi câu hỏi");

        citizen.navigate(url("/tai-khoan/hoi-dap"));
        assertThat(citizen.locator("table.feedback-board")).containsText("Hỏi về đăng ký thường trú");
        assertAccessible(citizen);
        citizen.locator("table.feedback-board a").first().click();
        assertThat(citizen.locator("dd.stage")).hasText("Đã tiếp nhận");
    }

    @Test
    void similarAnswersAreSuggestedWhileTyping() {
        page.navigate(url("/hoi-dap/gui-cau-hoi"));
        page.getByLabel("Tiêu đề").pressSequentially("chứng thực bản sao bằng tốt nghiệp");
        assertThat(page.locator("#suggestions")).containsText("Chứng thực bản sao bằng tốt nghiệp");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Tìm trong các câu hỏi đã được trả lời"))).hasAttribute("href", Pattern.compile("/hoi-dap$"));
    }
}
