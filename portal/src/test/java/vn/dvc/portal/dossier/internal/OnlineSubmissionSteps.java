package vn.dvc.portal.dossier.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The online wizard in a browser, for browser tests of any module: a signed-in citizen submits a copy of a
 * civil-status extract (2.000635: e-form, TP1 and TP3 attached or TP3 reused from the personal data store).
 */
public final class OnlineSubmissionSteps {

    private OnlineSubmissionSteps() {
    }

    /** From the section page to the dossier's page; returns the dossier id. */
    public static String submit(Page citizen, UnaryOperator<String> url, String procedure, boolean reuse) {
        return submit(citizen, url, procedure, reuse, page -> { });
    }

    /** Like {@link #submit(Page, UnaryOperator, String, boolean)}, running {@code check} on each page of the wizard. */
    public static String submit(Page citizen, UnaryOperator<String> url, String procedure, boolean reuse,
            Consumer<Page> check) {
        citizen.navigate(url.apply("/nop-ho-so"));
        if (reuse) {
            // picked from the section's list of procedures offered online
            citizen.locator("ul.offered-procedures a[href$='/nop-ho-so/" + procedure + "']").click();
        } else {
            citizen.getByLabel("Mã thủ tục hành chính").fill(procedure);
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ cho thủ tục này")).click();
        }
        check.accept(citizen);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu soạn hồ sơ")).click();
        citizen.locator("#applicant-idNumber").fill("015190001234");
        citizen.locator("#f-applicantCitizenId").fill("015190001234");
        citizen.locator("#f-documentType").selectOption("Giấy khai sinh");
        citizen.locator("#f-subjectFullName").fill("Nguyễn Minh Khang");
        citizen.locator("#f-copies").fill("2");
        check.accept(citizen);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tiếp tục")).click();
        assertThat(citizen).hasURL(Pattern.compile(".*buoc=thanh-phan$"));
        upload(citizen, "TP1", "to-khai-trich-luc.pdf");
        if (reuse) {
            Locator store = citizen.locator("form").filter(new Locator.FilterOptions().setHas(citizen.locator("#doc-TP3")));
            String value = store.locator("#doc-TP3 option").filter(new Locator.FilterOptions().setHasText("can-cuoc.pdf"))
                    .first().getAttribute("value");
            store.locator("#doc-TP3").selectOption(value);
            store.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dùng tài liệu này")).click();
        } else {
            upload(citizen, "TP3", "can-cuoc.pdf");
        }
        check.accept(citizen);
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem lại hồ sơ")).click();
        if (reuse) {
            assertThat(citizen.locator("main")).containsText("dùng lại từ kho dữ liệu cá nhân");
        }
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
        citizen.waitForURL(Pattern.compile(".*/tai-khoan/ho-so/[0-9a-f-]{36}\\?da-nop$"));
        assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Đã nộp hồ sơ");
        return citizen.url().replaceAll(".*/tai-khoan/ho-so/", "").replaceAll("\\?.*", "");
    }

    static void upload(Page citizen, String component, String name) {
        Locator form = citizen.locator("form").filter(new Locator.FilterOptions().setHas(citizen.locator("#file-" + component)));
        form.locator("#file-" + component).setInputFiles(new FilePayload(name, "application/pdf", DossierFixtures.pdf(4_000)));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lên")).click();
        assertThat(citizen.locator("main")).containsText("Đã đính kèm: " + name);
    }
}
