package vn.dvc.portal.feedback;

/**
 * A request to the feedback module was refused: a field is missing or malformed, or the item is not in a
 * stage that allows the action. {@link #field()} names the form field or parameter; {@link #reason()} is a
 * stable word that the pages turn into the message {@code feedback.error.<field>.<reason>}.
 */
public final class FeedbackRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;
    private final transient java.util.List<Object> arguments;

    /**
     * @param arguments the message's arguments, e.g. the abbreviations found
     */
    public FeedbackRefused(String field, String reason, Object... arguments) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.arguments = java.util.List.of(arguments);
    }

    public java.util.List<Object> arguments() {
        return arguments;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The message key, e.g. {@code feedback.error.phone.format}. */
    public String messageKey() {
        return "feedback.error." + field + "." + reason;
    }
}
