package id.lapor;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** An email the test mail server ({@link TestServers#MAIL}, GreenMail) received: recipients, subject, both parts. */
public record ReceivedMail(List<String> to, String subject, String text, String html) {

    /** Emails received by {@code address}, oldest first. */
    public static List<ReceivedMail> to(String address) {
        return TestServers.MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .map(ReceivedMail::read)
                .toList();
    }

    /** Emails received by {@code address} about report {@code trackingNumber} (named in the subject), oldest first. */
    public static List<ReceivedMail> to(String address, String trackingNumber) {
        return to(address).stream().filter(mail -> mail.subject().contains(trackingNumber)).toList();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            Address[] recipients = message.getAllRecipients();
            return new ReceivedMail(recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList(),
                    message.getSubject(), text.toString(), html.toString());
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
