/*
 * The user operation log (#/lapor-audit/operation-log): who did what, when, as a sentence ("Tugas «Verifikasi
 * laporan» diselesaikan oleh verifikator (verifikator …)"), newest first, filtered by user, operation type, entity
 * type, category and date; paged. Also the way to a report's audit trail by its tracking number. Data: the plugin's
 * resource .../operation-log (id.lapor.oversight.camunda.AuditOperationLog over Camunda's log, which shows only the entries the
 * user may read); the raw operation (type, entity, property changes) stays on hover and in the technical column.
 */
import {
  clear, dayStart, engineGet, errorBox, field, formatTime, h, input, language, languageSwitch, pager, pluginGet,
  select, t, technicalSwitch, trailLink, words
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
    firstResult: 0, page: null, error: null, loading: true, technical: false,
    search: { number: '', message: null, matches: [] } };
  const root = h('div', { class: 'lapor-audit la-log la-page' });
  node.appendChild(root);

  const draw = () => {
    clear(root);
    root.appendChild(h('div', { class: 'la-toolbar' }, h('h2', { class: 'la-title' }, t('log.title')),
      languageSwitch(load)));
    root.appendChild(h('p', { class: 'la-intro' }, t('log.intro'), ' ',
      h('span', { class: 'la-muted' }, t('common.readOnly'))));
    root.appendChild(searchForm(state, api, draw));
    root.appendChild(filterForm(state.filter, values => { state.filter = values; state.firstResult = 0; load(); }));
    root.appendChild(results(state, direction => {
      state.firstResult = Math.max(0, state.firstResult + direction * PAGE_SIZE);
      load();
    }, draw));
  };

  const load = async () => {
    // only the newest load draws (see history-tab.js)
    const mine = state.loads = (state.loads || 0) + 1;
    state.loading = true;
    draw();
    try {
      const f = state.filter;
      // the plugin's resource reads Camunda's log with the user's rights and says each operation as a sentence
      // (id.lapor.oversight.camunda.AuditOperationLog); it reads one more entry than shown to tell whether a next page exists
      const page = await pluginGet(api, '/operation-log', {
        userId: f.userId.trim(), operationType: f.operationType, entityType: f.entityType, category: f.category,
        afterTimestamp: dayStart(f.from), beforeTimestamp: dayStart(f.to, 1), firstResult: state.firstResult,
        maxResults: PAGE_SIZE, lang: language() });
      if (mine !== state.loads) {
        return;
      }
      state.page = page;
      state.error = null;
    } catch (error) {
      if (mine !== state.loads) {
        return;
      }
      state.page = null;
      state.error = error;
    }
    state.loading = false;
    draw();
  };

  load();
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

function results(state, go, redraw) {
  if (state.loading && !state.page) {
    return h('p', { class: 'la-loading' }, t('common.loading'));
  }
  if (state.error) {
    return errorBox(state.error);
  }
  const items = state.page.items;
  const columns = ['log.col.time', 'log.col.user', 'log.col.event', 'log.col.process', 'log.col.details']
    .concat(state.technical ? ['common.technical'] : []);
  return h('div', { class: 'la-results' },
    h('div', { class: 'la-trail-options' }, technicalSwitch(state, redraw)),
    h('table', { class: 'table table-striped table-condensed la-table la-log-table',
      'aria-busy': String(state.loading) },
      h('thead', {}, h('tr', {}, columns.map(key => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, items.length ? items.map(item => row(item, state.technical))
        : h('tr', {}, h('td', { colspan: columns.length, class: 'la-empty' }, t('common.noRows'))))),
    pager(state.firstResult, items.length, state.page.hasMore, go));
}

/** One operation: the sentence, with Camunda's raw operation on hover and in the technical column. */
function row(item, technical) {
  return h('tr', { class: 'la-log-entry', 'data-operation': item.operationType, 'data-user': item.userId || '',
    'data-entity': item.entityType || '' },
  h('td', { class: 'la-nowrap' }, formatTime(item.time)),
  h('td', { class: 'la-who' }, item.userId ? [item.userId, item.userRole ? h('div', { class: 'la-muted la-role' },
    item.userRole) : null] : h('span', { class: 'la-muted' }, t('common.system'))),
  h('td', { class: 'la-what', title: item.technical }, words(item.text),
    item.category ? h('div', { class: 'la-muted' }, t('log.category.' + item.category)) : null),
  h('td', {}, item.processInstanceId
    ? [h('a', { href: trailLink(item.processInstanceId) }, item.businessKey || item.processInstanceId),
      item.processDefinitionKey ? h('div', { class: 'la-muted' }, item.processDefinitionKey) : null]
    : (item.processDefinitionKey || t('common.none'))),
  h('td', { class: 'la-details' }, item.details.length ? item.details.map(detail => h('div', {}, words(detail)))
    : h('span', { class: 'la-muted' }, t('common.none'))),
  technical ? h('td', { class: 'la-technical' }, h('code', {}, item.technical)) : null);
}
