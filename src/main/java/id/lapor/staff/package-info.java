/**
 * Staff: the Camunda users, groups, authorizations and Tasklist filters derived from the directory, and the rule
 * that task writes need task work (sub-package camunda).
 */
@ApplicationModule(displayName = "Staff rights and Tasklist")
package id.lapor.staff;

import org.springframework.modulith.ApplicationModule;
