// controls.js: legend and filters (class, property, date range, outlet, mentions, confidence),
// view buttons. Every change redraws the current view and updates the URL fragment.

function checkRow(container, checked, glyph, color, name, count, onChange, swatchClass) {
  var label = el('label', 'kg-check');
  var box = el('input');
  box.type = 'checkbox';
  box.checked = checked;
  box.addEventListener('change', function () { onChange(box.checked); });
  var mark = el('span', swatchClass || 'kg-glyph', glyph);
  mark.style.color = color;
  mark.style.borderTopColor = color;
  label.appendChild(box);
  label.appendChild(mark);
  label.appendChild(el('span', 'kg-name', name));
  label.appendChild(el('span', 'kg-count', count));
  container.appendChild(label);
  return box;
}

function changed(fit) { draw(fit); saveState(); }

function option(select, value, text) {
  var o = el('option', null, text);
  o.value = String(value);
  select.appendChild(o);
}

function monthLabel(k) { return MONTHS.length ? MONTHS[k] : ''; }

function syncControls() {
  // Make every control show what `state` says (after a reset, Back, or a URL fragment).
  Array.prototype.forEach.call(document.querySelectorAll('#kg-legend input'), function (b, k) { b.checked = !state.hiddenClasses[k]; });
  Array.prototype.forEach.call(document.querySelectorAll('#kg-props input'), function (b, k) { b.checked = !state.hiddenProps[k]; });
  document.getElementById('kg-from').value = String(state.from);
  document.getElementById('kg-to').value = String(state.to);
  document.getElementById('kg-range').textContent = MONTHS.length ? monthLabel(state.from) + ' \u2013 ' + monthLabel(state.to) : 'no dates';
  document.getElementById('kg-outlet').value = String(state.outlet);
  document.getElementById('kg-min').value = String(state.minMentions);
  document.getElementById('kg-min-value').textContent = String(state.minMentions);
  document.getElementById('kg-conf').value = String(state.minConf);
  document.getElementById('kg-conf-value').textContent = String(state.minConf);
  document.getElementById('kg-article').value = String(state.view === 'article' ? state.article : -1);
  document.getElementById('kg-hops').value = String(state.hops);
  document.getElementById('kg-docs').checked = state.docs;
  document.getElementById('kg-unlinked').checked = state.unlinked;
}

function buildControls() {
  var legend = clear(document.getElementById('kg-legend'));
  DATA.classes.forEach(function (c, k) {
    checkRow(legend, true, c.glyph, c.color, c.name, c.count, function (on) {
      state.hiddenClasses[k] = !on; changed(false);
    }).dataset.cls = c.name;
  });
  var props = clear(document.getElementById('kg-props'));
  var order = DATA.properties.map(function (p, k) { return k; }).sort(function (a, b) {
    return DATA.properties[a].rank - DATA.properties[b].rank || a - b;
  });
  order.forEach(function (k) {
    var p = DATA.properties[k];
    var box = checkRow(props, true, '', p.color, p.name, p.count, function (on) {
      state.hiddenProps[k] = !on; changed(false);
    }, p.dashes ? 'kg-swatch kg-dashed' : 'kg-swatch');
    box.dataset.prop = p.name;
  });
  var from = document.getElementById('kg-from'), to = document.getElementById('kg-to');
  [from, to].forEach(function (r) { r.max = String(Math.max(0, MONTHS.length - 1)); r.disabled = MONTHS.length < 2; });
  function range(which) {
    var a = +from.value, b = +to.value;
    if (a > b) { if (which === from) to.value = String(a); else from.value = String(b); }
    state.from = +from.value;
    state.to = +to.value;
    syncControls();
    changed(state.view === 'article');
  }
  from.addEventListener('input', function () { range(from); });
  to.addEventListener('input', function () { range(to); });
  var outlet = document.getElementById('kg-outlet');
  OUTLETS.forEach(function (o, k) { option(outlet, k, o); });
  outlet.addEventListener('change', function () { state.outlet = +outlet.value; changed(state.view === 'article'); });
  var min = document.getElementById('kg-min');
  min.max = String(Math.max(1, Math.min(50, NODES.reduce(function (m, n) { return Math.max(m, n.articles.length); }, 0))));
  min.addEventListener('input', function () { state.minMentions = +min.value; syncControls(); changed(false); });
  var conf = document.getElementById('kg-conf');
  document.getElementById('kg-conf-row').hidden = !HAS_CONFIDENCE;
  conf.addEventListener('input', function () { state.minConf = +conf.value; syncControls(); changed(false); });
  var select = document.getElementById('kg-article');
  ARTICLES.forEach(function (a, k) {
    option(select, k, (a.title || '(untitled)') + ' [' + [a.date, a.outlet, a.id].filter(Boolean).join(', ') + ']');
  });
  select.addEventListener('change', function () {
    if (+select.value < 0) showOverview(); else chooseArticle(+select.value);
  });
  var hops = document.getElementById('kg-hops');
  hops.addEventListener('change', function () { state.hops = +hops.value; changed(true); });
  var docs = document.getElementById('kg-docs');
  docs.addEventListener('change', function () { state.docs = docs.checked; changed(false); });
  var unlinked = document.getElementById('kg-unlinked');
  unlinked.disabled = !OV.unlinked.length;
  unlinked.addEventListener('change', function () { state.unlinked = unlinked.checked; changed(state.view === 'overview'); });
  document.getElementById('kg-fit').addEventListener('click', function () { placeView(); });
  document.getElementById('kg-reset').addEventListener('click', function () { resetFilters(); changed(true); });
  document.getElementById('kg-overview').addEventListener('click', showOverview);
  document.getElementById('kg-back').addEventListener('click', goBack);
  syncControls();
}

function resetFilters() {
  state.hiddenClasses = {};
  state.hiddenProps = {};
  state.from = 0;
  state.to = Math.max(0, MONTHS.length - 1);
  state.outlet = -1;
  state.minMentions = 0;
  state.minConf = 0;
  syncControls();
}
