package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dvc.portal.platform.FormPage;

/**
 * Lets a page handler declare a {@link FormPage} parameter: it wraps the handler's own model and is kept in the
 * request for {@link PageExceptionHandler}, which renders the form again when the handler's input is refused.
 */
@Configuration(proxyBeanMethods = false)
class FormPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return FormPage.class.equals(parameter.getParameterType());
        }

        @Override
        public FormPage resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
            Model model = container != null && container.getModel() instanceof Model own ? own : new ExtendedModelMap();
            FormPage page = new FormPage(model);
            request.setAttribute(FormPage.ATTRIBUTE, page, RequestAttributes.SCOPE_REQUEST);
            return page;
        }
    }

    static @Nullable FormPage of(HttpServletRequest request) {
        return request.getAttribute(FormPage.ATTRIBUTE) instanceof FormPage page ? page : null;
    }
}
