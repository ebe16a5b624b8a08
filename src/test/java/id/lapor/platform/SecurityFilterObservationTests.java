package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security filters of every request run without a Micrometer observation around each of them (the actuator is
 * there, so Spring Security would otherwise wrap them all), while requests as a whole are still observed.
 */
@LaporIntegrationTest
class SecurityFilterObservationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObservationRegistry observations;

    @Test
    void aRequestIsObservedAsAWholeNotFilterByFilter() throws Exception {
        List<String> started = new CopyOnWriteArrayList<>();
        RecordingHandler recording = new RecordingHandler(started, Thread.currentThread());
        observations.observationConfig().observationHandler(recording);
        try {
            mvc.perform(get("/")).andExpect(status().isOk());
        } finally {
            recording.stop();
        }

        assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }

    /** Records the names of the observations started on one thread until stopped (the registry is shared). */
    private static final class RecordingHandler implements ObservationHandler<Observation.Context> {

        private final List<String> started;
        private volatile Thread thread;

        RecordingHandler(List<String> started, Thread thread) {
            this.started = started;
            this.thread = thread;
        }

        void stop() {
            thread = null;
        }

        @Override
        public void onStart(Observation.Context context) {
            started.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return Thread.currentThread() == thread;
        }
    }
}
