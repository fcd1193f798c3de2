// main.js: create the network, wire clicks to the panel, and signal when the page is usable.

var container = document.getElementById('kg-network');
var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, DATA.options);
MARKS.network = performance.now();
var ready = false;
var kgView = window.kgView = {
  network: network, nodes: nodeSet, edges: edgeSet, data: DATA, focused: -1, readyAt: null, marks: MARKS,
  find: findEntities, focusNode: focusNode, showNode: showNode, showEdge: showEdge,
  nodeId: function (label) {
    for (var i = 0; i < NODES.length; i++) if (NODES[i].label === label) return i;
    return -1;
  },
  domPosition: function (id) { return network.canvasToDOM(network.getPositions([id])[id]); }
};

function isShown(i) { return nodeView.get(i) !== null; }

function focusNode(i) {
  if (!isShown(i)) resetFilters();
  network.selectNodes([i]);
  showNode(i);
  // Centre the node in the part of the canvas that the side panel does not cover.
  var offset = panel.hidden ? 0 : -Math.min(panel.offsetWidth + 10, container.clientWidth / 2) / 2;
  network.focus(i, {scale: Math.max(network.getScale(), 1.0), offset: {x: offset, y: 0},
                    animation: {duration: 350, easingFunction: 'easeInOutQuad'}});
  kgView.focused = i;
}

network.on('click', function (params) {
  if (params.nodes.length) {
    var id = params.nodes[0];
    if (typeof id === 'number') showNode(id);
    else if (id.charAt(0) === 'a') showArticle(+id.slice(1));
    else showQuote(+id.slice(1));
  } else if (params.edges.length && typeof params.edges[0] === 'number') {
    showEdge(params.edges[0]);
  } else if (!params.edges.length) {
    closePanel();
  }
});

function markReady() {
  if (ready) return;
  ready = true;
  kgView.readyAt = performance.now();
  document.body.setAttribute('data-ready', '1');
}

if (DATA.physics) {
  // Lay out once (seeded, a fixed number of iterations), then freeze: the page stays still.
  network.once('stabilizationIterationsDone', function () {
    network.setOptions({physics: {enabled: false}});
    network.once('afterDrawing', markReady);
    network.redraw();
  });
} else {
  network.once('afterDrawing', markReady);
}
if (!NODES.length) container.appendChild(el('p', 'kg-empty', 'This graph has no entities.'));

document.addEventListener('keydown', function (ev) {
  if (ev.key === '/' && document.activeElement !== searchBox) { ev.preventDefault(); searchBox.focus(); }
  if (ev.key === 'Escape' && document.activeElement !== searchBox) closePanel();
});

buildControls();
refresh();

