package vn.dvc.portal.processing.internal;

/**
 * An action that cannot be taken as asked (not allowed at the step, a missing reason, a wrong file): nothing was
 * changed. {@code field} names the form field the message belongs beside, {@code messageKey} the message.
 */
class ActionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    ActionRefused(String field, String messageKey) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
