package id.lapor.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Who filed a report, stored apart from the report so that nothing that handles the report (process variables,
 * task forms, timeline) carries it along.
 */
@Entity
public class ReporterIdentity {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "full_name")
    private String fullName;

    private String email;
    private String phone;

    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "social_handle")
    private String socialHandle;

    /** Where a copy of public information is posted to (a request for public information, delivery by post). */
    @Column(name = "postal_address")
    private String postalAddress;

    protected ReporterIdentity() {
    }

    public ReporterIdentity(Long reportId, String fullName, String email, String phone, String idNumber,
            String socialHandle) {
        this(reportId, fullName, email, phone, idNumber, socialHandle, null);
    }

    public ReporterIdentity(Long reportId, String fullName, String email, String phone, String idNumber,
            String socialHandle, String postalAddress) {
        this.postalAddress = postalAddress;
        this.reportId = reportId;
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.idNumber = idNumber;
        this.socialHandle = socialHandle;
    }

    public Long getReportId() { return reportId; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getIdNumber() { return idNumber; }
    public String getSocialHandle() { return socialHandle; }
    public String getPostalAddress() { return postalAddress; }
}
