/**
 * The public-information request process (processes/information-request.bpmn, UU KIP): its keys and variables and
 * its rules without Camunda imports (periods, exemptions, decisions). Its Camunda glue is in the sub-package
 * camunda.
 */
@ApplicationModule(displayName = "Information request process")
package id.lapor.information;

import org.springframework.modulith.ApplicationModule;
