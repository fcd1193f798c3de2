"""Benchmark of `kg build` on a real corpus (a script, not a test). Prints the figures and their ratios:

(a) words per second of `kg build --jobs 1` versus bare `nlp.pipe` of the same spaCy model over the
    same texts (target: kg >= 0.8 of bare spaCy);
(b) `kg build --jobs 2` versus `--jobs 1`;
(c) a no-change rebuild versus the cold build (target: <= 5 %);
(d) peak resident memory of the build of the whole corpus and of half of it (target: < 2 GB);
(e) with ``--dask``: `kg build --dask` on a local Dask cluster (127.0.0.1) with two workers versus
    one, on the first ``--dask-subset`` articles (the workers load the pipeline in a warm-up build first);
(f) with ``--memory-steps``: peak resident memory of `kg build` on the first 2,000, 4,600 and 9,237
    articles of the two shared corpora together (civic-news then civic-wide), every build reading its
    extractions from one shared ``--cache-dir`` (so it measures resolution, graph and outputs, the
    part that grows with the corpus; targets: <= 1.5 GB at 9,237 and <= 1.3 times the peak at 4,600).

Every `kg build` runs in its own process, as users run it (interpreter start, model load, reading,
extraction, resolution, graph and all five outputs included); its peak memory is that process's
``ru_maxrss`` (from ``os.wait4``). Bare spaCy runs in this process, model loaded beforehand, twice
(before and after the --jobs 1 build: the machine is shared and noisy); the mean is used. CPU
seconds are printed too: on a busy machine they are steadier than wall-clock ones.

    .venv/bin/python bench/build_bench.py                  # the whole civic-news corpus (about an hour)
    .venv/bin/python bench/build_bench.py --subset 300     # a quick run on the first 300 articles
    .venv/bin/python bench/build_bench.py --subset 200 --dask   # and Dask, one worker vs two
    # (f): fill a cache once with the whole of both corpora (hours on 2 cores), then measure the steps
    zcat ../shared/corpus/civic-news.jsonl.gz ../shared/corpus/civic-wide.jsonl.gz > /tmp/both.jsonl
    .venv/bin/kg build /tmp/both.jsonl --out /tmp/both-out --cache-dir /tmp/kg-cache
    .venv/bin/python bench/build_bench.py --memory-steps 2000,4600,9237 --cache-dir /tmp/kg-cache
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "civic-news.jsonl.gz"
BOTH = (CORPUS, CORPUS.with_name("civic-wide.jsonl.gz"))
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        (int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")),
        0,
    )
    import spacy

    return (
        f"{cpu}, {os.cpu_count()} cores, {mem / 1024:.0f} GB RAM; Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}; load average {os.getloadavg()[0]:.1f}"
    )


def read_corpus(path: Path, subset: int | None):
    from kg.corpus import Problem, iter_documents

    docs = []
    for item in iter_documents([path]):
        if isinstance(item, Problem):
            print(f"  skipped: {item}")
            continue
        docs.append(item)
        if subset and len(docs) >= subset:
            break
    if not docs:
        raise SystemExit(f"build_bench: no article could be read from {path} (give the corpus with --corpus)")
    return docs


def write_jsonl(docs, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(
                json.dumps(
                    {
                        "id": d.id,
                        "text": d.text,
                        "title": d.title,
                        "date": d.date,
                        "url": d.url,
                        "source": d.publisher,
                        "authors": d.authors,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


def kg_build(corpus: Path, out: Path, *args: str) -> dict:
    """One `kg build` in a child process: wall and CPU seconds, peak memory, exit code."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*KG, "build", str(corpus), "--out", str(out), "-q", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    err = proc.stderr.read()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"kg build {' '.join(args)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    # ru covers the child and the workers it waited for (--jobs N): CPU is summed, memory is the
    # largest single process
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_mb": ru.ru_maxrss / 1024, "stderr": err.decode()}


def bare_spacy(nlp, texts: list[str], batch: int) -> dict:
    c0, t0 = time.process_time(), time.perf_counter()
    for i in range(0, len(texts), batch):
        with nlp.memory_zone():
            for _ in nlp.pipe(texts[i : i + batch], batch_size=batch):
                pass
    return {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0}


def dask_workers(corpus: Path, work: Path, subset: int, extra: list[str]) -> None:
    """(e): the same --dask build with one worker, then two (single-thread worker processes)."""
    import itertools

    from distributed import LocalCluster

    from kg.core.records import Document
    from kg.corpus import iter_documents

    docs = [d for d in itertools.islice(iter_documents([corpus]), subset * 2) if isinstance(d, Document)][:subset]
    part = write_jsonl(docs, work / "dask.jsonl")
    warm = write_jsonl(docs[:4], work / "dask-warm.jsonl")
    times = {}
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        for n in (1, 2):
            cluster.scale(n)
            cluster.wait_for_workers(n)
            kg_build(warm, work / f"dask-warm{n}", "--no-cache", "--dask", cluster.scheduler_address, *extra)
            times[n] = kg_build(part, work / f"dask{n}", "--no-cache", "--dask", cluster.scheduler_address, *extra)
    same = (work / "dask1" / "graph.ttl").read_bytes() == (work / "dask2" / "graph.ttl").read_bytes()
    print(
        f"(e) kg build --dask on {len(docs)} articles: one worker {times[1]['wall']:.1f} s, two workers {times[2]['wall']:.1f} s; "
        f"speed-up {times[1]['wall'] / times[2]['wall']:.2f}x; graph.ttl identical: {'yes' if same else 'NO'}"
    )


def uncached(corpus: Path, cache: Path) -> set[str]:
    """The ids of the articles of ``corpus`` whose extraction ``cache`` lacks: a build would extract
    them, loading the spaCy model, and its peak memory would be the model's, not the step's."""
    from kg.core.records import Document
    from kg.corpus import iter_documents
    from kg.orchestrate.cache import open_cache

    store = open_cache(cache, None)
    if store is None:
        return set()
    return {d.id for d in iter_documents([corpus]) if isinstance(d, Document) and store.get(d.text, d.id) is None}


def uncached_apart(corpus: Path, cache: Path) -> set[str]:
    """:func:`uncached` in a process of its own. Linux counts in a child's peak memory (``ru_maxrss``) the
    peak of the process it was forked from until it runs ``kg``: had this process read every cached
    extraction itself, each build after it would report at least this process's peak (658 MB at 9,237
    articles, against 441 MB measured with /usr/bin/time)."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(uncached, (corpus, cache))


def _line_id(line: str) -> str | None:
    try:
        return json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None


def memory_steps(corpora: list[Path], steps: list[int], cache: Path, work: Path) -> None:
    """(f): `kg build` of the first N lines of ``corpora`` (concatenated), for each N of ``steps``,
    with extractions from ``cache`` (articles it lacks left out, and named); prints each build's peak resident
    memory and the ratios."""
    import gzip
    import itertools

    def lines():
        for path in corpora:
            with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as fh:
                yield from fh

    peaks = {}
    for n in steps:
        part = work / f"first{n}.jsonl"
        with part.open("w", encoding="utf-8") as fh:
            fh.writelines(itertools.islice(lines(), n))
        if missing := uncached_apart(part, cache):  # (articles over their time budget are never cached)
            whole = part.with_suffix(".all")
            part.replace(whole)
            with whole.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
                dst.writelines(line for line in src if _line_id(line) not in missing)  # streamed: see uncached_apart
            whole.unlink()
            print(f"    {len(missing)} of the first {n:,} articles are not in the cache, left out: {', '.join(sorted(missing))}")
        r = kg_build(part, work / f"mem{n}", "--jobs", "1", "--cache-dir", str(cache))
        peaks[n] = r["maxrss_mb"]
        for line in r[
            "stderr"
        ].splitlines():  # an article the cache lacks is extracted: the model is loaded, the peak is not this step's
            print(f"    {line}")
        print(
            f"(f) first {n:,} articles of {' + '.join(p.name for p in corpora)}: peak {r['maxrss_mb']:,.0f} MB, {r['wall']:.0f} s"
        )
    first, last = steps[0], steps[-1]
    mid = steps[-2] if len(steps) > 1 else first
    print(
        f"    peak at {last:,}: {peaks[last]:,.0f} MB (target <= 1,536 MB); {last:,} / {mid:,}: "
        f"{peaks[last] / peaks[mid]:.2f} (target <= 1.30); slope {1000 * (peaks[last] - peaks[first]) / max(1, last - first):.0f} MB "
        "per 1,000 articles"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="the civic-news corpus, JSONL (default: %(default)s, where the project keeps it; see the README)",
    )
    ap.add_argument("--subset", type=int, default=None, help="only the first N articles (a quick run)")
    ap.add_argument("--model", default=None, help="spaCy model (default: kg's default)")
    ap.add_argument("--dask", action="store_true", help="also (e): Dask with one worker vs two (needs kg[dask])")
    ap.add_argument("--dask-subset", type=int, default=200, help="articles of the Dask comparison")
    ap.add_argument("--only-dask", action="store_true", help="run (e) alone")
    ap.add_argument("--memory-steps", default=None, help="(f) alone: comma-separated article counts, e.g. 2000,4600,9237")
    ap.add_argument("--memory-corpora", type=Path, nargs="+", default=list(BOTH), help="(f): corpora read in this order")
    ap.add_argument("--cache-dir", type=Path, default=None, help="(f): the extraction cache the builds share")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one, removed)")
    args = ap.parse_args()
    if args.memory_steps:
        work = args.work or Path(tempfile.mkdtemp(prefix="kg-memory-bench-"))
        work.mkdir(parents=True, exist_ok=True)
        print(f"machine: {machine()}")
        cache = args.cache_dir or work / "cache"
        memory_steps(args.memory_corpora, [int(n) for n in args.memory_steps.split(",")], cache, work)
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
        return
    if not args.corpus.is_file():
        ap.error(f'corpus not found: {args.corpus}; pass --corpus PATH (the civic-news corpus, see the README\'s "Real corpora")')

    from kg.orchestrate.run import BATCH
    from kg.pipeline import load_model

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    docs = read_corpus(args.corpus, args.subset)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    corpus = write_jsonl(docs, work / "corpus.jsonl") if args.subset else args.corpus
    half = write_jsonl(docs[: len(docs) // 2], work / "half.jsonl")
    print(
        f"corpus: {args.corpus.name}{f' (first {args.subset})' if args.subset else ''}: {len(docs)} articles, "
        f"{words:,} words, {sum(map(len, texts)):,} characters"
    )
    del docs
    model = args.model or None
    extra = ["--model", model] if model else []

    if args.dask or args.only_dask:
        dask_workers(corpus, work, args.dask_subset, extra)
    if args.only_dask:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
        return

    nlp = load_model(model)
    bare1 = bare_spacy(nlp, texts, BATCH)
    cold1 = kg_build(corpus, work / "j1", "--jobs", "1", *extra)
    bare2 = bare_spacy(nlp, texts, BATCH)
    del nlp
    cold2 = kg_build(corpus, work / "j2", "--jobs", "2", *extra)
    cold_bytes = (work / "j1" / "graph.ttl").read_bytes()
    warm = kg_build(corpus, work / "j1", "--jobs", "1", *extra)
    same = (work / "j1" / "graph.ttl").read_bytes() == cold_bytes == (work / "j2" / "graph.ttl").read_bytes()
    halfb = kg_build(half, work / "half", "--jobs", "1", "--no-cache", *extra)

    bare = {k: (bare1[k] + bare2[k]) / 2 for k in ("wall", "cpu")}
    print(
        f"\n(a) bare nlp.pipe: {words / bare['wall']:,.0f} words/s ({bare1['wall']:.1f} s and {bare2['wall']:.1f} s, "
        f"{bare['cpu']:.1f} CPU s)"
    )
    print(f"    kg build --jobs 1: {words / cold1['wall']:,.0f} words/s ({cold1['wall']:.1f} s, {cold1['cpu']:.1f} CPU s)")
    print(
        f"    ratio kg / bare spaCy: {bare['wall'] / cold1['wall']:.2f} wall-clock, {bare['cpu'] / cold1['cpu']:.2f} CPU "
        f"(target >= 0.80)"
    )
    print(
        f"(b) kg build --jobs 2: {cold2['wall']:.1f} s ({cold2['cpu']:.1f} CPU s); "
        f"speed-up over --jobs 1: {cold1['wall'] / cold2['wall']:.2f}x"
    )
    print(
        f"(c) no-change rebuild: {warm['wall']:.1f} s = {100 * warm['wall'] / cold1['wall']:.1f} % of the cold build "
        f"(target <= 5 %); graph.ttl identical to the cold builds: {'yes' if same else 'NO'}"
    )
    print(
        f"(d) peak memory: whole corpus {cold1['maxrss_mb']:,.0f} MB (target < 2,048 MB), half {halfb['maxrss_mb']:,.0f} MB "
        f"(ratio {cold1['maxrss_mb'] / halfb['maxrss_mb']:.2f}); --jobs 2 largest process {cold2['maxrss_mb']:,.0f} MB"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
