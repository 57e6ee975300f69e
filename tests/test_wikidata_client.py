"""The Wikidata client against a loopback fixture server: politeness, cache, failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

import kgingest
from kgingest.errors import LinkError
from kgingest.wikidata import WikidataClient, cache_key, parse_retry_after
from wikidata_server import Scripted, WikidataFixtureServer, maxlag_body, refused_endpoint


class RecordingSleep:
    """Stands in for time.sleep: remembers the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def server() -> Iterator[WikidataFixtureServer]:
    with WikidataFixtureServer() as running:
        yield running


def make_client(server_or_endpoint: WikidataFixtureServer | str, cache: Path, **options: object) -> WikidataClient:
    endpoint = server_or_endpoint if isinstance(server_or_endpoint, str) else server_or_endpoint.endpoint
    options.setdefault("sleep", RecordingSleep())
    options.setdefault("timeout", 2.0)
    return WikidataClient(endpoint, cache, **options)  # type: ignore[arg-type]


def test_search_sends_polite_requests_and_returns_real_shaped_hits(server: WikidataFixtureServer, tmp_path: Path):
    client = make_client(server, tmp_path)
    hits = client.search("Seoul")
    assert [hit["id"] for hit in hits] == ["Q8684"]
    assert hits[0]["match"] == {"type": "label", "language": "en", "text": "Seoul"}
    assert hits[0]["concepturi"] == "http://www.wikidata.org/entity/Q8684"
    sent = server.requests[0]
    assert sent.params["action"] == "wbsearchentities"
    assert sent.params["type"] == "item"
    assert sent.params["maxlag"] == "5"
    assert sent.params["format"] == "json"
    agent = sent.headers["User-Agent"]
    assert agent.startswith(f"kgingest/{kgingest.__version__} ({kgingest.PROJECT_URL}) requests/")
    assert agent.endswith(requests.__version__)
    assert "gzip" in sent.headers["Accept-Encoding"]
    assert client.requests_made == 1


def test_alias_match_carries_the_alias(server: WikidataFixtureServer, tmp_path: Path):
    hits = make_client(server, tmp_path).search("Volodymyr Zelensky")
    assert hits[0]["id"] == "Q3874799"
    assert hits[0]["match"]["type"] == "alias"
    assert hits[0]["aliases"] == ["Volodymyr Zelensky"]


def test_second_run_makes_no_request(server: WikidataFixtureServer, tmp_path: Path):
    first = make_client(server, tmp_path)
    first.search("Pyongyang")
    first.get_entities(["Q18808", "Q423"])
    assert first.requests_made == 2
    second = make_client(server, tmp_path)
    assert second.search("Pyongyang") == first.search("Pyongyang")
    assert set(second.get_entities(["Q423", "Q18808"])) == {"Q18808", "Q423"}
    assert second.requests_made == 0
    assert len(server.requests) == 2


def test_offline_uses_only_the_cache(server: WikidataFixtureServer, tmp_path: Path):
    make_client(server, tmp_path).search("Moscow")
    offline = make_client(server, tmp_path, offline=True)
    assert offline.search("Moscow")[0]["id"] == "Q649"
    with pytest.raises(LinkError, match="not in cache, offline"):
        offline.search("Kursk")
    assert offline.requests_made == 0
    assert len(server.requests) == 1


def test_cache_key_ignores_volatile_parameters_but_not_the_endpoint():
    base = {"action": "wbsearchentities", "search": "Seoul"}
    assert cache_key("http://a/api", base) == cache_key("http://a/api", {**base, "maxlag": "5", "format": "json"})
    assert cache_key("http://a/api", base) != cache_key("http://b/api", base)
    assert cache_key("http://a/api", base) != cache_key("http://a/api", {**base, "search": "Busan"})


def test_get_entities_batches_at_most_fifty_and_marks_missing(server: WikidataFixtureServer, tmp_path: Path):
    client = make_client(server, tmp_path)
    wanted = ["Q423", "Q884"] + [f"Q{n}" for n in range(1_000_000, 1_000_118)]
    entities = client.get_entities(wanted)
    calls = [request for request in server.requests if request.params["action"] == "wbgetentities"]
    assert len(calls) == 3
    assert all(len(call.params["ids"].split("|")) <= 50 for call in calls)
    assert calls[0].params["props"] == "labels|descriptions|aliases|claims|sitelinks"
    assert calls[0].params["languages"] == "en"
    assert entities["Q423"]["labels"]["en"]["value"] == "North Korea"
    assert entities["Q1000000"] == {"id": "Q1000000", "missing": ""}
    assert len(entities) == 120


def test_429_waits_for_retry_after_then_succeeds(server: WikidataFixtureServer, tmp_path: Path):
    sleep = RecordingSleep()
    server.script = [Scripted(status=429, headers={"Retry-After": "3"}, body=b"Too many requests")]
    hits = make_client(server, tmp_path, sleep=sleep).search("Seoul")
    assert hits[0]["id"] == "Q8684"
    assert sleep.waits == [3.0]
    assert len(server.requests) == 2


def test_retry_after_is_capped(server: WikidataFixtureServer, tmp_path: Path):
    sleep = RecordingSleep()
    server.script = [Scripted(status=503, headers={"Retry-After": "86400"}, body=b"busy")]
    make_client(server, tmp_path, sleep=sleep, max_wait=7.0).search("Seoul")
    assert sleep.waits == [7.0]


def test_retry_after_as_http_date():
    now = dt.datetime(2025, 4, 28, 12, 0, 0, tzinfo=dt.timezone.utc)
    assert parse_retry_after("Mon, 28 Apr 2025 12:00:42 GMT", now) == 42.0
    assert parse_retry_after("Mon, 28 Apr 2025 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("12", now) == 12.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_maxlag_error_is_treated_like_rate_limiting(server: WikidataFixtureServer, tmp_path: Path):
    sleep = RecordingSleep()
    server.script = [Scripted(headers={"Retry-After": "5"}, body=maxlag_body())]
    client = make_client(server, tmp_path, sleep=sleep)
    assert client.search("Seoul")[0]["id"] == "Q8684"
    assert sleep.waits == [5.0]
    assert client.requests_made == 2


def test_persistent_maxlag_gives_up_after_bounded_retries(server: WikidataFixtureServer, tmp_path: Path):
    sleep = RecordingSleep()
    server.script = [Scripted(headers={"Retry-After": "1"}, body=maxlag_body()) for _ in range(10)]
    client = make_client(server, tmp_path, sleep=sleep, max_retries=2)
    with pytest.raises(LinkError, match=r"gave up after 3 attempts: database lag"):
        client.search("Seoul")
    assert client.requests_made == 3
    assert sleep.waits == [1.0, 1.0]
    # nothing was cached: the next call asks again
    server.script = []
    assert client.search("Seoul")[0]["id"] == "Q8684"


def test_timeout_after_retries_is_a_link_error(server: WikidataFixtureServer, tmp_path: Path):
    server.script = [Scripted(delay=1.5), Scripted(delay=1.5)]
    client = make_client(server, tmp_path, timeout=0.3, max_retries=1)
    with pytest.raises(LinkError, match="timed out"):
        client.search("Seoul")
    assert client.requests_made == 2


def test_malformed_json_is_a_link_error_without_retry(server: WikidataFixtureServer, tmp_path: Path):
    server.script = [Scripted(body=b'{"search": [')]
    client = make_client(server, tmp_path)
    with pytest.raises(LinkError, match="malformed JSON"):
        client.search("Seoul")
    assert client.requests_made == 1


def test_other_http_errors_are_link_errors(server: WikidataFixtureServer, tmp_path: Path):
    server.script = [Scripted(status=403, body=b"forbidden")]
    with pytest.raises(LinkError, match="HTTP 403"):
        make_client(server, tmp_path).search("Seoul")


def test_api_errors_other_than_maxlag_are_link_errors(server: WikidataFixtureServer, tmp_path: Path):
    server.script = [Scripted(body=b'{"error": {"code": "badvalue", "info": "Unrecognized value"}}')]
    with pytest.raises(LinkError, match="refused: badvalue"):
        make_client(server, tmp_path).search("Seoul")


def test_connection_refused_is_a_link_error_after_one_retry(tmp_path: Path):
    sleep = RecordingSleep()
    client = make_client(refused_endpoint(), tmp_path, sleep=sleep, max_retries=4, backoff=0.5)
    with pytest.raises(LinkError, match="gave up after 2 attempts: cannot connect"):
        client.search("Seoul")
    assert client.requests_made == 2
    assert sleep.waits == [0.5]


def test_corrupt_cache_file_is_a_miss(server: WikidataFixtureServer, tmp_path: Path):
    make_client(server, tmp_path).search("Seoul")
    for path in (tmp_path / "api").rglob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    client = make_client(server, tmp_path)
    assert client.search("Seoul")[0]["id"] == "Q8684"
    assert client.requests_made == 1


def test_entities_are_cached_one_by_one(server: WikidataFixtureServer, tmp_path: Path):
    make_client(server, tmp_path).get_entities(["Q423", "Q884"])
    later = make_client(server, tmp_path)
    entities = later.get_entities(["Q884", "Q159"])  # a different mix: only the unseen id is fetched
    assert list(entities) == ["Q159", "Q884"]
    assert later.requests_made == 1
    assert server.requests[-1].params["ids"] == "Q159"
    with pytest.raises(LinkError, match="not in cache, offline"):
        make_client(server, tmp_path, offline=True).get_entities(["Q423", "Q212"])


def test_entities_keep_only_the_statements_kgingest_reads(server: WikidataFixtureServer, tmp_path: Path):
    server.entities["Q423"]["claims"]["P1082"] = [dict(server.entities["Q423"]["claims"]["P31"][0], references=[{}])]
    slim = make_client(server, tmp_path).get_entities(["Q423"])["Q423"]
    assert "P1082" not in slim["claims"] and "P31" in slim["claims"] and "P297" in slim["claims"]
    full = make_client(server, tmp_path / "full", claim_properties=None).get_entities(["Q423"])["Q423"]
    assert "P1082" in full["claims"]
    cached = make_client(server, tmp_path, offline=True).get_entities(["Q423"])["Q423"]
    assert cached == slim
