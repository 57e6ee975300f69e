"""A loopback stand-in for Wikidata's action API, for tests only.

It answers ``wbsearchentities`` and ``wbgetentities`` from
``tests/fixtures/wikidata/entities.json`` in the API's real response shapes,
and can be scripted to misbehave: HTTP 429 with Retry-After, a maxlag error
(HTTP 200, ``error.code == "maxlag"``), a slow answer, malformed JSON, or any
status. Every request is recorded (params and headers) for assertions.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"


def load_entities() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads((FIXTURES / "entities.json").read_text(encoding="utf-8"))
    return data


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass
class Scripted:
    """One scripted answer, used instead of the normal one for the next request."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # None: the normal answer with this status and headers
    delay: float = 0.0  # seconds to wait before answering


@dataclass
class RecordedRequest:
    params: dict[str, str]
    headers: dict[str, str]


class WikidataFixtureServer:
    """Start with ``with WikidataFixtureServer() as server: ... server.endpoint``."""

    def __init__(self, entities: dict[str, dict[str, Any]] | None = None) -> None:
        self.entities = entities if entities is not None else load_entities()
        self.script: list[Scripted] = []
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/w/api.php"

    def __enter__(self) -> WikidataFixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # -- answers ---------------------------------------------------------------

    def answer(self, params: dict[str, str]) -> dict[str, Any]:
        action = params.get("action")
        if action == "wbsearchentities":
            return self._search(params)
        if action == "wbgetentities":
            return self._get(params)
        return {"error": {"code": "badvalue", "info": f'Unrecognized value for parameter "action": {action}.'}}

    def _search(self, params: dict[str, str]) -> dict[str, Any]:
        query = _fold(params.get("search", ""))
        limit = int(params.get("limit", "7"))
        language = params.get("language", "en")
        scored: list[tuple[int, int, int, dict[str, Any]]] = []
        for qid, entity in self.entities.items():
            label = (entity.get("labels") or {}).get(language, {}).get("value", "")
            aliases = [a["value"] for a in (entity.get("aliases") or {}).get(language, [])]
            terms = [("label", label)] + [("alias", alias) for alias in aliases]
            # like the real index: an exact term beats a prefix, a label beats an alias
            exact_terms = [term for term in terms if query and _fold(term[1]) == query]
            prefix_terms = [term for term in terms if query and _fold(term[1]).startswith(query)]
            candidates = exact_terms or prefix_terms
            if not candidates:
                continue
            match = candidates[0]
            exact = 0 if _fold(match[1]) == query else 1
            scored.append((exact, -len(entity.get("sitelinks") or {}), int(qid[1:]), self._hit(entity, label, match)))
        scored.sort(key=lambda row: row[:3])
        hits = [row[3] for row in scored]
        result: dict[str, Any] = {
            "searchinfo": {"search": params.get("search", "")},
            "search": hits[:limit],
            "success": 1,
        }
        if len(hits) > limit:
            result["search-continue"] = limit
        return result

    def _hit(self, entity: dict[str, Any], label: str, match: tuple[str, str]) -> dict[str, Any]:
        qid = entity["id"]
        description = (entity.get("descriptions") or {}).get("en", {}).get("value")
        hit: dict[str, Any] = {
            "id": qid,
            "title": qid,
            "pageid": entity.get("pageid", 0),
            "concepturi": f"http://www.wikidata.org/entity/{qid}",
            "repository": "wikidata",
            "url": f"//www.wikidata.org/wiki/{qid}",
            "display": {"label": {"value": label, "language": "en"}},
            "label": label,
            "match": {"type": match[0], "language": "en", "text": match[1]},
        }
        if description:
            hit["description"] = description
            hit["display"]["description"] = {"value": description, "language": "en"}
        if match[1] != label:
            hit["aliases"] = [match[1]]
        return hit

    def _get(self, params: dict[str, str]) -> dict[str, Any]:
        ids = [qid for qid in params.get("ids", "").split("|") if qid]
        if len(ids) > 50:
            return {"error": {"code": "toomanyvalues", "info": 'Too many values supplied for parameter "ids".'}}
        entities: dict[str, Any] = {}
        for qid in ids:
            entities[qid] = self.entities.get(qid, {"id": qid, "missing": ""})
        return {"entities": entities, "success": 1}

    # -- HTTP ------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                params = {name: values[-1] for name, values in query.items()}
                with server._lock:
                    server.requests.append(RecordedRequest(params, {k: v for k, v in self.headers.items()}))
                    scripted = server.script.pop(0) if server.script else None
                if scripted is not None and scripted.delay:
                    time.sleep(scripted.delay)
                status = scripted.status if scripted is not None else 200
                headers = dict(scripted.headers) if scripted is not None else {}
                if scripted is not None and scripted.body is not None:
                    body = scripted.body
                else:
                    body = json.dumps(server.answer(params)).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def maxlag_body(lag: float = 7.0) -> bytes:
    """The error Wikidata returns (with HTTP 200) when replication lag exceeds maxlag."""
    return json.dumps(
        {
            "error": {
                "code": "maxlag",
                "info": f"Waiting for a database server: {lag} seconds lagged.",
                "host": "db1234",
                "lag": lag,
                "type": "db",
                "*": "See https://www.wikidata.org/w/api.php for API usage.",
            },
            "servedby": "mw1234",
        }
    ).encode("utf-8")


def refused_endpoint() -> str:
    """An endpoint on a loopback port nobody listens on: connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/w/api.php"


def item(
    qid: str,
    label: str,
    description: str = "",
    claims: dict[str, list[str]] | None = None,
    *,
    sitelinks: int = 0,
) -> dict[str, Any]:
    """An item in ``wbgetentities``' shape; claim values "Q…" are items, others external ids.

    Statements carry what the real API sends with them (statement ids, ``P580`` qualifiers on positions held,
    references), so the client's trimming is exercised too.
    """
    statements: dict[str, list[dict[str, Any]]] = {}
    for prop, values in (claims or {}).items():
        for number, value in enumerate(values):
            if value.startswith("Q") and value[1:].isdigit():
                datavalue: dict[str, Any] = {
                    "value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value},
                    "type": "wikibase-entityid",
                }
                datatype = "wikibase-item"
            else:
                datavalue, datatype = {"value": value, "type": "string"}, "external-id"
            statement: dict[str, Any] = {
                "mainsnak": {"snaktype": "value", "property": prop, "datavalue": datavalue, "datatype": datatype},
                "type": "statement",
                "id": f"{qid}${prop}-{number}",
                "rank": "normal",
                "references": [],
            }
            if prop == "P39":
                start = {"time": "+2020-01-01T00:00:00Z", "timezone": 0, "before": 0, "after": 0, "precision": 11,
                         "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}  # fmt: skip
                statement["qualifiers"] = {
                    "P580": [
                        {
                            "snaktype": "value",
                            "property": "P580",
                            "datatype": "time",
                            "datavalue": {"value": start, "type": "time"},
                        }
                    ]
                }
                statement["qualifiers-order"] = ["P580"]
            statements.setdefault(prop, []).append(statement)
    return {
        "type": "item",
        "id": qid,
        "title": qid,
        "labels": {"en": {"language": "en", "value": label}},
        "descriptions": {"en": {"language": "en", "value": description}} if description else {},
        "aliases": {},
        "claims": statements,
        "sitelinks": {f"x{n}wiki": {"site": f"x{n}wiki", "title": label} for n in range(sitelinks)},
    }
