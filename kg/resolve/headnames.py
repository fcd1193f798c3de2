"""A person's surname the model ran on into the next word of a headline ("What Does Fenwick Want?",
"Fenwick Signs Bill"): in a line written in headline case, two words taken for a name whose first
is the surname of a person the article names in full (or by that word alone), and which the article never writes outside
such a line, are that surname alone (so the mention joins its person)."""

from __future__ import annotations

import re

from ..language.text import LINE, MINOR_WORDS

PEOPLE = ("Person", "Official")


def headline_surnames(text: str, mentions: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """Mention index -> the surname its two-word name stands for."""
    lines = [(m.start(), m.end()) for m in LINE.finditer(text) if _headline_case(m.group())]
    if not lines:
        return {}
    full = {m[2] for m in mentions if m[3] in PEOPLE and len(m[2].split()) > 1}
    full |= {  # "President Fenwick" in the body: a surname the article uses alone
        "_ " + m[2] for m in mentions if m[3] in PEOPLE and " " not in m[2] and not any(a <= m[0] < b for a, b in lines)
    }
    out = {}
    for i, (s, _, name, label) in enumerate(mentions):
        words = name.split()
        if label not in PEOPLE or len(words) != 2 or not any(a <= s < b for a, b in lines):
            continue
        if not any(n != name and n.split()[-1] == words[0] for n in full):
            continue
        elsewhere = [m.start() for m in re.finditer(re.escape(name), text) if not any(a <= m.start() < b for a, b in lines)]
        if not elsewhere:
            out[i] = words[0]
    return out


def _headline_case(line: str) -> bool:
    """A line of at most 25 words, most content words capitalized, not ending a sentence with a period
    (a question or an exclamation may end a headline)."""
    words = line.split()
    end = line.strip().rstrip("\"”’'")
    if not words or len(words) > 25 or not end or end[-1] in ".:;,":
        return False
    content = [w for w in words if w.lower() not in MINOR_WORDS and w[0].isalpha()]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.75
