"""The one polite HTTP client that the Wikidata linker and the page fetcher share.

Polite as Wikimedia's API etiquette asks: one session, kgingest's User-Agent, gzip, requests strictly one after
another, and bounded back-off on rate limiting (429), overload (502/503/504), timeouts and a dropped
connection, honouring ``Retry-After``. A missing network is given one retry only: unlike rate limiting, it
rarely heals in seconds. Callers turn the typed failures below into their own errors, naming what they asked.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from collections.abc import Callable, Mapping

import requests

from kgingest import PROJECT_URL, __version__

RETRYABLE_STATUS = frozenset({429, 502, 503, 504})
# Connection failures retried before giving up (more would only delay the report of a missing network).
CONNECTION_RETRIES = 1


class HttpFailure(Exception):
    """A request that did not give a usable answer; ``problem`` says why, in a few words."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class HttpStatusFailure(HttpFailure):
    """An answer with a status that retrying will not change (404, 403, ...)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class HttpGaveUp(HttpFailure):
    """Every attempt met a passing problem (rate limiting, timeouts, ...); ``problem`` is the last one."""

    def __init__(self, problem: str, attempts: int) -> None:
        super().__init__(problem)
        self.attempts = attempts


class RetryLater(Exception):
    """Raised by a caller's ``check`` for an answer that says "not now" in its body (Wikidata's maxlag)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def user_agent() -> str:
    """``kgingest/VERSION (URL) requests/VERSION``, as Wikimedia asks."""
    return f"kgingest/{__version__} ({PROJECT_URL}) requests/{requests.__version__}"


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date); None if absent or unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    reference = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - reference).total_seconds())


class PoliteClient:
    """GET with the shared manners; ``requests_made`` counts the HTTP requests actually sent, retries included."""

    def __init__(
        self,
        *,
        timeout: float | tuple[float, float] = (5.0, 30.0),
        max_retries: int = 4,
        max_wait: float = 60.0,
        backoff: float = 2.0,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.max_wait = max_wait
        self.backoff = backoff
        self._sleep = sleep
        self.requests_made = 0
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": user_agent(), "Accept-Encoding": "gzip"})

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        check: Callable[[requests.Response], None] | None = None,
    ) -> requests.Response:
        """The first 200 answer that ``check`` accepts (it raises `RetryLater` to ask for another attempt).

        Raises `HttpStatusFailure`, `HttpGaveUp`, or `HttpFailure` for a request that cannot be made at all
        (a malformed URL, too many redirects).
        """
        problem = "no answer"
        attempt = 0
        for attempt in range(self.max_retries + 1):
            last = attempt == self.max_retries
            self.requests_made += 1
            try:
                reply = self.session.get(url, params=params, timeout=self.timeout)
            except requests.Timeout:
                problem = f"timed out after {self._timeout_text()}"
                if last:
                    break
                self._sleep(self.default_wait(attempt))
                continue
            except requests.ConnectionError as error:
                problem = f"cannot connect to {url} ({type(error).__name__})"
                if last or attempt >= CONNECTION_RETRIES:
                    break
                self._sleep(self.default_wait(attempt))
                continue
            except requests.RequestException as error:
                raise HttpFailure(f"{type(error).__name__}: {error}") from error
            if reply.status_code in RETRYABLE_STATUS:
                problem = f"HTTP {reply.status_code}"
            elif reply.status_code != 200:
                raise HttpStatusFailure(reply.status_code)
            else:
                try:
                    if check is not None:
                        check(reply)
                    return reply
                except RetryLater as later:
                    problem = later.problem
            if last:
                break
            self._sleep(self.wait_for(reply, attempt))
        raise HttpGaveUp(problem, attempt + 1)

    def default_wait(self, attempt: int) -> float:
        return float(min(self.max_wait, self.backoff * (2**attempt)))

    def wait_for(self, reply: requests.Response, attempt: int) -> float:
        asked = parse_retry_after(reply.headers.get("Retry-After"))
        wait = asked if asked is not None else self.default_wait(attempt)
        return float(min(self.max_wait, max(0.0, wait)))

    def _timeout_text(self) -> str:
        if isinstance(self.timeout, tuple):
            return f"{self.timeout[1]:g}s"
        return f"{self.timeout:g}s"
