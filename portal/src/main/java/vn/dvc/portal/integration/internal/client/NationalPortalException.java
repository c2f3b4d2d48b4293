package vn.dvc.portal.integration.internal.client;

/** A call to the National Portal that did not succeed: {@link Unavailable} (try again later) or {@link Refused}. */
public sealed class NationalPortalException extends RuntimeException
        permits NationalPortalException.Unavailable, NationalPortalException.Refused {

    NationalPortalException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * No answer that says anything: not reachable, an HTTP error status, a time-out, an unreadable body. Worth trying
     * again later. {@link #outcomeUnknown()} says the request may have reached the other side and taken effect (a
     * read time-out, a connection closed after sending), so before sending it again the caller should find out
     * whether it did.
     */
    public static final class Unavailable extends NationalPortalException {
        private final boolean outcomeUnknown;

        public Unavailable(String message, boolean outcomeUnknown, Throwable cause) {
            super(message, cause);
            this.outcomeUnknown = outcomeUnknown;
        }

        public boolean outcomeUnknown() {
            return outcomeUnknown;
        }
    }

    /**
     * The National Portal answered and refused the call ({@code error_code} neither 0 nor "00", and not a session
     * problem): sending the same message again will be refused again.
     */
    public static final class Refused extends NationalPortalException {
        private final String errorCode;

        public Refused(String errorCode, String message) {
            super(message, null);
            this.errorCode = errorCode;
        }

        /** The national side's {@code error_code}, as it wrote it. */
        public String errorCode() {
            return errorCode;
        }
    }
}
