// panel.js: the side panel that shows a node's or an edge's facts, evidence sentences and sources.

var panel = document.getElementById('kg-panel');
var panelBody = document.getElementById('kg-panel-body');

function openPanel(title, kind, glyph, color) {
  clear(panelBody);
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

function showNode(i) {
  var n = NODES[i], cls = DATA.classes[n.cls];
  var body = openPanel(n.label, cls.name, cls.glyph, cls.color);
  body.dataset.node = String(i);
  body.appendChild(el('code', 'kg-iri', n.iri));
  if (n.ids && n.ids.length) { section(body, 'Identifiers', n.ids.length); n.ids.forEach(function (i) { body.appendChild(el('div', 'kg-id', i)); }); }
  if (n.aliases.length) {
    section(body, 'Also called', n.aliases.length);
    var names = el('ul', 'kg-aliases');
    n.aliases.forEach(function (a) { names.appendChild(el('li', null, a)); });
    body.appendChild(names);
  }
  section(body, 'Facts', n.literals.length + touching[i].length);
  var facts = el('ul', 'kg-facts');
  n.literals.forEach(function (l) { facts.appendChild(literalItem(n, l)); });
  touching[i].forEach(function (j) { facts.appendChild(edgeItem(j, i, -1)); });
  body.appendChild(facts);
  if (quotesOf[i].length) {
    section(body, 'Quotes', quotesOf[i].length);
    quotesOf[i].forEach(function (k) { body.appendChild(quoteItem(k, false)); });
  }
  if (n.articles.length) {
    section(body, 'Mentioned in', n.articles.length);
    n.articles.forEach(function (k) { body.appendChild(sourceLine(k)); });
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

document.getElementById('kg-panel-close').addEventListener('click', closePanel);
