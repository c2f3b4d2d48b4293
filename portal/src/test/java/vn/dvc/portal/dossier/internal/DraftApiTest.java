package vn.dvc.portal.dossier.internal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;

/**
 * The applicant's draft API refuses well-formed JSON without a required member, or with null for it, as a 400
 * problem naming the member (#14: these answered 500). The dossier module tests' one context ({@link DossierModuleTest}).
 */
@DossierModuleTest
class DraftApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    MockMvc mvc;

    Authentication citizen;

    @BeforeEach
    void catalogueAndCitizen() {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(procedures.find("1.001193", 1)).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        String username = "draft.api." + UUID.randomUUID().toString().substring(0, 8);
        SignedInUser user = new SignedInUser(UUID.nameUUIDFromBytes(username.getBytes()), username, "Hà Thị Thu",
                AccountKind.INDIVIDUAL, Set.of(Role.CITIZEN), AssuranceLevel.VERIFIED_BY_CODE, null);
        citizen = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(Role.CITIZEN.authority())));
    }

    @Test
    void aNewDraftWithoutItsMembersIsAProblemNamingTheFirst() throws Exception {
        for (String body : new String[] {"{}", "{\"procedureCode\": null, \"caseCode\": \"TH1\"}"}) {
            mvc.perform(post("/api/v1/my/drafts").with(authentication(citizen)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("MISSING_PARAMETER"))
                    .andExpect(jsonPath("$.parameter").value("procedureCode"))
                    .andExpect(jsonPath("$.errors[0].parameter").value("procedureCode"))
                    .andExpect(jsonPath("$.errors[0].message").value("Thiếu tham số bắt buộc “procedureCode”."));
        }
        mvc.perform(post("/api/v1/my/drafts").with(authentication(citizen)).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": \"1.001193\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("caseCode"))
                .andExpect(jsonPath("$.errors[0].message").value("The required parameter “caseCode” is missing."));
    }

    @Test
    void nullFormValuesAndAnEmptyReuseAreProblemsNamingTheMember() throws Exception {
        String created = mvc.perform(post("/api/v1/my/drafts").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"procedureCode\": \"1.001193\", \"caseCode\": \"TH1\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String draft = JSON.readTree(created).get("id").asString();

        mvc.perform(put("/api/v1/my/drafts/{id}/form", draft).with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MISSING_PARAMETER"))
                .andExpect(jsonPath("$.parameter").value("values"));
        mvc.perform(post("/api/v1/my/drafts/{id}/reused-documents", draft).with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MISSING_PARAMETER"))
                .andExpect(jsonPath("$.parameter").value("componentCode"));
    }
}
