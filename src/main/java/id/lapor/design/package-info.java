/**
 * Process design: the guardrails of a process designer's deployment from Camunda Modeler (the published process
 * API, expression rules, the product's contract with each process) and the migration of running instances
 * (sub-package camunda).
 */
@ApplicationModule(displayName = "Process design guardrails")
package id.lapor.design;

import org.springframework.modulith.ApplicationModule;
