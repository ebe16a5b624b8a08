package id.lapor.citizen.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request. Pages are in Bahasa Indonesia unless the person chose English with the {@code ?lang=en}
 * link of the header, which is remembered in a cookie. The machine interfaces ({@code /api/}, {@code /open311/},
 * {@code /channels/}) follow the {@code Accept-Language} header (then the cookie), as their clients expect.
 */
class PortalLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lapor_lang";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);
    private static final String CHOSEN = PortalLocaleResolver.class.getName() + ".CHOSEN";
    private static final List<String> MACHINE_PATHS = List.of("/api/", "/open311/", "/channels/");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        if (isMachineInterface(request) && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            return fromAcceptLanguage(request);
        }
        Locale cookie = fromCookie(request);
        return cookie != null ? cookie : INDONESIAN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale == null ? null : locale.getLanguage());
        if (supported == null) {
            return;
        }
        request.setAttribute(CHOSEN, supported);
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, supported.getLanguage())
                    .path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true)
                    .secure(request.isSecure()).build().toString());
        }
    }

    private static boolean isMachineInterface(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return MACHINE_PATHS.stream().anyMatch(path::startsWith);
    }

    private static Locale fromAcceptLanguage(HttpServletRequest request) {
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), SUPPORTED);
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
    }

    private static Locale fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return null;
    }

    private static Locale supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
