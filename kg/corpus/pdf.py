"""One article from a PDF with a text layer (court opinions, council agendas, reports).

The article's text is the text pypdf extracts, page by page, with the line wrapping of the page
undone (a line that fills the page's width runs on into the next; a word hyphenated at a line's
end is joined), pages separated by a blank line. Every offset kg stores indexes this text, which
the graph keeps (``kg:text``); ``Document.pages`` holds where each page starts in it, so evidence
carries its page number (``kg:page``). A PDF whose pages hold no text (a scan) is reported:
"no text layer; run OCR first".
"""

from __future__ import annotations

import io
import logging

from ..core.records import Document
from .base import Unreadable, clean_text, first_line_title

PAGE_BREAK = "\n\n"
FULL_LINE = 0.75
"""A line at least this share of the page's usual line width is wrapped: it runs on."""


def pdf_document(doc_id: str, data: bytes, path: str) -> tuple[Document, list[str]]:
    pages = [unwrap(clean_text(t)) for t in page_texts(data)]
    if not any(p.strip() for p in pages):
        raise Unreadable("no text layer; run OCR first")
    text, starts = "", []
    for i, page in enumerate(pages):
        if i:
            text += PAGE_BREAK
        starts.append(len(text))
        text += page
    warnings = []
    empty = sum(1 for p in pages if not p.strip())
    if empty:
        warnings.append(f"{empty} of {len(pages)} PDF pages have no text layer (scanned?); read the others")
    doc = Document(id=doc_id, text=text, path=path, title=first_line_title(text), pages=starts)
    return doc, warnings


def page_texts(data: bytes) -> list[str]:
    """The text of each page of the PDF ``data``; raises :class:`Unreadable` for a broken or locked file."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF (needs a password); save an unlocked copy first")
        return [page.extract_text() or "" for page in reader.pages]
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as err:
        raise Unreadable(f"PDF could not be read ({type(err).__name__}: {err})") from None
    except Exception as err:  # pypdf on pathological files (e.g. AES without the cryptography package)
        raise Unreadable(f"PDF could not be read ({type(err).__name__}: {err})") from None


def unwrap(page: str) -> str:
    """``page`` with its line wrapping undone: lines that fill the page's width run on into the next."""
    lines = [" ".join(line.split()) for line in page.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    width = lengths[int(0.9 * (len(lengths) - 1))]
    out: list[str] = []
    runs_on = False
    for line in lines:
        if runs_on and line:
            last = out[-1]
            if last.endswith("-") and last[-2:-1].isalpha() and line[0].islower():
                out[-1] = last[:-1] + line
            else:
                out[-1] = last + " " + line
        else:
            out.append(line)
        runs_on = bool(line) and len(line) >= FULL_LINE * width
    return "\n".join(out).strip("\n")
