package id.lapor.report;

import id.lapor.directory.Agency;
import id.lapor.directory.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's report. The reporter's identity is kept apart ({@link ReporterIdentity}); the process instance that
 * handles the report holds only its id.
 */
@Entity
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, unique = true, updatable = false)
    private String trackingNumber;

    @Column(name = "access_code_hash", nullable = false)
    private String accessCodeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportType type;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    /** When it happened; required for complaints and aspirations, none for an information request from a form. */
    @Column(name = "incident_date")
    private LocalDate incidentDate;

    /** Purpose, way of obtaining and delivery of a request for public information; null for other reports. */
    @Embedded
    private InformationRequestDetails informationRequest;

    @Column(name = "region_code")
    private String regionCode;

    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_agency_id")
    private Agency targetAgency;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private boolean confidential;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holding_agency_id")
    private Agency holdingAgency;

    @Column(name = "holding_since")
    private Instant holdingSince;

    @Column(name = "current_due_at")
    private Instant currentDueAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "idempotency_key", unique = true, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason")
    private ArchiveReason archiveReason;

    @Column(name = "archive_note")
    private String archiveNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Report duplicateOf;

    @Column(name = "clarification_question")
    private String clarificationQuestion;

    private Integer rating;

    @Column(name = "source_platform")
    private String sourcePlatform;

    @Column(name = "source_message_id")
    private String sourceMessageId;

    @Column(name = "source_link")
    private String sourceLink;

    @Column(nullable = false)
    private String language = "id";

    @Version
    private long version;

    protected Report() {
    }

    public Report(String trackingNumber, String accessCodeHash, ReportType type, String title, String description,
            LocalDate incidentDate, Channel channel, Instant submittedAt) {
        this.trackingNumber = trackingNumber;
        this.accessCodeHash = accessCodeHash;
        this.type = type;
        this.title = title;
        this.description = description;
        this.incidentDate = incidentDate;
        this.channel = channel;
        this.submittedAt = submittedAt;
        this.status = ReportStatus.MENUNGGU_VERIFIKASI;
    }

    /**
     * Where it happened. Coordinates are kept to six decimals (about 10 cm, the columns' scale), whatever precision a
     * channel sent: 1e-20000 is a valid number in range, but no database column holds its scale.
     */
    public void locate(String regionCode, String address, BigDecimal latitude, BigDecimal longitude) {
        this.regionCode = regionCode;
        this.address = address;
        this.latitude = coordinate(latitude);
        this.longitude = coordinate(longitude);
    }

    private static BigDecimal coordinate(BigDecimal degrees) {
        return degrees == null ? null : degrees.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** What a request for public information says about its purpose and how to obtain the information. */
    public void describeInformationRequest(InformationRequestDetails details) {
        if (type != ReportType.PERMINTAAN_INFORMASI) {
            throw new IllegalStateException("Only a request for public information has information request details");
        }
        this.informationRequest = details;
    }

    public void classify(Category category, Agency targetAgency) {
        this.category = category;
        this.targetAgency = targetAgency;
    }

    public void setPrivacy(boolean anonymous, boolean confidential) {
        this.anonymous = anonymous;
        this.confidential = confidential;
    }

    /** Where on its channel the report came from (platform, the channel's message id, a link to the post). */
    public void recordSource(String platform, String messageId, String link) {
        this.sourcePlatform = platform;
        this.sourceMessageId = messageId;
        this.sourceLink = link;
    }

    /** The reporter's language ("id" or "en") for the messages sent back. */
    public void setLanguage(String language) {
        this.language = language;
    }

    public void rememberIdempotencyKey(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
    }

    public void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Waiting for a verifier of {@code verifyingGovernment} until {@code due}. */
    public void awaitVerification(Agency verifyingGovernment, Instant since, Instant due) {
        requireOpen();
        this.status = ReportStatus.MENUNGGU_VERIFIKASI;
        hold(verifyingGovernment, since, due);
        this.clarificationQuestion = null;
    }

    public void awaitClarification(String question, Instant due) {
        requireOpen();
        this.status = ReportStatus.MENUNGGU_KLARIFIKASI;
        this.clarificationQuestion = question;
        this.currentDueAt = due;
    }

    public void forwardTo(Agency agency, Instant since) {
        requireOpen();
        this.status = ReportStatus.DITINDAKLANJUTI;
        hold(agency, since, null);
    }

    /** The agency's deadline for its follow-up; the status stays. */
    public void followUpDue(Instant due) {
        requireOpen();
        this.currentDueAt = due;
    }

    public void awaitConfirmation(Instant due) {
        requireOpen();
        this.status = ReportStatus.MENUNGGU_KONFIRMASI;
        this.currentDueAt = due;
    }

    /** Information request answered, refused or left unanswered: the requester may object until {@code due}. */
    public void awaitObjection(Instant due) {
        requireOpen();
        this.status = ReportStatus.MASA_KEBERATAN;
        this.currentDueAt = due;
    }

    /** The requester's objection is with the information officer's superior ({@code superior}) until {@code due}. */
    public void reviewObjection(Agency superior, Instant since, Instant due) {
        requireOpen();
        this.status = ReportStatus.KEBERATAN_DIPROSES;
        hold(superior, since, due);
    }

    /** The superior upheld the objection: the information officer's agency ({@code ppid}) must give the information. */
    public void carryOutObjectionDecision(Agency ppid, Instant since, Instant due) {
        requireOpen();
        this.status = ReportStatus.DITINDAKLANJUTI;
        hold(ppid, since, due);
    }

    public void reopen() {
        requireOpen();
        this.status = ReportStatus.DITINDAKLANJUTI;
    }

    public void rate(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5");
        }
        this.rating = rating;
    }

    public void markDuplicateOf(Report original) {
        if (original.getId().equals(id)) {
            throw new IllegalArgumentException("A report cannot be a duplicate of itself");
        }
        this.duplicateOf = original;
    }

    public void archive(ArchiveReason reason, String note, Instant at) {
        requireOpen();
        this.status = ReportStatus.DIARSIPKAN;
        this.archiveReason = reason;
        this.archiveNote = note;
        this.closedAt = at;
        this.currentDueAt = null;
    }

    public void close(Instant at) {
        requireOpen();
        this.status = ReportStatus.SELESAI;
        this.closedAt = at;
        this.currentDueAt = null;
    }

    private void hold(Agency agency, Instant since, Instant due) {
        if (holdingAgency == null || !holdingAgency.getId().equals(agency.getId())) {
            this.holdingSince = since;
        }
        this.holdingAgency = agency;
        this.currentDueAt = due;
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalStateException("Report " + trackingNumber + " is already " + status);
        }
    }

    /** Whether anybody may see this report without its access code. */
    public boolean isPublic() {
        return !confidential;
    }

    public Long getId() { return id; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getAccessCodeHash() { return accessCodeHash; }
    public ReportType getType() { return type; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public InformationRequestDetails getInformationRequest() { return informationRequest; }
    public String getRegionCode() { return regionCode; }
    public String getAddress() { return address; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public Category getCategory() { return category; }
    public Agency getTargetAgency() { return targetAgency; }
    public boolean isAnonymous() { return anonymous; }
    public boolean isConfidential() { return confidential; }
    public ReportStatus getStatus() { return status; }
    public Channel getChannel() { return channel; }
    public Agency getHoldingAgency() { return holdingAgency; }
    public Instant getHoldingSince() { return holdingSince; }
    public Instant getCurrentDueAt() { return currentDueAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestFingerprint() { return requestFingerprint; }
    public ArchiveReason getArchiveReason() { return archiveReason; }
    public String getArchiveNote() { return archiveNote; }
    public Report getDuplicateOf() { return duplicateOf; }
    public String getClarificationQuestion() { return clarificationQuestion; }
    public Integer getRating() { return rating; }
    public String getSourcePlatform() { return sourcePlatform; }
    public String getSourceMessageId() { return sourceMessageId; }
    public String getSourceLink() { return sourceLink; }
    public String getLanguage() { return language; }
}
