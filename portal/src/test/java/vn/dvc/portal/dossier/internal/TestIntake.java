package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;

/**
 * For tests of other modules: the Centre's desk receives a complete walk-in dossier through the real reception
 * (code, appointment, history, {@code DossierReceived}), as demo.desk with the province's scope.
 */
public final class TestIntake {

    public static final String CENTRE = "000.00.01.H63";
    public static final String PROVINCE = "000.00.00.H63";

    private TestIntake() {
    }

    /** Receives a walk-in of {@code procedureCode}, case TH1, with every component of the case ticked. */
    public static UUID receiveWalkIn(ApplicationContext context, String procedureCode, String applicantName) {
        var procedure = context.getBean(vn.dvc.portal.catalog.Procedures.class).findPublished(procedureCode).orElseThrow();
        Set<String> components = procedure.findCase("TH1").orElseThrow().components().stream()
                .map(vn.dvc.portal.catalog.Procedure.Component::code).collect(java.util.stream.Collectors.toSet());
        return receiveWalkIn(context, procedureCode, applicantName, components);
    }

    /** Receives a walk-in of {@code procedureCode}, case TH1, these components ticked; returns its id. */
    public static UUID receiveWalkIn(ApplicationContext context, String procedureCode, String applicantName,
            Set<String> components) {
        SignedInUser desk = new SignedInUser(UUID.nameUUIDFromBytes("dvc-demo:demo.desk".getBytes()), "demo.desk",
                "Lò Thị Mai", AccountKind.OFFICER, Set.of(Role.DESK), AssuranceLevel.VERIFIED_BY_CODE, CENTRE, PROVINCE);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(desk,
                null, List.of(new SimpleGrantedAuthority(Role.DESK.authority()))));
        try {
            Applicant applicant = new Applicant(Applicant.Kind.PERSON, applicantName, "015090001234",
                    "Tổ 5, phường Đồng Tâm, thành phố Yên Bái", "0987654321", "binh.nv@example.com", null, null);
            return context.getBean(Reception.class).receive(new WalkIn(procedureCode, "TH1", Channel.IN_PERSON,
                    applicant, components, 1, "", Map.of(), List.of()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
