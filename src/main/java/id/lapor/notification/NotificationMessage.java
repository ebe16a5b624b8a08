package id.lapor.notification;

import java.util.List;

/**
 * A composed notification: the email (subject and sections, one per language) and the short text for SMS and
 * social media messages. Built at send time and never stored.
 *
 * @param subject the email subject
 * @param sections the email body: one section per language (staff: Bahasa Indonesia, then English)
 * @param shortText SMS or direct message, at most 160 characters where possible
 * @param publicReply a public reply under a social media post (never the access code), or null
 */
record NotificationMessage(String subject, List<Section> sections, String shortText, String publicReply) {

    /**
     * One language's part of an email: paragraphs, a quoted text (question, answer) and what to do about it; a second
     * link after the closing lines (e.g. to stop following a report), or none.
     */
    record Section(String lang, String greeting, List<String> paragraphs, String quote, List<String> afterQuote,
            List<Fact> facts, String linkLabel, String link, List<String> closing, String endLinkLabel, String endLink) {

        Section(String lang, String greeting, List<String> paragraphs, String quote, List<String> afterQuote,
                List<Fact> facts, String linkLabel, String link, List<String> closing) {
            this(lang, greeting, paragraphs, quote, afterQuote, facts, linkLabel, link, closing, null, null);
        }
    }

    record Fact(String label, String value) {
    }
}
