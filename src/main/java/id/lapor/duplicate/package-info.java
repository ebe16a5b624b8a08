/**
 * Duplicates: similar reports found by title and place, the verifier's duplicate decision rules (DuplicateChain),
 * and citizens following an existing report.
 */
@ApplicationModule(displayName = "Duplicates")
package id.lapor.duplicate;

import org.springframework.modulith.ApplicationModule;
