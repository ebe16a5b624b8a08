package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TooManyRequestsMessageTests {

    @Test
    void theMessageSaysHowManyMinutesInBothLanguages() {
        assertThat(new TooManyRequestsException(Duration.ofSeconds(61)).getMessage())
                .contains("coba lagi dalam 2 menit").contains("try again in 2 minutes");
    }
}
