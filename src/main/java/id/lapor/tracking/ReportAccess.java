package id.lapor.tracking;

import id.lapor.intake.AccessCodes;
import id.lapor.report.AccessCodeRejectedException;
import id.lapor.report.Report;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see or act on a report without a staff account: anybody may read a public report by its number; the
 * access code alone opens a confidential (RAHASIA) report and lets the reporter answer on it.
 */
@Component
public class ReportAccess {

    private final ReportRepository reports;
    private final AccessCodes accessCodes;

    ReportAccess(ReportRepository reports, AccessCodes accessCodes) {
        this.reports = reports;
        this.accessCodes = accessCodes;
    }

    /** The reporter's own view: requires the access code. */
    public Report asReporter(String trackingNumber, String accessCode) {
        Report report = reports.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
        if (!accessCodes.matches(accessCode, report.getAccessCodeHash())) {
            throw new AccessCodeRejectedException();
        }
        return report;
    }

    /** The public view: a confidential report does not exist for the public. */
    public Report asPublic(String trackingNumber) {
        return reports.findByTrackingNumber(trackingNumber)
                .filter(Report::isPublic)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
    }
}
