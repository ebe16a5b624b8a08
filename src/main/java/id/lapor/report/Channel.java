package id.lapor.report;

/** How a report reached us. */
public enum Channel { WEB, API, SMS, SOCIAL_MEDIA, OPEN311, STAFF_ENTRY }
