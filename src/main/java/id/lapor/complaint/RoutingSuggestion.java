package id.lapor.complaint;

/**
 * The agency the routing walk suggests and why.
 *
 * @param agencyCode the suggested agency
 * @param level      the fallback level that produced it
 * @param reason     the matching rule's reason, or null for the fallbacks without a rule
 * @param regionCode the region the matching rule was evaluated for (null for national rules and fallbacks)
 */
public record RoutingSuggestion(String agencyCode, RoutingLevel level, String reason, String regionCode) {

    /** "Aturan tingkat kabupaten/kota: Infrastruktur di Kota Bontang". */
    public String explanation() {
        String level = Character.toUpperCase(level().label().charAt(0)) + level().label().substring(1);
        return reason == null ? level : level + ": " + reason;
    }
}
