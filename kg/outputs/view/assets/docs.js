// docs.js: the "articles and quotes" toggle. Article and quote nodes have string ids ("a3", "q7") and
// are added next to the drawn entities they touch: the articles that mention the most drawn entities
// (at most DOCS_MAX of them) and the quotes of drawn speakers (at most QUOTES_MAX).

var DOCS_MAX = 60, QUOTES_MAX = 80;

function shorten(text, max) {
  text = String(text).replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
}

function centroid(ids) {
  var x = 0, y = 0, n = 0;
  ids.forEach(function (i) { var p = POS[i]; if (p) { x += p[0]; y += p[1]; n += 1; } });
  if (!n && ids.length) {
    var pos = network.getPositions(ids);
    Object.keys(pos).forEach(function (k) { x += pos[k].x; y += pos[k].y; n += 1; });
  }
  return n ? {x: x / n, y: y / n} : {x: 0, y: 0};
}

function addDocs(ids) {
  var mentionsOf = {}, style = DATA.docStyles, nodes = [], edges = [];
  ids.forEach(function (i) {
    Object.keys(nodeInArticle[i]).forEach(function (a) {
      if (+a >= 0 && (!articleFilterSet() || articleOk(+a))) (mentionsOf[a] = mentionsOf[a] || []).push(i);
    });
  });
  var chosen = Object.keys(mentionsOf).sort(function (a, b) {
    return mentionsOf[b].length - mentionsOf[a].length || a - b;
  }).slice(0, DOCS_MAX);
  var shownArticle = {};
  chosen.forEach(function (key) {
    var k = +key, a = ARTICLES[k], c = centroid(mentionsOf[key]);
    shownArticle[k] = true;
    nodes.push({id: 'a' + k, label: shorten(a.title || a.id, 36), shape: style.article.shape,
      title: (a.title || '(untitled)') + '\n' + [a.date, a.outlet, a.id].filter(Boolean).join(' \u00b7 '),
      x: c.x + 60, y: c.y - 60, color: {background: '#f4f4f4', border: style.article.color}, font: {size: 12}});
    mentionsOf[key].forEach(function (i) {
      edges.push({id: 'm' + i + '-' + k, from: i, to: 'a' + k, label: 'mentionedIn', dashes: [2, 4],
        color: {color: '#c4c4c4'}, font: {size: 9}, arrows: {to: {enabled: false}}});
    });
  });
  var quotes = 0;
  ids.forEach(function (i) {
    quotesOf[i].forEach(function (k) {
      var q = QUOTES[k];
      if (quotes >= QUOTES_MAX || (articleFilterSet() && !articleOk(q.article))) return;
      quotes += 1;
      var c = centroid([i]);
      nodes.push({id: 'q' + k, label: '\u201c' + shorten(q.text, 28) + '\u201d', shape: style.quote.shape,
        title: q.text, x: c.x - 50 + 12 * (k % 7), y: c.y + 70, font: {size: 11},
        color: {background: '#ffffff', border: style.quote.color}});
      edges.push({id: 's' + k, from: i, to: 'q' + k, label: 'said', color: {color: '#b0b0b0'}});
      if (shownArticle[q.article]) edges.push({id: 'i' + k, from: 'q' + k, to: 'a' + q.article, label: 'inArticle',
        dashes: [2, 4], color: {color: '#c4c4c4'}, font: {size: 9}});
    });
  });
  nodeSet.add(nodes);
  edgeSet.add(edges);
}

function articleMeta(a) {
  return [a.date, a.outlet].filter(Boolean).join(' \u00b7 ');
}

function safeUrl(url) {
  return /^https?:\/\/[^\s]+$/i.test(url || '') ? url : '';
}

function showArticle(k) {
  var a = ARTICLES[k], body = openPanel(a.title || '(untitled article)', 'Article');
  var meta = el('div', 'kg-meta');
  if (a.date) meta.appendChild(el('span', 'kg-date', a.date));
  if (a.outlet) meta.appendChild(el('span', 'kg-outlet', a.outlet));
  if (a.authors && a.authors.length) meta.appendChild(el('span', 'kg-authors', 'by ' + a.authors.join(', ')));
  body.appendChild(meta);
  var url = safeUrl(a.url);
  if (url) {
    var link = el('a', 'kg-url', url);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    body.appendChild(link);
  } else if (a.url) body.appendChild(el('code', 'kg-url', a.url));
  body.appendChild(el('code', 'kg-article-id', a.id));
  if (a.path) body.appendChild(el('code', 'kg-path', a.path));
  var show = el('button', 'kg-action', 'Draw what this article supports');
  show.type = 'button';
  show.addEventListener('click', function () { chooseArticle(k); });
  body.appendChild(show);
  var facts = [];
  EDGES.forEach(function (e, j) { if (edgeArticles[j].indexOf(k) >= 0) facts.push(j); });
  var literals = [];
  NODES.forEach(function (n) {
    n.literals.forEach(function (l) {
      if (l.ev.some(function (x) { return EVIDENCE[x].article === k; })) literals.push([n, l]);
    });
  });
  section(body, 'Facts it supports', literals.length + facts.length);
  var list = el('ul', 'kg-facts');
  literals.forEach(function (nl) { list.appendChild(literalItem(nl[0], nl[1], k)); });
  facts.sort(factOrder).forEach(function (j) { list.appendChild(edgeItem(j, -1, k)); });
  body.appendChild(list);
  var quotes = [];
  QUOTES.forEach(function (q, i) { if (q.article === k) quotes.push(i); });
  section(body, 'Quotes', quotes.length);
  quotes.forEach(function (i) { body.appendChild(quoteItem(i, true)); });
}

function showQuote(k) {
  var body = openPanel('Quote', 'Quote');
  body.appendChild(quoteItem(k, true));
}
