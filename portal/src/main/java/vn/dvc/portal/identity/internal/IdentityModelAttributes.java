package vn.dvc.portal.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;

/** Gives every page the signed-in user ({@code currentUser}, null for visitors) for the layout's header. */
@ControllerAdvice
class IdentityModelAttributes {

    @ModelAttribute("currentUser")
    @Nullable SignedInUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
