"""The one polite HTTP client, shared by the Wikidata linker and the page fetcher, against loopback servers."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgingest.errors import InputError
from kgingest.fetch import PageFetcher
from kgingest.httpclient import HttpGaveUp, HttpStatusFailure, PoliteClient, user_agent
from kgingest.wikidata import WikidataClient
from wikidata_server import refused_endpoint

PAGE = b"<html><body><p>Two ferries were delayed by fog.</p></body></html>"


class ScriptedServer(http.server.ThreadingHTTPServer):
    """Answers each GET with the next (status, headers) of its script, then 200 with PAGE."""

    def __init__(self, script: list[tuple[int, dict[str, str]]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = list(script)
        self.agents: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/page.html"


class _Handler(http.server.BaseHTTPRequestHandler):
    server: ScriptedServer

    def do_GET(self) -> None:
        self.server.agents.append(self.headers.get("User-Agent", ""))
        status, headers = self.server.script.pop(0) if self.server.script else (200, {})
        body = PAGE if status == 200 else b"busy"
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(script: list[tuple[int, dict[str, str]]]) -> Iterator[ScriptedServer]:
    server = ScriptedServer(script)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def busy_then_ok() -> Iterator[ScriptedServer]:
    yield from serve([(503, {"Retry-After": "7"}), (429, {})])


@pytest.fixture
def always_busy() -> Iterator[ScriptedServer]:
    yield from serve([(429, {"Retry-After": "1"})] * 10)


def test_the_linker_and_the_fetcher_share_one_client_class() -> None:
    assert isinstance(WikidataClient("http://127.0.0.1:9/w/api.php").http, PoliteClient)
    assert isinstance(PageFetcher().http, PoliteClient)


def test_fetcher_waits_as_retry_after_asks_then_backs_off_and_sends_kgingests_user_agent(
    busy_then_ok: ScriptedServer, tmp_path: Path
) -> None:
    waits: list[float] = []
    fetcher = PageFetcher(tmp_path / "cache", sleep=waits.append)
    assert fetcher(busy_then_ok.url) == PAGE
    assert waits == [7.0, 4.0]  # Retry-After, then the back-off of the second attempt (2 s x 2)
    assert fetcher.requests_made == 3
    assert busy_then_ok.agents == [user_agent()] * 3


def test_client_gives_up_after_its_retries_with_the_last_problem(always_busy: ScriptedServer) -> None:
    waits: list[float] = []
    client = PoliteClient(max_retries=2, sleep=waits.append)
    with pytest.raises(HttpGaveUp) as caught:
        client.get(always_busy.url)
    assert (caught.value.attempts, caught.value.problem) == (3, "HTTP 429")
    assert waits == [1.0, 1.0] and client.requests_made == 3


def test_a_missing_page_is_not_retried() -> None:
    for server in serve([(404, {})]):
        client = PoliteClient(sleep=lambda _: None)
        with pytest.raises(HttpStatusFailure):
            client.get(server.url)
        assert client.requests_made == 1


def test_fetcher_reports_a_refused_connection_after_one_retry_as_the_linker_does(tmp_path: Path) -> None:
    fetcher = PageFetcher(tmp_path / "cache", sleep=lambda _: None)
    url = refused_endpoint()
    with pytest.raises(InputError, match="cannot connect") as caught:
        fetcher(url)
    assert url in str(caught.value) and "2 attempts" in str(caught.value)
    assert fetcher.requests_made == 2
