package id.lapor.report.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Access codes are stored as an HMAC with a server secret; codes stored earlier with bcrypt still open their report. */
@LaporIntegrationTest
class AccessCodeHashTests {

    @Autowired AccessCodes accessCodes;

    @Test
    void newCodesAreStoredAsAnHmacAndMatchOnlyThemselvesWhateverTheCase() {
        String hash = accessCodes.hash("K7PQ2MZX9A");

        assertThat(hash).startsWith("{hmac-sha256}").doesNotContain("K7PQ2MZX9A").hasSize("{hmac-sha256}".length() + 64);
        assertThat(accessCodes.matches(" k7pq2mzx9a ", hash)).isTrue();
        assertThat(accessCodes.matches("K7PQ2MZX9B", hash)).isFalse();
        assertThat(accessCodes.matches("", hash)).isFalse();
    }

    @Test
    void codesHashedWithBcryptByAnEarlierReleaseStillMatch() {
        String earlier = "{bcrypt}" + new BCryptPasswordEncoder().encode("K7PQ2MZX9A");

        assertThat(accessCodes.matches("K7PQ2MZX9A", earlier)).isTrue();
        assertThat(accessCodes.matches("K7PQ2MZX9B", earlier)).isFalse();
    }
}
