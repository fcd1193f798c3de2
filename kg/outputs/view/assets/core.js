// core.js: read the embedded data, build vis-network datasets, filters and the legend.
// Every string from the graph reaches the page through textContent or the canvas, never as markup.

var MARKS = {start: performance.now()};
var DATA = JSON.parse(document.getElementById('kg-data').textContent);
MARKS.parsed = performance.now();
var NODES = DATA.nodes, EDGES = DATA.edges, EVIDENCE = DATA.evidence;
var ARTICLES = DATA.articles, QUOTES = DATA.quotes;
var state = {hiddenClasses: {}, hiddenProps: {}, article: -1, docs: false};

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

// A fact is a distinct (subject, property, object) triple: an arrow between two entities, or a
// title or date of one entity. Its evidence is the sentences that state it.
var FACT_COUNT = NODES.reduce(function (sum, n) { return sum + n.literals.length; }, EDGES.length);

// Per-node index: the edges touching it, its quotes, and the articles that support anything about it.
var touching = NODES.map(function () { return []; });
var quotesOf = NODES.map(function () { return []; });
var nodeArticles = NODES.map(function (n) { return n.articles.slice(); });
var edgeArticles = EDGES.map(function (e) {
  var seen = {};
  e.ev.forEach(function (k) { seen[EVIDENCE[k].article] = true; });
  return seen;
});
EDGES.forEach(function (e, j) {
  touching[e.from].push(j);
  if (e.to !== e.from) touching[e.to].push(j);
  Object.keys(edgeArticles[j]).forEach(function (a) {
    nodeArticles[e.from].push(+a);
    nodeArticles[e.to].push(+a);
  });
});
NODES.forEach(function (n, i) {
  n.literals.forEach(function (l) {
    l.ev.forEach(function (k) { nodeArticles[i].push(EVIDENCE[k].article); });
  });
});
QUOTES.forEach(function (q, k) {
  if (q.speaker >= 0) { quotesOf[q.speaker].push(k); nodeArticles[q.speaker].push(q.article); }
});
var nodeInArticle = nodeArticles.map(function (list) {
  var seen = {};
  list.forEach(function (a) { seen[a] = true; });
  return seen;
});

function tooltip(n) {
  var cls = DATA.classes[n.cls];
  var lines = [n.label, cls.name + ' \u00b7 ' + plural(touching[n.id].length + n.literals.length, 'fact')];
  if (n.aliases.length) lines.push('also: ' + n.aliases.slice(0, 5).join(', ') + (n.aliases.length > 5 ? ', \u2026' : ''));
  return lines.join('\n');
}

function visNode(n, i) {
  n.id = i;
  var cls = DATA.classes[n.cls];
  var item = {
    id: i, label: n.label, shape: cls.shape, title: tooltip(n),
    size: Math.min(44, 9 + 5 * Math.sqrt(n.deg)), font: {size: Math.min(22, 13 + 1.5 * Math.sqrt(n.deg))},
    color: {background: cls.color, border: '#2b2b2b',
            highlight: {background: cls.color, border: '#000000'},
            hover: {background: cls.color, border: '#000000'}},
    shapeProperties: {borderDashes: cls.dashes ? [4, 3] : false}
  };
  if (n.xy) { item.x = n.xy[0]; item.y = n.xy[1]; }
  return item;
}

function visEdge(e, j, pairCount) {
  var prop = DATA.properties[e.prop];
  var item = {
    id: j, from: e.from, to: e.to, label: prop.name, dashes: prop.dashes, width: prop.width,
    color: prop.dashes ? {color: prop.color, highlight: prop.color, hover: prop.color}
                       : {color: prop.color, highlight: '#111111', hover: '#333333'},
    title: NODES[e.from].label + ' \u2014 ' + prop.name + ' \u2192 ' + NODES[e.to].label
  };
  var key = Math.min(e.from, e.to) + ' ' + Math.max(e.from, e.to);
  var k = pairCount[key] = (pairCount[key] || 0) + 1;
  if (k > 1) item.smooth = {enabled: true, type: k % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.12 * Math.ceil((k - 1) / 2) + 0.1};
  return item;
}

var pairs = {};
var nodeSet = new vis.DataSet(NODES.map(visNode));
var edgeSet = new vis.DataSet(EDGES.map(function (e, j) { return visEdge(e, j, pairs); }));
MARKS.datasets = performance.now();

function nodeVisible(item) {
  if (typeof item.id === 'string') return docVisible(item);
  var n = NODES[item.id];
  if (state.hiddenClasses[n.cls]) return false;
  return state.article < 0 || !!nodeInArticle[item.id][state.article];
}

function edgeVisible(item) {
  if (typeof item.id === 'string') return docEdgeVisible(item);
  var e = EDGES[item.id];
  if (state.hiddenProps[e.prop]) return false;
  if (state.article >= 0 && !edgeArticles[item.id][state.article]) return false;
  return nodeVisible({id: e.from}) && nodeVisible({id: e.to});
}

var nodeView = new vis.DataView(nodeSet, {filter: nodeVisible});
var edgeView = new vis.DataView(edgeSet, {filter: edgeVisible});

function refresh() {
  nodeView.refresh();
  edgeView.refresh();
  var stats = document.getElementById('kg-stats');
  stats.textContent = plural(nodeView.length, 'node') + ' \u00b7 ' + plural(edgeView.length, 'edge') +
    ' shown of ' + NODES.length + ' entities, ' + plural(FACT_COUNT, 'fact') + ', ' + plural(ARTICLES.length, 'article');
}

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

function buildControls() {
  var legend = clear(document.getElementById('kg-legend'));
  DATA.classes.forEach(function (c, k) {
    checkRow(legend, true, c.glyph, c.color, c.name, c.count, function (on) {
      state.hiddenClasses[k] = !on; refresh();
    }).dataset.cls = c.name;
  });
  var props = clear(document.getElementById('kg-props'));
  DATA.properties.forEach(function (p, k) {
    var box = checkRow(props, true, '', p.color, p.name, p.count, function (on) {
      state.hiddenProps[k] = !on; refresh();
    }, p.dashes ? 'kg-swatch kg-dashed' : 'kg-swatch');
    box.dataset.prop = p.name;
  });
  var select = document.getElementById('kg-article');
  ARTICLES.forEach(function (a, k) {
    var option = el('option', null, (a.title || '(untitled)') + ' [' + a.id + ']');
    option.value = String(k);
    select.appendChild(option);
  });
  select.addEventListener('change', function () { state.article = +select.value; refresh(); fitSoon(); });
  var docs = document.getElementById('kg-docs');
  docs.addEventListener('change', function () { setDocs(docs.checked); });
  document.getElementById('kg-fit').addEventListener('click', function () { network.fit(); });
  document.getElementById('kg-reset').addEventListener('click', function () { resetFilters(); network.fit(); });
}

function resetFilters() {
  state.hiddenClasses = {};
  state.hiddenProps = {};
  state.article = -1;
  Array.prototype.forEach.call(document.querySelectorAll('#kg-controls input[type=checkbox]'), function (b) {
    if (b.id !== 'kg-docs') b.checked = true;
  });
  document.getElementById('kg-article').value = '-1';
  refresh();
}

function fitSoon() { window.setTimeout(function () { network.fit({animation: false}); }, 0); }
