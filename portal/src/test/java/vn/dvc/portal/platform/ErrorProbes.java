package vn.dvc.portal.platform;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail on purpose, to exercise the error contract (PortalApplicationIT); part of the
 * shared test configuration ({@link PortalTest}), never scanned into the application, and hidden from the API
 * description so the committed contract (OpenApiContractIT) is the application's own.
 */
public final class ErrorProbes {

    private ErrorProbes() {
    }

    /** A JSON endpoint, to exercise the API error contract. */
    @TestComponent
    @RestController
    @Hidden
    public static class Api {

        public record Greeting(String name) {
        }

        @PostMapping("/api/v1/test-echo")
        Greeting echo(@RequestBody Greeting greeting) {
            return greeting;
        }

        @GetMapping("/api/v1/test-failure")
        String fail() {
            throw new IllegalStateException("secret detail");
        }
    }

    /** A page that fails, to exercise the 500 page. */
    @TestComponent
    @Controller
    public static class Page {

        @GetMapping("/test-failing-page")
        String fail() {
            throw new IllegalStateException("page failed");
        }
    }
}
