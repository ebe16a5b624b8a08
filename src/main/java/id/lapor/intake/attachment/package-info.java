/**
 * Attachments of reports and follow-ups: checked, stored, linked, downloaded.
 */
@NamedInterface("attachment")
package id.lapor.intake.attachment;

import org.springframework.modulith.NamedInterface;
