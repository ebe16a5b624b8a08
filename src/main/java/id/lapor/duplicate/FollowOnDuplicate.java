package id.lapor.duplicate;

import id.lapor.report.Report;
import id.lapor.report.ReportEventRecorded;
import id.lapor.report.ReportEventType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a verifier marks a report as a duplicate ({@code MARKED_DUPLICATE}, recorded by the process's
 * {@code Task_LinkDuplicate}), its reporter becomes a follower of the original, in the same transaction.
 */
@Component
class FollowOnDuplicate {

    private final ReportFollowers followers;

    FollowOnDuplicate(ReportFollowers followers) {
        this.followers = followers;
    }

    @EventListener
    void onRecorded(ReportEventRecorded recorded) {
        if (recorded.event().getType() != ReportEventType.MARKED_DUPLICATE) {
            return;
        }
        Report duplicate = recorded.report();
        Report original = duplicate.getDuplicateOf() == null ? null : DuplicateChain.original(duplicate.getDuplicateOf());
        if (original != null && !original.getId().equals(duplicate.getId())) {
            followers.followAsDuplicateReporter(duplicate, original);
        }
    }
}
