"""Read stage: an article file (and its metadata sidecar) into an `Article`.

The text is kept exactly as stored (only a UTF-8 byte-order mark is dropped)
so every offset the pipeline reports points into the original characters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from kgingest.errors import InputError
from kgingest.model import Article, ArticleMeta, Span

SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
META_FIELDS = ("title", "published", "url", "publisher", "language")
# A heading is a short line that does not end a sentence.
HEADING_MAX_WORDS = 15
SENTENCE_END = ".!?:;…"
CLOSING_QUOTES = "\"'”’»"


def slug(text: str) -> str:
    """A lowercase IRI-safe form of ``text`` (letters, digits, '-', '_', '.')."""
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-.")
    return cleaned or "x"


def parse_date(value: object, source: str) -> dt.date:
    """An ISO date (YYYY-MM-DD), from a string or an already-parsed date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(source, f"publication date {value!r} is not a date; use YYYY-MM-DD") from None


def find_sidecar(path: Path) -> Path | None:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> ArticleMeta:
    """Metadata from a ``NAME.meta.json`` / ``NAME.meta.yaml`` file."""
    source = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
        # BaseLoader keeps every scalar a string, so a bad date reaches parse_date and gets its own message.
        data: Any = json.loads(raw) if path.suffix == ".json" else yaml.load(raw, Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(source, f"metadata file is not valid {path.suffix[1:].upper()} ({problem})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(source, "metadata file must hold a mapping of title, published, url, publisher, language")
    unknown = sorted(set(map(str, data)) - set(META_FIELDS))
    if unknown:
        raise InputError(source, f"unknown metadata field(s) {', '.join(unknown)}; allowed: {', '.join(META_FIELDS)}")
    published = data.get("published")
    return ArticleMeta(
        title=_optional_str(data.get("title")),
        published=parse_date(published, source) if published not in (None, "") else None,
        url=_optional_str(data.get("url")),
        publisher=_optional_str(data.get("publisher")),
        language=_optional_str(data.get("language")) or "en",
    )


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def decode_text(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise InputError(source, "looks like a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(source, f"is not UTF-8 text (bad byte at offset {error.start}); convert it to UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(source, "is empty; nothing to ingest")
    return text


def find_headings(text: str) -> tuple[Span, ...]:
    """Lines that are headings: short, and not ending like a sentence."""
    headings = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped or len(stripped.split()) > HEADING_MAX_WORDS:
            continue
        last = stripped[-1]
        if last in SENTENCE_END or last == ",":
            continue
        if last in CLOSING_QUOTES and len(stripped) > 1 and stripped[-2] in SENTENCE_END + ",":
            continue
        begin = match.start() + (len(line) - len(line.lstrip()))
        end = begin + len(stripped)
        headings.append(Span(begin, end, text[begin:end]))
    return tuple(headings)


def read_article(path: Path, overrides: ArticleMeta | None = None, *, published: dt.date | None = None) -> Article:
    """Read one article; ``published`` (from the command line) beats the sidecar."""
    source = str(path)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror})") from None
    text = decode_text(data, source)
    sidecar = find_sidecar(path)
    meta = read_sidecar(sidecar) if sidecar else ArticleMeta()
    if overrides is not None:
        meta = overrides
    if published is not None:
        meta = replace(meta, published=published)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return article_from_text(text, slug(stem), source_name=path.name, meta=meta, data=data)


def article_from_text(
    text: str, key: str, *, source_name: str | None = None, meta: ArticleMeta | None = None, data: bytes | None = None
) -> Article:
    """An `Article` for text already in memory; ``data`` is the raw bytes the digest is taken of (UTF-8 if absent)."""
    return Article(
        key=key,
        source_name=source_name or f"{key}.txt",
        text=text,
        meta=meta or ArticleMeta(),
        sha256=hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest(),
        headings=find_headings(text),
    )
