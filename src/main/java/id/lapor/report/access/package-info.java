/**
 * Access codes of reporters and the throttle of wrong guesses.
 */
@NamedInterface("access")
package id.lapor.report.access;

import org.springframework.modulith.NamedInterface;
