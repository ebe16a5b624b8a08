package id.lapor.citizen.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A browser's session with the portal in MockMvc: the session, and the CSRF token its forms carry. */
public class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    final MockHttpSession session = new MockHttpSession();
    private final MockMvc mvc;
    private String csrf;
    private String formToken;
    private Cookie language;

    public PortalSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public PortalSession inEnglish() {
        language = new Cookie("lapor_lang", "en");
        return this;
    }

    /** Opens a page with a form and remembers its tokens; returns the HTML. */
    public String open(String path) throws Exception {
        String html = mvc.perform(with(get(path))).andReturn().getResponse().getContentAsString();
        Matcher csrfMatch = CSRF.matcher(html);
        if (csrfMatch.find()) {
            csrf = csrfMatch.group(1);
        }
        Matcher tokenMatch = FORM_TOKEN.matcher(html);
        formToken = tokenMatch.find() ? tokenMatch.group(1) : null;
        return html;
    }

    /** The request in this session, with the form's CSRF token. */
    public <T extends MockHttpServletRequestBuilder> T with(T request) {
        request.session(session);
        if (csrf != null) {
            request.param("_csrf", csrf);
        }
        if (language != null) {
            request.cookie(language);
        }
        return request;
    }

    public String formToken() {
        return formToken;
    }
}
