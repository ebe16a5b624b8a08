package id.lapor.report.access;

import id.lapor.platform.AccessCodeRejectedException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on a report without a staff account: anybody may read a public report by its number; the
 * access code alone opens a confidential (RAHASIA) report and lets the reporter answer on it. Lookups, wrong codes
 * and unknown numbers are throttled per client address ({@link AccessCodeThrottle}).
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

    /**
     * The reporter's own view: requires the access code. A number that does not exist and a wrong code get the same
     * answer, so that a confidential report cannot be discovered by its number.
     */
    public Report asReporter(String trackingNumber, String accessCode) {
        throttle.checkAllowed();
        Report report = reports.findByTrackingNumber(trackingNumber).orElse(null);
        if (report == null || !accessCodes.matches(accessCode, report.getAccessCodeHash())) {
            throttle.failed();
            throw new AccessCodeRejectedException();
        }
        return report;
    }

    /** The public view: a confidential report does not exist for the public. */
    public Report asPublic(String trackingNumber) {
        throttle.checkAllowed();
        return reports.findByTrackingNumber(trackingNumber)
                .filter(Report::isPublic)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
    }
}
