"""Read stage: an article file (and its metadata sidecar) into an `Article`.

The text is kept exactly as stored (only a UTF-8 byte-order mark is dropped)
so every offset the pipeline reports points into the original characters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

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


# --- many articles from any source -------------------------------------------------------------------------

DEFAULT_GLOB = "*.txt"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """Where one article comes from; reading it (`load_source`) is deferred, so a corpus is cheap to list.

    ``kind`` is ``text`` (a text file with an optional sidecar), ``html`` (an HTML file), ``jsonl`` (one line
    of a JSON Lines file, found again by its byte ``offset``), ``stdin`` (text already read) or ``url``.
    """

    name: str  # for messages: the path, ``path:LINE``, ``-`` or the URL
    kind: str
    path: Path | None = None
    line: int = 0
    offset: int = 0
    text: str | None = None
    problem: str | None = None  # why the input could not even be listed; reading it raises this


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand_inputs(inputs: Sequence[str], glob: str = DEFAULT_GLOB, stdin: IO[bytes] | None = None) -> Iterator[Source]:
    """Every article the inputs name, in order: a folder stands for its files matching ``glob``, recursively
    (sorted); a ``.jsonl`` file for each of its non-blank lines; ``-`` for the text on stdin."""
    for value in inputs:
        if value == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield Source("-", "stdin", text=stream.read().decode("utf-8", errors="surrogateescape"))
        elif is_url(value):
            yield Source(value, "url")
        else:
            path = Path(value)
            if path.is_dir():
                for found in sorted(p for p in path.rglob(glob) if p.is_file()):
                    yield from _file_sources(found)
            else:
                yield from _file_sources(path)


def _file_sources(path: Path) -> Iterator[Source]:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield Source(str(path), "html", path)
    elif suffix in JSONL_SUFFIXES and path.is_file():
        try:
            with path.open("rb") as stream:
                offset = 0
                for number, raw in enumerate(stream, start=1):
                    if raw.strip():
                        yield Source(f"{path}:{number}", "jsonl", path, line=number, offset=offset)
                    offset += len(raw)
        except OSError as error:
            # Listed as one source whose reading fails, so the run reports it like any unreadable file.
            yield Source(str(path), "jsonl", path, problem=f"cannot be read ({error.strerror})")
    else:
        yield Source(str(path), "text", path)


def load_source(
    source: Source,
    overrides: ArticleMeta | None = None,
    *,
    published: dt.date | None = None,
    fetch: Callable[[str], bytes] | None = None,
) -> Article:
    """The article ``source`` holds; an InputError naming it when it cannot be read."""
    if source.problem is not None:
        raise InputError(source.name, source.problem)
    if source.kind == "text":
        assert source.path is not None
        return read_article(source.path, overrides, published=published)
    if source.kind == "stdin":
        text = decode_text((source.text or "").encode("utf-8", errors="surrogateescape"), "stdin")
        article = article_from_text(text, "stdin", source_name="stdin", meta=overrides)
    elif source.kind == "jsonl":
        article = _jsonl_article(source, overrides)
    elif source.kind == "html":
        assert source.path is not None
        data = _read_bytes(source.path, source.name)
        article = html_article(data, source.name, slug(source.path.stem), source.path.name, overrides)
    elif source.kind == "url":
        if fetch is None:
            raise InputError(source.name, "URLs need a page fetcher")
        data = fetch(source.name)
        article = html_article(data, source.name, url_key(source.name), source.name, overrides, url=source.name)
    else:
        raise InputError(source.name, f"unknown kind of input {source.kind!r}")
    if published is not None:
        article = replace(article, meta=replace(article.meta, published=published))
    return article


def _read_bytes(path: Path, name: str) -> bytes:
    if not path.exists():
        raise InputError(name, "no such file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror})") from None


def url_key(url: str) -> str:
    """A file-name key for a URL: its host and path as a slug, and a short digest so that keys stay unique."""
    without_scheme = url.split("://", 1)[-1]
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug(without_scheme)[:80]}-{digest}"


def _jsonl_article(source: Source, overrides: ArticleMeta | None) -> Article:
    assert source.path is not None
    try:
        with source.path.open("rb") as stream:
            stream.seek(source.offset)
            raw = stream.readline()
    except OSError as error:
        raise InputError(source.name, f"cannot be read ({error.strerror})") from None
    try:
        record = json.loads(decode_text(raw, source.name))
    except ValueError as error:
        raise InputError(source.name, f"is not a JSON object ({str(error).splitlines()[0]})") from None
    if not isinstance(record, dict):
        raise InputError(source.name, "is not a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source.name, "has no 'text' field with the article text")
    published = record.get("published")
    meta = ArticleMeta(
        title=_optional_str(record.get("title")),
        published=parse_date(published, source.name) if published not in (None, "") else None,
        url=_optional_str(record.get("url")),
        publisher=_optional_str(record.get("publisher")),
        language=_optional_str(record.get("language")) or "en",
    )
    identifier = record.get("id")
    key = slug(str(identifier)) if identifier not in (None, "") else f"{slug(source.path.stem)}-{source.line}"
    return article_from_text(
        text, key, source_name=source.name, meta=overrides or meta, data=raw.rstrip(b"\r\n") or None
    )


def html_article(
    data: bytes, name: str, key: str, source_name: str, overrides: ArticleMeta | None = None, *, url: str | None = None
) -> Article:
    """The main text and metadata (title, date, publisher) of an HTML page, extracted with trafilatura."""
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise InputError(name, "has no article text that could be extracted from its HTML")
    date = getattr(extracted, "date", None)
    try:
        published = parse_date(date, name) if date else None
    except InputError:
        published = None  # a page's own date is a hint, not a promise: an unreadable one is left out
    meta = ArticleMeta(
        title=getattr(extracted, "title", None),
        published=published,
        url=url or getattr(extracted, "url", None),
        publisher=getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None),
    )
    return article_from_text(text, key, source_name=source_name, meta=overrides or meta, data=data)
