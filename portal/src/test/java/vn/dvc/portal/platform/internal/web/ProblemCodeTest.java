package vn.dvc.portal.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/** The stable error codes: one per meaning, derived from the status when nothing more is known. */
class ProblemCodeTest {

    @Test
    void statusesMapToTheirCodeAndUnknownOnesToTheGenericOfTheirClass() {
        assertThat(ProblemCode.forStatus(404)).isEqualTo(ProblemCode.NOT_FOUND);
        assertThat(ProblemCode.forStatus(401)).isEqualTo(ProblemCode.UNAUTHENTICATED);
        assertThat(ProblemCode.forStatus(413)).isEqualTo(ProblemCode.PAYLOAD_TOO_LARGE);
        assertThat(ProblemCode.forStatus(418)).isEqualTo(ProblemCode.BAD_REQUEST);
        // a bare 400 (a path the server refuses) names no parameter
        assertThat(ProblemCode.forStatus(400)).isEqualTo(ProblemCode.BAD_REQUEST);
        assertThat(ProblemCode.forStatus(502)).isEqualTo(ProblemCode.INTERNAL_ERROR);
        // #15: the codes of one case only are never the code of a bare status
        assertThat(ProblemCode.forStatus(403)).isEqualTo(ProblemCode.FORBIDDEN);
        assertThat(ProblemCode.forStatus(422)).isEqualTo(ProblemCode.BAD_REQUEST);
    }

    @Test
    void aProblemCarriesItsCodeAndAStableTypeUrn() {
        ProblemDetail problem = Problems.problem(ProblemCode.INVALID_PARAMETER, "bad year");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "INVALID_PARAMETER");
        assertThat(problem.getType().toString()).isEqualTo("urn:dvc:problem:invalid-parameter");
    }

    @Test
    void unusableInstancePathsAreLeftOut() {
        ProblemDetail problem = Problems.problem(ProblemCode.NOT_FOUND, "x");
        assertThat(Problems.withInstance(problem, "/api/v1/calendar/due").getInstance()).hasToString("/api/v1/calendar/due");
        assertThat(Problems.withInstance(problem, "/api/v1/<bad path>").getInstance()).isNull();
    }

    @Test
    void everyRefusalCodeIsAProblemCodeWithTheSameStatus() {
        for (RefusedInput.Code code : RefusedInput.Code.values()) {
            assertThat(ProblemCode.valueOf(code.name()).status().value()).as(code.name()).isEqualTo(code.status());
        }
    }

    @Test
    void aRefusalListsEveryFieldWithItsMessageAndReason() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("feedback.error.phone.format", Locale.forLanguageTag("vi"), "Số điện thoại không đúng");
        messages.addMessage("form.error.missing", Locale.forLanguageTag("vi"), "Thiếu tham số bắt buộc “{0}”.");
        ProblemDetail problem = Problems.refused(new RefusedInput(List.of(
                FormError.of("phone", "feedback.error.phone.format"),
                FormError.of("values", "form.error.missing", "values"))), messages, Locale.forLanguageTag("vi"));
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "VALIDATION_FAILED").containsEntry("parameter", "phone");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(
                Map.of("parameter", "phone", "field", "phone", "reason", "format", "message", "Số điện thoại không đúng"),
                Map.of("parameter", "values", "field", "values", "reason", "missing",
                        "message", "Thiếu tham số bắt buộc “values”.")));
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        String documented = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "errors.md"));
        Set<String> missing = Arrays.stream(ProblemCode.values()).map(Enum::name)
                .filter(code -> !documented.contains("`" + code + "`")).collect(Collectors.toSet());
        assertThat(missing).as("codes missing from docs/errors.md").isEmpty();
    }
}
