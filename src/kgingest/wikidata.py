"""A small, polite, caching client for the Wikidata action API.

Politeness follows Wikimedia's API etiquette: one session, a descriptive
User-Agent, gzip, requests strictly one after another, ids batched 50 at a
time, ``maxlag=5`` on every request, and bounded back-off on 429/503 and on
maxlag errors honouring ``Retry-After``. Every successful answer is stored on
disk, keyed by the request, so a second run over the same input makes no
request at all and ``offline=True`` works from the cache alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import requests

from kgingest.errors import LinkError
from kgingest.httpclient import HttpFailure, HttpGaveUp, HttpStatusFailure, PoliteClient, RetryLater
from kgingest.httpclient import parse_retry_after as parse_retry_after
from kgingest.httpclient import user_agent as user_agent

DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php"
DEFAULT_CACHE_DIR = Path("~/.cache/kgingest/wikidata")
MAX_IDS_PER_CALL = 50  # the API's own limit for wbgetentities
ENTITY_PROPS = "labels|descriptions|aliases|claims|sitelinks"
# The statements kgingest reads: instance of, subclass of, country, citizenship, position held,
# ISO 3166-1 alpha-2 code, capital, located in, coordinates, applies to jurisdiction (a position's, beside its P17).
# A country's full record runs to megabytes, almost all of it other statements and references, so only these are
# kept (main snak and rank) and cached.
DEFAULT_CLAIM_PROPERTIES = ("P31", "P279", "P17", "P27", "P39", "P297", "P36", "P131", "P625", "P1001")

# Parameters that do not change the answer: left out of the cache key so a
# cache written with one politeness setting serves another.
_VOLATILE_PARAMS = frozenset({"maxlag", "format", "formatversion", "utf8", "origin", "requestid"})


def cache_key(endpoint: str, params: dict[str, str]) -> str:
    """The sha256 of the endpoint and the sorted, non-volatile parameters."""
    stable = {name: str(value) for name, value in params.items() if name not in _VOLATILE_PARAMS}
    canonical = json.dumps({"endpoint": endpoint, "params": dict(sorted(stable.items()))}, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class WikidataClient:
    """Sequential, cached access to ``wbsearchentities`` and ``wbgetentities``.

    ``requests_made`` counts HTTP requests actually sent (retries included);
    ``cache_hits`` counts answers served from disk.
    """

    def __init__(
        self,
        endpoint: str = DEFAULT_ENDPOINT,
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        offline: bool = False,
        timeout: float | tuple[float, float] = (5.0, 30.0),
        max_retries: int = 4,
        max_wait: float = 60.0,
        backoff: float = 2.0,
        claim_properties: Iterable[str] | None = DEFAULT_CLAIM_PROPERTIES,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.cache_dir = Path(cache_dir if cache_dir is not None else DEFAULT_CACHE_DIR).expanduser()
        self.offline = offline
        self.claim_properties = tuple(sorted(set(claim_properties))) if claim_properties is not None else None
        self.cache_hits = 0
        self.http = PoliteClient(
            timeout=timeout, max_retries=max_retries, max_wait=max_wait, backoff=backoff, sleep=sleep, session=session
        )

    @property
    def requests_made(self) -> int:
        return self.http.requests_made

    # -- public API -----------------------------------------------------------

    def search(self, label: str, language: str = "en", limit: int = 10) -> list[dict[str, Any]]:
        """Items whose label or alias starts with ``label`` (``wbsearchentities``), best first."""
        params = {
            "action": "wbsearchentities",
            "search": label,
            "language": language,
            "uselang": language,
            "type": "item",
            "limit": str(max(1, min(50, limit))),
        }
        data = self._call(params)
        hits = data.get("search")
        if not isinstance(hits, list):
            raise LinkError(f"Wikidata search for {label!r} answered without a 'search' list")
        return [hit for hit in hits if isinstance(hit, dict) and isinstance(hit.get("id"), str)]

    def get_entities(self, ids: Iterable[str], language: str = "en") -> dict[str, dict[str, Any]]:
        """Entity records by id (``wbgetentities``); missing ids map to ``{"id": ..., "missing": ""}``.

        Each entity is cached on its own, so a later run asking for a different mix of ids still
        makes no request for those it has seen; the ids not cached are fetched 50 per request.
        """
        unique = sorted({qid.strip() for qid in ids if qid and qid.strip()}, key=_id_sort_key)
        entities: dict[str, dict[str, Any]] = {}
        wanted: list[str] = []
        for qid in unique:
            cached = self._cached(self._entity_params(qid, language))
            if cached is not None and isinstance(cached.get("entity"), dict):
                entities[qid] = cached["entity"]
            else:
                wanted.append(qid)
        if wanted and self.offline:
            raise LinkError(
                f"Wikidata entities {', '.join(wanted[:3])}{'…' if len(wanted) > 3 else ''} not in cache, offline "
                f"(cache: {self.cache_dir})"
            )
        for start in range(0, len(wanted), MAX_IDS_PER_CALL):
            batch = wanted[start : start + MAX_IDS_PER_CALL]
            params = {"action": "wbgetentities", "ids": "|".join(batch), "props": ENTITY_PROPS, "languages": language}
            data = self._fetch(params)
            found = data.get("entities")
            if not isinstance(found, dict):
                raise LinkError(f"Wikidata answered wbgetentities for {batch[0]}… without 'entities'")
            for qid in batch:
                record = found.get(qid)
                entity = self._slim(record) if isinstance(record, dict) else {"id": qid, "missing": ""}
                entities[qid] = entity
                self._store(self._entity_params(qid, language), {"entity": entity})
        return {qid: entities[qid] for qid in unique}

    def _entity_params(self, qid: str, language: str) -> dict[str, str]:
        params = {"action": "wbgetentities", "ids": qid, "props": ENTITY_PROPS, "languages": language}
        if self.claim_properties is not None:
            params["kept-claims"] = "|".join(self.claim_properties)  # a cache key part, never sent
        return params

    def _slim(self, entity: dict[str, Any]) -> dict[str, Any]:
        """The entity with only the kept statements, each reduced to its main snak and rank."""
        if self.claim_properties is None or not isinstance(entity.get("claims"), dict):
            return entity
        claims: dict[str, Any] = entity["claims"]
        kept = {
            prop: [
                {key: statement[key] for key in ("mainsnak", "rank", "type", "id") if key in statement}
                for statement in claims[prop]
                if isinstance(statement, dict)
            ]
            for prop in self.claim_properties
            if isinstance(claims.get(prop), list)
        }
        return {**entity, "claims": kept}

    # -- transport ------------------------------------------------------------

    def _cache_path(self, key: str) -> Path:
        return self.cache_dir / "api" / key[:2] / f"{key}.json"

    def _cached(self, params: dict[str, str]) -> dict[str, Any] | None:
        cached = _read_json_file(self._cache_path(cache_key(self.endpoint, params)))
        if cached is None:
            return None
        self.cache_hits += 1
        return cached

    def _store(self, params: dict[str, str], payload: dict[str, Any]) -> None:
        stable = {name: value for name, value in sorted(params.items()) if name not in _VOLATILE_PARAMS}
        record = {"endpoint": self.endpoint, "request": stable, **payload}
        _write_json_file(self._cache_path(cache_key(self.endpoint, params)), record)

    def _call(self, params: dict[str, str]) -> dict[str, Any]:
        cached = self._cached(params)
        if cached is not None and isinstance(cached.get("response"), dict):
            response: dict[str, Any] = cached["response"]
            return response
        if self.offline:
            raise LinkError(f"Wikidata {params['action']} request not in cache, offline (cache: {self.cache_dir})")
        data = self._fetch(params)
        self._store(params, {"response": data})
        return data

    def _fetch(self, params: dict[str, str]) -> dict[str, Any]:
        """One logical request, retried on rate limiting, lag, timeouts and dropped connections."""
        query = {**params, "format": "json", "maxlag": "5"}
        what = f"Wikidata {params['action']}"
        try:
            reply = self.http.get(self.endpoint, query, check=_lag_check)
        except HttpGaveUp as failure:
            raise LinkError(f"{what} gave up after {failure.attempts} attempts: {failure.problem}") from None
        except HttpStatusFailure as failure:
            raise LinkError(f"{what} failed: {failure.problem} from {self.endpoint}") from None
        except HttpFailure as failure:
            raise LinkError(f"{what} failed: {failure.problem}") from failure
        try:
            data = reply.json()
        except ValueError as error:
            raise LinkError(f"{what} answered with malformed JSON from {self.endpoint}") from error
        if not isinstance(data, dict):
            raise LinkError(f"{what} answered with JSON that is not an object")
        api_error = data.get("error")
        if isinstance(api_error, dict):
            code = str(api_error.get("code", "unknown"))
            info = str(api_error.get("info", "")).strip()
            raise LinkError(f"{what} refused: {code}{': ' + info if info else ''}")
        return data


def _lag_check(reply: requests.Response) -> None:
    """Wikidata's answer to ``maxlag`` is an error in a 200 reply: wait (Retry-After) and ask again."""
    try:
        data = reply.json()
    except ValueError:
        return  # the caller reports malformed JSON
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and str(error.get("code")) == "maxlag":
        raise RetryLater("database lag above maxlag")


def _id_sort_key(qid: str) -> tuple[str, int, str]:
    digits = qid[1:]
    return (qid[:1], int(digits) if digits.isdigit() else -1, qid)


def _read_json_file(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None  # a torn or hand-edited cache file is a miss, not a crash
    return data if isinstance(data, dict) else None


def _write_json_file(path: Path, data: dict[str, Any]) -> None:
    """Write atomically so a crash never leaves half a cache entry behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, sort_keys=True, indent=1)
            stream.write("\n")
        os.replace(temporary, path)
    except OSError as error:
        raise LinkError(f"cannot write the Wikidata cache in {path.parent}: {error}") from error


def write_review_file(cache_dir: str | os.PathLike[str], name: str, data: dict[str, Any]) -> Path:
    """Store a linking review record (candidates of abstentions) next to the cache."""
    path = Path(cache_dir).expanduser() / "review" / f"{name}.json"
    _write_json_file(path, data)
    return path
