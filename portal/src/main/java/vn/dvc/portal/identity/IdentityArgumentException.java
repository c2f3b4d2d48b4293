package vn.dvc.portal.identity;

/**
 * An input the accounts module refuses; {@link #field()} names the form field and selects the message
 * {@code identity.error.<field>.<reason>}.
 */
public class IdentityArgumentException extends RuntimeException {

    private final String field;
    private final String reason;

    public IdentityArgumentException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
