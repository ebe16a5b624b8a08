package id.lapor.platform.messaging;

import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The HTTP implementations of the outbound gateways: JSON posted to a configured URL with a bearer token. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class HttpGateways {

    @Bean
    SmsGateway smsGateway(MessagingProperties properties) {
        MessagingProperties.Endpoint endpoint = properties.sms();
        RestClient client = client(endpoint, properties);
        return new SmsGateway() {
            @Override
            public boolean isEnabled() {
                return endpoint.isEnabled();
            }

            @Override
            public void send(String phoneNumber, String text) {
                post(client, endpoint, "", Map.of("to", phoneNumber, "text", text), "SMS gateway");
            }
        };
    }

    @Bean
    SocialMediaGateway socialMediaGateway(MessagingProperties properties) {
        MessagingProperties.Endpoint endpoint = properties.social();
        RestClient client = client(endpoint, properties);
        return new SocialMediaGateway() {
            @Override
            public boolean isEnabled() {
                return endpoint.isEnabled();
            }

            @Override
            public void reply(String platform, String inReplyToMessageId, String handle, String text) {
                post(client, endpoint, "/replies", Map.of("platform", platform, "inReplyTo", inReplyToMessageId,
                        "handle", handle, "text", text), "social media reply endpoint");
            }

            @Override
            public void directMessage(String platform, String handle, String text) {
                post(client, endpoint, "/direct-messages", Map.of("platform", platform, "handle", handle,
                        "text", text), "social media direct-message endpoint");
            }
        };
    }

    private static RestClient client(MessagingProperties.Endpoint endpoint, MessagingProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(requests);
        if (endpoint.token() != null && !endpoint.token().isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + endpoint.token());
        }
        return builder.build();
    }

    private static void post(RestClient client, MessagingProperties.Endpoint endpoint, String path, Map<String, String> body,
            String what) {
        if (!endpoint.isEnabled()) {
            throw new DeliveryFailedException("No " + what + " is configured");
        }
        try {
            client.post().uri(endpoint.url() + path).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new DeliveryFailedException("The " + what + " did not accept the message: " + e.getMessage(), e);
        }
    }
}
