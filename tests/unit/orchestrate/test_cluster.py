"""--dask: extraction on a local Dask cluster (127.0.0.1) gives the bytes of --jobs 1; an article that
kills its worker is named and skipped, and nothing else is lost."""

from __future__ import annotations

import filecmp
import sys

import pytest
from _workers import CRASH, crash_or_extract
from click.testing import CliRunner
from conftest import SEEDS

from kg.cli import main
from kg.errors import KgError
from kg.orchestrate.run import OUTPUTS, build_corpus, run_build

slow = pytest.mark.slow  # starting two worker processes that load spaCy takes several seconds

ARTICLES = {
    "city_manager": "Riverton Names City Manager\n\nMayor Ana Reyes appointed Sam Ortiz as city manager of Riverton on "
    "Monday. Ortiz previously led the Riverton Transit Authority.\n",
    "council_vote": "Council Passes Housing Act\n\nThe Riverton City Council passed the Fair Housing Act on Tuesday. "
    "Council member Lee Park voted against the measure.\n",
    "court_ruling": "Judge Blocks Curfew\n\nJudge Maria Chen of the Riverton District Court blocked the youth curfew "
    "on Friday, ruling that it violated the First Amendment.\n",
    "police_chief": "New Police Chief\n\nPolice Chief Dana Wu said the Riverton Police Department will not enforce the "
    "curfew. Wu was appointed by Mayor Ana Reyes in 2021.\n",
    "transit": "Transit Fares Frozen\n\nThe Riverton Transit Authority froze fares. Its director, Sam Ortiz, said the "
    "Fair Housing Act would not change bus routes.\n",
    "senate": "Senator Backs Bill\n\nSenator John Hale of Ohio said he supports the Clean Water Act. Hale chairs the "
    "Senate Environment Committee.\n",
    "schools": "School Board Picks Chair\n\nThe Riverton School Board elected Priya Nair as its chair. Nair said the "
    "board will review the budget.\n",
    "governor": "Governor Signs Budget\n\nGovernor Tom Blake signed the state budget on Sunday. Blake praised Mayor "
    "Ana Reyes for her support.\n",
}


@pytest.fixture(scope="module")
def cluster():
    """A scheduler in this process and two single-thread worker processes, on 127.0.0.1 only. An article
    that kills two workers fails its task (allowed-failures 1, as the README advises)."""
    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as local:
            yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("riverton")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@slow
def test_seeds_through_dask_are_byte_identical_to_jobs_1(cluster, seed_build, tmp_path):
    assert run_build([SEEDS], out=tmp_path / "dask", model=None, cache=False, quiet=True, dask=cluster) == 0
    for name in OUTPUTS:  # seed_build: the session's `kg build seeds` with --jobs 1
        assert filecmp.cmp(seed_build / name, tmp_path / "dask" / name, shallow=False), name


@slow
def test_small_batches_over_two_workers_keep_corpus_order(cluster, corpus):
    one = build_corpus([corpus], cache_dir=None, jobs=1)
    many = build_corpus([corpus], cache_dir=None, dask=cluster, batch=1)  # eight tasks over two workers
    assert [d.id for d in many.documents] == sorted(ARTICLES)
    assert [x.to_json() for x in many.extractions] == [x.to_json() for x in one.extractions]
    assert many.graph.serialize(format="turtle") == one.graph.serialize(format="turtle")


@slow
def test_an_article_that_kills_workers_is_named_and_nothing_else_is_lost(cluster, corpus, tmp_path):
    killer = tmp_path / "with-killer"
    killer.mkdir()
    for p in corpus.iterdir():
        (killer / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (killer / "killer.txt").write_text(f"Killer\n\nThis article {CRASH} kills the worker.\n", encoding="utf-8")
    expected = build_corpus(sorted(killer.glob("[!k]*.txt")), cache_dir=None, jobs=1)  # the same files but the killer
    got = build_corpus([killer], cache_dir=None, dask=cluster, batch=3, work=crash_or_extract)
    assert [d.id for d in got.documents] == [d.id for d in expected.documents]
    assert got.graph.serialize(format="turtle") == expected.graph.serialize(format="turtle")
    assert len(got.problems) == 1
    line = str(got.problems[0])
    assert "killer.txt" in line and "killed its Dask worker" in line and "\n" not in line


def test_unreachable_scheduler_is_one_line(monkeypatch, tmp_path):
    pytest.importorskip("distributed")
    from kg.orchestrate import cluster as module

    monkeypatch.setattr(module, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(KgError, match=r"^--dask tcp://127\.0\.0\.1:9: cannot reach the Dask scheduler"):
        build_corpus([SEEDS], cache_dir=None, dask="tcp://127.0.0.1:9")


def test_dask_not_installed_is_one_line_and_jobs_still_work(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    out = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--dask", "tcp://127.0.0.1:8786"])
    assert out.exit_code == 2 and "Traceback" not in out.output
    assert out.output.strip() == "kg: error: --dask needs Dask's distributed scheduler, an optional extra: pip install 'kg[dask]'"
    assert not (tmp_path / "graph.ttl").exists()
    monkeypatch.setitem(sys.modules, "dask", None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(ARTICLES["city_manager"], encoding="utf-8")
    assert [d.id for d in build_corpus([tmp_path / "in"], cache_dir=None, jobs=1).documents] == ["one"]


def test_a_worker_with_other_code_refuses_to_extract():
    pytest.importorskip("distributed")
    from kg.orchestrate.cache import pipeline_fingerprint
    from kg.orchestrate.dask_worker import StalePipeline, check

    check(None, pipeline_fingerprint(None))  # the same code and model: fine
    with pytest.raises(StalePipeline, match="runs other kg code, lexicon or spaCy model than this build"):
        check(None, "0" * 64)
