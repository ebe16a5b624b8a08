/**
 * Oversight: the figures of handling per government, level and month (page, API, CSV), and the auditors' trail of
 * every step of a report in Cockpit (sub-packages audit and camunda).
 */
@ApplicationModule(displayName = "Oversight and audit")
package id.lapor.oversight;

import org.springframework.modulith.ApplicationModule;
