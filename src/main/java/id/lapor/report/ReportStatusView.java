package id.lapor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as the reporter (or, for public reports, anybody) sees it: plain language, concrete dates. {@code
 * incidentDate} is null for a request for public information made through a form; {@code informationRequest} (what such
 * a request says about its purpose and the way to obtain the information) is shown to the requester only.
 */
public record ReportStatusView(
        String trackingNumber,
        String type,
        String typeLabel,
        String title,
        String description,
        LocalDate incidentDate,
        String category,
        String region,
        String address,
        String reporter,
        String status,
        String statusLabel,
        Instant submittedAt,
        Agency holdingAgency,
        Instant holdingSince,
        Instant dueAt,
        String dueAtText,
        String awaitingReporter,
        String clarificationQuestion,
        String duplicateOf,
        Integer rating,
        List<Step> timeline,
        List<FollowUpView> followUps,
        InformationRequestView informationRequest) {

    /** The purpose of a request for public information and how the requester obtains it, codes with their labels. */
    public record InformationRequestView(String purpose, String obtainingMethod, String obtainingMethodLabel,
            String copyDelivery, String copyDeliveryLabel) {
    }

    public record Agency(String code, String name) {
    }

    public record Step(Instant at, String atText, String step, String text, String agency) {
    }

    public record FollowUpView(Instant postedAt, String agency, String text, boolean finalAnswer) {
    }
}
