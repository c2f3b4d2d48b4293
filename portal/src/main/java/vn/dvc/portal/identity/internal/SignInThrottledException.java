package vn.dvc.portal.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from one client address: refused until the window is over. */
class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("too many failed sign-ins from this address");
    }
}
