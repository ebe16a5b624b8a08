/*
 * The audit trail of one process instance, running or finished, in one chronological list: activities with start and
 * end, user tasks with assignee, candidate groups and times, decisions with inputs and outputs, variable changes,
 * user operations (who did what), SLA warnings and breaches, incidents. Shown as a page of its own
 * (#/lapor-audit/instance/:id, also for finished instances, which Cockpit CE cannot show) and as a tab of Cockpit's
 * running-instance view.
 *
 * Data: Camunda's history REST API in the Cockpit session (the engine checks the user's authorizations) and the
 * plugin's resource for the report, the agency and the SLA events. Nothing here can change anything: GET only.
 */
import {
  clear, engineGet, errorBox, formatDuration, formatTime, formatValue, h, languageSwitch, parseTime, pluginGet,
  stateBadge, t, trailLink
} from './lib.js';

const KINDS = ['activity', 'task', 'decision', 'variable', 'taskVariable', 'operation', 'sla', 'incident'];
/**
 * Task-local variables are what a task form shows (the report's text, options): set by the system when the task is
 * created. Counted, and one click away, but not shown at first.
 */
const SHOWN_AT_FIRST = KINDS.filter(kind => kind !== 'taskVariable');
/** Order of entries with the same time: who acted, what ran, what changed, what it decided, what is now waiting. */
const TIE_ORDER = {
  operation: 0, activity: 1, variable: 2, taskVariable: 3, decision: 4, task: 5, sla: 6, incident: 7
};
const MAX = 5000;

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
  const state = { loading: true, error: null, data: null, shown: new Set(SHOWN_AT_FIRST) };
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
      languageSwitch(draw)));
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
    root.appendChild(kindFilter(entries, state.shown, draw));
    root.appendChild(trailTable(entries.filter(entry => state.shown.has(entry.kind))));
  };

  (async () => {
    try {
      state.data = await load(api, processInstanceId);
    } catch (error) {
      state.error = error;
    }
    state.loading = false;
    draw();
  })();
  draw();
}

async function load(api, id) {
  // the plugin's resource first: it answers 404 for an instance the user may not read
  const audit = await pluginGet(api, '/process-instances/' + encodeURIComponent(id));
  const byInstance = { processInstanceId: id };
  const [activities, tasks, decisions, details, operations, incidents] = await Promise.all([
    engineGet(api, '/history/activity-instance', { ...byInstance, sortBy: 'occurrence', sortOrder: 'asc',
      maxResults: MAX }),
    engineGet(api, '/history/task', { ...byInstance, sortBy: 'startTime', sortOrder: 'asc', maxResults: MAX }),
    engineGet(api, '/history/decision-instance', { ...byInstance, includeInputs: true, includeOutputs: true,
      disableBinaryFetching: true, disableCustomObjectDeserialization: true, sortBy: 'evaluationTime',
      sortOrder: 'asc', maxResults: MAX }),
    engineGet(api, '/history/detail', { ...byInstance, variableUpdates: true, deserializeValues: false,
      sortBy: 'occurrence', sortOrder: 'asc', maxResults: MAX }),
    engineGet(api, '/history/user-operation', { ...byInstance, sortBy: 'timestamp', sortOrder: 'asc',
      maxResults: MAX }),
    engineGet(api, '/history/incident', byInstance)]);
  // the identity link log has no process instance filter: one call per task (candidate groups, who claimed)
  const links = await Promise.all(tasks.map(task =>
    engineGet(api, '/history/identity-link-log', { taskId: task.id, sortBy: 'time', sortOrder: 'asc' })));
  return { ...audit, activities, tasks, decisions, details, operations, incidents,
    linksByTask: Object.fromEntries(tasks.map((task, index) => [task.id, links[index]])) };
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

// ---- the entries -------------------------------------------------------------------------------------------

function buildEntries(data) {
  const entries = [];
  const add = (kind, time, what, who, details, attributes) =>
    entries.push({ kind, time: parseTime(time), what, who, details: details.filter(Boolean), attributes,
      index: entries.length });
  const taskNames = Object.fromEntries(data.tasks.map(task => [task.id, task.name]));
  const operationUsers = Object.fromEntries(data.operations.map(entry => [entry.operationId, entry.userId]));

  data.activities.filter(activity => activity.activityType !== 'userTask').forEach(activity => {
    add('activity', activity.startTime, activity.activityName || activity.activityId,
      activity.activityType === 'startEvent' ? data.instance.startUserId : null, [
        h('span', { class: 'la-muted' }, activity.activityType),
        activity.canceled ? t('activity.canceled')
          : activity.endTime ? t('activity.ended', { time: formatTime(activity.endTime) })
            + (activity.durationInMillis ? ' (' + formatDuration(activity.durationInMillis) + ')' : '')
            : t('activity.running')],
      { 'data-activity-id': activity.activityId });
  });

  data.tasks.forEach(task => {
    const links = data.linksByTask[task.id] || [];
    const groups = [...new Set(links.filter(link => link.type === 'candidate' && link.groupId
      && link.operationType === 'add').map(link => link.groupId))];
    const claims = links.filter(link => link.type === 'assignee' && link.operationType === 'add' && link.userId);
    const ended = task.endTime
      ? (task.deleteReason && task.deleteReason !== 'completed'
        ? t('task.deleted', { reason: task.deleteReason, time: formatTime(task.endTime) })
        : t('task.completed', { time: formatTime(task.endTime), duration: formatDuration(task.duration) }))
      : t('task.open');
    add('task', task.startTime, task.name || task.taskDefinitionKey, task.assignee, [
      task.assignee ? t('task.assignee', { user: task.assignee }) : t('task.unassigned'),
      groups.length ? t('task.candidates', { groups: groups.join(', ') }) : null,
      claims.length ? claims.map(c => t('task.claimedBy', { user: c.userId }) + ' ' + formatTime(c.time)).join('; ')
        : null,
      task.due ? t('task.due', { time: formatTime(task.due) }) : null,
      ended], { 'data-task-id': task.id, 'data-activity-id': task.taskDefinitionKey });
  });

  data.decisions.forEach(decision => {
    const inputs = (decision.inputs || []).map(input => (input.clauseName || input.clauseId) + ': '
      + formatValue(input.value, input.type));
    const outputs = (decision.outputs || []).map(output => (output.clauseName || output.variableName) + ': '
      + formatValue(output.value, output.type));
    add('decision', decision.evaluationTime, (decision.decisionDefinitionName || decision.decisionDefinitionKey)
      + ' (' + decision.decisionDefinitionKey + ')', decision.userId, [
      h('div', {}, h('strong', {}, t('decision.inputs') + ': '), inputs.join(' · ') || t('common.none')),
      h('div', {}, h('strong', {}, t('decision.outputs') + ': '), outputs.join(' · ') || t('decision.noResult'))],
    { 'data-decision-key': decision.decisionDefinitionKey });
  });

  data.details.filter(detail => detail.type === 'variableUpdate').forEach(detail => {
    add(detail.taskId ? 'taskVariable' : 'variable', detail.time, t('variable.set', { name: detail.variableName,
      value: formatValue(detail.value, detail.variableType) }),
    operationUsers[detail.userOperationId] || null, [
      h('span', { class: 'la-muted' }, detail.variableType),
      detail.taskId ? t('variable.inTask', { task: taskNames[detail.taskId] || detail.taskId }) : null],
    { 'data-variable': detail.variableName });
  });

  groupOperations(data.operations).forEach(group => {
    const first = group[0];
    const changes = group.filter(entry => entry.property && (entry.orgValue !== null || entry.newValue !== null))
      .map(entry => entry.property + ': ' + formatValue(entry.orgValue) + ' → ' + formatValue(entry.newValue));
    const task = first.taskId && taskNames[first.taskId] ? ' “' + taskNames[first.taskId] + '”' : '';
    add('operation', first.timestamp, t('operation.on', { operation: first.operationType,
      entity: first.entityType + task }),
    first.userId, [changes.join(' · ') || null,
      first.annotation ? t('operation.annotation', { text: first.annotation }) : null],
    { 'data-operation': first.operationType });
  });

  data.sla.forEach(event => {
    add('sla', event.at, t('sla.' + event.level) + ': ' + t('sla.' + event.kind), null, [
      event.agencyName, event.dueAt ? t('sla.due', { time: formatTime(event.dueAt) }) : null,
      event.alertedGroup ? t('sla.alerted', { group: event.alertedGroup }) : null],
    { 'data-sla-level': event.level });
  });

  data.incidents.forEach(incident => {
    add('incident', incident.createTime, incident.incidentType + ' · ' + (incident.activityId || ''), null, [
      incident.incidentMessage, incident.open ? t('incident.open')
        : t('incident.resolved', { time: formatTime(incident.endTime) })], {});
  });

  return entries.sort((a, b) => ((a.time ? a.time.getTime() : 0) - (b.time ? b.time.getTime() : 0))
    || (TIE_ORDER[a.kind] - TIE_ORDER[b.kind]) || (a.index - b.index));
}

/** The entries of one operation (same operationId, one per changed property) together. */
function groupOperations(operations) {
  const groups = new Map();
  operations.forEach(entry => {
    const key = entry.operationId || entry.id;
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(entry);
  });
  return [...groups.values()];
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

function trailTable(entries) {
  const rows = entries.map(entry => h('tr', Object.assign({ class: 'la-entry la-entry-' + entry.kind,
    'data-kind': entry.kind }, entry.attributes),
  h('td', { class: 'la-nowrap' }, formatTime(entry.time, true)),
  h('td', {}, h('span', { class: 'la-kind-badge la-kind-' + entry.kind }, t('kind.' + entry.kind))),
  h('td', { class: 'la-what' }, entry.what),
  h('td', {}, entry.who || h('span', { class: 'la-muted' }, t('common.system'))),
  h('td', { class: 'la-details' }, entry.details.map(detail => h('div', {}, detail)))));
  return h('table', { class: 'table table-condensed la-table la-trail-table' },
    h('thead', {}, h('tr', {}, ['trail.col.time', 'trail.col.kind', 'trail.col.what', 'trail.col.who',
      'trail.col.details'].map(key => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 5, class: 'la-empty' }, t('trail.empty')))));
}
