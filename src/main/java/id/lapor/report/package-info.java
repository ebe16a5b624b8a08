/**
 * Report, the domain kernel: the report and its named status transitions, the reporter's identity, the timeline
 * of events, the unit's follow-ups, the reporter's status view and replies. Imports no feature module.
 * Sub-packages: access (access codes and their throttle), privacy (recorded reveal of an anonymous reporter's
 * identity to a verifier), camunda (what every process of a report shares: finding the report of an instance, the
 * task's live view, closing).
 */
@ApplicationModule(displayName = "Report (kernel)", allowedDependencies = { "directory", "platform" })
package id.lapor.report;

import org.springframework.modulith.ApplicationModule;
