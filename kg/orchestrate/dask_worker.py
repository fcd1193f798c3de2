"""What runs inside a Dask worker for ``kg build --dask``: the pipeline, loaded once per worker process.

Imported only when ``--dask`` is used (it needs ``distributed``, the optional ``dask`` extra), on the
machine that builds and on every worker (which must have kg and its spaCy model installed).
:class:`PipelinePlugin` loads the pipeline when the plugin is registered (and again in a worker
that the nanny restarts); :func:`work` extracts one batch with it. Each worker also checks once that
its kg code, lexicon and model hash to the builder's :func:`~kg.orchestrate.cache.pipeline_fingerprint`,
so a cluster running other code cannot silently change the graph.
"""

from __future__ import annotations

from distributed import WorkerPlugin

from .parallel import Batch, Outcome, extract_batch

_nlps: dict[str | None, object] = {}
_checked: set[tuple[str | None, str | None]] = set()


class StalePipeline(RuntimeError):
    """This worker's pipeline is not the builder's (other kg code, lexicon or model version)."""


def pipeline(model: str | None):
    """This worker process's pipeline for ``model``, loaded on first use."""
    if model not in _nlps:
        from ..pipeline import build_nlp

        _nlps[model] = build_nlp(model)
    return _nlps[model]


class PipelinePlugin(WorkerPlugin):
    """Loads ``model``'s pipeline once per worker process (registering it again reuses the loaded one)."""

    def __init__(self, model: str | None, fingerprint: str | None) -> None:
        self.model = model
        self.fingerprint = fingerprint
        self.name = f"kg-pipeline-{model or 'default'}"

    def setup(self, worker) -> None:
        try:
            check(self.model, self.fingerprint)
            pipeline(self.model)
        except Exception:  # noqa: BLE001 - the first batch on this worker raises it again, with its message
            pass


def check(model: str | None, fingerprint: str | None) -> None:
    if fingerprint is None or (model, fingerprint) in _checked:
        return
    from .cache import pipeline_fingerprint

    mine = pipeline_fingerprint(model)
    if mine != fingerprint:
        import socket

        raise StalePipeline(
            f"the Dask worker on {socket.gethostname()} runs other kg code, lexicon or spaCy model than this build "
            f"(pipeline {str(mine)[:12]}, build {fingerprint[:12]}): install the same kg version on every worker"
        )
    _checked.add((model, fingerprint))


def work(batch: Batch, model: str | None, fingerprint: str | None) -> list[Outcome]:
    """The outcomes of one batch, computed on this worker (the Dask task)."""
    check(model, fingerprint)
    return extract_batch(pipeline(model), batch)
