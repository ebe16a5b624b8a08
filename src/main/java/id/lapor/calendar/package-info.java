/**
 * Calendar: working days, holidays and the deadlines of each report type (verification, first response,
 * completion, confirmation), in the configured time zone.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = { "report", "platform" })
package id.lapor.calendar;

import org.springframework.modulith.ApplicationModule;
