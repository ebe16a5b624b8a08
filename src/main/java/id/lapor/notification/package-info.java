/**
 * Notifications: e-mail, SMS and social replies to reporters, followers and staff, planned from the report's
 * events and sent through a transactional outbox; webhooks to integrators (sub-package webhook).
 */
@ApplicationModule(displayName = "Notifications")
package id.lapor.notification;

import org.springframework.modulith.ApplicationModule;
