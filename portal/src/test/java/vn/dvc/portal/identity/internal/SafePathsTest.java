package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only same-site relative paths are followed after a step-up: no open redirect. */
class SafePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/tai-khoan", "/can-bo/ho-so?trang=2&loc=moi", "/thu-tuc/1.001234", "/a/%2F%2Fb"})
    void sameSiteRelativePathsAreKept(String path) {
        assertThat(SafePaths.relative(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "http:/evil.example", "javascript:alert(1)", "evil.example", "", " /tai-khoan", "/tai-khoan\r\nX: y",
            "/\tevil", "/dang-nhap/ma-xac-thuc", "/dang-xuat", "/a b", "///evil.example"})
    void everythingElseBecomesTheAccountPage(String path) {
        assertThat(SafePaths.relative(path)).isEqualTo("/tai-khoan");
    }
}
