package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;

/**
 * The account page {@code /tai-khoan} (sign-in required by the platform's security configuration): the
 * profile, changing the password and signing out everywhere.
 */
@Controller
class AccountPages {

    private final AccountStore store;
    private final AccountSelfService service;
    private final SecondFactor secondFactor;
    private final OrganisationMembers members;

    AccountPages(AccountStore store, AccountSelfService service, SecondFactor secondFactor, OrganisationMembers members) {
        this.members = members;
        this.store = store;
        this.service = service;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/tai-khoan")
    String account(@RequestParam(name = "da-doi-mat-khau", required = false) @Nullable String changed,
            @RequestParam(name = "da-ket-thuc-phien", required = false) @Nullable String ended,
            @RequestParam(name = "da-luu-thanh-vien", required = false) @Nullable String memberSaved,
            HttpServletRequest request, Model model) {
        model.addAttribute("changed", changed != null);
        model.addAttribute("memberSaved", memberSaved != null);
        model.addAttribute("sessionEnded", ended != null);
        FormError.addTo(model, List.of());
        return page(model, request);
    }

    @PostMapping("/tai-khoan/mat-khau")
    String changePassword(@RequestParam(required = false) @Nullable String currentPassword,
            @RequestParam(required = false) @Nullable String newPassword, HttpServletRequest request, Model model,
            FormPage page) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        HttpSession session = request.getSession(false);
        page.onRefused(() -> again(model, request));
        service.changePassword(user, currentPassword, newPassword, session == null ? null : session.getId());
        return "redirect:/tai-khoan?da-doi-mat-khau";
    }

    @PostMapping("/tai-khoan/phien/ket-thuc")
    String endSession(@RequestParam(required = false) @Nullable String session, HttpServletRequest request,
            Model model, FormPage page) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        HttpSession current = request.getSession(false);
        page.onRefused(() -> again(model, request));
        service.endSession(user, session, current == null ? null : current.getId());
        return "redirect:/tai-khoan?da-ket-thuc-phien";
    }

    @PostMapping("/tai-khoan/to-chuc/{organisation}/thanh-vien")
    String addMember(@PathVariable UUID organisation, @RequestParam(required = false) @Nullable String member,
            HttpServletRequest request, Model model, FormPage page) {
        page.onRefused(() -> again(model, request));
        members.add(CurrentUser.get().orElseThrow(), organisation, member);
        return "redirect:/tai-khoan?da-luu-thanh-vien#to-chuc";
    }

    @PostMapping("/tai-khoan/to-chuc/{organisation}/thanh-vien/{account}/xoa")
    String removeMember(@PathVariable UUID organisation, @PathVariable UUID account, HttpServletRequest request,
            Model model, FormPage page) {
        page.onRefused(() -> again(model, request));
        members.remove(CurrentUser.get().orElseThrow(), organisation, account);
        return "redirect:/tai-khoan?da-luu-thanh-vien#to-chuc";
    }

    @PostMapping("/tai-khoan/dang-xuat-moi-noi")
    String signOutEverywhere(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        service.signOutEverywhere(user);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/dang-nhap?da-dang-xuat-moi-noi";
    }

    /** The account page again, for a refused form. */
    private String again(Model model, HttpServletRequest request) {
        model.addAttribute("changed", false);
        return page(model, request);
    }

    private String page(Model model, HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        StoredAccount account = store.findById(user.getAccountId()).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("email", account.email());
        model.addAttribute("phone", account.phone());
        model.addAttribute("unit", account.unit());
        model.addAttribute("individual", store.individual(account.id()).orElse(null));
        var organisations = store.organisations(account.id());
        model.addAttribute("organisations", organisations);
        java.util.Map<UUID, List<AccountStore.MemberRow>> byOrganisation = new java.util.LinkedHashMap<>();
        organisations.stream().filter(AccountStore.OrganisationProfile::owner)
                .forEach(o -> byOrganisation.put(o.id(), store.members(o.id())));
        model.addAttribute("members", byOrganisation);
        HttpSession current = request.getSession(false);
        var sessions = service.sessions(user, current == null ? null : current.getId());
        model.addAttribute("sessionCount", sessions.size());
        model.addAttribute("sessions", sessions);
        model.addAttribute("admin", user.getRoles().contains(vn.dvc.portal.identity.Role.ADMIN));
        model.addAttribute("leader", user.getRoles().contains(vn.dvc.portal.identity.Role.LEADER));
        model.addAttribute("deliveryStatus", user.getRoles().contains(vn.dvc.portal.identity.Role.CENTRE)
                || user.getRoles().contains(vn.dvc.portal.identity.Role.ADMIN));
        model.addAttribute("twoFactor", secondFactor.enabled(user.getAccountId()));
        return "identity/account";
    }
}
