/*
 * SP4N-LAPOR! auditor history for Camunda Cockpit (plugin API of Camunda 7.14+).
 *
 * Cockpit loads this module for every user because the Java class id.lapor.oversight.camunda.AuditCockpitPlugin registers the
 * plugin "lapor-audit"; this file and the modules it imports are served from
 * src/main/resources/plugin-webapp/lapor-audit/app/ (each must be listed in AuditPluginRootResource.ASSETS).
 * Plain ES modules, no build step: edit, restart the application, reload Cockpit.
 *
 * What it adds, all read-only:
 * - the tab "Riwayat / History" on every process definition: running and finished instances with filters;
 * - the page #/lapor-audit/instance/:id: the audit trail of one instance, finished ones too;
 * - the tab "Jejak audit / Audit trail" on Cockpit's running-instance view;
 * - the menu entry "Audit" and the page #/lapor-audit/operation-log: the user operation log.
 */
import { renderHistoryTab } from './history-tab.js';
import { renderTrailPage, renderTrailTab } from './audit-trail.js';
import { renderOperationLog } from './operation-log.js';
import { clear } from './lib.js';

/** Cockpit calls render(node, context) when the view opens and unmount() when it closes. */
function view(definition) {
  let mounted = null;
  return Object.assign({
    render(node, context) {
      mounted = node;
      definition.draw(node, context);
    },
    unmount() {
      if (mounted) {
        clear(mounted);
        mounted = null;
      }
    }
  }, definition.plugin);
}

export default [
  view({
    plugin: { id: 'lapor-audit.history-tab', pluginPoint: 'cockpit.processDefinition.runtime.tab', priority: 5,
      label: 'Riwayat / History' },
    draw: renderHistoryTab
  }),
  view({
    plugin: { id: 'lapor-audit.instance-tab', pluginPoint: 'cockpit.processInstance.runtime.tab', priority: 5,
      label: 'Jejak audit / Audit trail' },
    draw: renderTrailTab
  }),
  view({
    plugin: { id: 'lapor-audit.instance-route', pluginPoint: 'cockpit.route', priority: 0,
      properties: { path: '/lapor-audit/instance/:id' } },
    draw: renderTrailPage
  }),
  view({
    plugin: { id: 'lapor-audit.operation-log-route', pluginPoint: 'cockpit.route', priority: 0,
      properties: { path: '/lapor-audit/operation-log' } },
    draw: renderOperationLog
  }),
  {
    id: 'lapor-audit.navigation', pluginPoint: 'cockpit.navigation', priority: 5,
    properties: { path: '/lapor-audit' },
    render(node) {
      const link = document.createElement('a');
      link.href = '#/lapor-audit/operation-log';
      link.textContent = 'Audit';
      link.title = 'Log operasi dan jejak audit / Operation log and audit trails';
      node.appendChild(link);
    }
  }
];
