"""Units hosted by a university: "the Center for the Study of X at the University of Y", "the School of
Z at Y College": the unit is partOf its host. The unit's name holds a unit head word and the host's a
host head word (``hosted_units`` in relation_cues.json); "at" (and "the") joins them, nothing else."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .cues import char_span, cues, sent_span

BODIES = ("Organization", "Agency")


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    data = cues()["hosted_units"]
    return frozenset(data["unit_heads"]), frozenset(data["host_heads"])


def hosted_units(doc: Doc, blocked) -> list[dict]:
    """partOf facts of the units the text names "at" a university or college."""
    units, hosts = _heads()
    starts = {e.start: e for e in doc.ents}
    out = []
    for e in doc.ents:
        if e.label_ not in BODIES or not any(t.text in units for t in e) or any(t.text in hosts for t in e):
            continue
        prev = doc[e.start - 1] if e.start else None
        if prev is not None and (prev.lower_ in ("and", "&") or prev.is_quote or (prev.is_title and not prev.is_sent_start)):
            continue  # "Research and Policy Center", "Pat Brown Institute", "“Pat” Brown Institute": a longer name cut short
        i = e.end
        if i + 1 >= len(doc) or doc[i].lower_ != "at":
            continue
        i += 1 + (doc[i + 1].lower_ == "the")
        host: Span | None = starts.get(i)
        if host is None or host.label_ not in BODIES or not any(t.text in hosts for t in host):
            continue
        if host.end + 1 < len(doc) and doc[host.end].lower_ in (",", "at") and doc[host.end + 1].is_title:
            continue  # "the University of California, Berkeley" or "at Davis": a campus the name goes on to, cut short
        if any(a <= e.start_char < b for a, b in blocked):
            continue
        out.append(
            {
                "subj": char_span(e),
                "prop": "partOf",
                "obj": char_span(host),
                "value": None,
                "sent": sent_span(e[0]),
                "rule": "hosted-unit",
            }
        )
    return out
