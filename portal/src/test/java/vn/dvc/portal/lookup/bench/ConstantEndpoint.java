package vn.dvc.portal.lookup.bench;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's bare endpoint: a constant JSON answer behind the same filters (security, request id, error
 * boundary) as the look-up. Registered only by {@link LookupBenchmark}; as a {@code @TestComponent} it is left out
 * of every component scan, so it is no part of the application or of any test's context.
 */
@TestComponent
@RestController
class ConstantEndpoint {

    record Constant(String code, int nationalStatusCode) {
    }

    private static final Constant CONSTANT = new Constant("000.00.15.H63-261201-0007", 4);

    @GetMapping("/api/v1/bench/constant")
    Constant constant() {
        return CONSTANT;
    }
}
