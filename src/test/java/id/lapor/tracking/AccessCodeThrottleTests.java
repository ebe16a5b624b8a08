package id.lapor.tracking;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.report.TooManyAttemptsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AccessCodeThrottleTests {

    final AccessCodeThrottle throttle = new AccessCodeThrottle(3, 5, Duration.ofMinutes(15));

    @Test
    void oneClientGuessingAcrossManyReportsIsStopped() {
        from("203.0.113.7");
        for (int report = 1; report <= 5; report++) {
            throttle.checkAllowed("1000000" + report);
            throttle.failed("1000000" + report);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("10000009")).isInstanceOf(TooManyAttemptsException.class);

        from("198.51.100.4");
        assertThatCode(() -> throttle.checkAllowed("10000009")).as("another client").doesNotThrowAnyException();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void oneReportGuessedFromManyClientsIsStopped() {
        for (int client = 1; client <= 3; client++) {
            from("192.0.2." + client);
            throttle.failed("20000001");
        }
        from("192.0.2.99");
        assertThatThrownBy(() -> throttle.checkAllowed("20000001")).isInstanceOf(TooManyAttemptsException.class);
        throttle.succeeded("20000001");
        assertThatCode(() -> throttle.checkAllowed("20000001")).doesNotThrowAnyException();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
