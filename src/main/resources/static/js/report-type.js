/*
 * /lapor: shows only the fields of the chosen type of report. Progressive enhancement: without JavaScript every field
 * shows, its hint says which type it is for, and the server requires and keeps only what the chosen type needs.
 * Elements with data-for-types="ADUAN ASPIRASI NONE" show for those types (NONE: while no type is chosen); the copy's
 * delivery (data-for-copy) shows once a copy is chosen as the way to obtain the information. Hidden fields are disabled,
 * so they are not sent (a ticked "Anonim" left over from a complaint does not refuse an information request).
 */
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form || !form.querySelectorAll) {
    return;
  }

  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : '';
  }

  function show(element, shown) {
    element.hidden = !shown;
    var inputs = element.matches('input, select, textarea') ? [element]
        : element.querySelectorAll('input, select, textarea');
    Array.prototype.forEach.call(inputs, function (input) {
      input.disabled = !shown;
    });
  }

  function update() {
    var type = checked('type') || 'NONE';
    Array.prototype.forEach.call(form.querySelectorAll('[data-for-types]'), function (element) {
      show(element, element.getAttribute('data-for-types').split(' ').indexOf(type) >= 0);
    });
    var obtaining = checked('obtainingMethod');
    Array.prototype.forEach.call(form.querySelectorAll('[data-for-copy]'), function (element) {
      show(element, type === 'PERMINTAAN_INFORMASI' && obtaining !== '' && obtaining !== 'VIEW');
    });
  }

  form.addEventListener('change', function (event) {
    if (event.target.name === 'type' || event.target.name === 'obtainingMethod') {
      update();
    }
  });
  update();
}());
