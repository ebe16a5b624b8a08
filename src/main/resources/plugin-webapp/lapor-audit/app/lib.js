/*
 * SP4N-LAPOR! audit plugin for Camunda Cockpit: what the views share.
 *
 * - texts of the views in Bahasa Indonesia and English (t): Cockpit's language ($translate.use()), Bahasa Indonesia
 *   when Cockpit speaks neither, or the auditor's choice (a switch in every view, kept in localStorage). The words
 *   of the events themselves (element names, decisions, operations) come from the plugin's resource in that language
 *   (i18n/audit*.properties, id.lapor.oversight.audit.AuditWords); words() formats their times;
 * - read-only calls in the Cockpit session: Camunda's REST API (engineGet) and the plugin's own resource (pluginGet);
 *   only GET is ever sent;
 * - formatting of times and durations, and a small DOM builder (h) that sets text, never HTML, so that values typed
 *   by people (variables, annotations) cannot inject markup.
 */

const TEXTS = {
  id: {
    'lang.id': 'Bahasa Indonesia',
    'lang.en': 'English',
    'common.loading': 'Memuat…',
    'common.none': '—',
    'common.all': 'Semua',
    'common.apply': 'Terapkan',
    'common.reset': 'Atur ulang',
    'common.previous': '‹ Sebelumnya',
    'common.next': 'Berikutnya ›',
    'common.rows': 'Baris {from}–{to}',
    'common.noRows': 'Tidak ada data yang cocok dengan filter.',
    'common.error': 'Gagal memuat: {message}',
    'common.readOnly': 'Hanya baca: tampilan ini tidak mengubah apa pun.',
    'common.system': 'sistem',
    'common.technical': 'Id teknis',
    'common.showTechnical': 'Tampilkan id teknis',
    'common.showTechnical.title': 'Id Camunda (elemen BPMN, tugas, kode keputusan, operasi mentah) untuk teknisi',
    'state.ACTIVE': 'Berjalan',
    'state.SUSPENDED': 'Ditangguhkan',
    'state.COMPLETED': 'Berakhir',
    'state.EXTERNALLY_TERMINATED': 'Dibatalkan',
    'state.INTERNALLY_TERMINATED': 'Dihentikan',
    'filter.state.RUNNING': 'Berjalan',
    'filter.state.COMPLETED': 'Berakhir',
    'filter.state.CANCELED': 'Dibatalkan',
    'report.MENUNGGU_VERIFIKASI': 'Menunggu verifikasi',
    'report.MENUNGGU_KLARIFIKASI': 'Menunggu klarifikasi',
    'report.DITINDAKLANJUTI': 'Ditindaklanjuti',
    'report.MENUNGGU_KONFIRMASI': 'Menunggu konfirmasi',
    'report.MASA_KEBERATAN': 'Masa keberatan',
    'report.KEBERATAN_DIPROSES': 'Keberatan diproses',
    'report.SELESAI': 'Selesai',
    'report.DIARSIPKAN': 'Diarsipkan',
    'type.ADUAN': 'Aduan',
    'type.ASPIRASI': 'Aspirasi',
    'type.PERMINTAAN_INFORMASI': 'Permintaan informasi',
    'history.title': 'Riwayat instans',
    'history.intro': 'Instans yang berjalan dan yang sudah selesai, terbaru dahulu.',
    'history.trackingNumber': 'Nomor laporan',
    'history.processState': 'Status proses',
    'history.reportStatus': 'Status laporan',
    'history.agency': 'Instansi',
    'history.agency.placeholder': 'Semua · ketik nama atau kode',
    'history.startedFrom': 'Mulai dari',
    'history.startedTo': 'sampai',
    'history.breach': 'Pelanggaran SLA',
    'history.breach.true': 'Ada pelanggaran',
    'history.breach.false': 'Tanpa pelanggaran',
    'history.versions': 'Versi',
    'history.versions.all': 'Semua versi',
    'history.versions.this': 'Versi ini ({version})',
    'history.col.case': 'Laporan',
    'history.col.state': 'Status',
    'history.col.agency': 'Instansi',
    'history.col.time': 'Mulai / selesai',
    'history.started': 'mulai {time}',
    'history.ended': 'selesai {time}',
    'history.col.duration': 'Durasi',
    'history.col.activity': 'Aktivitas kini / terakhir',
    'history.col.sla': 'SLA',
    'history.breaches': '{count} pelanggaran',
    'history.openTrail': 'Jejak audit',
    'history.version': 'v{version}',
    'history.confidential': 'RAHASIA',
    'history.reportStatus.short': 'Laporan: {status}',
    'history.running': 'berjalan',
    'trail.title': 'Jejak audit',
    'trail.titleCase': 'Jejak audit laporan {number}',
    'trail.titleInstance': 'Jejak audit instans {id}',
    'trail.process': 'Proses',
    'trail.state': 'Status',
    'trail.start': 'Mulai',
    'trail.end': 'Selesai',
    'trail.duration': 'Durasi',
    'trail.startedBy': 'Dimulai oleh',
    'trail.report': 'Laporan',
    'trail.reportStatus': 'Status laporan',
    'trail.agency': 'Instansi pemegang',
    'trail.breaches': 'Pelanggaran SLA',
    'trail.openRuntime': 'Buka instans berjalan di Cockpit',
    'trail.openDefinition': 'Buka definisi proses',
    'trail.openLog': 'Log operasi pengguna',
    'trail.openFull': 'Buka jejak audit lengkap',
    'trail.col.time': 'Waktu',
    'trail.col.kind': 'Jenis',
    'trail.col.what': 'Peristiwa',
    'trail.col.who': 'Oleh',
    'trail.col.details': 'Rincian',
    'trail.empty': 'Tidak ada entri untuk jenis yang dipilih.',
    'trail.show': 'Tampilkan:',
    'trail.breadcrumb.processes': 'Proses',
    'kind.activity': 'Aktivitas',
    'kind.task': 'Tugas',
    'kind.decision': 'Keputusan',
    'kind.variable': 'Variabel',
    'kind.taskVariable': 'Variabel formulir',
    'kind.operation': 'Operasi',
    'kind.sla': 'SLA',
    'kind.incident': 'Insiden',
    'log.title': 'Log operasi pengguna',
    'log.intro':
      'Siapa melakukan apa dan kapan, di seluruh mesin proses: klaim, penyelesaian tugas, perubahan variabel, penangguhan, penghapusan, penyebaran, perubahan hak akses.',
    'log.search': 'Jejak audit untuk nomor laporan',
    'log.searchButton': 'Buka',
    'log.searchNotFound': 'Tidak ada instans dengan nomor laporan {number} yang boleh Anda baca.',
    'log.searchMany': 'Beberapa instans memakai nomor {number}:',
    'log.user': 'Pengguna',
    'log.operation': 'Operasi',
    'log.entity': 'Jenis entitas',
    'log.category': 'Kategori',
    'log.from': 'Dari',
    'log.to': 'Sampai',
    'log.col.time': 'Waktu',
    'log.col.user': 'Pengguna',
    'log.col.process': 'Proses / laporan',
    'log.col.event': 'Kejadian',
    'log.col.details': 'Rincian',
    'log.category.TaskWorker': 'Pekerja tugas',
    'log.category.Operator': 'Operator',
    'log.category.Admin': 'Admin',
    'duration.d': '{n} hr',
    'duration.h': '{n} j',
    'duration.m': '{n} mnt',
    'duration.s': '{n} dtk'
  },
  en: {
    'lang.id': 'Bahasa Indonesia',
    'lang.en': 'English',
    'common.loading': 'Loading…',
    'common.none': '—',
    'common.all': 'All',
    'common.apply': 'Apply',
    'common.reset': 'Reset',
    'common.previous': '‹ Previous',
    'common.next': 'Next ›',
    'common.rows': 'Rows {from}–{to}',
    'common.noRows': 'Nothing matches the filter.',
    'common.error': 'Could not load: {message}',
    'common.readOnly': 'Read-only: this view changes nothing.',
    'common.system': 'system',
    'common.technical': 'Technical ids',
    'common.showTechnical': 'Show technical ids',
    'common.showTechnical.title': 'Camunda ids (BPMN elements, tasks, decision codes, raw operations) for engineers',
    'state.ACTIVE': 'Running',
    'state.SUSPENDED': 'Suspended',
    'state.COMPLETED': 'Ended',
    'state.EXTERNALLY_TERMINATED': 'Canceled',
    'state.INTERNALLY_TERMINATED': 'Terminated',
    'filter.state.RUNNING': 'Running',
    'filter.state.COMPLETED': 'Ended',
    'filter.state.CANCELED': 'Canceled',
    'report.MENUNGGU_VERIFIKASI': 'Awaiting verification',
    'report.MENUNGGU_KLARIFIKASI': 'Awaiting clarification',
    'report.DITINDAKLANJUTI': 'In follow-up',
    'report.MENUNGGU_KONFIRMASI': 'Awaiting confirmation',
    'report.MASA_KEBERATAN': 'Objection period',
    'report.KEBERATAN_DIPROSES': 'Objection under review',
    'report.SELESAI': 'Closed',
    'report.DIARSIPKAN': 'Archived',
    'type.ADUAN': 'Complaint',
    'type.ASPIRASI': 'Aspiration',
    'type.PERMINTAAN_INFORMASI': 'Information request',
    'history.title': 'Instance history',
    'history.intro': 'Running and finished instances, newest first.',
    'history.trackingNumber': 'Tracking number',
    'history.processState': 'Process state',
    'history.reportStatus': 'Report status',
    'history.agency': 'Agency',
    'history.agency.placeholder': 'All · type a name or code',
    'history.startedFrom': 'Started from',
    'history.startedTo': 'to',
    'history.breach': 'SLA breach',
    'history.breach.true': 'With breach',
    'history.breach.false': 'Without breach',
    'history.versions': 'Version',
    'history.versions.all': 'All versions',
    'history.versions.this': 'This version ({version})',
    'history.col.case': 'Report',
    'history.col.state': 'State',
    'history.col.agency': 'Agency',
    'history.col.time': 'Started / ended',
    'history.started': 'started {time}',
    'history.ended': 'ended {time}',
    'history.col.duration': 'Duration',
    'history.col.activity': 'Current / last activity',
    'history.col.sla': 'SLA',
    'history.breaches': '{count} breach(es)',
    'history.openTrail': 'Audit trail',
    'history.version': 'v{version}',
    'history.confidential': 'CONFIDENTIAL',
    'history.reportStatus.short': 'Report: {status}',
    'history.running': 'running',
    'trail.title': 'Audit trail',
    'trail.titleCase': 'Audit trail of report {number}',
    'trail.titleInstance': 'Audit trail of instance {id}',
    'trail.process': 'Process',
    'trail.state': 'State',
    'trail.start': 'Started',
    'trail.end': 'Ended',
    'trail.duration': 'Duration',
    'trail.startedBy': 'Started by',
    'trail.report': 'Report',
    'trail.reportStatus': 'Report status',
    'trail.agency': 'Holding agency',
    'trail.breaches': 'SLA breaches',
    'trail.openRuntime': 'Open the running instance in Cockpit',
    'trail.openDefinition': 'Open the process definition',
    'trail.openLog': 'User operation log',
    'trail.openFull': 'Open the full audit trail',
    'trail.col.time': 'Time',
    'trail.col.kind': 'Kind',
    'trail.col.what': 'Event',
    'trail.col.who': 'By',
    'trail.col.details': 'Details',
    'trail.empty': 'No entries of the chosen kinds.',
    'trail.show': 'Show:',
    'trail.breadcrumb.processes': 'Processes',
    'kind.activity': 'Activity',
    'kind.task': 'Task',
    'kind.decision': 'Decision',
    'kind.variable': 'Variable',
    'kind.taskVariable': 'Form variable',
    'kind.operation': 'Operation',
    'kind.sla': 'SLA',
    'kind.incident': 'Incident',
    'log.title': 'User operation log',
    'log.intro':
      'Who did what and when, across the process engine: claims, task completions, variable changes, suspensions, deletions, deployments, authorization changes.',
    'log.search': 'Audit trail of tracking number',
    'log.searchButton': 'Open',
    'log.searchNotFound': 'No instance with tracking number {number} that you may read.',
    'log.searchMany': 'Several instances use number {number}:',
    'log.user': 'User',
    'log.operation': 'Operation',
    'log.entity': 'Entity type',
    'log.category': 'Category',
    'log.from': 'From',
    'log.to': 'To',
    'log.col.time': 'Time',
    'log.col.user': 'User',
    'log.col.process': 'Process / report',
    'log.col.event': 'Event',
    'log.col.details': 'Details',
    'log.category.TaskWorker': 'Task worker',
    'log.category.Operator': 'Operator',
    'log.category.Admin': 'Admin',
    'duration.d': '{n} d',
    'duration.h': '{n} h',
    'duration.m': '{n} min',
    'duration.s': '{n} s'
  }
};

const LANGUAGE_KEY = 'lapor-audit-language';

/**
 * Cockpit's own language: angular-translate's $translate.use() of the Cockpit page ('id', 'en', …), or null where it
 * cannot be read (no AngularJS on the page, not yet bootstrapped).
 */
export function cockpitLanguage() {
  try {
    const angular = window.angular;
    if (!angular) {
      return null;
    }
    const injector = angular.element(document.documentElement).injector() || angular.element(document.body).injector();
    if (!injector || !injector.has('$translate')) {
      return null;
    }
    const $translate = injector.get('$translate');
    const current = $translate.use() || $translate.proposedLanguage();
    return current ? String(current).toLowerCase().split(/[-_]/)[0] : null;
  } catch (ignored) {
    return null;
  }
}

/**
 * The plugin's language: the auditor's own choice in the plugin (as long as Cockpit's language is still the one it
 * was made under), else Cockpit's language when it is Bahasa Indonesia or English, else Bahasa Indonesia.
 */
export function language() {
  const cockpit = cockpitLanguage();
  try {
    const chosen = JSON.parse(window.localStorage.getItem(LANGUAGE_KEY) || 'null');
    if (chosen && (chosen.language === 'id' || chosen.language === 'en') && chosen.cockpit === cockpit) {
      return chosen.language;
    }
  } catch (ignored) {
    // an older or broken value: not a choice
  }
  return cockpit === 'en' || cockpit === 'id' ? cockpit : 'id';
}

export function t(key, values) {
  const text = TEXTS[language()][key] ?? TEXTS.id[key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (all, name) => (values[name] ?? '')) : text;
}

/**
 * Words from the plugin's resource: its times ({{time:ISO}}) and durations ({{duration:ms}}) formatted here, in the
 * browser's time zone and the plugin's language. Text only, never markup.
 */
export function words(text) {
  return String(text ?? '').replace(/\{\{(time|duration):([^}]*)\}\}/g, (all, kind, value) =>
    kind === 'time' ? formatTime(value) : formatDuration(Number(value)));
}

/** "Bahasa Indonesia | English": switching re-renders the view through {@code rerender}. */
export function languageSwitch(rerender) {
  const current = language();
  return h('div', { class: 'la-language', role: 'group', 'aria-label': 'Bahasa / Language' },
    ['id', 'en'].map(code => h('button', {
      type: 'button', class: 'btn btn-link btn-xs' + (code === current ? ' active' : ''),
      'aria-pressed': String(code === current), lang: code,
      onclick: () => {
        window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify({ language: code, cockpit: cockpitLanguage() }));
        rerender();
      }
    }, t('lang.' + code))));
}

/** The check box that shows Camunda's technical ids in a column of their own (they are always on hover). */
export function technicalSwitch(state, redraw) {
  return h('label', { class: 'la-technical-switch', title: t('common.showTechnical.title') },
    h('input', { type: 'checkbox', name: 'technical', checked: state.technical,
      onchange: event => { state.technical = event.target.checked; redraw(); } }),
    ' ', t('common.showTechnical'));
}

// ---- calls, always GET, in the Cockpit session ---------------------------------------------------------------

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function query(params) {
  const search = new URLSearchParams();
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.append(name, String(value));
    }
  });
  const text = search.toString();
  return text ? '?' + text : '';
}

async function get(url, api) {
  const response = await fetch(url, {
    method: 'GET', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    let message = response.statusText || String(response.status);
    try {
      const body = await response.json();
      message = body.message || message;
    } catch (ignored) {
      // not JSON: keep the status text
    }
    throw new HttpError(response.status, message);
  }
  return response.json();
}

/** Camunda's REST API of the engine Cockpit shows, e.g. engineGet(api, '/history/task', {processInstanceId}). */
export function engineGet(api, path, params) {
  return get(api.engineApi + path + query(params), api);
}

/** The plugin's own read-only resource (id.lapor.oversight.camunda.AuditResource). */
export function pluginGet(api, path, params) {
  return get(api.cockpitApi + '/plugin/lapor-audit/' + api.engine + path + query(params), api);
}

// ---- formatting --------------------------------------------------------------------------------------------

/** Camunda writes "2026-11-20T09:15:00.000+0700"; the plugin's resource ISO-8601 instants. */
export function parseTime(value) {
  if (!value) {
    return null;
  }
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

/** Day and time in the browser's time zone, which Cockpit's footer names; with seconds where order matters. */
export function formatTime(value, seconds) {
  const date = value instanceof Date ? value : parseTime(value);
  if (!date) {
    return t('common.none');
  }
  return new Intl.DateTimeFormat(language() === 'id' ? 'id-ID' : 'en-GB', {
    day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    second: seconds ? '2-digit' : undefined
  }).format(date);
}

export function formatDuration(millis) {
  if (millis === null || millis === undefined || isNaN(millis)) {
    return t('common.none');
  }
  let seconds = Math.round(millis / 1000);
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const parts = [];
  if (days) parts.push(t('duration.d', { n: days }));
  if (hours) parts.push(t('duration.h', { n: hours }));
  if (minutes && !days) parts.push(t('duration.m', { n: minutes }));
  if (!parts.length) parts.push(t('duration.s', { n: seconds }));
  return parts.slice(0, 2).join(' ');
}

/** The local day of a date input (yyyy-mm-dd) as the instant it starts, plus {@code days}. */
export function dayStart(isoDate, days) {
  if (!isoDate) {
    return null;
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day + (days || 0)).toISOString();
}

// ---- DOM ----------------------------------------------------------------------------------------------------

/** h('a', {href, class, onclick}, 'text', child, [more children]): text is always text, never markup. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (name === 'value') {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.forEach(child => {
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child !== undefined && child !== null && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/** A labelled form control for the filter bars. */
export function field(label, control) {
  const id = 'la-' + Math.random().toString(36).substring(2, 10);
  control.id = id;
  return h('div', { class: 'form-group la-field' }, h('label', { for: id, class: 'control-label' }, label), control);
}

export function select(name, options, value) {
  return h('select', { name, class: 'form-control input-sm' },
    options.map(([optionValue, label]) => h('option', { value: optionValue, selected: optionValue === value }, label)));
}

export function input(name, type, value, attributes) {
  return h('input', Object.assign({ name, type, value: value || '', class: 'form-control input-sm' }, attributes));
}

export function stateBadge(state) {
  const style = { ACTIVE: 'la-state-running', SUSPENDED: 'la-state-suspended', COMPLETED: 'la-state-completed' }[state]
    || 'la-state-canceled';
  return h('span', { class: 'la-badge ' + style }, t('state.' + state));
}

export function errorBox(error) {
  return h('div', { class: 'alert alert-danger la-error', role: 'alert' },
    t('common.error', { message: error && error.message ? error.message : String(error) }));
}

export function pager(firstResult, count, hasMore, go) {
  return h('nav', { class: 'la-pager', 'aria-label': 'paging' },
    h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: firstResult === 0, onclick: () => go(-1) },
      t('common.previous')),
    h('span', { class: 'la-pager-rows' },
      count ? t('common.rows', { from: firstResult + 1, to: firstResult + count }) : ''),
    h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: !hasMore, onclick: () => go(1) },
      t('common.next')));
}

/** The link of Cockpit's route that shows one instance's audit trail (also for finished instances). */
export function trailLink(processInstanceId) {
  return '#/lapor-audit/instance/' + encodeURIComponent(processInstanceId);
}
