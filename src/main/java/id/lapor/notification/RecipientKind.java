package id.lapor.notification;

/** Who a notification is for: the report's reporter, or every member of a Camunda staff group. */
public enum RecipientKind { REPORTER, STAFF_GROUP }
