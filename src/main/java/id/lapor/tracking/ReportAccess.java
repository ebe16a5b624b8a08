package id.lapor.tracking;

import id.lapor.intake.AccessCodes;
import id.lapor.report.AccessCodeRejectedException;
import id.lapor.report.Report;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on a report without a staff account: anybody may read a public report by its number; the
 * access code alone opens a confidential (RAHASIA) report and lets the reporter answer on it. Wrong codes are
 * throttled per report and per client.
 */
@Component
public class ReportAccess {

    private final ReportRepository reports;
    private final AccessCodes accessCodes;
    private final AccessCodeThrottle throttle;

    ReportAccess(ReportRepository reports, AccessCodes accessCodes, AccessCodeThrottle throttle) {
        this.reports = reports;
        this.accessCodes = accessCodes;
        this.throttle = throttle;
    }

    /** The reporter's own view: requires the access code. */
    public Report asReporter(String trackingNumber, String accessCode) {
        throttle.checkAllowed(trackingNumber);
        Report report = reports.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
        if (!accessCodes.matches(accessCode, report.getAccessCodeHash())) {
            throttle.failed(trackingNumber);
            throw new AccessCodeRejectedException();
        }
        throttle.succeeded(trackingNumber);
        return report;
    }

    /** The public view: a confidential report does not exist for the public. */
    public Report asPublic(String trackingNumber) {
        return reports.findByTrackingNumber(trackingNumber)
                .filter(Report::isPublic)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
    }
}
