package vn.dvc.portal.calendar;

/**
 * A value given to the calendar is missing, out of range or inconsistent.
 *
 * <p>{@link #argument()} names the offending argument ("start", "amount", "year", "date", ...), so that a
 * web layer can answer with a problem document that points at the request parameter.
 */
public final class CalendarArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String argument;

    public CalendarArgumentException(String argument, String message) {
        super(argument + ": " + message);
        this.argument = argument;
    }

    /** The name of the argument that was wrong. */
    public String argument() {
        return argument;
    }

    /** Throws if {@code value} is null; returns it otherwise. */
    public static <T> T requireArgument(@org.jspecify.annotations.Nullable T value, String argument) {
        if (value == null) {
            throw new CalendarArgumentException(argument, "is required");
        }
        return value;
    }
}
