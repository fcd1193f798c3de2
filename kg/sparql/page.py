"""The query page of ``kg serve`` (GET ``/sparql`` from a browser, no query): offline, like the view.

A textarea, the competency questions of ``ontology/queries/`` as examples, and a table of the
results. The page's one script posts the query to ``/sparql`` and asks for SPARQL JSON; every value
is shown with ``textContent``. A Content-Security-Policy allows that script (by hash), connections
to this server only, and nothing else: no outside fetch, no form submission, no framing.
"""

from __future__ import annotations

import base64
import hashlib
import html
from pathlib import Path

from ..outputs.view.page import script_json
from .reply import Reply

QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"
SCRIPT = """
const examples = JSON.parse(document.getElementById("examples").textContent);
const pick = document.getElementById("example"), text = document.getElementById("query");
const out = document.getElementById("out"), status = document.getElementById("status");
for (const [i, ex] of examples.entries()) {
  const o = document.createElement("option"); o.value = i; o.textContent = ex.question; pick.appendChild(o);
}
pick.addEventListener("change", () => { if (pick.value !== "") text.value = examples[pick.value].query; });
function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return "<" + term.value + ">";
  return term.value + (term["xml:lang"] ? "@" + term["xml:lang"] : "");
}
async function run(event) {
  event.preventDefault();
  out.replaceChildren(); status.textContent = "running\u2026";
  let resp;
  try {
    resp = await fetch("sparql", {method: "POST", body: text.value, headers: {
      "Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
  } catch (err) { status.textContent = "no answer: " + err; return; }
  const type = resp.headers.get("Content-Type") || "", note = resp.headers.get("X-Kg-Truncated");
  if (!type.includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = await resp.text(); out.appendChild(pre);
    status.textContent = resp.ok ? "" : "error " + resp.status; return;
  }
  const data = await resp.json();
  if ("boolean" in data) { status.textContent = String(data.boolean); return; }
  const vars = data.head.vars, table = document.createElement("table"), head = table.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) {
    const row = table.insertRow();
    for (const v of vars) row.insertCell().textContent = cell(b[v]);
  }
  out.appendChild(table);
  const n = data.results.bindings.length;
  status.textContent = n + (n === 1 ? " row" : " rows") + (note ? " (" + note + ")" : "");
}
document.getElementById("form").addEventListener("submit", run);
"""
STYLE = """body{font:14px system-ui,sans-serif;margin:1.5em;max-width:110em}textarea{width:100%;height:14em;
font:13px ui-monospace,monospace}table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;
padding:2px 6px;text-align:left;vertical-align:top;font:12px ui-monospace,monospace}pre{white-space:pre-wrap}"""


def examples(folder: Path = QUERIES) -> list[dict[str, str]]:
    """The competency questions: the ``# Question:`` line of each ``.rq`` file and its text."""
    found = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("# Question:")), f"# {path.stem}")
        found.append({"question": first.removeprefix("# Question:").strip(" #"), "query": text})
    return found


def csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode()
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; connect-src 'self'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def query_page(title: str) -> Reply:
    """The HTML page, with its policy also sent as a header."""
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp())}">
<title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body><h1>{html.escape(title)}</h1>
<p>A read-only SPARQL endpoint; kg's prefixes (kg:, kgid:, rdfs: ...) are predeclared.</p>
<form id="form"><p><label>Example: <select id="example"><option value="">choose a question</option></select></label></p>
<textarea id="query" spellcheck="false">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 20</textarea>
<p><button type="submit">Run</button> <span id="status"></span></p></form>
<div id="out"></div>
<script type="application/json" id="examples">{script_json(examples())}</script>
<script>{SCRIPT}</script>
</body></html>
"""
    return Reply(200, "text/html; charset=utf-8", body.encode("utf-8"), {"Content-Security-Policy": csp()})
