// state.js: the view's state in the URL fragment (so a view can be shared and reopened), the Back
// stack, and the moves between views (overview, an entity's neighbourhood, one article).
//   #focus=official/michael-cox&hops=2&expand=agency/bpd&hide=Law&props=jurisdiction
//    &from=2014-01&to=2016-12&outlet=Daily%20Ledger&min=2&conf=0.5&docs=1&unlinked=1
//   #article=002_c8cfb4c10c946031

var ID_PREFIX = 'https://w3id.org/civic-kg/id/';
var backStack = [];
var nodeByKey = null;

function nodeKey(i) {
  var iri = NODES[i].iri;
  return iri.indexOf(ID_PREFIX) === 0 ? iri.slice(ID_PREFIX.length) : iri;
}

function nodeFromKey(key) {
  if (!nodeByKey) {
    nodeByKey = {};
    NODES.forEach(function (n, i) { nodeByKey[nodeKey(i)] = i; });
  }
  var i = nodeByKey[key];
  return i === undefined ? -1 : i;
}

function encodeState() {
  var parts = [];
  function put(k, v) { parts.push(k + '=' + encodeURIComponent(v).replace(/%2F/g, '/').replace(/%20/g, '+')); }
  if (state.view === 'focus') {
    put('focus', nodeKey(state.focus));
    put('hops', state.hops);
    if (state.expanded.length) put('expand', state.expanded.map(nodeKey).join(' '));
  } else if (state.view === 'article') put('article', ARTICLES[state.article].id);
  var hide = DATA.classes.filter(function (c, k) { return state.hiddenClasses[k]; }).map(function (c) { return c.name; });
  if (hide.length) put('hide', hide.join(' '));
  var props = DATA.properties.filter(function (p, k) { return state.hiddenProps[k]; }).map(function (p) { return p.name; });
  if (props.length) put('props', props.join(' '));
  if (state.from > 0) put('from', MONTHS[state.from]);
  if (state.to < MONTHS.length - 1) put('to', MONTHS[state.to]);
  if (state.outlet >= 0) put('outlet', OUTLETS[state.outlet]);
  if (state.minMentions > 0) put('min', state.minMentions);
  if (state.minConf > 0) put('conf', state.minConf);
  if (state.docs) put('docs', 1);
  if (state.unlinked) put('unlinked', 1);
  return parts.join('&');
}

function decodeState(hash) {
  var q = {};
  String(hash || '').replace(/^#/, '').split('&').forEach(function (part) {
    var at = part.indexOf('=');
    if (at > 0) {
      try { q[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' ')); } catch (err) { /* ignore a bad part */ }
    }
  });
  var s = {view: 'overview', focus: -1, article: -1, hops: 2, expanded: [], hiddenClasses: {}, hiddenProps: {},
    from: 0, to: Math.max(0, MONTHS.length - 1), outlet: -1, minMentions: 0, minConf: 0,
    docs: q.docs === '1', unlinked: q.unlinked === '1'};
  var words = function (v) { return v ? v.split(' ') : []; };
  words(q.hide).forEach(function (name) {
    DATA.classes.forEach(function (c, k) { if (c.name === name) s.hiddenClasses[k] = true; });
  });
  words(q.props).forEach(function (name) {
    DATA.properties.forEach(function (p, k) { if (p.name === name) s.hiddenProps[k] = true; });
  });
  if (q.from && monthIndex[q.from] !== undefined) s.from = monthIndex[q.from];
  if (q.to && monthIndex[q.to] !== undefined) s.to = monthIndex[q.to];
  if (q.outlet && outletIndex[q.outlet] !== undefined) s.outlet = outletIndex[q.outlet];
  if (q.min) s.minMentions = Math.max(0, parseInt(q.min, 10) || 0);
  if (q.conf) s.minConf = Math.max(0, Math.min(1, parseFloat(q.conf) || 0));
  if (q.hops === '1') s.hops = 1;
  var focus = q.focus ? nodeFromKey(q.focus) : -1;
  if (focus >= 0) {
    s.view = 'focus';
    s.focus = focus;
    s.expanded = words(q.expand).map(nodeFromKey).filter(function (i) { return i >= 0; });
  } else if (q.article) {
    ARTICLES.forEach(function (a, k) { if (a.id === q.article) s.article = k; });
    if (s.article >= 0) s.view = 'article';
  }
  return s;
}

function saveState() {
  var hash = encodeState();
  if (location.hash.replace(/^#/, '') !== hash) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  kgView.hash = hash;
}

function applyState(s, fit) {
  Object.keys(s).forEach(function (k) { state[k] = s[k]; });
  syncControls();
  draw(fit);
  saveState();
  if (state.view === 'focus') { network.selectNodes([state.focus]); showNode(state.focus); placeView(); }
  else if (state.view === 'article') showArticle(state.article);
}

function navigate(change) {
  // A move to another view: remember where we were, for Back.
  backStack.push(encodeState());
  change();
  syncControls();
  draw(true);
  saveState();
}

function goBack() {
  if (!backStack.length) return;
  closePanel();
  applyState(decodeState(backStack.pop()), true);
}

function focusNode(i) {
  if (state.view === 'focus' && state.focus === i) { network.selectNodes([i]); showNode(i); placeView(); return; }
  navigate(function () {
    state.view = 'focus'; state.focus = i; state.article = -1; state.expanded = [];
  });
  network.selectNodes([i]);
  showNode(i);
  placeView();
  kgView.focused = i;
}

function expandNode(i) {
  if (state.view !== 'focus' || state.expanded.indexOf(i) >= 0) return;
  backStack.push(encodeState());
  state.expanded.push(i);
  draw(false);
  saveState();
  network.selectNodes([i]);
  showNode(i);
}

function chooseArticle(k) {
  navigate(function () { state.view = 'article'; state.article = k; state.focus = -1; state.expanded = []; });
  showArticle(k);
}

function showOverview() {
  if (state.view === 'overview') { placeView(); return; }
  closePanel();
  navigate(function () { state.view = 'overview'; state.focus = -1; state.article = -1; state.expanded = []; });
}

window.addEventListener('hashchange', function () {
  if (location.hash.replace(/^#/, '') !== encodeState()) applyState(decodeState(location.hash), true);
});
