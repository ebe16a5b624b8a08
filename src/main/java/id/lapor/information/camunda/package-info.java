/**
 * The information request process's Camunda glue: the delegates and steps that processes/information-request.bpmn
 * names.
 */
package id.lapor.information.camunda;
