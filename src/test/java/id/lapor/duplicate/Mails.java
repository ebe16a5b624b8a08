package id.lapor.duplicate;

import id.lapor.RecordingHttpServer;
import id.lapor.TestServers;
import java.util.List;

/** What the test SMS gateway received. */
public final class Mails {

    private Mails() {
    }

    /** SMS texts sent to {@code phone}. */
    public static List<String> smsTo(String phone) {
        return TestServers.GATEWAYS.requests("/sms").stream().map(RecordingHttpServer.Request::body)
                .filter(body -> body.contains("\"" + phone + "\"")).toList();
    }
}
