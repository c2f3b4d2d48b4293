package vn.dvc.portal.platform.internal.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.dvc.portal.platform.internal.ops.RequestIdFilter;

/**
 * Requests the servlet container refuses before any filter or controller sees them (an encoded {@code /} or a NUL
 * byte in the path, an unparsable request line) get the API's problem JSON under {@code /api} too, with a request
 * id; other paths get a short Vietnamese (or English) page saying the request is not valid. Replaces the host's
 * error report valve (Spring Boot's, added just before this customizer runs).
 */
@Component
class ServerRejections implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final MessageSource messages;

    ServerRejections(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(messages));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds its valve
    }

    /** The container's error report: problem JSON for the API, a short page in the visitor's language otherwise. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private final @Nullable MessageSource messages;

        /** For the container, which makes one by its class name when none is installed: the plain report. */
        public ProblemReportValve() {
            this(null);
        }

        ProblemReportValve(@Nullable MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            String path = request.getRequestURI();
            boolean api = path != null && (path.startsWith("/api/") || path.startsWith("/v3/api-docs"));
            if (!api && messages == null) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String requestId = RequestIdFilter.chooseId(request.getHeader(RequestIdFilter.HEADER));
            try {
                if (api) {
                    response.setContentType("application/problem+json"); // ASCII only, as the API's other problems
                } else {
                    response.setContentType("text/html");
                    response.setCharacterEncoding("UTF-8");
                }
                response.setHeader(RequestIdFilter.HEADER, requestId);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api || messages == null ? problem(status, requestId)
                            : page(status, requestId, messages, LanguageConfiguration.fromAcceptLanguage(request)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException notWritten) {
                // the client has gone; nothing more to say
            }
        }

        /** A short page in the portal's words (the layout needs the application, which has not seen the request). */
        static String page(int status, String requestId, MessageSource messages, Locale locale) {
            String title = messages.getMessage(status == 400 ? "error.refused.title" : "error.general.title", null,
                    locale);
            String text = status == 400 ? messages.getMessage("error.rejected.text", null, locale)
                    : messages.getMessage("error.general.text", new Object[] {status}, locale);
            return "<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "vi")
                    + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                    + "<title>" + escaped(title) + "</title></head><body><main id=\"main\">"
                    + "<p class=\"error-status\">" + status + "</p><h1>" + escaped(title) + "</h1><p>"
                    + escaped(text) + "</p><p>" + escaped(messages.getMessage(
                            "error.requestId", null, locale)) + " <code>" + requestId + "</code></p><p><a href=\"/\">"
                    + escaped(messages.getMessage("error.home", null, locale)) + "</a></p></main></body>"
                    + "</html>";
        }

        private static String escaped(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }

        /** The problem document (docs/errors.md) for a status, without anything from the refused request. */
        static String problem(int status, String requestId) {
            ProblemCode code = ProblemCode.forStatus(status);
            HttpStatus known = HttpStatus.resolve(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            return "{\"type\":\"" + Problems.TYPE_BASE + code.name().toLowerCase().replace('_', '-')
                    + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"The server refused the request before handling it.\",\"code\":\"" + code.name()
                    + "\",\"requestId\":\"" + requestId + "\"}";
        }
    }
}
