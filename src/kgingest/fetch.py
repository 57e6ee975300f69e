"""Fetch article pages by URL through the HTTP client the Wikidata linker uses (httpclient.PoliteClient: one
session, kgingest's User-Agent, requests one after another, bounded back-off honouring Retry-After), with
every page cached on disk so a second run fetches nothing."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kgingest.errors import InputError
from kgingest.httpclient import HttpFailure, HttpGaveUp, PoliteClient
from kgingest.wikidata import DEFAULT_CACHE_DIR

DEFAULT_PAGE_CACHE_DIR = DEFAULT_CACHE_DIR.parent / "pages"


class PageFetcher:
    """``fetcher(url) -> bytes``: the page, from the cache when it has been fetched before."""

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        offline: bool = False,
        timeout: float | tuple[float, float] = (5.0, 30.0),
        max_retries: int = 3,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cache_dir = Path(cache_dir if cache_dir is not None else DEFAULT_PAGE_CACHE_DIR).expanduser()
        self.offline = offline
        self.http = PoliteClient(timeout=timeout, max_retries=max_retries, max_wait=max_wait, sleep=sleep)

    @property
    def requests_made(self) -> int:
        return self.http.requests_made

    def _cache_path(self, url: str) -> Path:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.html"

    def __call__(self, url: str) -> bytes:
        cached = self._cache_path(url)
        try:
            return cached.read_bytes()
        except OSError:
            pass
        if self.offline:
            raise InputError(url, f"not in the page cache, offline (cache: {self.cache_dir})")
        data = self._fetch(url)
        self._store(cached, data)
        return data

    def _fetch(self, url: str) -> bytes:
        try:
            return self.http.get(url).content
        except HttpGaveUp as failure:
            raise InputError(url, f"cannot be fetched ({failure.problem} after {failure.attempts} attempts)") from None
        except HttpFailure as failure:
            raise InputError(url, f"cannot be fetched ({failure.problem})") from None

    def _store(self, path: Path, data: bytes) -> None:
        # Atomic, as the Wikidata cache: a crash never leaves half a page to be read as a whole one.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".html")
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except OSError:
            pass  # an unwritable cache costs a later re-fetch, not this article
