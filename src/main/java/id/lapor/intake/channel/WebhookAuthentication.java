package id.lapor.intake.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.platform.UserText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The inbound webhooks accept only their gateway: {@code Authorization: Bearer <lapor.channels.*.webhook-token>},
 * checked before the body is read. Without a configured token the webhook is off (503).
 */
@Configuration(proxyBeanMethods = false)
class WebhookAuthentication implements WebMvcConfigurer {

    private final ChannelProperties properties;
    private final ObjectMapper json;

    WebhookAuthentication(ChannelProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check("SMS", "lapor.channels.sms.webhook-token", properties.sms().webhookToken()))
                .addPathPatterns("/channels/sms/**");
        registry.addInterceptor(new Check("social media", "lapor.channels.social.webhook-token",
                properties.social().webhookToken())).addPathPatterns("/channels/social/**");
    }

    final class Check implements HandlerInterceptor {

        private final String channel;
        private final String property;
        private final String token;

        Check(String channel, String property, String token) {
            this.channel = channel;
            this.property = property;
            this.token = token;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            if (!WebhookSecret.isConfigured(token)) {
                refuse(response, HttpStatus.SERVICE_UNAVAILABLE,
                        UserText.both("channel.webhook.off", channel, property));
                return false;
            }
            if (!WebhookSecret.matches(token, request.getHeader(HttpHeaders.AUTHORIZATION))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                refuse(response, HttpStatus.UNAUTHORIZED, UserText.both("channel.webhook.token"));
                return false;
            }
            return true;
        }

        private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), ProblemDetail.forStatusAndDetail(status, detail));
        }
    }
}
