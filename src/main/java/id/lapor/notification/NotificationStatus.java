package id.lapor.notification;

/** Where a notification stands: waiting (possibly for a retry), delivered, given up, or not sendable at all. */
public enum NotificationStatus { PENDING, SENT, FAILED, SKIPPED }
