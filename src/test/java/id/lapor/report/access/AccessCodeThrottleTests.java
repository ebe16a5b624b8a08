package id.lapor.report.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.platform.TooManyAttemptsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Guessing is slowed per client address; nobody's guesses lock the holder of the right code out (issue 19, item 4). */
class AccessCodeThrottleTests {

    final AccessCodeThrottle throttle = new AccessCodeThrottle(
            new AccessCodeProperties(null, 5, Duration.ofMinutes(15), 30));

    @Test
    void oneClientGuessingAcrossManyReportsIsStopped() {
        from("203.0.113.7");
        for (int report = 1; report <= 5; report++) {
            throttle.checkAllowed();
            throttle.failed();
        }
        assertThatThrownBy(throttle::checkAllowed).isInstanceOf(TooManyAttemptsException.class);

        from("198.51.100.4");
        assertThatCode(throttle::checkAllowed).as("another client").doesNotThrowAnyException();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void wrongCodesFromManyClientsDoNotLockTheReportersAddressOut() {
        for (int client = 1; client <= 50; client++) {
            from("192.0.2." + client);
            throttle.checkAllowed();
            throttle.failed();
        }
        from("198.51.100.77");
        assertThatCode(throttle::checkAllowed).as("the reporter, with the right code").doesNotThrowAnyException();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void lookingUpManyNumbersFromOneAddressIsLimited() {
        from("203.0.113.50");
        for (int lookup = 1; lookup <= 30; lookup++) {
            throttle.checkAllowed();
        }
        assertThatThrownBy(throttle::checkAllowed).isInstanceOf(TooManyAttemptsException.class)
                .hasMessageContaining("too many requests");
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
