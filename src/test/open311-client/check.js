'use strict';
// Code for America's Open311 client (npm package open311) against a running SP4N-LAPOR! application, in JSON and in
// XML: discovery, services, a service definition, POST requests with an api_key, token, list, one request, an
// unknown request, and mySociety's servicerequestupdates (through the client's own GET helper: the client knows no
// extension). Usage: node check.js http://127.0.0.1:8080 [api_key]. Prints one line per check and
// "N passed, M failed"; exits 1 when a check failed.
const Open311 = require('open311');
const spark = require('sparkxml');

const base = (process.argv[2] || process.env.LAPOR_BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const apiKey = process.argv[3] || process.env.OPEN311_API_KEY || 'demo-open311-key';
const GEOREPORT_V2 = 'http://wiki.open311.org/GeoReport_v2';
const SERVICE = 'INFRASTRUKTUR_JALAN';

let passed = 0;
let failed = 0;

function check(name, condition, detail) {
  if (condition) {
    passed++;
    console.log('ok - ' + name);
  } else {
    failed++;
    console.log('not ok - ' + name + (detail === undefined ? '' : ': ' + JSON.stringify(detail).slice(0, 600)));
  }
}

/** The client's callback(err, data) methods as promises of {err, data}. */
function call(client, method, ...args) {
  return new Promise((resolve) => {
    client[method](...args, (err, data) => resolve({ err, data }));
  });
}

function parse(format, body) {
  return format === 'xml' ? spark.parseXml(body) : JSON.parse(body);
}

async function discovery(format) {
  const client = new Open311({ discovery: base + '/open311/discovery.' + format });
  const { err, data } = await call(client, 'serviceDiscovery', { cache: true, type: 'production' });
  check(format + ': discovery answers', !err, data);
  if (err) {
    return;
  }
  const endpoint = (data.endpoints || [])[0] || {};
  check(format + ': discovery names GeoReport v2 first', endpoint.specification === GEOREPORT_V2, data);
  check(format + ': discovery offers JSON and XML', Array.isArray(endpoint.formats)
      && endpoint.formats.includes('application/json') && endpoint.formats.includes('text/xml'), endpoint);
  check(format + ': discovery has changeset, contact and key_service',
      Boolean(data.changeset && data.contact && data.key_service), data);
  check(format + ': the client takes the endpoint from discovery', client.endpoint === base + '/open311/v2/',
      client.endpoint);
  check(format + ': discovery documents the servicerequestupdates extension',
      data.endpoints.some((e) => /mysociety/i.test(e.specification)), data.endpoints);
}

async function georeport(format) {
  const since = new Date(Date.now() - 10 * 60 * 1000).toISOString();
  const client = new Open311({ endpoint: base + '/open311/v2/', format, apiKey, jurisdiction: '64.74' });

  let result = await call(client, 'serviceList');
  check(format + ': service list', !result.err && Array.isArray(result.data), result.data);
  const roads = (result.data || []).find((s) => s.service_code === SERVICE) || {};
  check(format + ': service ' + SERVICE + ' with its group', roads.group === 'Infrastruktur'
      && roads.type === 'realtime' && String(roads.metadata) === 'true', roads);

  result = await call(client, 'serviceDefinition', SERVICE);
  const attributes = (result.data && result.data.attributes) || [];
  const type = attributes.find((a) => a.code === 'REPORT_TYPE') || {};
  check(format + ': service definition', !result.err && result.data.service_code === SERVICE, result.data);
  check(format + ': REPORT_TYPE is a list of ADUAN, ASPIRASI, PERMINTAAN_INFORMASI', type.datatype === 'singlevaluelist'
      && Array.isArray(type.values) && type.values.map((v) => v.key).join(',') === 'ADUAN,ASPIRASI,PERMINTAAN_INFORMASI',
      type);

  const description = 'Lampu penerangan jalan di Jl. Awang Long padam sejak seminggu (' + format + ' ' + Date.now() + ').';
  result = await call(client, 'submitRequest', {
    service_code: SERVICE, lat: 0.1333, long: 117.4869, address_string: 'Jl. Awang Long, Bontang Utara',
    description, first_name: 'Siti', last_name: 'Aminah', email: 'siti.aminah@example.com',
    attributes: { REPORT_TYPE: 'ADUAN', TITLE: 'Lampu jalan padam' },
  });
  const created = (result.data || [])[0] || {};
  check(format + ': POST requests with the api_key', !result.err && /^\d+$/.test(String(created.service_request_id))
      && typeof created.token === 'string' && String(created.service_notice).includes(String(created.service_request_id)),
      result.data);
  const id = String(created.service_request_id);

  result = await call(client, 'token', created.token);
  check(format + ': token gives the service_request_id', !result.err
      && String(((result.data || [])[0] || {}).service_request_id) === id, result.data);

  result = await call(client, 'serviceRequests', { service_code: SERVICE });
  check(format + ': list of requests contains it', !result.err
      && (result.data || []).some((r) => String(r.service_request_id) === id), result.data);

  result = await call(client, 'serviceRequest', id);
  const one = (result.data || [])[0] || {};
  check(format + ': one request, open, with its description', !result.err && String(one.service_request_id) === id
      && one.status === 'open' && one.description === description && one.service_code === SERVICE, one);
  check(format + ': no reporter identity in the request', !JSON.stringify(result.data).includes('Aminah')
      && !JSON.stringify(result.data).includes('siti.aminah'), one);

  result = await call(client, 'serviceRequest', '00000000');
  check(format + ': an unknown request is an error (404)', result.err && String(result.data).includes('404'), result);

  result = await call(client, '_get', 'servicerequestupdates', { start_date: since });
  let updates = [];
  try {
    updates = result.err ? [] : parse(format, result.data);
  } catch (e) {
    check(format + ': servicerequestupdates parses', false, String(e));
  }
  const ours = (Array.isArray(updates) ? updates : []).filter((u) => String(u.service_request_id) === id);
  check(format + ': servicerequestupdates has the new request\'s first step', !result.err && ours.length >= 1
      && ours[0].status === 'open' && Boolean(ours[0].update_id) && Boolean(ours[0].updated_datetime)
      && Boolean(ours[0].description), result.data);
  check(format + ': no reporter identity in the updates', !String(result.data).includes('Aminah'), ours);
}

(async () => {
  try {
    for (const format of ['json', 'xml']) {
      await discovery(format);
      await georeport(format);
    }
  } catch (e) {
    check('the client ran through', false, String(e && e.stack));
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 ? 0 : 1);
})();
