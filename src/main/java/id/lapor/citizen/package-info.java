/**
 * Citizens: the status API of a report (by tracking number and access code) and the public portal (sub-package
 * portal): submitting, tracking, answering clarifications, confirming, objecting, searching public reports.
 */
@ApplicationModule(displayName = "Citizen portal and tracking")
package id.lapor.citizen;

import org.springframework.modulith.ApplicationModule;
