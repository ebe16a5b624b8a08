package id.lapor.calendar;

import id.lapor.report.ReportType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every deadline of the lifecycle, as configuration ({@code lapor.deadlines.*}); defaults follow the public
 * LAPOR! rules described in domain.md. The time zone ({@code lapor.deadlines.default-time-zone}) is read by
 * {@link id.lapor.platform.TimeZoneProperties}.
 */
@Validated
@ConfigurationProperties("lapor.deadlines")
public class DeadlineProperties {

    /** Verification of a new report by the verifier. */
    @NotNull
    private Period verification = Period.workingDays(3);
    /** How long before the verification deadline the verifier is reminded. */
    @NotNull
    private Period verificationReminderBefore = Period.workingDays(1);
    /** Time the reporter has to answer a clarification request; then the report is archived. */
    @NotNull
    private Period clarification = Period.workingDays(10);
    /** First response of the agency's liaison. */
    @NotNull
    private Period firstResponse = Period.workingDays(5);
    /** Completion (final answer) by the agency, per report type. */
    private Map<ReportType, Period> completion = new EnumMap<>(Map.of(
            ReportType.ADUAN, Period.days(30),
            ReportType.ASPIRASI, Period.days(30),
            ReportType.PERMINTAAN_INFORMASI, Period.workingDays(10)));
    /** Share of the completion time after which the liaison is warned. */
    @Min(1)
    @Max(99)
    private int completionWarningPercent = 75;
    /** Time after the completion deadline until the second escalation level (inspectorate, Ombudsman). */
    @NotNull
    private Period secondLevelEscalationAfter = Period.days(14);
    /** Time the reporter has to confirm or dispute the final answer; then the report is closed as done. */
    @NotNull
    private Period confirmation = Period.workingDays(10);
    /** How often a reporter's dispute reopens the follow-up before the supervisor decides. */
    @Min(0)
    private int maxReopenings = 2;

    public Period completionFor(ReportType type) {
        Period period = completion.get(type);
        if (period == null) {
            throw new IllegalStateException("No completion deadline configured for " + type
                    + " (lapor.deadlines.completion." + type + ")");
        }
        return period;
    }

    public Period getVerification() { return verification; }
    public void setVerification(Period verification) { this.verification = verification; }
    public Period getVerificationReminderBefore() { return verificationReminderBefore; }
    public void setVerificationReminderBefore(Period p) { this.verificationReminderBefore = p; }
    public Period getClarification() { return clarification; }
    public void setClarification(Period clarification) { this.clarification = clarification; }
    public Period getFirstResponse() { return firstResponse; }
    public void setFirstResponse(Period firstResponse) { this.firstResponse = firstResponse; }
    public Map<ReportType, Period> getCompletion() { return completion; }
    public void setCompletion(Map<ReportType, Period> completion) { this.completion = new EnumMap<>(completion); }
    public int getCompletionWarningPercent() { return completionWarningPercent; }
    public void setCompletionWarningPercent(int percent) { this.completionWarningPercent = percent; }
    public Period getSecondLevelEscalationAfter() { return secondLevelEscalationAfter; }
    public void setSecondLevelEscalationAfter(Period p) { this.secondLevelEscalationAfter = p; }
    public Period getConfirmation() { return confirmation; }
    public void setConfirmation(Period confirmation) { this.confirmation = confirmation; }
    public int getMaxReopenings() { return maxReopenings; }
    public void setMaxReopenings(int maxReopenings) { this.maxReopenings = maxReopenings; }
}
