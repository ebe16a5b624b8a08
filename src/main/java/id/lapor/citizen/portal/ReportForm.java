package id.lapor.citizen.portal;

import id.lapor.report.CopyDelivery;
import id.lapor.report.InformationRequestDetails;
import id.lapor.report.ObtainingMethod;
import id.lapor.report.PlausibleIncidentDate;
import id.lapor.report.ReportType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** What the submit page's form holds; messages are keys of {@code i18n/portal*.properties}. */
public class ReportForm {

    @NotNull(message = "{portal.error.type}")
    private ReportType type;

    @NotBlank(message = "{portal.error.title}")
    @Size(max = 200, message = "{portal.error.tooLong}")
    private String title;

    @NotBlank(message = "{portal.error.description}")
    @Size(max = 5000, message = "{portal.error.tooLong}")
    private String description;

    /** Required for complaints and aspirations ({@link SubmitReportPage}); not asked of an information request. */
    @PlausibleIncidentDate(message = "{portal.error.incidentDate.implausible}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate incidentDate;

    @Size(max = 13)
    private String regionCode;

    @Size(max = 500, message = "{portal.error.tooLong}")
    private String address;

    @Size(max = 60)
    private String categoryCode;

    @Size(max = 60)
    private String targetAgencyCode;

    // a request for public information (UU 14/2008): required for that type only (SubmitReportPage)
    @Size(max = InformationRequestDetails.MAX_PURPOSE_LENGTH, message = "{portal.error.tooLong}")
    private String informationPurpose;

    private ObtainingMethod obtainingMethod;

    private CopyDelivery copyDelivery;

    private boolean anonymous;
    private boolean confidential;

    @Size(max = 120, message = "{portal.error.tooLong}")
    private String name;

    @Email(message = "{portal.error.email}")
    @Size(max = 200, message = "{portal.error.tooLong}")
    private String email;

    @Pattern(regexp = "|\\+?[0-9 -]{8,20}", message = "{portal.error.phone}")
    private String phone;

    @Size(max = 500, message = "{portal.error.tooLong}")
    private String postalAddress;

    /** A one-time token of this form: submitting it twice creates one report. */
    private String formToken;

    private List<MultipartFile> attachments = new ArrayList<>();

    public ReportType getType() { return type; }
    public void setType(ReportType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate incidentDate) { this.incidentDate = incidentDate; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getTargetAgencyCode() { return targetAgencyCode; }
    public void setTargetAgencyCode(String targetAgencyCode) { this.targetAgencyCode = targetAgencyCode; }
    public String getInformationPurpose() { return informationPurpose; }
    public void setInformationPurpose(String informationPurpose) { this.informationPurpose = informationPurpose; }
    public ObtainingMethod getObtainingMethod() { return obtainingMethod; }
    public void setObtainingMethod(ObtainingMethod obtainingMethod) { this.obtainingMethod = obtainingMethod; }
    public CopyDelivery getCopyDelivery() { return copyDelivery; }
    public void setCopyDelivery(CopyDelivery copyDelivery) { this.copyDelivery = copyDelivery; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String formToken) { this.formToken = formToken; }
    public List<MultipartFile> getAttachments() { return attachments; }
    public void setAttachments(List<MultipartFile> attachments) { this.attachments = attachments; }

    /** The files actually chosen (a browser sends an empty part when none is). */
    List<MultipartFile> chosenFiles() {
        return attachments == null ? List.of() : attachments.stream()
                .filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .toList();
    }
}
