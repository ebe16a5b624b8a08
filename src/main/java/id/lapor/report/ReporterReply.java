package id.lapor.report;

import id.lapor.platform.ReportStateException;
import java.util.function.Predicate;

/**
 * What a reporter may send back about their report, and when: each reply is awaited in one state of the report only
 * and goes on its timeline as one event. A plain rule, without Spring or the engine; {@code tracking.ReporterReplies}
 * applies it.
 */
public enum ReporterReply {

    /** The answer to the verifier's clarification question. */
    CLARIFICATION_ANSWER(ReportEventType.CLARIFICATION_PROVIDED,
            report -> report.getStatus() == ReportStatus.MENUNGGU_KLARIFIKASI,
            "reply.not-awaited.clarification"),

    /** The agency's final answer settled the matter (with a rating). */
    CONFIRMATION(ReportEventType.CONFIRMED,
            report -> report.getStatus() == ReportStatus.MENUNGGU_KONFIRMASI,
            "reply.not-awaited.confirmation"),

    /** The agency's final answer did not settle the matter. */
    DISPUTE(ReportEventType.DISPUTED,
            report -> report.getStatus() == ReportStatus.MENUNGGU_KONFIRMASI,
            "reply.not-awaited.confirmation"),

    /** The objection (keberatan, Pasal 35 UU 14/2008) to an information request's answer, refusal or silence. */
    OBJECTION(ReportEventType.OBJECTION_FILED,
            report -> report.getType() == ReportType.PERMINTAAN_INFORMASI
                    && report.getStatus() == ReportStatus.MASA_KEBERATAN,
            "reply.not-awaited.objection");

    private final ReportEventType event;
    private final Predicate<Report> awaited;
    /** The refusal's key in the error bundles ({@code i18n/errors*.properties}). */
    private final String notAwaited;

    ReporterReply(ReportEventType event, Predicate<Report> awaited, String notAwaited) {
        this.event = event;
        this.awaited = awaited;
        this.notAwaited = notAwaited;
    }

    /** The timeline event that records this reply. */
    public ReportEventType event() {
        return event;
    }

    /** Whether {@code report} is waiting for this reply. */
    public boolean isAwaitedBy(Report report) {
        return awaited.test(report);
    }

    /**
     * Refuses this reply to a report that is not waiting for it.
     *
     * @throws ReportStateException (answered with 409) with a message for the reporter
     */
    public void requireAwaitedBy(Report report) {
        if (!isAwaitedBy(report)) {
            throw ReportStateException.of(notAwaited);
        }
    }
}
