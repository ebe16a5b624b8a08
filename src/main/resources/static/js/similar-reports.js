/*
 * /lapor: while a citizen types a report, show similar public reports (GET /api/reports/similar) and let them follow
 * one instead of filing the same report again. Progressive enhancement: without JavaScript the section stays hidden
 * and the form works as before. Texts come from the section's data attributes (the page's language); every value from
 * the server is inserted as text, never as HTML.
 */
(function () {
  'use strict';
  var panel = document.getElementById('similar-reports');
  if (!panel || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var form = panel.closest('form');
  var list = panel.querySelector('.similar-list');
  var status = panel.querySelector('.similar-status');
  var data = panel.dataset;
  var minLength = parseInt(data.minLength, 10) || 10;
  var language = document.documentElement.lang || 'id';
  var timer = null;
  var lastQuery = '';
  var pending = null;

  function field(id) {
    return document.getElementById(id);
  }

  function value(id) {
    var element = field(id);
    return element ? element.value.trim() : '';
  }

  function fill(text, argument) {
    return text.replace('{0}', argument);
  }

  function chosenType() {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : '';
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 600);
  }

  function search() {
    var title = value('title');
    var description = value('description').slice(0, 5000);
    if ((title + description).length < minLength || chosenType() === 'PERMINTAAN_INFORMASI') {
      lastQuery = '';
      show([]);
      return;
    }
    var parameters = new URLSearchParams({title: title.slice(0, 200), description: description});
    [['category', 'categoryCode'], ['region', 'regionCode']].forEach(function (pair) {
      if (value(pair[1])) {
        parameters.set(pair[0], value(pair[1]));
      }
    });
    if (chosenType()) {
      parameters.set('type', chosenType());
    }
    var query = parameters.toString();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (pending && window.AbortController) {
      pending.abort();
    }
    pending = window.AbortController ? new AbortController() : null;
    fetch(data.endpoint + '?' + query, {
      headers: {'Accept': 'application/json', 'Accept-Language': language},
      credentials: 'same-origin',
      signal: pending ? pending.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : {results: []};
    }).then(function (answer) {
      show(answer.results || []);
    }).catch(function () {
      // aborted by a newer search, or offline: leave the suggestions as they are
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function show(results) {
    var open = panel.querySelector('.follow-inline:not([hidden])');
    if (open && results.length > 0) {
      return; // the citizen is filling in a follow form: do not pull it away
    }
    list.textContent = '';
    results.forEach(function (report) {
      list.appendChild(item(report));
    });
    panel.hidden = results.length === 0;
    status.textContent = results.length === 0 ? '' : fill(data.foundLabel, String(results.length));
  }

  function item(report) {
    var li = element('li', 'similar-item');
    li.setAttribute('data-number', report.trackingNumber);
    var link = element('a', 'similar-title', report.title);
    link.href = report.url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.appendChild(element('span', 'visually-hidden', ' ' + data.newTabLabel));
    li.appendChild(link);

    var score = Number(report.score).toLocaleString(language, {minimumFractionDigits: 2, maximumFractionDigits: 2});
    var meta = [report.trackingNumber, report.agency, report.statusText, report.submittedText, fill(data.scoreLabel, score)]
      .filter(function (part) { return part; });
    li.appendChild(element('p', 'similar-meta', meta.join(' · ')));

    if (!report.followUrl) {
      li.appendChild(element('p', 'similar-finished', data.finishedLabel));
      return li;
    }
    var panelId = 'follow-' + report.trackingNumber;
    var toggle = element('button', 'button secondary follow-toggle', data.followLabel);
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', panelId);
    li.appendChild(toggle);
    var inline = followForm(report, panelId);
    li.appendChild(inline);
    toggle.addEventListener('click', function () {
      var opening = inline.hidden;
      inline.hidden = !opening;
      toggle.setAttribute('aria-expanded', String(opening));
      if (opening) {
        inline.querySelector('input').focus();
      }
    });
    return li;
  }

  /*
   * The follow form of one suggestion. Its fields sit inside the report form on the page, so they belong to a separate
   * <form> at the end of the page through their "form" attribute (forms cannot be nested). It posts like the form on
   * the report's page: CSRF token, email and/or phone (taken over from the contact typed in the report form).
   */
  function followForm(report, panelId) {
    var formId = panelId + '-form';
    var target = document.getElementById(formId);
    if (!target) {
      target = element('form');
      target.id = formId;
      target.method = 'post';
      target.action = data.followAction + encodeURIComponent(report.trackingNumber) + '/ikuti';
      target.setAttribute('novalidate', '');
      var csrf = form.querySelector('input[name="_csrf"]');
      if (csrf) {
        var token = element('input');
        token.type = 'hidden';
        token.name = '_csrf';
        token.value = csrf.value;
        target.appendChild(token);
      }
      document.body.appendChild(target);
    }
    var inline = element('div', 'follow-inline');
    inline.id = panelId;
    inline.hidden = true;
    inline.appendChild(element('p', null, fill(data.followLead, report.trackingNumber)));
    var hintId = panelId + '-hint';
    [['email', 'email', data.emailLabel, 'email'], ['phone', 'tel', data.phoneLabel, 'phone']].forEach(function (spec) {
      var id = panelId + '-' + spec[0];
      var wrapper = element('div', 'field');
      var label = element('label', null, spec[2]);
      label.htmlFor = id;
      var input = element('input', spec[0] === 'phone' ? 'short' : null);
      input.type = spec[1];
      input.id = id;
      input.name = spec[0];
      input.setAttribute('form', formId);
      input.setAttribute('aria-describedby', hintId);
      input.maxLength = spec[0] === 'phone' ? 20 : 200;
      input.value = value(spec[3]);
      wrapper.appendChild(label);
      wrapper.appendChild(input);
      inline.appendChild(wrapper);
    });
    var hint = element('p', 'hint', data.contactHint);
    hint.id = hintId;
    inline.appendChild(hint);
    var actions = element('div', 'actions');
    var submit = element('button', 'button', data.followLabel);
    submit.type = 'submit';
    submit.setAttribute('form', formId);
    actions.appendChild(submit);
    var cancel = element('button', 'link-button', data.cancelLabel);
    cancel.type = 'button';
    cancel.addEventListener('click', function () {
      inline.hidden = true;
      var toggle = panel.querySelector('[aria-controls="' + panelId + '"]');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    });
    actions.appendChild(cancel);
    inline.appendChild(actions);
    return inline;
  }

  ['title', 'description'].forEach(function (id) {
    var input = field(id);
    if (input) {
      input.addEventListener('input', schedule);
    }
  });
  ['categoryCode', 'regionCode'].forEach(function (id) {
    var select = field(id);
    if (select) {
      select.addEventListener('change', schedule);
    }
  });
  form.querySelectorAll('input[name="type"]').forEach(function (radio) {
    radio.addEventListener('change', schedule);
  });
  if ((value('title') + value('description')).length >= minLength) {
    search(); // the form came back with what was typed (a validation error)
  }
})();
