// search.js: find an entity by any of its names, titles or roles, ignoring case and accents.

var searchBox = document.getElementById('kg-search-input');
var suggestList = document.getElementById('kg-suggest');
var suggestions = [], active = -1;

function fold(s) {
  return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

var NAMES = NODES.map(function (n) { return [n.label].concat(n.aliases).map(fold); });
var ROLES = NODES.map(function (n) {
  var out = [];
  n.literals.forEach(function (l) { if (l.prop === 'title') out.push(l.value); });
  return out;
});
var FOLDED_ROLES = ROLES.map(function (list) { return list.map(fold); });
MARKS.searchIndex = performance.now();

function rankName(name, q) {
  if (name === q) return 0;
  var at = name.indexOf(q);
  if (at === 0) return 1;
  if (at > 0 && /[\s\-.'\u2019(]/.test(name.charAt(at - 1))) return 2;
  return at > 0 ? 3 : -1;
}

function findEntities(query, limit) {
  var q = fold(query).trim();
  if (!q) return [];
  var hits = [];
  for (var i = 0; i < NAMES.length; i++) {
    var best = -1, which = 0, role = -1, names = NAMES[i], roles = FOLDED_ROLES[i];
    for (var k = 0; k < names.length; k++) {
      var r = rankName(names[k], q);
      if (r >= 0 && (best < 0 || r < best)) { best = r; which = k; }
    }
    for (k = 0; best < 0 && k < roles.length; k++) {
      r = rankName(roles[k], q);
      if (r >= 0 && r < 3) { best = 4 + r; role = k; }
    }
    if (best >= 0) hits.push({node: i, rank: best, name: which, role: role});
  }
  hits.sort(function (a, b) {
    return a.rank - b.rank || score(b.node) - score(a.node) ||
      (NODES[a.node].label < NODES[b.node].label ? -1 : NODES[a.node].label > NODES[b.node].label ? 1 : a.node - b.node);
  });
  return hits.slice(0, limit || 12);
}

function renderSuggestions(quiet) {
  clear(suggestList);
  suggestions.forEach(function (hit, k) {
    var n = NODES[hit.node], cls = DATA.classes[n.cls];
    var li = el('li', k === active ? 'kg-active' : null);
    li.setAttribute('role', 'option');
    li.id = 'kg-suggest-' + k;
    var g = el('span', 'kg-glyph', cls.glyph);
    g.style.color = cls.color;
    li.appendChild(g);
    li.appendChild(el('span', 'kg-name', n.label));
    if (hit.role >= 0) li.appendChild(el('span', 'kg-alias', ROLES[hit.node][hit.role]));
    else if (hit.name > 0) li.appendChild(el('span', 'kg-alias', 'also ' + n.aliases[hit.name - 1]));
    li.appendChild(el('span', 'kg-count', cls.name));
    li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(k); });
    suggestList.appendChild(li);
  });
  if (!quiet && !suggestions.length && searchBox.value.trim()) suggestList.appendChild(el('li', 'kg-none', 'No entity has that name.'));
  suggestList.hidden = !suggestList.firstChild;
  searchBox.setAttribute('aria-expanded', suggestList.hidden ? 'false' : 'true');
  if (active >= 0) searchBox.setAttribute('aria-activedescendant', 'kg-suggest-' + active);
  else searchBox.removeAttribute('aria-activedescendant');
}

function choose(k) {
  var hit = suggestions[k < 0 ? 0 : k];
  if (!hit) { renderSuggestions(); return; }
  searchBox.value = NODES[hit.node].label;
  suggestions = [];
  active = -1;
  renderSuggestions(true);  // the box now holds the chosen name: no "no entity" message under it
  focusNode(hit.node);
}

searchBox.addEventListener('input', function () {
  suggestions = findEntities(searchBox.value, 12);
  active = suggestions.length ? 0 : -1;
  renderSuggestions();
});

searchBox.addEventListener('keydown', function (ev) {
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    if (!suggestions.length) return;
    ev.preventDefault();
    var step = ev.key === 'ArrowDown' ? 1 : -1;
    active = (active + step + suggestions.length) % suggestions.length;
    renderSuggestions();
  } else if (ev.key === 'Enter') {
    ev.preventDefault();
    if (!suggestions.length) suggestions = findEntities(searchBox.value, 12);
    choose(active);
  } else if (ev.key === 'Escape') {
    suggestions = [];
    active = -1;
    renderSuggestions(true);
  }
});

searchBox.addEventListener('blur', function () { suggestList.hidden = true; });
searchBox.addEventListener('focus', function () { if (suggestList.firstChild) suggestList.hidden = false; });
