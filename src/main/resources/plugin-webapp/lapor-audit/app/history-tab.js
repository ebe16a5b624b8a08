/*
 * The history tab of a process definition: its running and finished instances (all versions of the key, or this
 * version), newest first, filtered by process state, report status, agency, start date, SLA breach and tracking
 * number; each row opens the instance's audit trail. Data: the plugin's resource .../process-instances (Camunda's
 * history API has no "without breach" or "handled by agency" filter).
 */
import {
  clear, dayStart, errorBox, field, formatDuration, formatTime, h, input, language, languageSwitch, pager, pluginGet,
  engineGet,
  select, stateBadge, t, trailLink
} from './lib.js';

const REPORT_STATUSES = ['MENUNGGU_VERIFIKASI', 'MENUNGGU_KLARIFIKASI', 'DITINDAKLANJUTI', 'MENUNGGU_KONFIRMASI',
  'MASA_KEBERATAN', 'KEBERATAN_DIPROSES', 'SELESAI', 'DIARSIPKAN'];
const PAGE_SIZE = 20;

export function renderHistoryTab(node, { api, processDefinitionId }) {
  const state = {
    api, processDefinitionId, definition: null, agencies: [], firstResult: 0, page: null, error: null,
    loading: true, filter: { businessKey: '', state: '', reportStatus: '', agency: '', from: '', to: '', breach: '',
      version: 'all' }
  };
  const root = h('div', { class: 'lapor-audit la-history' });
  node.appendChild(root);

  const draw = () => {
    clear(root);
    root.appendChild(h('div', { class: 'la-toolbar' },
      h('p', { class: 'la-intro' }, t('history.intro'), ' ', h('span', { class: 'la-muted' }, t('common.readOnly'))),
      languageSwitch(() => load())));
    root.appendChild(filterForm(state, values => { state.filter = values; state.firstResult = 0; load(); }));
    root.appendChild(results(state, direction => {
      state.firstResult = Math.max(0, state.firstResult + direction * PAGE_SIZE);
      load();
    }));
  };

  const load = async () => {
    // only the newest load draws: an older answer that arrives late (the language switched, then the filter
    // applied) must not replace a newer one
    const mine = state.loads = (state.loads || 0) + 1;
    state.loading = true;
    draw();
    try {
      const f = state.filter;
      const page = await pluginGet(api, '/process-instances', {
        processDefinitionKey: state.definition.key,
        processDefinitionId: f.version === 'this' ? state.definition.id : null,
        state: f.state, reportStatus: f.reportStatus, agency: f.agency, breach: f.breach,
        startedAfter: dayStart(f.from), startedBefore: dayStart(f.to, 1), businessKey: f.businessKey.trim(),
        firstResult: state.firstResult, maxResults: PAGE_SIZE, lang: language()
      });
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

  (async () => {
    try {
      const [definition, agencies] = await Promise.all([
        engineGet(api, '/process-definition/' + encodeURIComponent(processDefinitionId)),
        pluginGet(api, '/agencies')]);
      state.definition = definition;
      state.agencies = agencies;
      await load();
    } catch (error) {
      state.loading = false;
      state.error = error;
      draw();
    }
  })();
  draw();
}

/**
 * The agency filter: a code, with the governments suggested and any agency found by typing two letters or more of
 * its name or code (the plugin's /agencies?q=), so that the national directory's units are not all loaded.
 */
function agencyField(state, value) {
  const listId = 'la-agencies-' + Math.random().toString(36).substring(2, 10);
  const list = h('datalist', { id: listId }, state.agencies.map(a => h('option', { value: a.code }, a.name)));
  const control = input('agency', 'search', value,
    { list: listId, autocomplete: 'off', size: 24, placeholder: t('history.agency.placeholder') });
  const asked = new Set();
  let timer = null;
  control.addEventListener('input', () => {
    const words = control.value.trim();
    clearTimeout(timer);
    if (words.length < 2 || asked.has(words.toLowerCase())) {
      return;
    }
    timer = setTimeout(async () => {
      asked.add(words.toLowerCase());
      try {
        const known = new Set(Array.from(list.options, option => option.value));
        (await pluginGet(state.api, '/agencies', { q: words })).filter(a => !known.has(a.code))
          .forEach(a => list.appendChild(h('option', { value: a.code }, a.name)));
      } catch (error) {
        // the suggestions stay as they were
      }
    }, 250);
  });
  const agencyField = field(t('history.agency'), control);
  agencyField.appendChild(list);
  return agencyField;
}

function filterForm(state, apply) {
  const f = state.filter;
  const version = state.definition ? state.definition.version : '';
  const form = h('form', { class: 'la-filters', 'aria-label': t('history.title') },
    field(t('history.trackingNumber'), input('businessKey', 'search', f.businessKey,
      { inputmode: 'numeric', autocomplete: 'off', size: 12 })),
    field(t('history.processState'), select('state', [['', t('common.all')],
      ...['RUNNING', 'COMPLETED', 'CANCELED'].map(s => [s, t('filter.state.' + s)])], f.state)),
    field(t('history.reportStatus'), select('reportStatus', [['', t('common.all')],
      ...REPORT_STATUSES.map(s => [s, t('report.' + s)])], f.reportStatus)),
    agencyField(state, f.agency),
    field(t('history.startedFrom'), input('from', 'date', f.from)),
    field(t('history.startedTo'), input('to', 'date', f.to)),
    field(t('history.breach'), select('breach', [['', t('common.all')], ['true', t('history.breach.true')],
      ['false', t('history.breach.false')]], f.breach)),
    field(t('history.versions'), select('version', [['all', t('history.versions.all')],
      ['this', t('history.versions.this', { version })]], f.version)),
    h('div', { class: 'form-group la-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, t('common.apply')),
      h('button', {
        type: 'button', class: 'btn btn-default btn-sm', onclick: () => apply({ businessKey: '', state: '',
          reportStatus: '', agency: '', from: '', to: '', breach: '', version: 'all' })
      }, t('common.reset'))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    apply(Object.fromEntries(['businessKey', 'state', 'reportStatus', 'agency', 'from', 'to', 'breach', 'version']
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
  const items = state.page ? state.page.items : [];
  const table = h('table', { class: 'table table-striped table-condensed la-table',
    'aria-busy': String(state.loading) },
    h('thead', {}, h('tr', {},
      ['history.col.case', 'history.col.state', 'history.col.agency', 'history.col.time', 'history.col.duration',
        'history.col.activity', 'history.col.sla'].map(key => h('th', { scope: 'col' }, t(key))),
      h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('history.openTrail'))))),
    h('tbody', {}, items.length ? items.map(row) : h('tr', {}, h('td', { colspan: 8, class: 'la-empty' },
      t('common.noRows')))));
  return h('div', { class: 'la-results' }, table,
    pager(state.page ? state.page.firstResult : 0, items.length, state.page && state.page.hasMore, go));
}

function row(instance) {
  const report = instance.report;
  const running = !instance.endTime;
  const duration = running ? Date.now() - new Date(instance.startTime).getTime() : instance.durationMillis;
  return h('tr', { 'data-process-instance-id': instance.processInstanceId, 'data-business-key': instance.businessKey },
    h('td', { class: 'la-case' },
      h('a', { href: trailLink(instance.processInstanceId), class: 'la-case-number' },
        instance.businessKey || instance.processInstanceId),
      report && report.confidential ? h('span', { class: 'la-badge la-badge-confidential' },
        t('history.confidential')) : null,
      h('div', { class: 'la-muted la-case-title' },
        report ? [t('type.' + report.type), ' · ', report.title] : instance.processDefinitionName,
        instance.processDefinitionVersion
          ? ' · ' + t('history.version', { version: instance.processDefinitionVersion }) : '')),
    h('td', {}, stateBadge(instance.state), report
      ? h('div', { class: 'la-muted' }, t('history.reportStatus.short', { status: t('report.' + report.status) }))
      : null),
    h('td', {}, report && report.agencyName ? report.agencyName : t('common.none')),
    h('td', { class: 'la-nowrap' }, h('div', {}, t('history.started', { time: formatTime(instance.startTime) })),
      h('div', { class: 'la-muted' }, running ? t('history.running')
        : t('history.ended', { time: formatTime(instance.endTime) }))),
    h('td', { class: 'la-nowrap' }, formatDuration(duration)),
    h('td', { class: 'la-activity', title: instance.activityIds || null },
      instance.activity || instance.deleteReason || t('common.none')),
    h('td', {}, instance.breaches > 0
      ? h('span', { class: 'la-badge la-badge-breach' }, t('history.breaches', { count: instance.breaches }))
      : h('span', { class: 'la-muted' }, t('common.none'))),
    h('td', { class: 'la-nowrap' }, h('a', { href: trailLink(instance.processInstanceId), class: 'la-trail-link' },
      t('history.openTrail'), ' ›')));
}
