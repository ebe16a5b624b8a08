package id.lapor.training;

import java.time.Instant;

/**
 * A timer of a report's process that has not fired yet.
 *
 * @param jobId       the engine's job
 * @param activityId  the BPMN element that waits for it (e.g. {@code StartEvent_CompletionOverdue})
 * @param elementName the element's name in the model, with its event sub-process (e.g. "Eskalasi tingkat 1: Tenggat
 *                    penyelesaian terlewati")
 * @param label       what the timer is, in words for a training session ("Eskalasi tingkat 1 …")
 * @param effect      what happens when it fires, or null where no text is written for it
 * @param dueAt       when it is due
 * @param dueAtText   the due date in the report's time zone, in the page's language
 * @param due         due now: the job executor takes it within seconds
 */
public record PendingTimer(String jobId, String activityId, String elementName, String label, String effect,
        Instant dueAt, String dueAtText, boolean due) {
}
