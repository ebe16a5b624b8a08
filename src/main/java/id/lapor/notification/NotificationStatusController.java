package id.lapor.notification;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.CamundaLogin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the outbox stands: rows per status, for administrators and auditors (HTTP Basic with a Camunda user). */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = "staff")
class NotificationStatusController {

    private final NotificationRepository notifications;

    NotificationStatusController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/staff/notifications/counts")
    @Operation(operationId = "countNotifications", summary = "Notifications per status: PENDING, SENT, FAILED, "
            + "SKIPPED (administrators, auditors)", description = "Jumlah notifikasi di outbox per status, untuk "
                    + "memantau pengiriman email dan SMS; administrator dan auditor. / How many notifications of the "
                    + "outbox are in each status, to watch email and SMS delivery; administrators and auditors.")
    Map<NotificationStatus, Long> counts(Authentication staff) {
        boolean allowed = staff.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals(CamundaLogin.GROUP_AUTHORITY + StaffGroups.ADMIN)
                        || a.equals(CamundaLogin.GROUP_AUTHORITY + StaffGroups.AUDITOR));
        if (!allowed) {
            throw new AccessDeniedException("Only administrators and auditors read the notification counts");
        }
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        notifications.countByStatus().forEach(row -> counts.put(row.getStatus(), row.getCount()));
        return counts;
    }
}
