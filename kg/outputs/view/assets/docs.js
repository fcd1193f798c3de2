// docs.js: the "articles and quotes" toggle. Article and quote nodes have string ids ("a3", "q7")
// and are added to the datasets the first time they are shown, placed next to what they touch.

var docsAdded = false;

function shorten(text, max) {
  text = String(text).replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
}

function docVisible(item) {
  if (!state.docs) return false;
  if (item.id.charAt(0) === 'a') return state.article < 0 || +item.id.slice(1) === state.article;
  var q = QUOTES[+item.id.slice(1)];
  return (state.article < 0 || q.article === state.article) &&
    (q.speaker < 0 || nodeVisible({id: q.speaker}));
}

function docEdgeVisible(item) {
  return nodeVisible({id: item.from}) && nodeVisible({id: item.to});
}

function centroid(ids) {
  var pos = network.getPositions(ids), x = 0, y = 0, n = 0;
  Object.keys(pos).forEach(function (k) { x += pos[k].x; y += pos[k].y; n += 1; });
  return n ? {x: x / n, y: y / n} : {x: 0, y: 0};
}

function addDocs() {
  var mentions = ARTICLES.map(function () { return []; });
  NODES.forEach(function (n, i) {
    Object.keys(nodeInArticle[i]).forEach(function (a) { if (+a >= 0) mentions[+a].push(i); });
  });
  var style = DATA.docStyles, nodes = [], edges = [];
  ARTICLES.forEach(function (a, k) {
    var c = centroid(mentions[k]);
    nodes.push({id: 'a' + k, label: shorten(a.title || a.id, 36), shape: style.article.shape,
      title: (a.title || '(untitled)') + '\n' + a.id + '\n' + a.path, x: c.x + 60, y: c.y - 60,
      color: {background: '#f4f4f4', border: style.article.color}, font: {size: 12}});
    mentions[k].forEach(function (i) {
      edges.push({id: 'm' + i + '-' + k, from: i, to: 'a' + k, label: 'mentionedIn', dashes: [2, 4],
        color: {color: '#c4c4c4'}, font: {size: 9}, arrows: {to: {enabled: false}}});
    });
  });
  QUOTES.forEach(function (q, k) {
    var c = q.speaker >= 0 ? centroid([q.speaker]) : {x: 0, y: 0};
    nodes.push({id: 'q' + k, label: '\u201c' + shorten(q.text, 28) + '\u201d', shape: style.quote.shape,
      title: q.text, x: c.x - 50 + 12 * (k % 7), y: c.y + 70, font: {size: 11},
      color: {background: '#ffffff', border: style.quote.color}});
    if (q.speaker >= 0) edges.push({id: 's' + k, from: q.speaker, to: 'q' + k, label: 'said', color: {color: '#b0b0b0'}});
    if (q.article >= 0) edges.push({id: 'i' + k, from: 'q' + k, to: 'a' + q.article, label: 'inArticle',
      dashes: [2, 4], color: {color: '#c4c4c4'}, font: {size: 9}});
  });
  nodeSet.add(nodes);
  edgeSet.add(edges);
  docsAdded = true;
}

function setDocs(on) {
  state.docs = on;
  if (on && !docsAdded) addDocs();
  refresh();
}

function showArticle(k) {
  var a = ARTICLES[k], body = openPanel(a.title || '(untitled article)', 'Article');
  body.appendChild(sourceLine(k));
  var facts = [];
  EDGES.forEach(function (e, j) { if (edgeArticles[j][k]) facts.push(j); });
  var literals = [];
  NODES.forEach(function (n) {
    n.literals.forEach(function (l) {
      if (l.ev.some(function (x) { return EVIDENCE[x].article === k; })) literals.push([n, l]);
    });
  });
  section(body, 'Facts it supports', literals.length + facts.length);
  var list = el('ul', 'kg-facts');
  literals.forEach(function (nl) { list.appendChild(literalItem(nl[0], nl[1], k)); });
  facts.forEach(function (j) { list.appendChild(edgeItem(j, -1, k)); });
  body.appendChild(list);
  var quotes = [];
  QUOTES.forEach(function (q, i) { if (q.article === k) quotes.push(i); });
  section(body, 'Quotes', quotes.length);
  quotes.forEach(function (i) { body.appendChild(quoteItem(i, true)); });
}

function showQuote(k) {
  var q = QUOTES[k], body = openPanel('Quote', 'Quote');
  body.appendChild(quoteItem(k, true));
}
