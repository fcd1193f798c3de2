// views.js: what is drawn. Three views: the overview (computed at build time), the neighbourhood of
// one entity (facts up to two hops and shared sentences, each node expandable), and one article.

var nodeSet = new vis.DataSet(), edgeSet = new vis.DataSet();
var POS = {};            // id -> [x, y] of what is drawn now
var physicsPos = null;   // the overview's positions once the in-browser layout (small graphs) settled
var NEAR_MAX = 60, FAR_MAX = 120, EXPAND_MAX = 40;
var clusterOf = {};
OV.nodes.forEach(function (i, k) { clusterOf[i] = OV.cluster[k]; });

function linksOf(i, withShared) {
  // Neighbours of i that the filters let through: [[neighbour, edge id], ...], facts first.
  var out = [];
  touching[i].forEach(function (j) {
    if (!edgeOk(j)) return;
    var e = EDGES[j], other = e.from === i ? e.to : e.from;
    if (other !== i && nodeOk(other)) out.push([other, j]);
  });
  if (withShared) sharedOf[i].forEach(function (k) {
    var c = COMENTIONS[k], other = c[0] === i ? c[1] : c[0];
    if (sharedOk(k) && nodeOk(other)) out.push([other, 'c' + k]);
  });
  return out;
}

function newNeighbours(i, seen, cap, withShared) {
  // Neighbours not drawn yet: those joined by a fact first (by the importance of the property, as in
  // the panel), then those named in the same sentences; the best scored first within each.
  var rank = {}, found = [];
  linksOf(i, withShared).forEach(function (l) {
    var id = l[0], r = typeof l[1] === 'number' ? DATA.properties[EDGES[l[1]].prop].rank : 1000;
    if (seen[id]) return;
    if (rank[id] === undefined) found.push(id);
    if (rank[id] === undefined || r < rank[id]) rank[id] = r;
  });
  return found.sort(function (a, b) { return rank[a] - rank[b] || byScore(a, b); }).slice(0, cap);
}

function ring(ids, cx, cy, radius, from, span) {
  ids.forEach(function (id, k) {
    var a = from + span * (ids.length === 1 ? 0.5 : k / (span >= 2 * Math.PI - 1e-6 ? ids.length : ids.length - 1));
    POS[id] = [Math.round(cx + radius * Math.cos(a)), Math.round(cy + radius * Math.sin(a))];
  });
}

function overviewNodes() {
  var ids = OV.nodes.filter(nodeOk);
  if (state.unlinked) ids = ids.concat(OV.unlinked.filter(nodeOk));
  POS = {};
  OV.nodes.forEach(function (i) {
    if (NODES[i].xy) POS[i] = NODES[i].xy;
    else if (physicsPos && physicsPos[i]) POS[i] = physicsPos[i];
  });
  OV.unlinked.forEach(function (i, k) { POS[i] = OV.unlinkedXy[k]; });
  return ids;
}

function focusNodes() {
  var c = state.focus, seen = {}, ids = [c];
  POS = {};
  POS[c] = [0, 0];
  seen[c] = true;
  var near = newNeighbours(c, seen, NEAR_MAX, true);
  near.forEach(function (i) { seen[i] = true; });
  var r1 = Math.max(230, near.length * 60 / (2 * Math.PI));
  ring(near, 0, 0, r1, -Math.PI / 2, 2 * Math.PI);
  ids = ids.concat(near);
  if (state.hops > 1) {
    var budget = FAR_MAX, wedge = 2 * Math.PI / Math.max(near.length, 1);
    near.forEach(function (p, k) {
      if (budget <= 0) return;
      var far = newNeighbours(p, seen, Math.min(budget, Math.max(2, Math.min(12, Math.floor(FAR_MAX / near.length)))), false);
      far.forEach(function (i) { seen[i] = true; });
      budget -= far.length;
      var a = -Math.PI / 2 + wedge * k, span = Math.min(wedge * 0.9, 1.6);
      ring(far, 0, 0, r1 + 190 + 25 * (far.length > 6 ? k % 2 : 0), a - span / 2, span);
      ids = ids.concat(far);
    });
  }
  state.expanded.forEach(function (x) { if (seen[x]) ids = ids.concat(expandAround(x, seen)); });
  return ids;
}

function expandAround(x, seen) {
  var more = newNeighbours(x, seen, EXPAND_MAX, true);
  more.forEach(function (i) { seen[i] = true; });
  var p = POS[x], away = Math.atan2(p[1], p[0]);
  if (!p[0] && !p[1]) away = -Math.PI / 2;
  var span = Math.min(Math.PI * 1.2, 0.35 * Math.max(more.length, 2));
  ring(more, p[0], p[1], 170 + 4 * more.length, away - span / 2, span);
  return more;
}

function articleNodes() {
  var k = state.article, ids = [];
  NODES.forEach(function (n, i) { if (nodeInArticle[i][k] && nodeOk(i)) ids.push(i); });
  ids.sort(byScore);
  POS = {};
  var inner = ids.slice(0, 12), outer = ids.slice(12);
  ring(inner, 0, 0, Math.max(160, inner.length * 40 / Math.PI), -Math.PI / 2, 2 * Math.PI);
  ring(outer, 0, 0, Math.max(420, outer.length * 50 / (2 * Math.PI)), -Math.PI / 2, 2 * Math.PI);
  return ids;
}

function sharedShown(c) {
  // Dotted "same sentence" links, kept few: inside one cluster of the overview; touching the chosen
  // entity or an expanded one in a neighbourhood; all of them in one article's view.
  if (state.view === 'overview') return clusterOf[c[0]] !== undefined && clusterOf[c[0]] === clusterOf[c[1]];
  if (state.view === 'focus') {
    return c[0] === state.focus || c[1] === state.focus ||
      state.expanded.indexOf(c[0]) >= 0 || state.expanded.indexOf(c[1]) >= 0;
  }
  return true;
}

function edgesAmong(ids) {
  var drawn = {}, items = [], pairs = {}, joined = {};
  ids.forEach(function (i) { drawn[i] = true; });
  ids.forEach(function (i) {
    touching[i].forEach(function (j) {
      var e = EDGES[j];
      if (e.from === i && drawn[e.to] && edgeOk(j)) {
        items.push(visEdge(j, pairs));
        joined[Math.min(e.from, e.to) + ' ' + Math.max(e.from, e.to)] = true;
      }
    });
  });
  ids.forEach(function (i) {
    sharedOf[i].forEach(function (k) {
      var c = COMENTIONS[k];
      if (c[0] === i && drawn[c[1]] && sharedOk(k) && sharedShown(c) && !joined[c[0] + ' ' + c[1]]) items.push(visShared(k));
    });
  });
  return items;
}

function dropIsolated(ids, edges) {
  var linked = {};
  edges.forEach(function (e) { linked[e.from] = true; linked[e.to] = true; });
  return ids.filter(function (i) { return linked[i]; });
}

function draw(fit) {
  var ids = state.view === 'focus' ? focusNodes() : state.view === 'article' ? articleNodes() : overviewNodes();
  var edges = edgesAmong(ids);
  if (state.view === 'overview') {
    var loose = {};
    if (state.unlinked) OV.unlinked.forEach(function (i) { loose[i] = true; });
    var kept = dropIsolated(ids, edges);
    ids.forEach(function (i) { if (loose[i] && kept.indexOf(i) < 0) kept.push(i); });
    ids = kept;
  }
  var nodes = ids.map(function (i) { return visNode(i, POS[i]); });
  var layingOut = state.view === 'overview' && DATA.physics && !physicsPos;
  // The overview shows the labels of big nodes only (zoom in for more); other views show them all.
  network.setOptions({nodes: {scaling: {label: {drawThreshold: state.view === 'overview' ? 6 : 3}}}});
  nodeSet.clear();
  edgeSet.clear();
  nodeSet.add(nodes);
  edgeSet.add(edges);
  if (state.docs) addDocs(ids);
  if (layingOut) { network.setOptions({physics: DATA.options.physics}); network.stabilize(250); }
  kgView.drawn = ids;
  updateStats(ids.length, edges.length);
  if (fit !== false && !layingOut) placeView();
}

function placeView() {
  if (state.view === 'focus' && state.focus >= 0) {
    // Centre the focused entity beside the panel, zoomed so that its neighbourhood fits.
    var reach = 1;
    Object.keys(POS).forEach(function (id) { reach = Math.max(reach, Math.abs(POS[id][0]), Math.abs(POS[id][1])); });
    var panelW = panel.hidden ? 0 : Math.min(panel.offsetWidth + 10, container.clientWidth / 2);
    var w = container.clientWidth - panelW, h = container.clientHeight;
    var scale = Math.max(0.12, Math.min(1.1, Math.min(w, h) / (2 * reach + 160)));
    network.moveTo({position: {x: 0, y: 0}, scale: scale, offset: {x: -panelW / 2, y: 0}, animation: false});
  } else {
    network.fit({animation: false});
    if (state.view === 'overview') network.moveTo({scale: network.getScale() * 0.93, animation: false});
  }
}

function updateStats(n, m) {
  var stats = document.getElementById('kg-stats');
  stats.textContent = plural(n, 'node') + ' \u00b7 ' + plural(m, 'link') + ' drawn of ' +
    plural(NODES.length, 'entity').replace('entitys', 'entities') + ', ' + plural(FACT_COUNT, 'fact') + ', ' +
    plural(ARTICLES.length, 'article');
  var hidden = document.getElementById('kg-hidden');
  if (state.view === 'overview' && NODES.length > n) {
    hidden.textContent = 'Showing the ' + n.toLocaleString('en-US') + ' most connected and most mentioned entities; ' +
      (NODES.length - n).toLocaleString('en-US') + ' more are hidden. Search for any name, title or role, or ' +
      'click an entity, to see its neighbourhood.';
  } else if (state.view === 'focus') {
    hidden.textContent = 'The neighbourhood of ' + NODES[state.focus].label + ': facts up to ' + state.hops +
      ' hops and entities named in the same sentences (dotted). Double-click a node to expand it.';
  } else if (state.view === 'article') {
    hidden.textContent = 'Everything one article supports or mentions: ' + (ARTICLES[state.article].title || ARTICLES[state.article].id);
  } else hidden.textContent = '';
  document.getElementById('kg-back').disabled = !backStack.length;
}

// Cluster names, drawn on the canvas (text, never markup) above each cluster of the overview.
function drawClusterLabels(ctx) {
  if (state.view !== 'overview' || DATA.physics || !OV.clusters.length) return;
  var shown = {}, scale = network.getScale();
  (kgView.drawn || []).forEach(function (i) { shown[i] = true; });
  var boxes = OV.clusters.map(function () { return null; });
  OV.nodes.forEach(function (i, k) {
    if (!shown[i]) return;
    var p = {x: POS[i][0], y: POS[i][1]}, b = boxes[OV.cluster[k]];
    if (!b) b = boxes[OV.cluster[k]] = {x0: p.x, x1: p.x, y0: p.y, n: 0};
    b.x0 = Math.min(b.x0, p.x); b.x1 = Math.max(b.x1, p.x); b.y0 = Math.min(b.y0, p.y); b.n += 1;
  });
  ctx.save();
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  var placed = [];
  boxes.forEach(function (b, c) {
    // Largest clusters first (their order in OV.clusters); a label that would overlap one already
    // drawn is left out (zoom in, or hover, to read the rest).
    if (!b || b.n < 3) return;
    var px = Math.max(12, Math.min(18, 9 + Math.sqrt(b.n)));
    ctx.font = '600 ' + px / scale + 'px system-ui, sans-serif';
    var text = shorten(NODES[OV.clusters[c].label].label, 30) + ' · ' + b.n;
    var w = ctx.measureText(text).width, x = (b.x0 + b.x1) / 2, y = b.y0 - 22 / scale;
    var box = [x - w / 2, y - px / scale, x + w / 2, y + 4 / scale];
    if (placed.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; })) return;
    placed.push(box);
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#34495e';
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  });
  ctx.restore();
}
