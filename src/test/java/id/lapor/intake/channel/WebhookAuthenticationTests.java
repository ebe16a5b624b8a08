package id.lapor.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The webhook secret check without the application: off without a token, bearer token compared exactly. */
class WebhookAuthenticationTests {

    final WebhookAuthentication webhooks = new WebhookAuthentication(new ChannelProperties(null, null), new ObjectMapper());

    @Test
    void webhookWithoutConfiguredTokenIsOffWithAClearMessage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/channels/sms/inbound");
        request.addHeader("Authorization", "Bearer anything");
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean passed = webhooks.new Check("SMS", "lapor.channels.sms.webhook-token", " ").preHandle(request, response, null);

        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("lapor.channels.sms.webhook-token").contains("webhook is off");
    }

    @Test
    void configuredTokenMustBePresentedAsBearer() throws Exception {
        var check = webhooks.new Check("SMS", "lapor.channels.sms.webhook-token", "s3cret-token");
        MockHttpServletRequest wrong = new MockHttpServletRequest("POST", "/channels/sms/inbound");
        wrong.addHeader("Authorization", "Basic czNjcmV0LXRva2Vu");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockHttpServletRequest right = new MockHttpServletRequest("POST", "/channels/sms/inbound");
        right.addHeader("Authorization", "bearer s3cret-token");

        assertThat(check.preHandle(wrong, refused, null)).isFalse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(check.preHandle(right, new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void secretComparisonIsExact() {
        assertThat(WebhookSecret.matches("s3cret", "Bearer s3cret")).isTrue();
        assertThat(WebhookSecret.matches("s3cret", "Bearer s3cre")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", "Bearer s3cret2")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", "Bearer ")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", null)).isFalse();
        assertThat(WebhookSecret.matches("", "Bearer ")).as("no token configured").isFalse();
    }
}
