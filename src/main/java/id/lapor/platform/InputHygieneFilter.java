package id.lapor.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * {@link ControlCharacters} applied to every request, whatever reads it afterwards (Spring MVC, Camunda's REST API and
 * web apps, Open311, the portal): the query and form parameters, multipart fields and file names, and the strings and
 * names of a JSON body. A request with a forbidden character is answered 400 naming the field, before anything is
 * stored, in the format of its surface: Open311's errors on {@code /open311/}, Camunda's on {@code /engine-rest} and
 * the web apps' API, a page for browsers' forms, problem JSON elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputHygieneFilter extends OncePerRequestFilter {

    /** No JSON endpoint takes more; a larger JSON body is answered 413. */
    private static final int MAX_JSON = 10 * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final String webAppApi;

    InputHygieneFilter(Environment environment) {
        this.webAppApi = EngineWebApps.path(environment) + "/api/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        Optional<String> problem = parameters(request);
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (problem.isEmpty() && contentType.contains("json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON + 1);
            if (body.length > MAX_JSON) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        UserText.both("api.json.too-large"));
                return;
            }
            checked = new CachedBody(request, body);
            problem = jsonBody(body);
        } else if (problem.isEmpty() && contentType.startsWith("multipart/")) {
            problem = multipart(request);
        }
        if (problem.isPresent()) {
            refuse(request, response, problem.get());
            return;
        }
        chain.doFilter(checked, response);
    }

    private static Optional<String> parameters(HttpServletRequest request) {
        try {
            int inPath = ControlCharacters.firstForbidden(java.net.URLDecoder.decode(
                    request.getRequestURI().replace("+", "%2B"), StandardCharsets.UTF_8));
            if (inPath >= 0) {
                return Optional.of(ControlCharacters.message("path", inPath));
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty(); // the server answers a malformed path itself
        }
        try {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                int inName = ControlCharacters.firstForbidden(parameter.getKey());
                if (inName >= 0) {
                    return Optional.of(ControlCharacters.message("parameter", inName));
                }
                for (String value : parameter.getValue()) {
                    int found = ControlCharacters.firstForbidden(value);
                    if (found >= 0) {
                        return Optional.of(ControlCharacters.message(parameter.getKey(), found));
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // an unreadable body is the endpoint's to refuse
        }
        return Optional.empty();
    }

    private Optional<String> jsonBody(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException unreadable) {
            return Optional.empty(); // not JSON after all: the endpoint answers that
        }
        return tree == null ? Optional.empty() : walk(tree, "");
    }

    private static Optional<String> walk(JsonNode node, String path) {
        if (node.isTextual()) {
            int found = ControlCharacters.firstForbidden(node.asText());
            return found < 0 ? Optional.empty()
                    : Optional.of(ControlCharacters.message(path.isEmpty() ? "body" : path, found));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                int inName = ControlCharacters.firstForbidden(field.getKey());
                if (inName >= 0) {
                    return Optional.of(ControlCharacters.message(path.isEmpty() ? "body" : path, inName));
                }
                Optional<String> inside = walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> inside = walk(node.get(i), path + "[" + i + "]");
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> multipart(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                int inFileName = ControlCharacters.firstForbidden(part.getSubmittedFileName());
                if (inFileName >= 0) {
                    return Optional.of(ControlCharacters.message(part.getName() + " (file name)", inFileName));
                }
            }
        } catch (IOException | ServletException | RuntimeException unreadable) {
            return Optional.empty(); // too large or malformed: the endpoint's to refuse
        }
        return Optional.empty();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        String path = request.getRequestURI();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/open311/") && path.endsWith(".xml")) {
            response.setContentType("application/xml");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>400</code>"
                    + "<description>" + HtmlUtils.htmlEscape(message) + "</description></error></errors>");
        } else if (path.startsWith("/open311/")) {
            response.setContentType("application/json");
            json.writeValue(response.getWriter(), List.of(Map.of("code", 400, "description", message)));
        } else if (path.startsWith("/engine-rest") || path.startsWith(webAppApi)) {
            response.setContentType("application/json");
            json.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException", "message", message));
        } else if (acceptsHtml(request) && !path.startsWith("/api/")) {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Isian tidak"
                    + " dapat diterima – LAPOR!</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body>"
                    + "<main class=\"container narrow\"><h1>"
                    + HtmlUtils.htmlEscape(UserText.both("api.input-refused.title")) + "</h1><p>"
                    + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"javascript:history.back()\">"
                    + HtmlUtils.htmlEscape(UserText.both("api.input-refused.back")) + "</a>"
                    + "</p></main></body></html>");
        } else {
            response.setContentType("application/problem+json");
            json.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", "Invalid input", "status", 400,
                    "detail", message));
        }
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** The request again, with its body read once here. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
