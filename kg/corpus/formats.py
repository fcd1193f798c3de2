"""One article from the text of a .txt, .md or .html file.

- ``.txt``: the text as is (after :func:`~kg.corpus.base.clean_text`); title = first non-empty
  line when shorter than 200 characters.
- ``.md``: the text as is (markup kept, so offsets stay meaningful to a reader of the file), minus
  a YAML-style front matter block (``---`` ... ``---``) whose ``title``, ``date``, ``url``,
  ``source``/``publisher`` and ``author``/``authors`` become metadata.
- ``.html``: the article body and metadata (title, date, author, site name, canonical URL) as
  extracted by trafilatura; page chrome (menus, footers, comments) is dropped.
"""

from __future__ import annotations

import logging
import re

from ..core.records import Document
from .base import Unreadable, clean_text, first_line_title, norm_date, norm_str, split_authors

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_LIST_ITEM = re.compile(r"^\s+-\s+(.*)$")
_HTML_END = re.compile(r"</(?:body|html)\s*>", re.I)


def txt_document(doc_id: str, text: str, path: str) -> tuple[Document, list[str]]:
    text = clean_text(text)
    _require(text)
    return Document(id=doc_id, text=text, path=path, title=first_line_title(text)), []


def md_document(doc_id: str, text: str, path: str) -> tuple[Document, list[str]]:
    text = clean_text(text)
    meta: dict[str, object] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        meta = front_matter(m.group(1))
        text = text[m.end() :].lstrip("\n")
    _require(text)
    doc = Document(
        id=doc_id,
        text=text,
        path=path,
        title=norm_str(meta.get("title")) or first_line_title(text),
        date=norm_date(meta.get("date")),
        url=norm_str(meta.get("url") or meta.get("link")),
        publisher=norm_str(meta.get("source") or meta.get("publisher") or meta.get("site")),
        authors=split_authors(meta.get("authors") or meta.get("author") or []),
    )
    return doc, []


def front_matter(block: str) -> dict[str, object]:
    """Flat ``key: value`` pairs of a YAML front matter block (strings and simple lists only)."""
    meta: dict[str, object] = {}
    last: str | None = None
    for line in block.split("\n"):
        item = _LIST_ITEM.match(line)
        if item and last is not None:
            current = meta.get(last)
            meta[last] = (current if isinstance(current, list) else []) + [_unquote(item.group(1))]
            continue
        kv = _KEY_VALUE.match(line)
        if not kv:
            continue
        last, value = kv.group(1).lower(), kv.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            meta[last] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            meta[last] = _unquote(value)
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def html_document(doc_id: str, html: str, path: str) -> tuple[Document, list[str]]:
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as err:  # lxml / trafilatura on pathological markup
        raise Unreadable(f"HTML could not be parsed ({type(err).__name__}: {err})") from None
    text = clean_text(getattr(result, "text", None) or "")
    if not text.strip():
        raise Unreadable("no article text found in the HTML page")
    warnings = []
    if not _HTML_END.search(html[-4096:]):
        warnings.append("HTML looks truncated (no closing </body> or </html> tag); read what was there")
    doc = Document(
        id=doc_id,
        text=text,
        path=path,
        title=norm_str(result.title) or first_line_title(text),
        date=norm_date(result.date),
        url=norm_str(result.url),
        publisher=norm_str(result.sitename),
        authors=split_authors(result.author or []),
    )
    return doc, warnings


def _require(text: str) -> None:
    if not text.strip():
        raise Unreadable("empty file (no text)")


READERS = {"txt": txt_document, "md": md_document, "html": html_document}
