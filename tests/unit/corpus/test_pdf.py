"""PDF input: a PDF with a text layer is read (offsets index the extracted text, pages kept), a
PDF without one is one clear problem. The PDFs are written by the test itself (tests/pdfmaker.py)."""

from __future__ import annotations

from pdfmaker import make_pdf

from kg.core.records import Document
from kg.corpus import Problem, iter_documents
from kg.corpus.pdf import unwrap

PAGE_1 = [
    "Council Approves the Harbor Act",
    "Mayor Jane Doe of Springfield signed the Harbor Act on Monday after the city",
    "council passed it by a vote of seven to two, ending a debate that had run since",
    "the spring. Doe said the ordinance makes the harbor safer for everyone.",
]
PAGE_2 = ["Police Chief Tom Brady of the Springfield Police Department opposes the Harbor Act."]


def test_a_pdf_with_a_text_layer_is_read_page_by_page(tmp_path):
    (tmp_path / "harbor.pdf").write_bytes(make_pdf([PAGE_1, PAGE_2]))
    [doc] = list(iter_documents([tmp_path]))
    assert isinstance(doc, Document) and doc.id == "harbor"
    assert doc.title == "Council Approves the Harbor Act"
    sentence = "Mayor Jane Doe of Springfield signed the Harbor Act on Monday after the city council passed it"
    assert sentence in doc.text, "wrapped lines run on into one sentence"
    assert len(doc.pages) == 2 and doc.pages[0] == 0
    second = doc.text.index("Police Chief Tom Brady")
    assert doc.pages[1] == second, "page 2 starts where its text starts in the extracted text"
    assert doc.text[doc.pages[1] :].startswith(PAGE_2[0])


def test_a_pdf_without_a_text_layer_is_one_problem(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[], []]))
    [p] = list(iter_documents([tmp_path / "scan.pdf"]))
    assert isinstance(p, Problem) and p.skipped
    assert str(p) == f"{tmp_path / 'scan.pdf'}: no text layer; run OCR first"


def test_a_broken_pdf_is_one_problem(tmp_path):
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type")
    [p] = list(iter_documents([tmp_path]))
    assert isinstance(p, Problem) and p.skipped and "PDF" in p.reason and "\n" not in str(p)


def test_some_pages_without_text_are_a_warning(tmp_path):
    (tmp_path / "mixed.pdf").write_bytes(make_pdf([PAGE_2, []]))
    warning, doc = list(iter_documents([tmp_path]))
    assert isinstance(doc, Document) and not warning.skipped
    assert "1 of 2 PDF pages have no text layer" in warning.reason


def test_unwrap_joins_full_lines_and_hyphenated_words_only():
    page = "A HEADING\n" + "x" * 60 + " regu-\nlation goes on here and ends\nShort line\n" + "y" * 70
    assert unwrap(page) == "A HEADING\n" + "x" * 60 + " regulation goes on here and ends\nShort line\n" + "y" * 70


def test_a_pdf_may_be_larger_than_a_text_file_but_not_unboundedly(tmp_path):
    from kg.corpus.base import PDF_BYTES_FACTOR

    pdf = make_pdf([PAGE_1, PAGE_2])
    (tmp_path / "harbor.pdf").write_bytes(pdf)
    (tmp_path / "notes.txt").write_bytes(b"x" * len(pdf))
    limit = len(pdf) - 1
    items = list(iter_documents([tmp_path], max_bytes=limit))
    pdf_doc = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in pdf_doc] == ["harbor"], "a PDF over max_bytes (images, fonts) is still read"
    [problem] = [i for i in items if isinstance(i, Problem)]
    assert "notes.txt" in str(problem) and "too large" in str(problem)
    too_big = list(iter_documents([tmp_path / "harbor.pdf"], max_bytes=len(pdf) // (PDF_BYTES_FACTOR + 1)))
    assert len(too_big) == 1 and isinstance(too_big[0], Problem) and "too large" in str(too_big[0])
