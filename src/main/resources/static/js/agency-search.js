// Suggests agencies as one types: an <input data-agency-search="/api/agencies" list="..."> gets the directory's matches
// for what is typed (2 characters or more, at most 50, by name or code) added to its datalist, so that a unit of the
// national directory can be found without the page listing all 25,000.
(function () {
  document.querySelectorAll('input[data-agency-search]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var url = input.getAttribute('data-agency-search');
    var timer = null;
    var asked = {};
    input.addEventListener('input', function () {
      var words = input.value.trim();
      clearTimeout(timer);
      if (!list || words.length < 2 || words.length > 100 || asked[words.toLowerCase()]) {
        return;
      }
      timer = setTimeout(function () {
        asked[words.toLowerCase()] = true;
        // from the origin: a page opened with a user and password in its address may not fetch a relative one
        var address = new URL(url, window.location.origin);
        address.searchParams.set('q', words);
        fetch(address, { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (agencies) {
            var known = {};
            Array.prototype.forEach.call(list.options, function (option) { known[option.value] = true; });
            agencies.forEach(function (agency) {
              if (!known[agency.code]) {
                var option = document.createElement('option');
                option.value = agency.code;
                option.textContent = agency.name;
                list.appendChild(option);
              }
            });
          })
          .catch(function () { /* the suggestions stay as they were */ });
      }, 250);
    });
  });
})();
