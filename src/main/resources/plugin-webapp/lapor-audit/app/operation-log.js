/*
 * The user operation log (#/lapor-audit/operation-log): who did what, when, on which entity, with the property changes,
 * newest first, filtered by user, operation type, entity type, category and date; paged. Also the way to a report's
 * audit trail by its tracking number. Data: Camunda's history REST API (/history/user-operation), which shows only
 * the entries the user may read (operation log categories, READ_HISTORY on the process definition).
 */
import {
  camundaTime, clear, dayStart, engineGet, errorBox, field, formatTime, formatValue, h, input, languageSwitch, pager,
  select, t, trailLink
} from './lib.js';

const PAGE_SIZE = 50;
/** Camunda's operation types (UserOperationLogEntry.OPERATION_TYPE_*). */
const OPERATIONS = ['Activate', 'ActivateBatch', 'ActivateJob', 'ActivateJobDefinition', 'ActivateProcessDefinition',
  'AddAttachment', 'AddGroupLink', 'AddUserLink', 'Assign', 'Claim', 'ClearAnnotation', 'Complete', 'CorrelateMessage',
  'Create', 'CreateHistoryCleanupJobs', 'CreateIncident', 'Delegate', 'Delete', 'DeleteAttachment', 'DeleteComment',
  'DeleteGroupLink', 'DeleteHistory', 'DeleteUserLink', 'Evaluate', 'Execute', 'Migrate', 'ModifyProcessInstance',
  'ModifyVariable', 'RecalculateDueDate', 'RemoveVariable', 'Resolve', 'RestartProcessInstance', 'SetAnnotation',
  'SetDescription', 'SetDueDate', 'SetExternalTaskRetries', 'SetFollowUpDate', 'SetJobRetries', 'SetName',
  'SetOwner', 'SetPriority', 'SetRemovalTime', 'SetVariable', 'SetVariables', 'Suspend', 'SuspendBatch',
  'SuspendJob', 'SuspendJobDefinition', 'SuspendProcessDefinition', 'Unlock', 'Update', 'UpdateComment',
  'UpdateHistoryTimeToLive'];
/** Camunda's entity types (EntityTypes) that the operation log names. */
const ENTITIES = ['Attachment', 'Authorization', 'Batch', 'CaseDefinition', 'CaseInstance', 'Comment',
  'DecisionDefinition', 'DecisionInstance', 'DecisionRequirementsDefinition', 'Deployment', 'ExternalTask', 'Filter',
  'Group', 'IdentityLink', 'Incident', 'Job', 'JobDefinition', 'Metrics', 'OperationLog', 'ProcessDefinition',
  'ProcessInstance', 'Property', 'Task', 'TaskMetrics', 'Tenant', 'TenantMembership', 'User', 'Variable'];
const CATEGORIES = ['TaskWorker', 'Operator', 'Admin'];

export function renderOperationLog(node, { api }) {
  const state = { api, filter: { userId: '', operationType: '', entityType: '', category: '', from: '', to: '' },
    firstResult: 0, page: null, names: {}, error: null, loading: true,
    search: { number: '', message: null, matches: [] } };
  const root = h('div', { class: 'lapor-audit la-log la-page' });
  node.appendChild(root);

  const draw = () => {
    clear(root);
    root.appendChild(h('div', { class: 'la-toolbar' }, h('h2', { class: 'la-title' }, t('log.title')),
      languageSwitch(draw)));
    root.appendChild(h('p', { class: 'la-intro' }, t('log.intro'), ' ',
      h('span', { class: 'la-muted' }, t('common.readOnly'))));
    root.appendChild(searchForm(state, api, draw));
    root.appendChild(filterForm(state.filter, values => { state.filter = values; state.firstResult = 0; load(); }));
    root.appendChild(results(state, direction => {
      state.firstResult = Math.max(0, state.firstResult + direction * PAGE_SIZE);
      load();
    }));
  };

  const load = async () => {
    state.loading = true;
    draw();
    try {
      const f = state.filter;
      // one more than shown: tells whether a next page exists without counting the whole log
      const entries = await engineGet(api, '/history/user-operation', {
        userId: f.userId.trim(), operationType: f.operationType, entityType: f.entityType, category: f.category,
        afterTimestamp: camundaTime(dayStart(f.from)), beforeTimestamp: camundaTime(dayStart(f.to, 1)),
        sortBy: 'timestamp', sortOrder: 'desc', firstResult: state.firstResult, maxResults: PAGE_SIZE + 1 });
      state.page = { hasMore: entries.length > PAGE_SIZE, entries: entries.slice(0, PAGE_SIZE) };
      state.names = await trackingNumbers(api, state.page.entries);
      state.error = null;
    } catch (error) {
      state.page = null;
      state.error = error;
    }
    state.loading = false;
    draw();
  };

  load();
}

/** The tracking numbers (business keys) of the instances the entries concern, in one call. */
async function trackingNumbers(api, entries) {
  const ids = [...new Set(entries.map(entry => entry.processInstanceId).filter(Boolean))];
  if (!ids.length) {
    return {};
  }
  const instances = await engineGet(api, '/history/process-instance', { processInstanceIds: ids.join(',') });
  return Object.fromEntries(instances.map(instance => [instance.id, instance.businessKey]));
}

function searchForm(state, api, redraw) {
  const number = input('trackingNumber', 'search', state.search.number, { inputmode: 'numeric', autocomplete: 'off' });
  const form = h('form', { class: 'la-search form-inline', role: 'search' },
    h('label', { for: 'la-search-number', class: 'control-label' }, t('log.search')), ' ',
    Object.assign(number, { id: 'la-search-number' }), ' ',
    h('button', { type: 'submit', class: 'btn btn-default btn-sm' }, t('log.searchButton')),
    state.search.message ? h('div', { class: 'la-search-result', role: 'status' }, state.search.message,
      state.search.matches.length ? h('ul', {}, state.search.matches.map(instance => h('li', {},
        h('a', { href: trailLink(instance.id) }, instance.processDefinitionName || instance.processDefinitionKey),
        ' · ', formatTime(instance.startTime)))) : null) : null);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = number.value.trim();
    state.search = { number: value, message: null, matches: [] };
    if (!value) {
      redraw();
      return;
    }
    try {
      const instances = await engineGet(api, '/history/process-instance', { processInstanceBusinessKey: value,
        sortBy: 'startTime', sortOrder: 'desc' });
      if (instances.length === 1) {
        window.location.hash = trailLink(instances[0].id);
        return;
      }
      state.search.message = instances.length ? t('log.searchMany', { number: value })
        : t('log.searchNotFound', { number: value });
      state.search.matches = instances;
    } catch (error) {
      state.search.message = t('common.error', { message: error.message });
    }
    redraw();
  });
  return form;
}

function filterForm(f, apply) {
  const form = h('form', { class: 'la-filters', 'aria-label': t('log.title') },
    field(t('log.user'), input('userId', 'search', f.userId, { autocomplete: 'off', size: 14 })),
    field(t('log.operation'), select('operationType', [['', t('common.all')], ...OPERATIONS.map(o => [o, o])],
      f.operationType)),
    field(t('log.entity'), select('entityType', [['', t('common.all')], ...ENTITIES.map(e => [e, e])], f.entityType)),
    field(t('log.category'), select('category', [['', t('common.all')],
      ...CATEGORIES.map(c => [c, t('log.category.' + c)])], f.category)),
    field(t('log.from'), input('from', 'date', f.from)),
    field(t('log.to'), input('to', 'date', f.to)),
    h('div', { class: 'form-group la-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, t('common.apply')),
      h('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: () => apply({ userId: '',
        operationType: '', entityType: '', category: '', from: '', to: '' }) }, t('common.reset'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    apply(Object.fromEntries(['userId', 'operationType', 'entityType', 'category', 'from', 'to']
      .map(name => [name, data.get(name) || ''])));
  });
  return form;
}

function results(state, go) {
  if (state.loading && !state.page) {
    return h('p', { class: 'la-loading' }, t('common.loading'));
  }
  if (state.error) {
    return errorBox(state.error);
  }
  const groups = group(state.page.entries);
  return h('div', { class: 'la-results' },
    h('table', { class: 'table table-striped table-condensed la-table la-log-table',
      'aria-busy': String(state.loading) },
      h('thead', {}, h('tr', {}, ['log.col.time', 'log.col.user', 'log.col.operation', 'log.col.entity',
        'log.col.process', 'log.col.changes'].map(key => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, groups.length ? groups.map(entries => row(entries, state.names))
        : h('tr', {}, h('td', { colspan: 6, class: 'la-empty' }, t('common.noRows'))))),
    pager(state.firstResult, state.page.entries.length, state.page.hasMore, go));
}

/** Consecutive entries of one operation (one per changed property) as one row. */
function group(entries) {
  const groups = [];
  entries.forEach(entry => {
    const last = groups[groups.length - 1];
    if (last && entry.operationId && last[0].operationId === entry.operationId) {
      last.push(entry);
    } else {
      groups.push([entry]);
    }
  });
  return groups;
}

function row(entries, names) {
  const first = entries[0];
  const changes = entries.filter(entry => entry.property && (entry.orgValue !== null || entry.newValue !== null));
  return h('tr', { class: 'la-log-entry', 'data-operation': first.operationType, 'data-user': first.userId || '' },
    h('td', { class: 'la-nowrap' }, formatTime(first.timestamp)),
    h('td', {}, first.userId || h('span', { class: 'la-muted' }, t('common.system'))),
    h('td', {}, h('strong', {}, first.operationType),
      first.category ? h('div', { class: 'la-muted' }, t('log.category.' + first.category)) : null),
    h('td', {}, first.entityType, first.taskId ? h('div', { class: 'la-muted la-id' }, first.taskId) : null),
    h('td', {}, first.processInstanceId
      ? [h('a', { href: trailLink(first.processInstanceId) },
        names[first.processInstanceId] || first.processInstanceId),
        first.processDefinitionKey ? h('div', { class: 'la-muted' }, first.processDefinitionKey) : null]
      : (first.processDefinitionKey || first.deploymentId || t('common.none'))),
    h('td', { class: 'la-details' }, changes.length ? changes.map(entry => h('div', {},
      h('span', { class: 'la-property' }, entry.property), ': ', formatValue(entry.orgValue), ' → ',
      formatValue(entry.newValue))) : h('span', { class: 'la-muted' }, t('common.none')),
    first.annotation ? h('div', { class: 'la-annotation' }, t('operation.annotation', { text: first.annotation }))
      : null));
}
