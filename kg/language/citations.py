"""Legal citations, found by ``eyecite`` (Free Law Project): statutes ("8 U.S.C. § 1373") and case
citations ("410 U.S. 113 (1973)"), with the normalized citation as the identifier.

eyecite is better than kg's own patterns for citations: it knows every reporter and code
abbreviation (from reporters-db), their variant spellings, and parses the year and parties.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

logging.getLogger("eyecite").setLevel(logging.ERROR)  # its notes on overlapping guesses are not the user's concern


def citation_spans(text: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, class, citation start, citation end) of each full statute or case citation in ``text``
    (the citation's end includes a case's year, "(1973)"); a case's span opens at its parties' names when
    eyecite finds them ("Roe v. Wade, 410 U.S. 113 (1973)"), else it is the citation alone ("410 U.S. 113")."""
    if "U.S" not in text and "§" not in text and "F." not in text:
        return []  # no reporter or code: spare the tokenizer
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, FullLawCitation

    out = []
    for c in get_citations(text):
        start, end = c.span()
        if isinstance(c, FullLawCitation):
            out.append((start, end, "Law", start, end))
        elif isinstance(c, FullCaseCitation):
            full_start, full_end = c.full_span()
            meta = c.metadata  # the parties as eyecite guesses them; kept only when they read "X v. Y"
            opens = text.find(meta.plaintiff, full_start, start) if meta.plaintiff and meta.defendant else -1
            if opens >= 0 and not re.fullmatch(r"[A-Z][^,;()]* vs?\. [A-Z][^;()]*?,? ", text[opens:start]):
                opens = -1
            full_end = max(end, full_end)
            out.append(
                (opens, full_end, "CourtRuling", start, full_end) if opens >= 0 else (start, end, "CourtRuling", start, full_end)
            )
    return sorted(out)


@lru_cache(maxsize=4096)
def citation_of(name: str) -> tuple[str, str | None] | None:
    """The normalized citation a name holds, and the case's year ("410 U.S. 113", "1973"), or None."""
    if not any(ch.isdigit() for ch in name):
        return None
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, FullLawCitation

    found = [c for c in get_citations(name) if isinstance(c, (FullCaseCitation, FullLawCitation))]
    if len(found) != 1:
        return None
    c = found[0]
    return c.corrected_citation(), getattr(c.metadata, "year", None)
