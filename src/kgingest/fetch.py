"""Fetch article pages by URL, with the Wikidata client's manners: one session, kgingest's User-Agent,
requests one after another, bounded back-off on 429/5xx honouring Retry-After, and every page cached on
disk so a second run fetches nothing."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

from kgingest.errors import InputError
from kgingest.wikidata import DEFAULT_CACHE_DIR, parse_retry_after, user_agent

DEFAULT_PAGE_CACHE_DIR = DEFAULT_CACHE_DIR.parent / "pages"
_RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


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
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.max_wait = max_wait
        self._sleep = sleep
        self.requests_made = 0
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent(), "Accept-Encoding": "gzip"})

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
        problem = "no answer"
        for attempt in range(self.max_retries + 1):
            self.requests_made += 1
            try:
                reply = self.session.get(url, timeout=self.timeout)
            except requests.Timeout:
                problem = "timed out"
            except requests.RequestException as error:
                raise InputError(url, f"cannot be fetched ({type(error).__name__})") from None
            else:
                if reply.status_code == 200:
                    return reply.content
                if reply.status_code not in _RETRYABLE_STATUS:
                    raise InputError(url, f"cannot be fetched (HTTP {reply.status_code})")
                problem = f"HTTP {reply.status_code}"
                if attempt < self.max_retries:
                    asked = parse_retry_after(reply.headers.get("Retry-After"))
                    self._sleep(min(self.max_wait, asked if asked is not None else 2.0 * 2**attempt))
        raise InputError(url, f"cannot be fetched ({problem} after {self.max_retries + 1} attempts)")

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
