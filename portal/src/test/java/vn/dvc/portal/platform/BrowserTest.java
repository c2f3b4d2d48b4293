package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application of the shared test configuration ({@link PortalTest}, demo data
 * on) on a random port, driven by Playwright in Debian's Chromium (its headless shell, see {@link #chromium()})
 * with the Vietnamese locale, plus an accessibility check with axe-core. Playwright never downloads a browser.
 * Chromium is launched once per test JVM; each test gets a browser context of its own.
 */
@PortalTest
public abstract class BrowserTest {

    private static @Nullable Browser browser;

    /** Signed-in sessions ({@code storageState}) of accounts with a second factor, by application (port) and name. */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** The test JVM's one Chromium, launched at the first browser test and closed when the JVM ends. */
    private static synchronized Browser browser() {
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String executable = chromium();
            assertThat(Files.isExecutable(Path.of(executable))).as("Chromium at %s (apt-get install "
                    + "chromium-headless-shell, as .ci/run does, or set DVC_CHROMIUM)", executable).isTrue();
            Browser launched = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                launched.close();
                playwright.close();
            }, "close-chromium"));
            browser = launched;
        }
        return browser;
    }

    /**
     * {@code DVC_CHROMIUM}, else Debian's headless shell ({@code chromium-headless-shell}: the same Blink without the
     * desktop browser around it, under half the CPU of {@code chromium --headless} for the same tests), else
     * Debian's {@code chromium}.
     */
    private static String chromium() {
        String chosen = System.getenv("DVC_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium";
    }

    private static final String HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

    @BeforeEach
    void openContext() {
        context = browser().newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Vietnamese locale and a desktop viewport; subclasses may change it. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 900);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a second context with other options (e.g. without JavaScript or on a narrow screen). */
    protected Page openPage(Browser.NewContextOptions options) {
        BrowserContext other = browser().newContext(options);
        other.setDefaultTimeout(15_000);
        return other.newPage();
    }

    /**
     * A new Vietnamese browser context signed in as {@code username}, on its account page ({@code /tai-khoan}),
     * through the sign-in form ({@code /dang-nhap}). An account that needs a second factor (the demo officers, whose
     * TOTP code the portal accepts once per 30-second step) signs in through the form once per application; later
     * it reuses that signed-in session (Playwright's {@code storageState}) as long as the portal still accepts it,
     * instead of waiting for a fresh step. Tests of the sign-in itself use the form directly. The demo accounts exist
     * with demo data on (the shared configuration).
     */
    protected Page signedIn(String username, String password) {
        String key = port + "/" + username;
        String session = SESSIONS.get(key);
        if (session != null) {
            Page reused = openPage(signedInOptions().setStorageState(session));
            reused.navigate(url("/tai-khoan"));
            if (reused.url().equals(url("/tai-khoan"))) {
                return reused;
            }
            // signed out, or the password changed: sign in again
            reused.context().close();
            SESSIONS.remove(key);
        }
        Page other = openPage(signedInOptions());
        other.navigate(url("/dang-nhap"));
        other.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill(username);
        other.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(password);
        other.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        other.waitForURL(java.util.regex.Pattern.compile(".*/(tai-khoan|dang-nhap/ma-xac-thuc)$"));
        if (other.url().endsWith("/dang-nhap/ma-xac-thuc")) {
            // demo officers must use a second factor: their documented demo secret gives the code
            enterSecondFactor(other, username, TestTotp.demoSecret(password));
            other.waitForURL(url("/tai-khoan"));
            SESSIONS.put(key, other.context().storageState());
        }
        return other;
    }

    private static Browser.NewContextOptions signedInOptions() {
        return new Browser.NewContextOptions().setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 900);
    }

    /** Types the current TOTP code of {@code secret} at the second step of sign-in (or at a step-up). */
    protected void enterSecondFactor(Page on, String username, byte[] secret) {
        on.getByLabel("Mã xác thực").fill(TestTotp.nextCode(port, username, secret));
        on.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tiếp tục")).click();
    }

    /**
     * axe-core finds no serious or critical violation of WCAG 2.x A/AA on the page as it is now. axe runs
     * inside the page, so the page's context must have JavaScript enabled.
     */
    protected static void assertAccessible(Page page) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(violationsOnly)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                // the same rules by one axe.run in the page: the portal's pages have no cross-origin frames, which
                // the default (a partial run finished in a new page, injecting axe three times) exists for
                .setLegacyMode(true)
                .analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe).as("axe violations on %s: %s", page.url(), severe.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getHtml())
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
