/**
 * The complaint process (processes/complaint-handling.bpmn): its keys and variables (ComplaintProcess) and its
 * stage logic without Camunda imports: routing and disposisi through the government hierarchy, SLA breaches,
 * verification decisions. Its Camunda glue (delegates, listeners, steps named in the BPMN) is in the sub-package
 * camunda.
 */
@ApplicationModule(displayName = "Complaint process")
package id.lapor.complaint;

import org.springframework.modulith.ApplicationModule;
