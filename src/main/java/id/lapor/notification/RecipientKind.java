package id.lapor.notification;

/**
 * Who a notification is for: the report's reporter, every member of a Camunda staff group, or a follower of the report
 * (a duplicate's reporter, or a citizen who chose to follow it on the portal; {@code id.lapor.duplicate}).
 */
public enum RecipientKind { REPORTER, STAFF_GROUP, FOLLOWER }
