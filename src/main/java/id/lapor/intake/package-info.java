/**
 * Intake: accepting a report once (idempotency keys, rate limit), storing it and starting its process through the
 * durable start queue. Sub-packages: channel (SMS, social media and staff data entry), open311 (the GeoReport v2
 * API), attachment (files of reports and follow-ups), camunda (process starts and the staff entry's glue).
 */
@ApplicationModule(displayName = "Intake")
package id.lapor.intake;

import org.springframework.modulith.ApplicationModule;
