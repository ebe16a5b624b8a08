/*
 * The audit trail of one process instance, running or finished, in one chronological list: activities with start and
 * end, user tasks with assignee, candidate groups and times, decisions with inputs and outputs, variable changes,
 * user operations (who did what), SLA warnings and breaches, incidents. Shown as a page of its own
 * (#/lapor-audit/instance/:id, also for finished instances, which Cockpit CE cannot show) and as a tab of Cockpit's
 * running-instance view.
 *
 * Data: the plugin's resource .../process-instances/:id/trail, which reads Camunda's history with the user's rights and
 * says each event in words (element names, decisions in words, operations as sentences; id.lapor.oversight.camunda.AuditTrail),
 * in the plugin's language. Camunda's ids stay on hover and in the "technical ids" column. GET only.
 */
import {
  clear, errorBox, formatDuration, formatTime, h, language, languageSwitch, pluginGet, stateBadge, t,
  technicalSwitch, trailLink, words
} from './lib.js';

const KINDS = ['activity', 'task', 'decision', 'variable', 'taskVariable', 'operation', 'sla', 'incident'];
/**
 * Task-local variables are what a task form shows (the report's text, options): set by the system when the task is
 * created. Counted, and one click away, but not shown at first.
 */
const SHOWN_AT_FIRST = KINDS.filter(kind => kind !== 'taskVariable');

/** The full page: header with the instance and its report, then the trail. */
export function renderTrailPage(node, { api }) {
  const match = /#\/lapor-audit\/instance\/([^/?]+)/.exec(window.location.hash);
  const processInstanceId = match ? decodeURIComponent(match[1]) : '';
  renderTrail(node, api, processInstanceId, false);
}

/** The tab of Cockpit's running-instance view: the trail, without the header Cockpit already shows. */
export function renderTrailTab(node, { api, processInstanceId }) {
  renderTrail(node, api, processInstanceId, true);
}

function renderTrail(node, api, processInstanceId, embedded) {
  const state = { loading: true, error: null, data: null, shown: new Set(SHOWN_AT_FIRST), technical: false };
  const root = h('div', { class: 'lapor-audit la-trail' + (embedded ? ' la-embedded' : ' la-page') });
  node.appendChild(root);

  const draw = () => {
    clear(root);
    if (!embedded) {
      root.appendChild(breadcrumb(state.data));
    }
    root.appendChild(h('div', { class: 'la-toolbar' },
      embedded ? h('p', { class: 'la-intro' },
        h('a', { href: trailLink(processInstanceId) }, t('trail.openFull'), ' ›'),
        ' ', h('span', { class: 'la-muted' }, t('common.readOnly')))
        : h('h2', { class: 'la-title' }, title(state.data, processInstanceId),
          state.data ? stateBadge(state.data.instance.state) : null),
      languageSwitch(reload)));
    if (state.loading) {
      root.appendChild(h('p', { class: 'la-loading' }, t('common.loading')));
      return;
    }
    if (state.error) {
      root.appendChild(errorBox(state.error));
      return;
    }
    if (!embedded) {
      root.appendChild(summary(state.data));
    }
    const entries = buildEntries(state.data);
    root.appendChild(h('div', { class: 'la-trail-options' }, kindFilter(entries, state.shown, draw),
      technicalSwitch(state, draw)));
    root.appendChild(trailTable(entries.filter(entry => state.shown.has(entry.kind)), state.technical));
  };

  const reload = async () => {
    // only the newest load draws (see history-tab.js)
    const mine = state.loads = (state.loads || 0) + 1;
    state.loading = true;
    draw();
    try {
      const data = await load(api, processInstanceId);
      if (mine !== state.loads) {
        return;
      }
      state.data = data;
      state.error = null;
    } catch (error) {
      if (mine !== state.loads) {
        return;
      }
      state.error = error;
    }
    state.loading = false;
    draw();
  };
  reload();
}

async function load(api, id) {
  // the plugin's resource reads the history with the user's rights (404 for an instance the user may not read) and
  // says every event in words (id.lapor.oversight.camunda.AuditTrail); the technical side of each entry comes along
  const trail = await pluginGet(api, '/process-instances/' + encodeURIComponent(id) + '/trail', { lang: language() });
  return { instance: trail.audit.instance, sla: trail.audit.sla, entries: trail.entries };
}

function title(data, id) {
  if (data && data.instance.businessKey) {
    return t('trail.titleCase', { number: data.instance.businessKey });
  }
  return data ? t('trail.titleInstance', { id }) : t('trail.title');
}

function breadcrumb(data) {
  const instance = data && data.instance;
  return h('ol', { class: 'breadcrumb la-breadcrumb' },
    h('li', {}, h('a', { href: '#/processes' }, t('trail.breadcrumb.processes'))),
    instance ? h('li', {}, h('a', { href: '#/process-definition/' + encodeURIComponent(instance.processDefinitionId)
      + '/runtime' }, instance.processDefinitionName || instance.processDefinitionKey)) : null,
    h('li', { class: 'active' }, t('trail.title')));
}

function summary(data) {
  const instance = data.instance;
  const report = instance.report;
  const item = (label, ...value) => h('div', { class: 'la-summary-item' }, h('dt', {}, label), h('dd', {}, ...value));
  const breaches = data.sla.filter(event => event.level === 'BREACH').length;
  return h('div', { class: 'la-summary-box' },
    h('dl', { class: 'la-summary' },
      item(t('trail.process'), (instance.processDefinitionName || instance.processDefinitionKey)
        + (instance.processDefinitionVersion ? ' (v' + instance.processDefinitionVersion + ')' : '')),
      item(t('trail.state'), stateBadge(instance.state)),
      item(t('trail.start'), formatTime(instance.startTime)),
      item(t('trail.end'), instance.endTime ? formatTime(instance.endTime) : t('history.running')),
      item(t('trail.duration'), formatDuration(instance.endTime ? instance.durationMillis
        : Date.now() - new Date(instance.startTime).getTime())),
      item(t('trail.startedBy'), instance.startUserId || t('common.system')),
      report ? item(t('trail.report'), t('type.' + report.type) + ' · ' + report.title,
        report.confidential ? h('span', { class: 'la-badge la-badge-confidential' }, t('history.confidential')) : null)
        : null,
      report ? item(t('trail.reportStatus'), t('report.' + report.status)) : null,
      report ? item(t('trail.agency'), report.agencyName || t('common.none')) : null,
      item(t('trail.breaches'), breaches ? h('span', { class: 'la-badge la-badge-breach' },
        t('history.breaches', { count: breaches })) : t('common.none'))),
    h('p', { class: 'la-links' },
      h('a', { href: '#/process-definition/' + encodeURIComponent(instance.processDefinitionId) + '/runtime' },
        t('trail.openDefinition')),
      instance.endTime ? null : [' · ', h('a', { href: '#/process-instance/'
        + encodeURIComponent(instance.processInstanceId) + '/runtime' }, t('trail.openRuntime'))],
      ' · ', h('a', { href: '#/lapor-audit/operation-log' }, t('trail.openLog'))));
}

// ---- the entries (worded by the server: id.lapor.oversight.camunda.AuditTrail) ---------------------------------------------

function buildEntries(data) {
  return data.entries;
}

function kindFilter(entries, shown, redraw) {
  const counts = Object.fromEntries(KINDS.map(kind => [kind, entries.filter(entry => entry.kind === kind).length]));
  return h('div', { class: 'la-kinds', role: 'group', 'aria-label': t('trail.show') },
    h('span', { class: 'la-kinds-label' }, t('trail.show')),
    KINDS.map(kind => h('label', { class: 'la-kind la-kind-' + kind + (shown.has(kind) ? ' la-on' : '') },
      h('input', { type: 'checkbox', name: 'kind', value: kind, checked: shown.has(kind),
        onchange: event => { event.target.checked ? shown.add(kind) : shown.delete(kind); redraw(); } }),
      ' ', t('kind.' + kind), ' ', h('span', { class: 'la-count' }, String(counts[kind])))));
}

/** Camunda's ids and codes of an entry: on hover of the event, and in the column shown with "Technical ids". */
function trailTable(entries, technical) {
  const rows = entries.map(entry => h('tr', Object.assign({ class: 'la-entry la-entry-' + entry.kind,
    'data-kind': entry.kind }, dataAttributes(entry.data)),
  h('td', { class: 'la-nowrap' }, formatTime(entry.time, true)),
  h('td', {}, h('span', { class: 'la-kind-badge la-kind-' + entry.kind }, t('kind.' + entry.kind))),
  h('td', { class: 'la-what', title: entry.technical }, words(entry.text)),
  h('td', { class: 'la-who' }, entry.who ? [entry.who, entry.whoRole ? h('div', { class: 'la-muted la-role' },
    entry.whoRole) : null] : h('span', { class: 'la-muted' }, t('common.system'))),
  h('td', { class: 'la-details' }, entry.details.map(detail => h('div', {}, words(detail)))),
  technical ? h('td', { class: 'la-technical' }, h('code', {}, entry.technical)) : null));
  const columns = ['trail.col.time', 'trail.col.kind', 'trail.col.what', 'trail.col.who', 'trail.col.details']
    .concat(technical ? ['common.technical'] : []);
  return h('table', { class: 'table table-condensed la-table la-trail-table' },
    h('thead', {}, h('tr', {}, columns.map(key => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: columns.length, class: 'la-empty' },
      t('trail.empty')))));
}

/** {activityId: 'Task_X'} → {'data-activity-id': 'Task_X'}: what tests and styles select rows by. */
function dataAttributes(data) {
  return Object.fromEntries(Object.entries(data || {}).map(([name, value]) =>
    ['data-' + name.replace(/[A-Z]/g, c => '-' + c.toLowerCase()), value]));
}
