package vn.dvc.portal.identity.internal;

import org.jspecify.annotations.Nullable;

/** What the registration forms send, kept to show them again with the errors (never the password). */
final class RegistrationForms {

    private RegistrationForms() {
    }

    /** An individual (công dân) registering for themselves. */
    record Individual(@Nullable String username, @Nullable String fullName, @Nullable String citizenId,
                      @Nullable String dateOfBirth, @Nullable String phone, @Nullable String email,
                      @Nullable String address, @Nullable String channel, @Nullable String password) {

        Individual withoutSecrets() {
            return new Individual(username, fullName, citizenId, dateOfBirth, phone, email, address, channel, null);
        }

        @Override
        public String toString() {
            return "Individual[…]";
        }
    }

    /** A person registering an organisation (tổ chức, doanh nghiệp) they act for. */
    record Organisation(@Nullable String username, @Nullable String name, @Nullable String taxCode,
                        @Nullable String representativeName, @Nullable String representativeTitle,
                        @Nullable String address, @Nullable String phone, @Nullable String email,
                        @Nullable String channel, @Nullable String password) {

        Organisation withoutSecrets() {
            return new Organisation(username, name, taxCode, representativeName, representativeTitle, address, phone,
                    email, channel, null);
        }

        @Override
        public String toString() {
            return "Organisation[…]";
        }
    }
}
