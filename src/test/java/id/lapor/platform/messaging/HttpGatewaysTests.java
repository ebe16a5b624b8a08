package id.lapor.platform.messaging;

import static id.lapor.TestServers.GATEWAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LaporIntegrationTest
class HttpGatewaysTests {

    @Autowired SmsGateway sms;
    @Autowired SocialMediaGateway social;

    @BeforeEach
    @AfterEach
    void resetGateways() {
        GATEWAYS.reset();
    }

    @Test
    void smsIsPostedAsJsonWithTheGatewayToken() {
        sms.send("081234567890", "LAPOR! Laporan Anda diterima.");

        assertThat(GATEWAYS.requests("/sms")).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authorization()).isEqualTo("Bearer test-sms-token");
            assertThat(request.body()).contains("\"to\":\"081234567890\"").contains("Laporan Anda diterima");
        });
    }

    @Test
    void socialRepliesAndDirectMessagesGoToTheirOwnPaths() {
        social.reply("x", "1869", "@warga_bontang", "Terima kasih, laporan Anda bernomor 123.");
        social.directMessage("x", "@warga_bontang", "Kode akses: ABC");

        assertThat(GATEWAYS.requests("/social/replies")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("\"inReplyTo\":\"1869\""));
        assertThat(GATEWAYS.requests("/social/direct-messages")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("Kode akses"));
    }

    @Test
    void aRefusingGatewayIsADeliveryFailure() {
        GATEWAYS.failWith(503);

        assertThatThrownBy(() -> sms.send("081234567890", "x"))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("SMS gateway");
    }
}
