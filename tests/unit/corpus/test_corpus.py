"""The corpus reader on a hostile corpus: every bad input reported by name, every good one read."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from kg.core.records import Document
from kg.corpus import JsonlFields, Problem, iter_documents

ACCENTS = "Judge María Rótolo called the plan “naïve”."

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Court voids rule | The Ledger</title>
<meta name="author" content="Ann Writer"><meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2021-05-06T08:00:00Z">
<link rel="canonical" href="https://ledger.example/court-voids-rule"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe now</nav>
<article><h1>Court voids rule</h1>
<p>The appeals court on Tuesday struck down the agency's rule, saying the agency had skipped the
public comment period that the statute requires before any such change can take effect.</p>
<p>Judge María Rótolo wrote for the panel that the agency's reasoning was naïve at best and that
the rule could not stand without a new round of notice and comment.</p></article>
<footer>Copyright The Ledger. All rights reserved. Privacy policy.</footer></body></html>"""


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*rows: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    # good articles
    write(root / "plain.txt", "Mayor signs budget\r\n\r\n" + ACCENTS + "\r\n")
    write(root / "bom.txt", b"\xef\xbb\xbfBOM headline\nBody after a BOM.\n")
    write(root / "utf16.txt", ("UTF-16 headline\n" + ACCENTS + "\n").encode("utf-16"))
    write(root / "legacy.txt", ("Legacy headline\n" + ACCENTS + "\n").encode("cp1252"))
    write(root / "damaged.txt", "Damaged headline\nCafé é ".encode() + b"\xff\xfe!" + " naïve.\n".encode())
    write(
        root / "notes.md",
        '---\ntitle: "Front matter title"\ndate: 2020-01-02T10:00:00Z\n'
        "author: Ann One; Bob Two\nsource: The Paper\nurl: https://paper.example/x\n---\n\n"
        "# Markdown heading\n\nBody with *emphasis*.\n",
    )
    write(root / "bare.md", "## Only a heading\n\nAnd a body.\n")
    write(root / "page.html", HTML_PAGE)
    write(
        root / "feeds" / "lines.jsonl",
        jsonl(
            {
                "id": "j-1",
                "text": "First line article.",
                "title": "J one",
                "date": "2019-03-04",
                "source": "Wire",
                "url": "https://wire.example/1",
                "authors": "Ann One, Bob Two",
            },
            "{not json",
            "",
            [1, 2],
            {"id": "j-missing"},
            {"id": "j-int", "text": 42},
            {"id": "j-1", "text": "First line article."},
            {"id": "j-1", "text": "Different text, same id."},
            {"text": "An article without an id.", "authors": ["Cy Three", " ", "Cy Three"]},
        ),
    )
    write(
        root / "feeds" / "packed.jsonl.gz",
        gzip.compress(jsonl({"id": "gz-1", "text": "Gzipped " + ACCENTS}, {"id": "gz-2", "text": "Second gzipped."}).encode()),
    )
    whole = gzip.compress(jsonl(*({"id": f"cut-{i}", "text": "x" * 300 + str(i)} for i in range(50))).encode())
    write(root / "feeds" / "cut.jsonl.gz", whole[: len(whole) // 2])
    write(root / "a" / "same.txt", "Same stem in folder a\n")
    write(root / "b" / "same.txt", "Same stem in folder b\n")
    write(root / "c" / "same.txt", "Same stem in folder a\n")  # identical to a/same.txt: a duplicate
    # bad inputs
    write(root / "empty.txt", b"")
    write(root / "blank.md", " \n\n\t\n")
    write(root / "fake.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    write(root / "picture.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(root / "nuls.txt", b"text\x00with\x01\x02binary\x00\x00junk" * 20)
    write(root / "garbage.txt", bytes(range(128, 256)) * 20)
    write(root / "chrome.html", "<html><head><title>x</title></head><body><script>var a = 1;</script><img src=x></body></html>")
    with open(root / "huge.txt", "wb") as f:  # sparse: 52 MB on paper, nothing on disk
        f.truncate(52_000_000)
    write(root / "report.docx", b"PK\x03\x04")  # a type kg does not read, in a folder: named, not read
    write(root / ".hidden.txt", "hidden files are skipped\n")
    return root


@pytest.fixture(scope="module")
def items(corpus) -> list[Document | Problem]:
    return list(iter_documents([corpus]))


def docs(items) -> dict[str, Document]:
    return {i.id: i for i in items if isinstance(i, Document)}


def problems(items, name: str) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem) and Path(i.path).name == name]


def test_good_text_files(items):
    d = docs(items)
    assert d["plain"].text == "Mayor signs budget\n\n" + ACCENTS + "\n"
    assert d["plain"].title == "Mayor signs budget"
    assert d["bom"].text == "BOM headline\nBody after a BOM.\n"
    assert d["utf16"].text == "UTF-16 headline\n" + ACCENTS + "\n"
    assert d["legacy"].text == "Legacy headline\n" + ACCENTS + "\n"
    assert d["plain"].path.endswith("plain.txt")


def test_damaged_utf8_is_read_with_a_warning(items):
    assert docs(items)["damaged"].text == "Damaged headline\nCafé é \ufffd\ufffd! naïve.\n"
    [warn] = problems(items, "damaged.txt")
    assert not warn.skipped and "undecodable" in warn.reason


def test_markdown(items):
    d = docs(items)
    notes = d["notes"]
    assert notes.text == "# Markdown heading\n\nBody with *emphasis*.\n"
    assert (notes.title, notes.date, notes.publisher, notes.url) == (
        "Front matter title",
        "2020-01-02",
        "The Paper",
        "https://paper.example/x",
    )
    assert notes.authors == ["Ann One", "Bob Two"]
    assert d["bare"].title == "Only a heading"


def test_html_body_and_metadata(items):
    page = docs(items)["page"]
    assert "struck down the agency's rule" in page.text and "María Rótolo" in page.text
    assert "Subscribe" not in page.text and "Copyright" not in page.text
    assert page.title == "Court voids rule"
    assert (page.date, page.url, page.publisher) == ("2021-05-06", "https://ledger.example/court-voids-rule", "The Ledger")
    assert page.authors == ["Ann Writer"]


def test_jsonl(items):
    d = docs(items)
    one = d["j-1"]
    assert (one.text, one.title, one.date, one.publisher, one.url) == (
        "First line article.",
        "J one",
        "2019-03-04",
        "Wire",
        "https://wire.example/1",
    )
    assert one.authors == ["Ann One", "Bob Two"]
    assert d["j-1-2"].text == "Different text, same id."
    assert d["lines-9"].authors == ["Cy Three"]
    assert d["gz-1"].text == "Gzipped " + ACCENTS and "gz-2" in d
    reasons = {p.line: (p.reason, p.skipped) for p in problems(items, "lines.jsonl")}
    assert reasons[2][0].startswith("malformed JSON")
    assert reasons[4][0].startswith("not a JSON object")
    assert reasons[5][0] == "no 'text' field"
    assert reasons[6][0] == "'text' is not a string"
    assert "duplicate" in reasons[7][0] and reasons[7][1]
    assert "read as 'j-1-2'" in reasons[8][0] and not reasons[8][1]
    assert 3 not in reasons and 1 not in reasons and 9 not in reasons


def test_truncated_gzip_keeps_lines_before_the_cut(items):
    d = docs(items)
    cut = sorted(k for k in d if k.startswith("cut-"))
    assert cut and "cut-0" in cut and len(cut) < 50
    [p] = problems(items, "cut.jsonl.gz")
    assert "truncated or corrupt gzip" in p.reason and p.line == len(cut) + 1


def test_same_stems_get_unique_deterministic_ids(items, corpus):
    d = docs(items)
    assert d["same"].text == "Same stem in folder a\n" and d["same"].path.endswith(os.path.join("a", "same.txt"))
    assert d["b-same"].text == "Same stem in folder b\n"
    [dup] = problems(items, "same.txt")
    assert dup.path.endswith(os.path.join("c", "same.txt")) and "duplicate" in dup.reason
    again = [(i.id, i.path) if isinstance(i, Document) else str(i) for i in iter_documents([corpus])]
    assert again == [(i.id, i.path) if isinstance(i, Document) else str(i) for i in items]
    ids = [i.id for i in items if isinstance(i, Document)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "empty file"),
        ("blank.md", "empty file"),
        ("fake.txt", "binary file (a PDF document)"),
        ("picture.html", "binary file (a PNG image)"),
        ("nuls.txt", "binary file"),
        ("garbage.txt", "undecodable bytes"),
        ("chrome.html", "no article text"),
        ("huge.txt", "too large (52 MB > 10 MB limit)"),
    ],
)
def test_each_bad_file_is_one_problem_naming_it(items, name, reason):
    [p] = problems(items, name)
    assert reason in p.reason and p.skipped and p.line is None
    assert str(p).startswith(p.path + ": ") and p.path.endswith(name)


def test_only_expected_problems_and_skips(items):
    named = {Path(p.path).name for p in items if isinstance(p, Problem) and not p.unsupported}
    [other] = [p for p in items if isinstance(p, Problem) and p.unsupported]
    assert Path(other.path).name == "report.docx" and not other.skipped
    assert named == {
        "damaged.txt",
        "lines.jsonl",
        "cut.jsonl.gz",
        "same.txt",
        "empty.txt",
        "blank.md",
        "fake.txt",
        "picture.html",
        "nuls.txt",
        "garbage.txt",
        "chrome.html",
        "huge.txt",
    }
    assert not any(i.path.endswith((".docx", ".hidden.txt")) for i in items if isinstance(i, Document))


def test_explicit_paths(tmp_path):
    pdf = write(tmp_path / "report.docx", b"PK\x03\x04")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    out = [str(i) for i in iter_documents([pdf, tmp_path / "missing.txt", empty_dir])]
    assert out[0].startswith(f"{pdf}: unsupported file type")
    assert out[1] == f"{tmp_path / 'missing.txt'}: no such file or folder"
    assert out[2].startswith(f"{empty_dir}: no supported files")


def test_file_vanishing_mid_run(tmp_path):
    write(tmp_path / "a.txt", "first\n")
    gone = write(tmp_path / "b.txt", "second\n")
    it = iter_documents([tmp_path])
    assert next(it).id == "a"
    gone.unlink()
    [p] = list(it)
    assert p.path == str(gone) and "not found" in p.reason


def test_unreadable_file(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", "secret\n")
    if os.geteuid() == 0:  # root reads anything: simulate the refusal

        def deny(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("kg.corpus.files.open", deny, raising=False)
    else:
        locked.chmod(0)
    [p] = list(iter_documents([locked]))
    assert str(p) == f"{locked}: permission denied"


def test_stdin_text_and_jsonl():
    [doc] = iter_documents(["-"], stdin=io.BytesIO(b"Headline\r\n" + ACCENTS.encode("cp1252")))
    assert (doc.id, doc.text, doc.title, doc.path) == ("stdin", "Headline\n" + ACCENTS, "Headline", "<stdin>")
    out = list(iter_documents(["-"], stdin=io.BytesIO(jsonl({"id": "s1", "text": "one"}, "oops", {"text": "two"}).encode())))
    assert [str(i) if isinstance(i, Problem) else i.id for i in out][0] == "s1"
    assert str(out[1]).startswith("<stdin>:2: malformed JSON") and out[2].id == "stdin-3"


def test_custom_jsonl_fields_and_limits(tmp_path):
    f = write(
        tmp_path / "custom.jsonl",
        jsonl(
            {"key": "k1", "body": "Some body text.", "headline": "H", "outlet": "O", "byline": ["X"]},
            {"key": "k2", "body": "y" * 50},
        ),
    )
    fields = JsonlFields(id="key", text="body", title="headline", publisher="outlet", authors="byline")
    out = list(iter_documents([f], fields=fields, max_chars=40))
    assert (out[0].id, out[0].text, out[0].title, out[0].publisher, out[0].authors) == ("k1", "Some body text.", "H", "O", ["X"])
    assert str(out[1]) == f"{f}:2: article too long (50 characters > 40 limit)"


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Court rules on the naïve plan.\n", "utf-16-le"),  # UTF-16 without a BOM
        ("Верховный суд постановил, что закон противоречит конституции.\n", "cp1251"),
        ("Sąd Najwyższy orzekł, że ustawa jest niezgodna z konstytucją.\n", "cp1250"),
    ],
)
def test_other_encodings_are_detected(tmp_path, text, encoding):
    f = write(tmp_path / "article.txt", text.encode(encoding))
    [doc] = iter_documents(f)  # a single path is accepted too
    assert doc.text == text


def test_symlink_loop_is_not_followed(tmp_path):
    write(tmp_path / "news" / "one.txt", "One article.\n")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news", target_is_directory=True)
    assert [d.id for d in iter_documents([tmp_path])] == ["one"]


def test_html_declared_legacy_charset(tmp_path):
    body = "<p>" + ACCENTS + " The agency must start the rule-making again from the beginning.</p>"
    page = f'<html><head><meta charset="iso-8859-1"><title>Ruling</title></head><body>{body}</body></html>'
    [doc] = iter_documents([write(tmp_path / "legacy.html", page.encode("cp1252"))])
    assert ACCENTS in doc.text and doc.title == "Ruling"


def test_file_names_of_any_bytes_are_read_and_reported_on_one_line(tmp_path, monkeypatch):
    """Issue 20 row 4: a name that is not UTF-8 never stops a build; control characters in names
    (a newline, an escape) cannot split or forge a report line."""
    folder = tmp_path / "in"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)  # (the names below are relative, as a user would type them)
    write(Path(os.fsdecode(b"in/bad\xffname.txt")), "Mayor Jane Doe signed the Trust Act.\n")
    write(Path("in/new\nline\x1b[31m.txt"), b"")
    items = list(iter_documents([folder]))
    (doc,) = [i for i in items if isinstance(i, Document)]
    assert doc.id == "bad\\xffname"
    doc.id.encode("utf-8"), doc.path.encode("utf-8")  # storable and printable as UTF-8
    assert doc.path.endswith("in/bad\\xffname.txt")
    (problem,) = [i for i in items if isinstance(i, Problem)]
    line = str(problem)
    assert "\n" not in line and "\x1b" not in line
    assert line.endswith("in/new\\nline\\x1b[31m.txt: empty file (no text)")
    assert str(Problem("a\udcffb.txt", 3, "bad\nreason")) == "a\\xffb.txt:3: bad\\nreason"


def test_placeholder_publication_years_are_no_date():
    from datetime import date, datetime

    from kg.corpus.base import norm_date

    assert norm_date("0001-11-30") is None
    assert norm_date(date(1, 11, 30)) is None
    assert norm_date("1599-12-31") is None
    assert norm_date("1789-07-14") == "1789-07-14"
    assert norm_date(datetime(2013, 7, 25, 10, 30)) == "2013-07-25"
    assert norm_date("2013-07-25T10:30:00Z") == "2013-07-25"
