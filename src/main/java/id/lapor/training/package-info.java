/**
 * Training: a trainer moves a training report's pending timers forward, so staff rehearse escalations without
 * waiting 30 days.
 */
@ApplicationModule(displayName = "Training")
package id.lapor.training;

import org.springframework.modulith.ApplicationModule;
