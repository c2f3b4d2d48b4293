package vn.dvc.portal.platform.internal.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/**
 * The officers' API in the OpenAPI document (whether or not bearer tokens are on, so the committed contract does not
 * depend on the configuration): the {@code apiToken} scheme (an OAuth2 access token of the client-credentials grant,
 * a JWT, sent as {@code Authorization: Bearer}), each operation's scope as its security requirement, and the
 * {@code Idempotency-Key} header on each of its {@code POST}s.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenDocumentation {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer officerApiTokens() {
        AntPathMatcher paths = new AntPathMatcher();
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("For other systems (the province's integration platform, sector systems): an OAuth2 "
                            + "access token of the client-credentials grant from the issuer DVC_API_TOKEN_ISSUER, for "
                            + "a client registered in the portal (bound to a system account with roles and an agency "
                            + "scope). Scopes: dvc.desk (/api/v1/desk), dvc.processing (/api/v1/processing), "
                            + "dvc.feedback (/api/v1/feedback/export). A signed-in officer's session works too."));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                for (Map.Entry<String, String> scope : ApiTokenSecurity.SCOPES.entrySet()) {
                    if (paths.match(scope.getKey(), path)) {
                        item.readOperationsMap().forEach((method, operation) ->
                                document(operation, method, scope.getValue()));
                    }
                }
            });
        };
    }

    private static void document(Operation operation, PathItem.HttpMethod method, String scope) {
        operation.addSecurityItem(new SecurityRequirement().addList(SCHEME, List.of(scope)));
        if (method == PathItem.HttpMethod.POST && (operation.getParameters() == null || operation.getParameters()
                .stream().noneMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName())))) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("A new unique value (e.g. a UUID) per request; the same request again with the same "
                            + "key gets the first answer (Idempotent-Replayed: true) and does nothing more. Required "
                            + "for bearer-token clients (400 IDEMPOTENCY_KEY_REQUIRED); a key reused for another "
                            + "request: 422 IDEMPOTENCY_KEY_REUSED. Kept 24 hours.")
                    .schema(new io.swagger.v3.oas.models.media.StringSchema().maxLength(255)));
        }
    }
}
