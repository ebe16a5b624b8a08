package id.lapor.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    /**
     * Hashes access codes as an HMAC-SHA256 with a server secret ({@code {hmac-sha256}}); codes hashed earlier with
     * bcrypt ({@code {bcrypt}}) stay valid. An access code is a random 10-character secret (about 49 bits), not a
     * password a person chose, so a slow password hash adds no protection worth its cost: bcrypt took most of the
     * CPU time of every submitted report. Without the server secret (kept apart from the reports in
     * {@code system_secret}, or configured) a stolen hash cannot be tested offline at all; and whoever holds the
     * database already holds what the code opens.
     */
    @Bean
    PasswordEncoder passwordEncoder(ServerSecrets secrets) {
        return new DelegatingPasswordEncoder("hmac-sha256",
                Map.of("hmac-sha256", new HmacEncoder(secrets), "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * A request the firewall refuses (an encoded slash or percent in the path, a header with control characters) is
     * answered 400 with a problem document that says so, not with an empty body.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
                    + "\"detail\":\"" + UserText.both("api.request-rejected") + "\"}");
        };
    }

    /** HMAC-SHA256 of the code with the server key {@code access-code-hash}, compared in constant time. */
    static final class HmacEncoder implements PasswordEncoder {

        private final ServerSecrets secrets;

        HmacEncoder(ServerSecrets secrets) {
            this.secrets = secrets;
        }

        @Override
        public String encode(CharSequence raw) {
            return HexFormat.of().formatHex(secrets.hmacSha256("access-code-hash", null, raw.toString()));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded != null && MessageDigest.isEqual(encode(raw).getBytes(StandardCharsets.US_ASCII),
                    encoded.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
