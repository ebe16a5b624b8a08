package id.lapor.intake;

/** The acknowledgement: given only once the report and its process instance are stored. */
public record SubmittedReport(String trackingNumber, String accessCode, boolean replayed) {
}
