"""Bytes to text: byte-order marks, binary files, UTF-8 and detected legacy encodings.

Order of decisions (first match wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32): decode with it;
2. a known binary signature (PDF, images, archives, Office, executables): not text;
3. NUL bytes: UTF-16 without a BOM if they sit on every other byte, else binary;
4. valid UTF-8;
5. mostly-valid UTF-8 with a few broken sequences: decoded with U+FFFD, reported as a warning;
6. the charset an HTML page declares in ``<meta charset>``;
7. charset-normalizer's guess; Windows-1252 is preferred whenever it reads the bytes as cleanly
   as the best guess (on short texts the guesses tie or differ only by a language-coherence score
   that is noise), since it is the legacy encoding of most English-language text and a superset of
   Latin-1's printable set.

Text whose characters are more than 1% control codes is rejected as binary.
"""

from __future__ import annotations

import codecs
import re

from .base import Unreadable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LATIN1_ALIASES = {"latin_1", "iso8859_1", "ascii"}
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_SAMPLE = 65536


def decode(data: bytes, *, html: bool = False) -> tuple[str, str | None]:
    """Decode ``data`` to text; returns ``(text, warning)``. Raises :class:`Unreadable` if it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check(*_lenient(data[len(bom) :], encoding))
    what = binary_signature(data)
    if what:
        raise Unreadable(f"binary file ({what}), not text")
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise Unreadable("binary file (contains NUL bytes), not text")
        return _check(*_lenient(data, encoding))
    try:
        return _check(data.decode("utf-8"), None)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good > 0 and bad <= good:
        return _check(text, f"{bad} undecodable byte sequence(s) replaced with U+FFFD")
    encoding = (_declared(data) if html else None) or _detect(data)
    if encoding is None:
        raise Unreadable("undecodable bytes: neither UTF-8 nor a recognisable text encoding")
    return _check(*_lenient(data, encoding))


def binary_signature(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like (``"a PDF document"``), or ``None``."""
    for signature, what in _MAGIC:
        if data.startswith(signature):
            return what
    return None


def _lenient(data: bytes, encoding: str) -> tuple[str, str | None]:
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        return text, f"invalid {encoding} text: {bad} undecodable byte sequence(s) replaced with U+FFFD"


def _check(text: str, warning: str | None) -> tuple[str, str | None]:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in _ALLOWED_CONTROLS)
    if controls > 2 and controls > len(sample) / 100:
        raise Unreadable("binary file (control characters), not text")
    return text, warning


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.replace("-", "_") in _LATIN1_ALIASES:
        name = "cp1252"  # as browsers do (WHATWG Encoding Standard)
    if name.startswith("utf"):
        return None  # a wrong declaration: the bytes are not valid UTF-8
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return None
    return name


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos + 0.1 and "cp1252" in match.could_be_from_charset:
            try:
                data.decode("cp1252")
                return "cp1252"
            except UnicodeDecodeError:
                break
    return best.encoding
