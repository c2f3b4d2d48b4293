package vn.dvc.portal.identity.internal;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.StepUp;

/**
 * Test-only pages that need a higher assurance level, as a procedure's submission page will (imported by the
 * tests that use it; never scanned into the application).
 */
@TestComponent
@Controller
public class StepUpProbe {

    static final String PATH = "/tai-khoan/thu-nang-muc";
    static final String NATIONAL_PATH = "/tai-khoan/thu-nang-muc-quoc-gia";
    static final String CONTENT = "Trang cần mức xác thực cao hơn";

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String verifiedByCode() {
        StepUp.require(AssuranceLevel.VERIFIED_BY_CODE);
        return page();
    }

    @GetMapping(value = NATIONAL_PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String national() {
        StepUp.require(AssuranceLevel.NATIONAL_IDENTITY);
        return page();
    }

    private static String page() {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + CONTENT
                + "</title></head><body><main><h1>" + CONTENT + "</h1></main></body></html>";
    }
}
