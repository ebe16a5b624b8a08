package id.lapor.notification.webhook;

/**
 * PENDING: waiting for its (next) attempt; DELIVERED: the subscriber answered 2xx; FAILED: given up after the last
 * attempt; CANCELLED: the subscription was disabled before it was delivered.
 */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
