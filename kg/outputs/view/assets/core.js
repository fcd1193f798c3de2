// core.js: read the embedded data, index it, and decide what the filters let through.
// Every string from the graph reaches the page through textContent or the canvas, never as markup.

var MARKS = {start: performance.now()};
var DATA = JSON.parse(document.getElementById('kg-data').textContent);
MARKS.parsed = performance.now();
var NODES = DATA.nodes, EDGES = DATA.edges, EVIDENCE = DATA.evidence;
var ARTICLES = DATA.articles, QUOTES = DATA.quotes, COMENTIONS = DATA.comentions, OV = DATA.overview;
var state = {
  view: 'overview', focus: -1, article: -1, hops: 2, expanded: [],
  hiddenClasses: {}, hiddenProps: {}, from: 0, to: 0, outlet: -1, minMentions: 0, minConf: 0,
  docs: false, unlinked: false
};

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

function plural(n, word) { return n.toLocaleString('en-US') + ' ' + word + (n === 1 ? '' : 's'); }

function uniqueSorted(list) {
  var seen = {}, out = [];
  list.forEach(function (x) { if (x !== '' && !seen[x]) { seen[x] = true; out.push(x); } });
  return out.sort();
}

// Articles: month (for the time slider) and outlet, as indices into sorted lists.
var MONTHS = uniqueSorted(ARTICLES.map(function (a) { return (a.date || '').slice(0, 7); }));
var OUTLETS = uniqueSorted(ARTICLES.map(function (a) { return a.outlet || ''; }));
var monthIndex = {}, outletIndex = {};
MONTHS.forEach(function (m, k) { monthIndex[m] = k; });
OUTLETS.forEach(function (o, k) { outletIndex[o] = k; });
var articleMonth = ARTICLES.map(function (a) { var m = monthIndex[(a.date || '').slice(0, 7)]; return m === undefined ? -1 : m; });
var articleOutlet = ARTICLES.map(function (a) { var o = outletIndex[a.outlet || '']; return o === undefined ? -1 : o; });
state.to = Math.max(0, MONTHS.length - 1);

// A fact is a distinct (subject, property, object) triple: an arrow between two entities, or a
// title or date of one entity. Its evidence is the sentences that state it.
var FACT_COUNT = NODES.reduce(function (sum, n) { return sum + n.literals.length; }, EDGES.length);

// Per node: the facts touching it, its quotes, shared sentences, and every article behind any of it.
var touching = NODES.map(function () { return []; });
var quotesOf = NODES.map(function () { return []; });
var sharedOf = NODES.map(function () { return []; });
var nodeArticles = NODES.map(function (n) { return n.articles.slice(); });
var edgeArticles = EDGES.map(function (e) {
  var seen = {}, list = [];
  e.ev.forEach(function (k) { var a = EVIDENCE[k].article; if (!seen[a]) { seen[a] = true; list.push(a); } });
  return list;
});
var HAS_CONFIDENCE = EDGES.some(function (e) { return typeof e.confidence === 'number'; });
EDGES.forEach(function (e, j) {
  touching[e.from].push(j);
  if (e.to !== e.from) touching[e.to].push(j);
  edgeArticles[j].forEach(function (a) { nodeArticles[e.from].push(a); nodeArticles[e.to].push(a); });
});
NODES.forEach(function (n, i) {
  n.id = i;
  n.literals.forEach(function (l) { l.ev.forEach(function (k) { nodeArticles[i].push(EVIDENCE[k].article); }); });
});
QUOTES.forEach(function (q, k) {
  if (q.speaker >= 0) { quotesOf[q.speaker].push(k); nodeArticles[q.speaker].push(q.article); }
});
COMENTIONS.forEach(function (c, k) { sharedOf[c[0]].push(k); sharedOf[c[1]].push(k); });
var nodeInArticle = nodeArticles.map(function (list) {
  var seen = {};
  list.forEach(function (a) { seen[a] = true; });
  return seen;
});
function mentions(i) { return NODES[i].articles.length; }
function score(i) { return NODES[i].deg + mentions(i); }
function byScore(a, b) { return score(b) - score(a) || a - b; }
MARKS.indexed = performance.now();

// Filters. An article passes when it is in the date range and from the chosen outlet; a fact or an
// entity passes when one of its articles does (with no article filter set, everything does).
function rangeSet() { return state.from > 0 || state.to < MONTHS.length - 1; }
function articleFilterSet() { return state.outlet >= 0 || rangeSet() || state.article >= 0; }
function articleOk(k) {
  if (k < 0) return false;
  if (state.article >= 0 && k !== state.article) return false;
  if (state.outlet >= 0 && articleOutlet[k] !== state.outlet) return false;
  if (rangeSet()) {
    var m = articleMonth[k];
    if (m < 0 || m < state.from || m > state.to) return false;
  }
  return true;
}
function anyArticleOk(list) {
  for (var x = 0; x < list.length; x++) if (articleOk(list[x])) return true;
  return false;
}
function nodeOk(i) {
  var n = NODES[i];
  if (i === state.focus) return true;
  if (state.hiddenClasses[n.cls] || mentions(i) < state.minMentions) return false;
  return !articleFilterSet() || anyArticleOk(nodeArticles[i]);
}
function edgeOk(j) {
  var e = EDGES[j];
  if (state.hiddenProps[e.prop]) return false;
  if (HAS_CONFIDENCE && typeof e.confidence === 'number' && e.confidence < state.minConf) return false;
  return !articleFilterSet() || anyArticleOk(edgeArticles[j]);
}
function sharedOk(k) {
  return !articleFilterSet() || articleOk(EVIDENCE[COMENTIONS[k][2]].article);
}

// What vis-network draws for an entity, a fact, and a shared sentence.
function tooltip(i) {
  var n = NODES[i], cls = DATA.classes[n.cls];
  var lines = [n.label, cls.name + ' \u00b7 ' + plural(touching[i].length + n.literals.length, 'fact') + ' \u00b7 ' +
    plural(mentions(i), 'article')];
  if (n.aliases.length) lines.push('also: ' + n.aliases.slice(0, 5).join(', ') + (n.aliases.length > 5 ? ', \u2026' : ''));
  return lines.join('\n');
}

function visNode(i, xy) {
  var n = NODES[i], cls = DATA.classes[n.cls];
  var item = {
    id: i, label: n.label, shape: cls.shape, title: tooltip(i), value: mentions(i) + 1,
    color: {background: cls.color, border: '#2b2b2b',
            highlight: {background: cls.color, border: '#000000'},
            hover: {background: cls.color, border: '#000000'}},
    shapeProperties: {borderDashes: cls.dashes ? [4, 3] : false}
  };
  if (xy) { item.x = xy[0]; item.y = xy[1]; }
  return item;
}

function visEdge(j, pairCount) {
  var e = EDGES[j], prop = DATA.properties[e.prop];
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

function visShared(k) {
  var c = COMENTIONS[k];
  return {id: 'c' + k, from: c[0], to: c[1], dashes: [2, 5], width: 1, arrows: {to: {enabled: false}},
    color: {color: '#b9c0c8', highlight: '#59636e', hover: '#59636e'},
    title: NODES[c[0]].label + ' and ' + NODES[c[1]].label + ': named in ' + plural(c[3], 'sentence')};
}
