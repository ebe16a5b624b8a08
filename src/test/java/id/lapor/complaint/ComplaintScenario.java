package id.lapor.complaint;

import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Test helper: submits reports the way the channels do and finds their process instance. */
@Component
public class ComplaintScenario {

    private final SubmitReport submitReport;
    private final ReportRepository reports;
    private final RuntimeService runtimeService;

    private final java.time.Clock clock;

    ComplaintScenario(SubmitReport submitReport, ReportRepository reports, RuntimeService runtimeService,
            java.time.Clock clock) {
        this.submitReport = submitReport;
        this.reports = reports;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public SubmittedReport submitPotholeComplaint() {
        return submit(ReportType.ADUAN, "Jalan berlubang di Jl. MT Haryono", "64.74", "bontang-dpupr", false, false);
    }

    public SubmittedReport submit(ReportType type, String title, String regionCode, String targetAgency,
            boolean anonymous, boolean confidential) {
        return submitReport.submit(new SubmitReportCommand(type, title,
                "Lubang besar di depan sekolah membahayakan pengendara motor sejak dua minggu.", incidentDate(),
                regionCode, "Jl. MT Haryono, Bontang Utara", null, null, "INFRASTRUKTUR_JALAN", targetAgency, anonymous,
                confidential, new ReporterContact("Budi Santoso", "budi.santoso@example.com", "081234567890",
                        "6474010101900001", null),
                Channel.API, null, List.of(), null, null));
    }

    /** 20 November 2026, or today where a test has moved the engine's clock before it. */
    private LocalDate incidentDate() {
        LocalDate today = id.lapor.report.IncidentDates.today(clock);
        LocalDate usual = LocalDate.of(2026, 11, 20);
        return usual.isAfter(today) ? today : usual;
    }

    public ProcessInstance processOf(SubmittedReport submitted) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .singleResult();
    }

    /** Reads from the report inside a transaction, so that lazy relations (agency, original report) load. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public <T> T read(SubmittedReport submitted, java.util.function.Function<Report, T> reading) {
        return reading.apply(report(submitted));
    }

    /** Runs a query inside a read-only transaction, so that lazy relations load. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public <T> T query(java.util.function.Supplier<T> query) {
        return query.get();
    }

    public Report report(SubmittedReport submitted) {
        return reports.findByTrackingNumber(submitted.trackingNumber()).orElseThrow();
    }
}
