// panel.js: the side panel that shows a node's or an edge's facts, evidence sentences and sources.

var panel = document.getElementById('kg-panel');
var panelBody = document.getElementById('kg-panel-body');
var MENTIONS_LISTED = 40;

function openPanel(title, kind, glyph, color) {
  clear(panelBody);
  delete panelBody.dataset.node;
  delete panelBody.dataset.edge;
  var head = el('div', 'kg-kind');
  if (glyph) {
    var g = el('span', 'kg-glyph', glyph);
    g.style.color = color;
    head.appendChild(g);
  }
  head.appendChild(el('span', 'kg-kind-name', kind));
  panelBody.appendChild(head);
  panelBody.appendChild(el('h2', 'kg-title', title));
  panel.hidden = false;
  panel.scrollTop = 0;
  kgView.panelAt = performance.now();
  return panelBody;
}

function closePanel() { panel.hidden = true; }

function section(body, title, count) {
  body.appendChild(el('h3', null, title + (count === undefined ? '' : ' (' + count + ')')));
}

function sourceLine(k) {
  var line = el('div', 'kg-source');
  if (k < 0) { line.textContent = '(article unknown)'; return line; }
  var a = ARTICLES[k];
  var title = el('button', 'kg-link kg-article-title', a.title || '(untitled)');
  title.type = 'button';
  title.addEventListener('click', function () { showArticle(k); });
  line.appendChild(title);
  var meta = articleMeta(a);
  if (meta) line.appendChild(el('span', 'kg-meta', meta));
  line.appendChild(el('code', 'kg-article-id', a.id));
  if (a.path) line.appendChild(el('code', 'kg-path', a.path));
  return line;
}

function evidenceList(ids, onlyArticle) {
  var list = el('div', 'kg-evidence');
  ids.forEach(function (k) {
    var ev = EVIDENCE[k];
    if (onlyArticle >= 0 && ev.article !== onlyArticle) return;
    var item = el('div', 'kg-ev');
    item.appendChild(el('blockquote', 'kg-sentence', ev.text));
    var src = sourceLine(ev.article);
    if (ev.page) src.appendChild(el('span', 'kg-offsets', 'page ' + ev.page));
    if (ev.start >= 0) src.appendChild(el('span', 'kg-offsets', 'chars ' + ev.start + '\u2013' + ev.end));
    item.appendChild(src);
    list.appendChild(item);
  });
  if (!list.firstChild) list.appendChild(el('div', 'kg-none', 'No evidence recorded.'));
  return list;
}

function nodeLink(i) {
  var b = el('button', 'kg-link kg-node-link', NODES[i].label);
  b.type = 'button';
  b.addEventListener('click', function () { focusNode(i); });
  return b;
}

function edgeItem(j, self, onlyArticle) {
  var e = EDGES[j], li = el('li', 'kg-fact');
  var line = el('div', 'kg-triple');
  line.appendChild(e.from === self ? el('strong', null, NODES[e.from].label) : nodeLink(e.from));
  var prop = DATA.properties[e.prop], p = el('span', 'kg-prop', prop.name);
  p.style.color = prop.color;
  line.appendChild(p);
  line.appendChild(e.to === self ? el('strong', null, NODES[e.to].label) : nodeLink(e.to));
  if (typeof e.confidence === 'number') line.appendChild(el('span', 'kg-conf', 'confidence ' + e.confidence));
  li.appendChild(line);
  li.appendChild(evidenceList(e.ev, onlyArticle));
  return li;
}

function literalItem(n, l, onlyArticle) {
  var li = el('li', 'kg-fact'), line = el('div', 'kg-triple');
  line.appendChild(el('strong', null, n.label));
  line.appendChild(el('span', 'kg-prop', l.prop));
  line.appendChild(el('span', 'kg-value', l.value));
  li.appendChild(line);
  li.appendChild(evidenceList(l.ev, onlyArticle === undefined ? -1 : onlyArticle));
  return li;
}

function quoteItem(k, withSpeaker) {
  var q = QUOTES[k], item = el('div', 'kg-quote');
  item.appendChild(el('blockquote', 'kg-quote-text', q.text));
  if (withSpeaker && q.speaker >= 0) {
    var who = el('div', 'kg-speaker', '\u2014 ');
    who.appendChild(nodeLink(q.speaker));
    item.appendChild(who);
  }
  item.appendChild(sourceLine(q.article));
  return item;
}

// Facts in the order a reader wants them: roles and membership first, jurisdiction last.
function propRank(name) {
  var r = DATA.literalRanks[name];
  return r === undefined ? 100 : r;
}
function factOrder(a, b) {
  var pa = DATA.properties[EDGES[a].prop], pb = DATA.properties[EDGES[b].prop];
  return pa.rank - pb.rank || a - b;
}

function actionButton(body, text, onClick) {
  var b = el('button', 'kg-action', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  body.appendChild(b);
  return b;
}

// Offices in time (org:Membership): a person's offices, or a body's holders, oldest as-of first.
function rolesTimeline(body, n, i) {
  if (!n.roles || !n.roles.length) return;
  section(body, i === n.roles[0].member ? 'Offices held' : 'Office holders', n.roles.length);
  var list = el('ul', 'kg-facts kg-roles');
  n.roles.forEach(function (r) {
    var li = el('li', 'kg-fact'), line = el('div', 'kg-triple'), other = r.member === i ? r.org : r.member;
    line.appendChild(el('strong', null, r.role));
    if (other >= 0) line.appendChild(nodeLink(other));
    line.appendChild(el('span', 'kg-prop', r.status));
    if (r.from || r.to) line.appendChild(el('span', 'kg-value', (r.from || '?') + '\u2013' + (r.to || '')));
    line.appendChild(el('span', 'kg-value', r.asOf ? 'as of ' + r.asOf : 'undated'));
    li.appendChild(line);
    li.appendChild(evidenceList(r.ev, -1));
    list.appendChild(li);
  });
  body.appendChild(list);
}

function showNode(i) {
  var n = NODES[i], cls = DATA.classes[n.cls];
  var body = openPanel(n.label, cls.name, cls.glyph, cls.color);
  body.dataset.node = String(i);
  body.appendChild(el('code', 'kg-iri', n.iri));
  var actions = el('div', 'kg-actions');
  if (!(state.view === 'focus' && state.focus === i)) actionButton(actions, 'Show its neighbourhood', function () { focusNode(i); });
  if (state.view === 'focus' && state.focus !== i && state.expanded.indexOf(i) < 0 && kgView.drawn.indexOf(i) >= 0) {
    actionButton(actions, 'Expand', function () { expandNode(i); }).id = 'kg-expand';
  }
  body.appendChild(actions);
  if (n.ids && n.ids.length) { section(body, 'Identifiers', n.ids.length); n.ids.forEach(function (i) { body.appendChild(el('div', 'kg-id', i)); }); }
  if (n.aliases.length) {
    section(body, 'Also called', n.aliases.length);
    var names = el('ul', 'kg-aliases');
    n.aliases.forEach(function (a) { names.appendChild(el('li', null, a)); });
    body.appendChild(names);
  }
  section(body, 'Facts', n.literals.length + touching[i].length);
  var items = n.literals.map(function (l) { return [propRank(l.prop), 0, literalItem(n, l)]; });
  touching[i].slice().sort(factOrder).forEach(function (j, k) {
    items.push([DATA.properties[EDGES[j].prop].rank, 1 + k, edgeItem(j, i, -1)]);
  });
  items.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  var facts = el('ul', 'kg-facts');
  items.forEach(function (x) { facts.appendChild(x[2]); });
  body.appendChild(facts);
  rolesTimeline(body, n, i);
  if (quotesOf[i].length) {
    section(body, 'Quotes', quotesOf[i].length);
    quotesOf[i].forEach(function (k) { body.appendChild(quoteItem(k, false)); });
  }
  if (sharedOf[i].length) {
    section(body, 'Named in the same sentence as', sharedOf[i].length);
    var shared = el('div', 'kg-shared');
    sharedOf[i].slice(0, MENTIONS_LISTED).forEach(function (k) {
      var c = COMENTIONS[k];
      shared.appendChild(nodeLink(c[0] === i ? c[1] : c[0]));
    });
    body.appendChild(shared);
  }
  if (n.articles.length) {
    section(body, 'Mentioned in', n.articles.length);
    n.articles.slice(0, MENTIONS_LISTED).forEach(function (k) { body.appendChild(sourceLine(k)); });
    if (n.articles.length > MENTIONS_LISTED) body.appendChild(el('div', 'kg-none', 'and ' + (n.articles.length - MENTIONS_LISTED) + ' more'));
  }
}

function showEdge(j) {
  var e = EDGES[j], prop = DATA.properties[e.prop];
  var body = openPanel(NODES[e.from].label + ' \u2192 ' + NODES[e.to].label, 'Fact: ' + prop.name);
  body.dataset.edge = String(j);
  var list = el('ul', 'kg-facts');
  list.appendChild(edgeItem(j, -1, -1));
  body.appendChild(list);
}

function showShared(k) {
  var c = COMENTIONS[k];
  var body = openPanel(NODES[c[0]].label + ' \u00b7 ' + NODES[c[1]].label, 'Named in the same sentence');
  body.appendChild(evidenceList([c[2]], -1));
  if (c[3] > 1) body.appendChild(el('div', 'kg-none', 'and in ' + plural(c[3] - 1, 'other sentence')));
}

document.getElementById('kg-panel-close').addEventListener('click', closePanel);
