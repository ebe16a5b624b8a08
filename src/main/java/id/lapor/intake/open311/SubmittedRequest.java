package id.lapor.intake.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report submitted through Open311: by which client, and the token that client may exchange for its id. */
@Entity
@Table(name = "open311_request")
class SubmittedRequest {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false, unique = true, updatable = false)
    private String token;

    protected SubmittedRequest() {
    }

    SubmittedRequest(Long reportId, Long clientId, String token) {
        this.reportId = reportId;
        this.clientId = clientId;
        this.token = token;
    }

    Long getReportId() { return reportId; }
    Long getClientId() { return clientId; }
    String getToken() { return token; }
}
