"""Corpus inputs: folders (recursive, with a glob), JSON Lines, stdin, HTML files and URLs (a loopback server)."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgingest.corpus import run_corpus
from kgingest.errors import InputError
from kgingest.fetch import PageFetcher
from kgingest.pipeline import Options, Outcome
from kgingest.read import Source, expand_inputs, load_source

# Written for these tests; no corpus article is quoted.
MEDICS = "Canada said on Monday that it would send forty army medics to Ghana next month."
FERRIES = "Two ferries were delayed by fog on Sunday, the harbour master in Northport said."
PAGE = """<!DOCTYPE html>
<html><head>
<title>Harbour town waits for its ferries | The Coastal Ledger</title>
<meta property="og:title" content="Harbour town waits for its ferries">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2024-03-04T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Harbour town waits for its ferries</h1>
<p>Two ferries were delayed by fog on Sunday, the harbour master in Northport said on Monday morning.</p>
<p>The mayor of Northport told reporters that the town would ask the coast guard for a second pilot boat
before the summer, when the number of visitors usually doubles.</p>
<p>Fishermen said the fog had been the thickest they could remember, and several boats stayed in port.</p>
</article>
<footer>Copyright notice and cookie settings of the newspaper.</footer>
</body></html>
"""


def sources(*inputs: str, glob: str = "*.txt") -> list[Source]:
    return list(expand_inputs(list(inputs), glob))


def run(items: list[Source], out: Path, **kwargs: object) -> tuple[list[Outcome], object]:
    outcomes: list[Outcome] = []
    result = run_corpus(items, Options(out_dir=out), on_outcome=outcomes.append, **kwargs)  # type: ignore[arg-type]
    return outcomes, result


def test_a_folder_is_searched_recursively_for_files_matching_the_glob(tmp_path: Path) -> None:
    (tmp_path / "news" / "world" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(MEDICS, encoding="utf-8")
    (tmp_path / "news" / "world" / "deep" / "b.txt").write_text(FERRIES, encoding="utf-8")
    (tmp_path / "news" / "world" / "c.md").write_text(FERRIES, encoding="utf-8")
    (tmp_path / "news" / "a.meta.json").write_text("{}", encoding="utf-8")
    assert [Path(s.name).name for s in sources(str(tmp_path / "news"))] == ["a.txt", "b.txt"]
    assert [Path(s.name).name for s in sources(str(tmp_path / "news"), glob="*.md")] == ["c.md"]


def test_json_lines_give_one_article_a_line_named_by_id_or_line_and_bad_lines_are_refused_alone(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "Story 1", "text": "' + MEDICS + '", "title": "Medics", "published": "2031-05-01", "extra": 1}\n'
        "\n"
        "{not json\n"
        '{"text": "' + FERRIES + '"}\n'
        '{"id": "no-text"}\n'
        '{"id": "bad-date", "text": "' + FERRIES + '", "published": "soon"}\n',
        encoding="utf-8",
    )
    items = sources(str(feed))
    assert [s.name for s in items] == [f"{feed}:{n}" for n in (1, 3, 4, 5, 6)]
    assert load_source(items[0]).meta.title == "Medics"
    outcomes, _ = run(items, tmp_path / "out")
    written = sorted(o.written.name for o in outcomes if o.written is not None)
    assert written == ["feed-4.ttl", "story-1.ttl"]
    refused = {o.source: str(o.error) for o in outcomes if o.error is not None}
    assert sorted(refused) == [f"{feed}:3", f"{feed}:5", f"{feed}:6"]
    assert "not a JSON object" in refused[f"{feed}:3"] and "'text'" in refused[f"{feed}:5"]
    assert "2031-05-01" in (tmp_path / "out" / "story-1.ttl").read_text(encoding="utf-8")


def test_stdin_is_one_article_named_stdin(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kgingest", "run", "-", "--out", "out"],
        input=MEDICS + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "forty army medics" in (tmp_path / "out" / "stdin.ttl").read_text(encoding="utf-8")


def test_html_file_gives_its_main_text_title_date_and_publisher(tmp_path: Path) -> None:
    page = tmp_path / "ferries.html"
    page.write_text(PAGE, encoding="utf-8")
    article = load_source(sources(str(page))[0])
    assert "delayed by fog" in article.text and "second pilot boat" in article.text
    assert "cookie" not in article.text and "Sport" not in article.text
    assert article.meta.title == "Harbour town waits for its ferries"
    assert str(article.meta.published) == "2024-03-04"
    assert article.meta.publisher == "The Coastal Ledger"
    assert article.key == "ferries"


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing here</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        load_source(sources(str(page))[0])


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        if self.path == "/news/ferries.html":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def page_server() -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_politely_once_and_a_missing_page_is_refused_alone(
    tmp_path: Path, page_server: http.server.ThreadingHTTPServer
) -> None:
    base = f"http://127.0.0.1:{page_server.server_address[1]}"
    good, missing = f"{base}/news/ferries.html", f"{base}/news/gone.html"
    fetcher = PageFetcher(tmp_path / "cache", sleep=lambda _: None)
    outcomes, _ = run(sources(good, missing), tmp_path / "out", fetch=fetcher)
    by_source = {o.source: o for o in outcomes}
    assert by_source[good].written is not None
    assert "HTTP 404" in str(by_source[missing].error)
    graph = by_source[good].written.read_text(encoding="utf-8")
    assert "delayed by fog" in graph and good in graph
    assert page_server.requests.count("/news/ferries.html") == 1  # type: ignore[attr-defined]

    again = PageFetcher(tmp_path / "cache", offline=True)
    assert b"second pilot boat" in again(good) and again.requests_made == 0


def test_two_inputs_with_the_same_name_are_not_both_written_to_one_file(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(MEDICS, encoding="utf-8")
    outcomes, _ = run(sources(str(tmp_path / "a"), str(tmp_path / "b")), tmp_path / "out")
    assert [o.written is not None for o in outcomes] == [False, True] or [o.written is not None for o in outcomes] == [
        True,
        False,
    ]
    (refused,) = [o for o in outcomes if o.error is not None]
    assert "same name" in str(refused.error) and refused.source == str(tmp_path / "b" / "story.txt")
