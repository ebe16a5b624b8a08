package id.lapor.report;

/**
 * Published by {@link Timeline#record} for every step of a report, synchronously and inside the transaction that
 * records the step: a listener that writes rows (the notification outbox) commits or rolls back with the step.
 */
public record ReportEventRecorded(Report report, ReportEvent event) {
}
