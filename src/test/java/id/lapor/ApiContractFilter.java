package id.lapor;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Hands every exchange on an address of the OpenAPI document to {@link ApiContract}: the first filter of the
 * application in the tests, so that it sees what the client sees, including Spring Security's refusals. An error
 * that a filter or Spring Security sends with {@code sendError} is rendered by a second (error) dispatch of the
 * servlet container, where this filter checks it; MockMvc has no such dispatch, so those exchanges are checked for
 * their status only.
 */
class ApiContractFilter extends OncePerRequestFilter {

    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ApiContractFilter> apiContractFilter(Environment environment, ObjectMapper json) {
            var registration = new FilterRegistrationBean<>(new ApiContractFilter(environment, json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    private final Environment environment;
    private final ObjectMapper json;
    private volatile ApiContract contract;

    private ApiContractFilter(Environment environment, ObjectMapper json) {
        this.environment = environment;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
        String path = errorDispatch ? String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                : request.getRequestURI();
        path = path.substring(request.getContextPath().length());
        if (!errorDispatch) {
            ApiContract.count("exchanges");
        }
        if (!ApiContract.covers(path) || request.getMethod().equals("OPTIONS") || request.getMethod().equals("HEAD")) {
            if (!errorDispatch) {
                String where = ApiContract.covers(path) ? request.getMethod() : area(path);
                ApiContract.count("not in the document: " + where);
            }
            chain.doFilter(request, response);
            return;
        }
        var cachedRequest = new ContentCachingRequestWrapper(request);
        var cachedResponse = new ErrorNoticingResponse(response);
        boolean answered = false;
        try {
            chain.doFilter(cachedRequest, cachedResponse);
            answered = true;
        } finally {
            // an exception goes on to the container, whose error dispatch is checked in turn (MockMvc has none)
            boolean mockMvc = WebUtils.getNativeRequest(request, MockHttpServletRequest.class) != null;
            boolean rendersLater = !answered || (cachedResponse.errorSent && !mockMvc);
            if (!answered && mockMvc) {
                ApiContract.count("not checked: an exception reached MockMvc, which renders no answer");
            }
            if (!rendersLater && !request.isAsyncStarted()) {
                var exchange = new ApiContract.Exchange(request.getMethod(), path, query(request), headers(request),
                        request.getContentType(), errorDispatch ? new byte[0] : cachedRequest.getContentAsByteArray(),
                        cachedResponse.getStatus(), cachedResponse.getContentType(), headers(cachedResponse),
                        cachedResponse.getContentAsByteArray(), !cachedResponse.errorSent);
                try {
                    contract().check(exchange);
                } catch (RuntimeException unreadable) {
                    // the test fails with the reason; the application's answer stays as it was
                    ApiContract.record(exchange, "the served document cannot be checked against: " + unreadable);
                }
            }
            cachedResponse.copyBodyToResponse();
        }
    }

    /** {@code /engine-rest/**}, {@code /camunda/**}, {@code /lapor}: where an exchange outside the document went. */
    private static String area(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path : path.substring(0, end) + "/**";
    }

    private ApiContract contract() {
        if (contract == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = ApiContract.servedOn(environment.getRequiredProperty("local.server.port", Integer.class),
                            json);
                }
            }
        }
        return contract;
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            request.getParameterMap().forEach((name, values) -> {
                if (request.getQueryString().contains(name)) {
                    query.put(name, Arrays.asList(values));
                }
            });
        }
        return query;
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Collections.list(request.getHeaderNames())
                .forEach(name -> headers.put(name, Collections.list(request.getHeaders(name))));
        return headers;
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, List.copyOf(response.getHeaders(name))));
        return headers;
    }

    /** Remembers that the application answered with {@code sendError}, whose page the container renders after. */
    private static final class ErrorNoticingResponse extends ContentCachingResponseWrapper {

        private boolean errorSent;

        ErrorNoticingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }
    }
}
