package id.lapor.notification;

/** How a notification travels. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    /** A public reply under the reporter's social media post: never carries the access code. */
    SOCIAL_REPLY,
    /** A private direct message to the reporter's social media account. */
    SOCIAL_DIRECT
}
