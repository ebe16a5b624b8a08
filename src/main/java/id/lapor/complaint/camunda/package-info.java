/**
 * The complaint process's Camunda glue: the delegates, listeners and step beans that
 * processes/complaint-handling.bpmn names, kept thin over the stage logic in the module's base package.
 */
package id.lapor.complaint.camunda;
