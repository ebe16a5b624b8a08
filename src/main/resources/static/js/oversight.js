// Draws the dashboard's trend charts with Chart.js from the figures embedded in the page (#oversight-data).
(function () {
  var element = document.getElementById('oversight-data');
  if (!element || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(element.textContent);
  var blue = '#0b4f8a', green = '#1e6b3a', red = '#c8102e';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.animation = false;

  new Chart(document.getElementById('trend-chart'), {
    data: {
      labels: data.periods,
      datasets: [
        { type: 'bar', label: data.labels.received, data: data.received, backgroundColor: blue },
        { type: 'bar', label: data.labels.completed, data: data.completed, backgroundColor: green },
        { type: 'line', label: data.labels.breaches, data: data.breaches, borderColor: red, backgroundColor: red, tension: 0 }
      ]
    },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });

  new Chart(document.getElementById('response-chart'), {
    type: 'bar',
    data: {
      labels: data.names,
      datasets: [{ label: data.labels.median, data: data.medianFirstResponse, backgroundColor: blue }]
    },
    options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true } } }
  });
})();
