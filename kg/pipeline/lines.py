"""``kg_lines``: a line break always ends a sentence.

Articles as scraped put headlines, captions and list items on lines of their own, without closing
punctuation; the parser would glue them to the next sentence, and evidence would quote a headline
with it. Runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kg_lines")
def mark_line_starts(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc
