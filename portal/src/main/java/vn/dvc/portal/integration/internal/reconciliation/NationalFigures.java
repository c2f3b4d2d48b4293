package vn.dvc.portal.integration.internal.reconciliation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalDates;
import vn.dvc.portal.platform.PortalTime;

/**
 * What the National Portal knows, through the one client: {@code TraCuuHoSo} in its list form per agency
 * ({@code madonvi}, {@code tungay}/{@code denngay} as {@code yyyyMMdd}) and by code ({@code mahoso}). Tolerant on
 * input: {@code data} may be a list or one object, a status a number or a text. The agency a dossier is counted
 * under: in a list, the {@code MaDonVi} it gives, else the agency asked; found by code, its {@code MaDonVi} or
 * {@code madonvi}, else its {@code DonViXuLy} read as a code or a name ({@link AgencyCodes}), else that text as it
 * is. Throws the client's {@code NationalPortalException} when a call fails.
 */
final class NationalFigures {

    static final String SERVICE = "TraCuuHoSo";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final NationalPortalClient client;
    private final AgencyCodes agencies;

    NationalFigures(NationalPortalClient client, AgencyCodes agencies) {
        this.client = client;
        this.agencies = agencies;
    }

    /** The dossiers the National Portal knows for that agency, received on a day of the period. */
    List<Comparison.Theirs> listed(String agency, Period period) {
        ObjectNode body = client.body();
        body.put("tungay", DAY.format(period.from()));
        body.put("denngay", DAY.format(period.to()));
        JsonNode data = client.call(SERVICE, agency, body).path("data");
        List<Comparison.Theirs> found = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(item -> read(item, listedAgency(item, agency), true).ifPresent(found::add));
        } else if (data.isObject()) {
            read(data, listedAgency(data, agency), true).ifPresent(found::add);
        }
        return found;
    }

    /** The National Portal's record of one dossier, empty when it knows none. */
    Optional<Comparison.Theirs> lookUp(String code) {
        ObjectNode body = client.body();
        body.put("mahoso", code);
        JsonNode data = client.call(SERVICE, body).path("data");
        if (data.isArray()) {
            data = data.isEmpty() ? data : data.get(0);
        }
        return data.isObject() ? read(data, foundAgency(data), false).filter(t -> t.code().equals(code))
                : Optional.empty();
    }

    private String listedAgency(JsonNode item, String asked) {
        String given = agencies.code(text(item, "MaDonVi"));
        return given != null ? given : asked;
    }

    private String foundAgency(JsonNode item) {
        for (String field : new String[] {"MaDonVi", "madonvi", "DonViXuLy"}) {
            String code = agencies.code(text(item, field));
            if (code != null) {
                return code;
            }
        }
        String named = text(item, "DonViXuLy");
        return named != null ? named : "";
    }

    private static Optional<Comparison.Theirs> read(JsonNode item, String agency, boolean listed) {
        String code = text(item, "MaHoSo");
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(new Comparison.Theirs(code.toUpperCase(java.util.Locale.ROOT), agency,
                status(text(item, "TrangThaiHoSo")), receivedOn(text(item, "NgayTiepNhan")), listed));
    }

    private static @Nullable String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString("").strip();
        return text.isEmpty() ? null : text;
    }

    /** The status code 1–10, or 0 when absent or unreadable. */
    static int status(@Nullable String text) {
        if (text == null) {
            return 0;
        }
        try {
            int code = Integer.parseInt(text);
            return code >= 1 && code <= 10 ? code : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The local day of a {@code yyyyMMddHHmmss} (or {@code yyyyMMdd}) date, null when unreadable. */
    static @Nullable LocalDate receivedOn(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> full = NationalPortalDates.parse(text).map(at -> at.atZone(PortalTime.ZONE).toLocalDate());
        if (full.isPresent()) {
            return full.get();
        }
        try {
            return text.length() == 8 ? LocalDate.parse(text, DAY) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
