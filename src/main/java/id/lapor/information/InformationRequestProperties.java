package id.lapor.information;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The periods of UU 14/2008 in working days ({@code lapor.information.*}): answer 10 (Pasal 22 ayat 7), one
 * extension 7 (ayat 8), objection 30 after the answer (Pasal 36 ayat 1), superior's decision 30 (Pasal 36 ayat 2).
 * The law sets no separate period for giving the information after an upheld objection; this installation gives the
 * information officer the answer period again ({@code objection-execution-working-days}, 10 by default). After the
 * agency's procedure the requester has 14 working days to go to the Komisi Informasi (Pasal 37 ayat 2); that period
 * runs outside this system and is only named in the requester's messages.
 */
@Validated
@ConfigurationProperties("lapor.information")
public class InformationRequestProperties {

    @Min(1)
    private int answerWorkingDays = 10;
    @Min(1)
    private int extensionWorkingDays = 7;
    @Min(1)
    private int objectionWorkingDays = 30;
    @Min(1)
    private int objectionDecisionWorkingDays = 30;
    @Min(1)
    private int objectionExecutionWorkingDays = 10;
    @Min(1)
    private int commissionWorkingDays = 14;

    public int getAnswerWorkingDays() { return answerWorkingDays; }
    public void setAnswerWorkingDays(int days) { this.answerWorkingDays = days; }
    public int getExtensionWorkingDays() { return extensionWorkingDays; }
    public void setExtensionWorkingDays(int days) { this.extensionWorkingDays = days; }
    public int getObjectionWorkingDays() { return objectionWorkingDays; }
    public void setObjectionWorkingDays(int days) { this.objectionWorkingDays = days; }
    public int getObjectionDecisionWorkingDays() { return objectionDecisionWorkingDays; }
    public void setObjectionDecisionWorkingDays(int days) { this.objectionDecisionWorkingDays = days; }
    public int getObjectionExecutionWorkingDays() { return objectionExecutionWorkingDays; }
    public void setObjectionExecutionWorkingDays(int days) { this.objectionExecutionWorkingDays = days; }
    public int getCommissionWorkingDays() { return commissionWorkingDays; }
    public void setCommissionWorkingDays(int days) { this.commissionWorkingDays = days; }
}
