package vn.dvc.portal.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.Clock;
import org.springframework.core.env.Environment;
import vn.dvc.portal.platform.AuditLog;

/**
 * National single sign-on (AUTH-3) is on only when an issuer is configured ({@code DVC_NATIONAL_IDP_ISSUER});
 * without one there is no client registration, no {@code oauth2Login} and no button.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${dvc.national-idp.issuer:}'.trim().isEmpty()")
class NationalSignOnConfiguration {

    @Bean
    NationalIdentityProvider nationalIdentityProvider(Environment environment) {
        return new NationalIdentityProvider(environment.getRequiredProperty("dvc.national-idp.issuer").trim(),
                environment.getProperty("dvc.national-idp.client-id", "dvc-portal"),
                environment.getProperty("dvc.national-idp.client-secret", ""));
    }

    @Bean
    NationalSignIn nationalSignIn(NationalIdentityProvider provider, NationalAccounts accounts, AccountStore store,
            SecondFactor secondFactor, SignInSessions sessions, AuditLog audit, Clock clock) {
        return new NationalSignIn(provider, accounts, store, secondFactor, sessions, audit, clock);
    }
}
