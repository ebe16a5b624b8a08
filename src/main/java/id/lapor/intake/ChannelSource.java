package id.lapor.intake;

/**
 * Where on its channel a report came from, so that answers can go back there: the platform ("x", "instagram",
 * "sms-gateway", an Open311 client), the channel's own message id and a link to the original post, if any.
 */
public record ChannelSource(String platform, String messageId, String link) {
}
