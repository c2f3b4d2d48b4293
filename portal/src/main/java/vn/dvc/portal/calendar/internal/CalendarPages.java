package vn.dvc.portal.calendar.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.MovableHoliday;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The calendar's pages: the public year view ({@code /lich-lam-viec}) and the Centre's page
 * ({@code /quan-tri/lich-lam-viec}) where days off, make-up working days and holiday placements are decided.
 */
@Controller
class CalendarPages {

    private final CalendarDirectory directory;
    private final CalendarAdministration administration;
    private final Clock clock;
    private final LunarCalendar lunar = LunarCalendar.vietnamese();

    CalendarPages(CalendarDirectory directory, CalendarAdministration administration, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.clock = clock;
    }

    /** What the decision form sent, kept to show it again with the errors. */
    record DecisionForm(String kind, @Nullable String date, @Nullable String name, @Nullable String holiday,
                        @Nullable String dates, @Nullable String legalReference, @Nullable String reason) {
    }

    /** Arguments with their own message {@code calendar.error.<argument>}; others show the calendar's words. */
    private static final java.util.Set<String> EXPLAINED = java.util.Set.of("date", "name", "holiday", "dates",
            "legalReference", "year");

    @GetMapping("/lich-lam-viec")
    String year(@RequestParam(name = "nam", required = false) @Nullable String year, Model model,
            HttpServletResponse response) {
        return render(year, model, response, "calendar/year");
    }

    @GetMapping("/quan-tri/lich-lam-viec")
    String centre(@RequestParam(name = "nam", required = false) @Nullable String year,
            @RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model,
            HttpServletResponse response) {
        model.addAttribute("saved", saved != null);
        return render(year, model, response, "calendar/centre");
    }

    @PostMapping("/quan-tri/lich-lam-viec/quyet-dinh")
    String decide(@RequestParam String kind, @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String holiday,
            @RequestParam(required = false) @Nullable String dates,
            @RequestParam(required = false) @Nullable String legalReference,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(name = "nam") String year, Model model, HttpServletResponse response, FormPage page) {
        DecisionForm form = new DecisionForm(kind, date, name, holiday, dates, legalReference, reason);
        page.onRefused(refused -> {
            FormError.addTo(model, refused.errors().stream().map(e -> error(kind, e, refused)).toList());
            model.addAttribute("form", form);
            model.addAttribute("saved", false);
            return render(year, model, response, "calendar/centre");
        });
        CalendarOverride decision = toOverride(form, parseYear(year));
        administration.decide(decision);
        return "redirect:/quan-tri/lich-lam-viec?nam=" + decision.year() + "&da-luu=1";
    }

    @PostMapping("/quan-tri/lich-lam-viec/quyet-dinh/{id}/thu-hoi")
    String revoke(@PathVariable UUID id, @RequestParam(name = "nam") String year) {
        administration.revoke(id);
        return "redirect:/quan-tri/lich-lam-viec?nam=" + parseYear(year) + "&da-luu=1";
    }

    private String render(@Nullable String yearText, Model model, HttpServletResponse response, String view) {
        int year;
        try {
            year = yearText == null || yearText.isBlank() ? LocalDate.now(clock).getYear() : parseYear(yearText);
        } catch (InvalidRequestParameter e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            year = LocalDate.now(clock).getYear();
            model.addAttribute("yearError", true);
        }
        WorkingCalendar calendar = directory.province();
        model.addAttribute("view", YearView.of(year, calendar, lunar));
        model.addAttribute("decisions", administration.decisions(year));
        model.addAttribute("holidays", MovableHoliday.values());
        model.addAttribute("previousYear", Math.max(WorkingCalendar.MIN_YEAR, year - 1));
        model.addAttribute("nextYear", Math.min(WorkingCalendar.MAX_YEAR, year + 1));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return view;
    }

    private static int parseYear(String year) {
        try {
            int value = Integer.parseInt(year.trim());
            if (value < WorkingCalendar.MIN_YEAR || value > WorkingCalendar.MAX_YEAR) {
                throw new InvalidRequestParameter("year", "năm phải từ " + WorkingCalendar.MIN_YEAR + " đến "
                        + WorkingCalendar.MAX_YEAR);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestParameter("year", "năm không hợp lệ");
        }
    }

    private static CalendarOverride toOverride(DecisionForm form, int year) {
        String reference = form.legalReference() == null ? "" : form.legalReference().trim();
        String reason = form.reason() == null ? "" : form.reason().trim();
        return switch (form.kind()) {
            case "ADD_DAY_OFF" -> new CalendarOverride.AddDayOff(date(form.date()),
                    form.name() == null || form.name().isBlank() ? null : form.name().trim(), reference, reason);
            case "REMOVE_DAY_OFF" -> new CalendarOverride.RemoveDayOff(date(form.date()), reference, reason);
            case "MAKE_UP_WORKING_DAY" -> new CalendarOverride.MakeUpWorkingDay(date(form.date()), reference, reason);
            case "CONFIRM_PLACEMENT" -> new CalendarOverride.ConfirmPlacement(year, holiday(form.holiday()),
                    dates(form.dates()), reference, reason);
            default -> throw new InvalidRequestParameter("kind", "unknown decision '" + form.kind() + "'");
        };
    }

    private static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestParameter("date", "chọn ngày");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter("date", "ngày phải có dạng yyyy-MM-dd");
        }
    }

    private static MovableHoliday holiday(@Nullable String text) {
        try {
            return MovableHoliday.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestParameter("holiday", "chọn ngày lễ");
        }
    }

    private static List<LocalDate> dates(@Nullable String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return dates;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.trim()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestParameter("dates", "'" + part + "' không phải ngày dạng yyyy-MM-dd");
            }
        }
        return dates;
    }

    /** A refused argument as this page says it: its own message, at the decision form's field. */
    private static FormError error(String kind, FormError refused, RefusedInput refusal) {
        String argument = refused.field();
        return EXPLAINED.contains(argument)
                ? FormError.of(fieldOf(kind, argument), "calendar.error." + argument)
                : FormError.of(fieldOf(kind, argument), "calendar.error.other", refusal.getMessage());
    }

    /** The id of the form field an argument error belongs to, for the error summary's link. */
    private static String fieldOf(String kind, String argument) {
        String field = switch (argument) {
            case "date", "name", "holiday", "dates", "legalReference", "reason" -> argument;
            default -> "date";
        };
        if ("CONFIRM_PLACEMENT".equals(kind) && "date".equals(field)) {
            field = "dates";
        }
        return kind + "-" + field;
    }
}
