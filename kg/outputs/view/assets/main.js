// main.js: create the network, wire clicks to the panel and the views, draw the first view (the
// overview, or what the URL fragment names), and signal when the page is usable.

var container = document.getElementById('kg-network');
var options = DATA.options;
if (DATA.physics) options = Object.assign({}, options, {physics: false});
var network = new vis.Network(container, {nodes: nodeSet, edges: edgeSet}, options);
MARKS.network = performance.now();
var ready = false;
var kgView = window.kgView = {
  network: network, nodes: nodeSet, edges: edgeSet, data: DATA, focused: -1, readyAt: null, marks: MARKS,
  state: state, drawn: [], find: findEntities, focusNode: focusNode, expandNode: expandNode, back: goBack,
  showNode: showNode, showEdge: showEdge, showOverview: showOverview, chooseArticle: chooseArticle,
  reset: function () { backStack.length = 0; closePanel(); network.unselectAll(); applyState(decodeState(''), true); },
  nodeId: function (label) {
    for (var i = 0; i < NODES.length; i++) if (NODES[i].label === label) return i;
    return -1;
  },
  domPosition: function (id) { return network.canvasToDOM(network.getPositions([id])[id]); }
};

network.on('click', function (params) {
  if (params.nodes.length) {
    var id = params.nodes[0];
    if (typeof id === 'number') {
      if (state.view === 'overview') focusNode(id);
      else showNode(id);
    } else if (id.charAt(0) === 'a') showArticle(+id.slice(1));
    else showQuote(+id.slice(1));
  } else if (params.edges.length && typeof params.edges[0] === 'number') {
    showEdge(params.edges[0]);
  } else if (params.edges.length && String(params.edges[0]).charAt(0) === 'c') {
    showShared(+String(params.edges[0]).slice(1));
  } else if (!params.edges.length) {
    closePanel();
  }
});

network.on('doubleClick', function (params) {
  var id = params.nodes[0];
  if (typeof id !== 'number') return;
  if (state.view === 'focus' && id !== state.focus) expandNode(id);
  else if (state.view !== 'focus') focusNode(id);
});

network.on('stabilizationIterationsDone', function () {
  // Small graphs: the overview is laid out once in the browser (seeded), then frozen.
  network.setOptions({physics: {enabled: false}});
  if (state.view === 'overview' && !physicsPos) {
    physicsPos = {};
    var pos = network.getPositions();
    Object.keys(pos).forEach(function (id) { if (!isNaN(+id)) physicsPos[id] = [pos[id].x, pos[id].y]; });
  }
  network.fit({animation: false});
});

network.on('afterDrawing', drawClusterLabels);

function markReady() {
  if (ready) return;
  ready = true;
  kgView.readyAt = performance.now();
  document.body.setAttribute('data-ready', '1');
}

document.addEventListener('keydown', function (ev) {
  if (ev.key === '/' && document.activeElement !== searchBox) { ev.preventDefault(); searchBox.focus(); }
  if (ev.key === 'Escape' && document.activeElement !== searchBox) closePanel();
});

buildControls();
if (!NODES.length) container.appendChild(el('p', 'kg-empty', 'This graph has no entities.'));
var first = decodeState(location.hash);
if (DATA.physics && first.view === 'overview') {
  network.once('stabilizationIterationsDone', function () { network.once('afterDrawing', markReady); network.redraw(); });
} else {
  network.once('afterDrawing', markReady);
}
applyState(first, true);
if (!NODES.length) markReady();
