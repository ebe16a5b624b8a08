package id.lapor.duplicate;

import id.lapor.RecordingHttpServer;
import id.lapor.TestServers;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What the test mail server (GreenMail) and the test SMS gateway received. */
final class Mails {

    /** A received email: subject and both parts. */
    record Mail(String subject, String text, String html) {
    }

    private Mails() {
    }

    /** Emails to {@code address} about report {@code trackingNumber} (named in the subject), oldest first. */
    static List<Mail> to(String address, String trackingNumber) {
        return TestServers.MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .map(Mails::read).filter(mail -> mail.subject().contains(trackingNumber)).toList();
    }

    /** SMS texts sent to {@code phone}. */
    static List<String> smsTo(String phone) {
        return TestServers.GATEWAYS.requests("/sms").stream().map(RecordingHttpServer.Request::body)
                .filter(body -> body.contains("\"" + phone + "\"")).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            return new Mail(message.getSubject(), text.toString(), html.toString());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        }
    }
}
