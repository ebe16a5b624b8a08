/**
 * The engine glue that every process of a report shares: the report of a process instance, the task's live view
 * of its report, closing and archiving.
 */
@NamedInterface("camunda")
package id.lapor.report.camunda;

import org.springframework.modulith.NamedInterface;
