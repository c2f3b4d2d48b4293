package vn.dvc.portal.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.InvalidRequestParameter;

/** The query string is usable text or refused naming the first parameter that is not (#14). */
class QueryParameterCheckTest {

    @Test
    void wellEncodedVietnameseAndEmptyValuesPass() {
        assertThat(QueryParameterCheck.refusal(null)).isNull();
        assertThat(QueryParameterCheck.refusal("")).isNull();
        assertThat(QueryParameterCheck.refusal("q=%C4%91%C4%83ng+k%C3%BD&size=3&flag&empty=")).isNull();
        assertThat(QueryParameterCheck.decoded("%C4%91%C4%83ng+k%C3%BD")).isEqualTo("đăng ký");
    }

    @Test
    void malformedUtf8OrNulOrBrokenEscapesNameTheParameter() {
        assertThat(name("q=%C3%28")).isEqualTo("q");
        assertThat(name("page=1&sector=%00")).isEqualTo("sector");
        assertThat(name("level=a%00b&q=%C3%28")).isEqualTo("level");
        assertThat(name("q=%E2%82")).isEqualTo("q");
        assertThat(name("q=100%")).isEqualTo("q");
        assertThat(name("q=%G1")).isEqualTo("q");
        assertThat(QueryParameterCheck.refusal("q=%C3%28").code().name()).isEqualTo("INVALID_PARAMETER");
    }

    private static String name(String query) {
        InvalidRequestParameter refused = QueryParameterCheck.refusal(query);
        assertThat(refused).as(query).isNotNull();
        return refused.parameter();
    }
}
