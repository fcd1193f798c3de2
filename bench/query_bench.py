"""Benchmark: the competency questions on rdflib's SPARQL engine vs Oxigraph (the engine of `kg query`
and `kg serve`), on one large graph, in one process.

    .venv/bin/python bench/query_bench.py                       # build the whole corpus, then measure
    .venv/bin/python bench/query_bench.py --graph out/graph.ttl # measure an existing graph
    .venv/bin/python bench/query_bench.py --graph out/graph.ttl --replicate 20
                                                                # ... made 20x larger (renamed copies)

Each question runs with the bindings its test uses (tests/data/competency_expected.json), results
consumed in full. Oxigraph: one warm-up, then --runs timed runs; rdflib: --rdflib-runs timed runs.
Prints the median latency per question, the rdflib/Oxigraph ratio per question, and the median of
the ratios. An rdflib run still going after --rdflib-cap seconds is stopped; its time and ratio are
then printed as lower bounds (">"). `kg` path = Oxigraph plus kg's own parse-and-check of the query (kg.graph.store.run).
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph, Literal, Variable  # noqa: E402

from kg.core.namespaces import KGID, PREFIXES
from kg.graph.store import PREFIX_IRIS, load_store, run

QUERIES = ROOT / "ontology" / "queries"
EXPECTED = ROOT / "tests" / "data" / "competency_expected.json"
CORPUS = ROOT.parent / "shared" / "corpus" / "civic-news.jsonl.gz"
LABELS = ("<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/2004/02/skos/core#altLabel>")


def build_corpus(corpus: Path, out: Path) -> Path:
    from kg.orchestrate.run import run_build

    started = time.perf_counter()
    code = run_build([corpus], out=out, model=None, quiet=True)
    if code != 0:
        sys.exit(f"kg build {corpus} failed with exit code {code}")
    print(f"built {corpus} in {time.perf_counter() - started:.0f} s -> {out / 'graph.ttl'}")
    return out / "graph.ttl"


def replicate(graph: Path, copies: int, workdir: Path) -> Path:
    """``copies`` renamed copies of the graph as N-Triples: every kgid: IRI moved under ``c<k>/``
    and every label suffixed ``" (k)"`` for k > 0, so each copy is a distinct set of entities."""
    nt = (
        ox.serialize((q.triple for q in ox.parse(path=str(graph), format=ox.RdfFormat.TURTLE)), format=ox.RdfFormat.N_TRIPLES)
        .decode("utf-8")
        .splitlines()
    )
    out = workdir / f"replicated-{copies}.nt"
    with out.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for line in nt:
                if k:
                    line = line.replace(f"<{KGID}", f"<{KGID}c{k}/")
                    if any(p in line for p in LABELS) and line.endswith('" .'):
                        line = f'{line[:-3]} ({k})" .'
                fh.write(line + "\n")
    return out


class Capped(Exception):
    pass


def _alarm(signum, frame):
    raise Capped


def timed(fn, runs: int, cap: float | None = None) -> tuple[float, int | None]:
    """Median seconds and result size; with ``cap``, a run still going after ``cap`` s is stopped
    (SIGALRM interrupts rdflib's pure-Python evaluation in this process) and (cap, None) returned."""
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        if cap:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            size = fn()
        except Capped:
            return cap, None
        finally:
            if cap:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


def consume(result) -> int:
    if isinstance(result, bool) or getattr(result, "type", None) == "ASK" or isinstance(result, ox.QueryBoolean):
        return 1
    return sum(1 for _ in result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="an existing graph.ttl (default: build --corpus)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="the civic-news corpus (JSONL) to build when no --graph (default: %(default)s; see the README)",
    )
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench", help="build folder")
    parser.add_argument("--replicate", type=int, default=1, help="make the graph N times larger (renamed copies)")
    parser.add_argument("--runs", type=int, default=5, help="timed Oxigraph runs per question")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="timed rdflib runs per question")
    parser.add_argument("--rdflib-cap", type=float, default=300, help="stop an rdflib run after this many seconds")
    args = parser.parse_args()
    if args.graph is None and not args.corpus.is_file():
        parser.error(
            f'corpus not found: {args.corpus}; pass --corpus PATH (the civic-news corpus, see the README\'s "Real corpora")'
        )

    graph = args.graph or build_corpus(args.corpus, args.out)
    if args.replicate > 1:
        graph = replicate(graph, args.replicate, Path(tempfile.mkdtemp(prefix="kg-bench-")))
    fmt = "nt" if graph.suffix == ".nt" else "turtle"

    started = time.perf_counter()
    store = load_store(graph)
    ox_load = time.perf_counter() - started
    started = time.perf_counter()
    rdf = Graph().parse(graph, format=fmt)
    rdf_load = time.perf_counter() - started
    print(f"graph: {graph} ({len(rdf):,} triples); load: rdflib {rdf_load:.1f} s, Oxigraph {ox_load:.1f} s\n")

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    header = f"{'question':28} {'rows':>7} {'rdflib ms':>11} {'Oxigraph ms':>12} {'kg path ms':>11} {'ratio':>8}"
    print(header + "\n" + "-" * len(header))
    ratios, full_ratios = [], []
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        bind = expected.get(path.stem, {}).get("bind", {})
        ox_subs = {ox.Variable(k): ox.Literal(v) for k, v in bind.items()} or None
        rdf_bind = {Variable(k): Literal(v) for k, v in bind.items()}
        run_ox = lambda: consume(store.query(text, prefixes=PREFIX_IRIS, substitutions=ox_subs))  # noqa: E731
        run_kg = lambda: consume(run(store, text, bind)[1])  # noqa: E731
        run_rdf = lambda: consume(rdf.query(text, initNs=PREFIXES, initBindings=rdf_bind))  # noqa: E731
        run_ox()  # warm-up
        ox_t, rows = timed(run_ox, args.runs)
        kg_t, _ = timed(run_kg, args.runs)
        gc.collect()
        rdf_t, rdf_rows = timed(run_rdf, args.rdflib_runs, args.rdflib_cap)
        ratio = rdf_t / ox_t
        ratios.append(ratio)
        full_ratios.append(rdf_t / kg_t)
        more = ">" if rdf_rows is None else " "  # stopped at the cap: the ratio is a lower bound
        flag = "" if rdf_rows in (rows, None) else f"  (rdflib: {rdf_rows} rows)"
        print(
            f"{path.stem:28} {rows:>7} {more}{rdf_t * 1e3:>10.1f} {ox_t * 1e3:>12.2f} {kg_t * 1e3:>11.2f} "
            f"{more}{ratio:>6.0f}x{flag}",
            flush=True,
        )
    print(
        f"\nmedian ratio rdflib/Oxigraph over {len(ratios)} questions: {statistics.median(ratios):.0f}x "
        f"(min {min(ratios):.0f}x, max {max(ratios):.0f}x); "
        f"with kg's query check included: {statistics.median(full_ratios):.0f}x"
    )


if __name__ == "__main__":
    main()
