package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.SUPERVISOR_INSTRUCTION;

import id.lapor.platform.UserText;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the supervisor's instruction on an escalation to the report's (staff) timeline. */
@ProcessApi
@Component("recordSupervisorInstruction")
class RecordSupervisorInstructionDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Timeline timeline;

    RecordSupervisorInstructionDelegate(ProcessReports processReports, Timeline timeline) {
        this.processReports = processReports;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        String instruction = ProcessReports.requiredText(execution, SUPERVISOR_INSTRUCTION,
                UserText.both("escalation.instruction.required"));
        timeline.record(report, ReportEventType.SUPERVISOR_INSTRUCTION, report.getHoldingAgency(),
                ProcessReports.actor(), instruction);
        execution.removeVariable(SUPERVISOR_INSTRUCTION);
    }
}
