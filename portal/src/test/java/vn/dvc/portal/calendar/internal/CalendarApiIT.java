package vn.dvc.portal.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.platform.PortalTest;

/** The public calendar API over HTTP (#3 item 5 and the bad-input acceptance item). */
@PortalTest
class CalendarApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendars calendars;

    @ParameterizedTest(name = "{0} + {1} {2} -> {3}")
    @CsvSource({
            // Monday 08:00 + 1 working day = Tuesday 08:00
            "2026-03-02T08:00:00+07:00, 1, WORKING_DAYS, 2026-03-03T08:00:00+07:00",
            // received in the lunch break: counting starts at 13:00
            "2026-03-02T12:00:00+07:00, 2, WORKING_HOURS, 2026-03-02T15:00:00+07:00",
            // Friday 16:00 + 2 working hours: 1 h on Friday, 1 h on Monday
            "2026-03-06T16:00:00+07:00, 2, WORKING_HOURS, 2026-03-09T08:30:00+07:00",
            // an instant given in UTC is answered in +07:00
            "2026-03-02T01:00:00Z, 1, WORKING_DAYS, 2026-03-03T08:00:00+07:00",
    })
    void dueInstants(String start, int amount, String unit, String expected) throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/due?start=" + encode(start) + "&amount=" + amount
                + "&unit=" + unit);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("due").asString()).isEqualTo(expected);
    }

    @Test
    void anUnencodedPlusInTheStartIsUnderstood() throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/due?start=2026-03-02T08:00:00+07:00&amount=1&unit=WORKING_DAYS");
        assertThat(JSON.readTree(response.body()).get("due").asString()).isEqualTo("2026-03-03T08:00:00+07:00");
    }

    @Test
    void cutOffMovesTheStartToTheNextWorkingDay() throws Exception {
        String start = encode("2026-03-02T15:30:00+07:00");
        JsonNode without = JSON.readTree(get("/api/v1/calendar/due?start=" + start + "&amount=0&unit=WORKING_DAYS").body());
        JsonNode with = JSON.readTree(get("/api/v1/calendar/due?start=" + start
                + "&amount=0&unit=WORKING_DAYS&cutoff=15:00").body());
        assertThat(without.get("due").asString()).isEqualTo("2026-03-02T15:30:00+07:00");
        assertThat(with.get("due").asString()).isEqualTo("2026-03-03T07:30:00+07:00");
    }

    @Test
    void anAgencyFollowsItsOwnSchedule() throws Exception {
        // an agency of this test's own: the demo agencies' schedules are shared with the other tests
        calendars.assignSchedule("000.97.15.H63", "LAM_SANG_THU_BAY");
        String start = encode("2026-03-06T16:00:00+07:00"); // a Friday
        JsonNode agency = JSON.readTree(get("/api/v1/calendar/due?start=" + start
                + "&amount=2&unit=WORKING_HOURS&agency=000.97.15.H63").body());
        assertThat(agency.get("due").asString()).as("works Saturday morning").isEqualTo("2026-03-07T08:30:00+07:00");
    }

    @Test
    void nonWorkingDaysOfAYearListHolidaysWithStatus() throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/non-working-days?year=2026");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode days = JSON.readTree(response.body());
        assertThat(days.isArray()).isTrue();
        assertThat(find(days, "2026-01-01").get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(find(days, "2026-01-01").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(find(days, "2026-02-17").get("name").asString()).isEqualTo("Tết Nguyên đán");
        assertThat(find(days, "2026-02-17").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(find(days, "2026-01-03").get("kind").asString()).isEqualTo("WEEKEND");
    }

    @Test
    void lunarDateOfASolarDate() throws Exception {
        JsonNode lunar = JSON.readTree(get("/api/v1/calendar/lunar?date=1985-01-21").body());
        assertThat(lunar.get("day").asInt()).isEqualTo(1);
        assertThat(lunar.get("month").asInt()).isEqualTo(1);
        assertThat(lunar.get("year").asInt()).isEqualTo(1985);
        assertThat(lunar.get("leap").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/calendar/due?amount=1&unit=WORKING_DAYS | start | MISSING_PARAMETER",
            "/api/v1/calendar/due?start=hom-qua&amount=1&unit=WORKING_DAYS | start | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00&amount=1&unit=WORKING_DAYS | start | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=-1&unit=WORKING_DAYS | amount | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=99999999&unit=WORKING_DAYS | amount | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=mot&unit=WORKING_DAYS | amount | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=1&unit=WEEKS | unit | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=1 | unit | MISSING_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=1&unit=WORKING_DAYS&agency=000.00.99.H99 | agency | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&amount=1&unit=WORKING_DAYS&cutoff=3pm | cutoff | INVALID_PARAMETER",
            "/api/v1/calendar/due?start=1850-03-02T08:00:00%2B07:00&amount=1&unit=WORKING_DAYS | start | INVALID_PARAMETER",
            "/api/v1/calendar/non-working-days?year=1800 | year | INVALID_PARAMETER",
            "/api/v1/calendar/non-working-days?year=20x6 | year | INVALID_PARAMETER",
            "/api/v1/calendar/non-working-days | year | MISSING_PARAMETER",
            "/api/v1/calendar/non-working-days?year=2026&agency=khong-co | agency | INVALID_PARAMETER",
            "/api/v1/calendar/lunar?date=2026-02-30 | date | INVALID_PARAMETER",
            "/api/v1/calendar/lunar?date=2300-01-01 | date | INVALID_PARAMETER",
    })
    void badInputIsA400ProblemNamingTheParameter(String path, String parameter, String code) throws Exception {
        HttpResponse<String> response = get(path.trim());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("code").asString()).isEqualTo(code.trim());
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter.trim());
        assertThat(response.body()).doesNotContain("Exception");
    }

    private static JsonNode find(JsonNode days, String date) {
        for (JsonNode day : days) {
            if (day.get("date").asString().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no entry for " + date);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
