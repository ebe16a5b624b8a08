package id.lapor.portal;

import id.lapor.report.ReportType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import id.lapor.report.PlausibleIncidentDate;
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

    @NotNull(message = "{portal.error.incidentDate}")
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

    private boolean anonymous;
    private boolean confidential;

    @Size(max = 120, message = "{portal.error.tooLong}")
    private String name;

    @Email(message = "{portal.error.email}")
    @Size(max = 200, message = "{portal.error.tooLong}")
    private String email;

    @Pattern(regexp = "|\\+?[0-9 -]{8,20}", message = "{portal.error.phone}")
    private String phone;

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
