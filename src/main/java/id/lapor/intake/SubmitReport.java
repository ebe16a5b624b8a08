package id.lapor.intake;

import id.lapor.calendar.Deadlines;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.Category;
import id.lapor.directory.CategoryRepository;
import id.lapor.directory.RegionRepository;
import id.lapor.directory.VerifierAssignment;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.Attachments;
import id.lapor.intake.camunda.ProcessStarts;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import id.lapor.report.IncidentDates;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import id.lapor.report.ReporterIdentity;
import id.lapor.report.ReporterIdentityRepository;
import id.lapor.report.Timeline;
import id.lapor.report.access.AccessCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting a report from any channel: the report with its verification deadline, the reporter's identity (kept
 * apart), the first timeline step (with its outbox messages) and the hand-over to the report's process
 * ({@link ProcessStarts}) are stored in one transaction, and only then is the report acknowledged. The process instance
 * is started right after, outside the request: so a burst of reports is absorbed at the speed of a few inserts, and an
 * acknowledged report still always gets its process, on this node or another. Its routing, duplicate search and the
 * verifier's task follow in the job executor (the save point after the start event).
 * A retried submission with the same idempotency key returns the same report.
 */
@Service
public class SubmitReport {

    private final ReportRepository reports;
    private final ReporterIdentityRepository identities;
    private final CategoryRepository categories;
    private final AgencyRepository agencies;
    private final RegionRepository regions;
    private final VerifierAssignment verifierAssignment;
    private final AccessCodes accessCodes;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final ProcessStarts processStarts;
    private final Attachments attachments;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SubmitReport(ReportRepository reports, ReporterIdentityRepository identities, CategoryRepository categories,
            AgencyRepository agencies, RegionRepository regions, VerifierAssignment verifierAssignment,
            AccessCodes accessCodes, Timeline timeline, Deadlines deadlines, ProcessStarts processStarts,
            Attachments attachments, Clock clock, PlatformTransactionManager transactionManager) {
        this.reports = reports;
        this.identities = identities;
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
        this.verifierAssignment = verifierAssignment;
        this.accessCodes = accessCodes;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.processStarts = processStarts;
        this.attachments = attachments;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Accepts the report in a transaction of its own (or the caller's). When the same idempotency key arrives twice at
     * once, the second insert fails on the key's unique index; without a caller's transaction it is retried once and
     * then answers the report the other request stored.
     */
    public SubmittedReport submit(SubmitReportCommand command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return submitOnce(command);
        }
        try {
            return transaction.execute(status -> submitOnce(command));
        } catch (DataIntegrityViolationException concurrentRetry) {
            return transaction.execute(status -> submitOnce(command));
        }
    }

    private SubmittedReport submitOnce(SubmitReportCommand command) {
        if (command.incidentDate() == null && command.type() != ReportType.PERMINTAAN_INFORMASI) {
            throw new InvalidInputException("incidentDate", UserText.of("intake.incident-date.required-for-type"));
        }
        if (command.incidentDate() != null) {
            IncidentDates.problem(command.incidentDate(), clock).ifPresent(problem -> {
                throw new InvalidInputException("incidentDate", problem);
            });
        }
        String key = IdempotencyKeys.of(command.channel(), command.idempotencyKey());
        if (key != null) {
            Optional<Report> earlier = reports.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), command);
            }
        }
        Category category = command.categoryCode() == null ? null : categories.findByCode(command.categoryCode())
                .orElseThrow(() -> new InvalidInputException("categoryCode", UserText.of("intake.category.unknown")));
        Agency targetAgency = command.targetAgencyCode() == null ? null : agencies.findByCode(command.targetAgencyCode())
                .orElseThrow(() -> new InvalidInputException("targetAgencyCode", UserText.of("intake.agency.unknown")));
        // found, not counted: the verifier assignment below finds the region again in the session
        if (command.regionCode() != null && regions.findById(command.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", UserText.of("intake.region.unknown"));
        }
        List<AttachmentFile> files = command.attachments();
        attachments.check(files);

        String accessCode = accessCodes.newAccessCode(key);
        Report report = new Report(uniqueTrackingNumber(), accessCodes.hash(accessCode), command.type(),
                command.title().trim(), command.description().trim(), command.incidentDate(), command.channel(),
                clock.instant());
        report.locate(command.regionCode(), command.address(), command.latitude(), command.longitude());
        report.classify(category, targetAgency);
        if (command.informationRequest() != null) {
            report.describeInformationRequest(command.informationRequest());
        }
        report.setPrivacy(command.anonymous(), command.confidential());
        if (command.source() != null) {
            report.recordSource(command.source().platform(), command.source().messageId(), command.source().link());
        }
        report.setLanguage(command.language());
        if (key != null) {
            report.rememberIdempotencyKey(key, command.fingerprint());
        }
        // the verification deadline runs from receipt; the process confirms it when it schedules the verifier's task.
        // Set before the insert: the report's row is written once, not inserted and then updated.
        Agency verifyingGovernment = verifierAssignment.verifyingGovernment(command.regionCode());
        Instant received = report.getSubmittedAt();
        report.awaitVerification(verifyingGovernment, received,
                deadlines.verification(received, verifyingGovernment.getTimeZone(), null).due());
        reports.save(report);
        ReporterContact reporter = command.reporter();
        if (!reporter.isEmpty()) {
            identities.save(new ReporterIdentity(report.getId(), reporter.name(), reporter.email(), reporter.phone(),
                    reporter.idNumber(), reporter.socialHandle(), reporter.postalAddress()));
        }
        attachments.storeReporterFiles(report.getId(), files);
        timeline.record(report, ReportEventType.SUBMITTED, null, Timeline.REPORTER, command.channel().name());
        processStarts.enqueue(report);
        return new SubmittedReport(report.getTrackingNumber(), accessCode, false);
    }

    private SubmittedReport replay(Report earlier, SubmitReportCommand command) {
        if (!command.fingerprint().equals(earlier.getRequestFingerprint())) {
            throw new InvalidInputException("Idempotency-Key",
                    UserText.both("intake.idempotency-key.reused"));
        }
        return new SubmittedReport(earlier.getTrackingNumber(), accessCodes.newAccessCode(earlier.getIdempotencyKey()),
                true);
    }

    private String uniqueTrackingNumber() {
        String number;
        do {
            number = accessCodes.newTrackingNumber();
        } while (reports.existsByTrackingNumber(number));
        return number;
    }
}
