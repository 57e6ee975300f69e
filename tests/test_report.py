"""The report pages: built from the graph file as written, escaped, self-contained; checked in a real Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kgingest.report import Anchor, Mark, read_summary, render_text, report_file
from kgingest.resources import resource_dir
from kgingest.write import FORMATS, write_graph

ROOT = Path(__file__).resolve().parents[1]
DEV_ARTICLE = ROOT / "tests" / "corpus" / "dev" / "000_3c2cfa3121e2e0b7.txt"
BUNDLED_KEY = "000_3c2cfa3121e2e0b7"
KG = "https://w3id.org/kgingest/ontology#"
HEADLINE, URL = URIRef("https://schema.org/headline"), URIRef("https://schema.org/url")
EXACT_MATCH = URIRef("http://www.w3.org/2004/02/skos/core#exactMatch")
ANY_URI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
SCREENSHOT_DIR = ROOT / "output"

# Invented names and events; the markup is the point: it must be shown as text and never run.
HOSTILE_ARTICLE = (
    "Harbour board confirms letter\n"
    "Mara Lindqvist, a spokesperson for the Ministry of Harbours, said on Tuesday that the letter contained "
    "<script>window.pwned = 1;</script> and nothing else. "
    '"We found <img src=x onerror="window.pwned = 2"> in the second page," Lindqvist said. '
    "Officials in Norway said a link to javascript:window.pwned=3 was removed.\n"
)

PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n"
MENTIONS = (
    PREFIXES
    + """SELECT DISTINCT ?node ?b ?e ?exact WHERE {
  VALUES ?class { kg:Actor kg:Place }
  ?node a ?class .
  ?appearance kg:appearanceOf ?node ; kg:anchor ?a .
  ?a oa:hasSelector ?p , ?q .
  ?p a oa:TextPositionSelector ; oa:start ?b ; oa:end ?e .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
}"""
)
STATEMENT_CONTENTS = (
    PREFIXES
    + """SELECT DISTINCT ?node ?exact WHERE {
  ?node a kg:Statement ; kg:contentAnchor ?a .
  ?a oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact .
}"""
)
DEPLOYMENT_ANCHORS = (
    PREFIXES
    + """SELECT DISTINCT ?node ?b ?e WHERE {
  ?node a kg:MilitaryDeployment ; kg:anchor ?a .
  ?a oa:hasSelector ?p . ?p a oa:TextPositionSelector ; oa:start ?b ; oa:end ?e .
}"""
)


def kgingest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgingest", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kgingest run --report`` on the bundled article (the dev article, with its title and date sidecar)."""
    assert (resource_dir("examples") / f"{BUNDLED_KEY}.txt").read_bytes() == DEV_ARTICLE.read_bytes()
    workdir = tmp_path_factory.mktemp("report-dev")
    result = kgingest("run", "--report", "--out", "out", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert (workdir / "out" / "report" / f"{BUNDLED_KEY}.html").is_file()
    assert (workdir / "out" / "report" / "index.html").is_file()
    return workdir / "out"


@pytest.fixture(scope="module")
def harbour_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph ``kgingest run`` writes for an article full of markup."""
    workdir = tmp_path_factory.mktemp("report-harbour")
    (workdir / "harbour.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = kgingest("run", "harbour.txt", "--out", "out", "--published", "2031-03-04", cwd=workdir)
    assert result.returncode == 0, result.stderr
    return workdir / "out" / "harbour.ttl"


@pytest.fixture(scope="module")
def hostile_run(harbour_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of that graph with markup put into its labels, headline and url as well."""
    workdir = tmp_path_factory.mktemp("report-hostile")
    graph = Graph().parse(harbour_graph)
    article = URIRef("https://w3id.org/kgingest/id/article/harbour")
    graph.add((article, HEADLINE, Literal('<script>window.pwned = 4;</script> "quoted" & more')))
    graph.set((article, URL, Literal("javascript:window.pwned=5", datatype=ANY_URI)))
    labelled = sorted(graph.subjects(RDFS.label, None))
    assert labelled, "the pipeline found no actor in the hostile article"
    graph.set((labelled[0], RDFS.label, Literal('<img src=x onerror="window.pwned = 6">')))
    graph.serialize(workdir / "harbour.ttl", format="turtle")
    result = kgingest("report", "harbour.ttl", "--out", "pages", cwd=workdir)
    assert result.returncode == 0, result.stderr
    return workdir / "pages" / "harbour.html"


# --- without a browser ---------------------------------------------------------------------------------------


class Elements(HTMLParser):
    """Every element of a page, with its attributes; fails on a closing tag that does not match."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in ("meta", "link", "br", "img", "input"):  # HTML's void elements that kgingest could write
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))  # <rect/>, <path/> in the SVG

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_crossing_marks_become_well_formed_pieces_that_keep_the_text() -> None:
    text = "Ada met Bo at the dock today."
    first = Mark(0, 12, 1, "st", "urn:s", Anchor(0, 12, text[0:12], "urn:a1"), tag="Ada · indirect")
    crossing = Mark(8, 17, 6, "m k-person", "urn:p", Anchor(8, 17, text[8:17], "urn:a2"))
    inner = Mark(4, 7, 6, "m k-place", "urn:q", Anchor(4, 7, text[4:7], "urn:a3"))
    rendered = render_text(text, [first, inner, crossing])
    parser = Elements()
    parser.feed(rendered)
    assert parser.open == []
    pieces = [attrs for tag, attrs in parser.elements if attrs.get("data-node") == "urn:p"]
    assert len(pieces) == 2 and "cont" in (pieces[1]["class"] or "")
    shown = "".join(parser.text).replace("Ada · indirect", "")
    assert shown == text


def test_the_page_shows_what_the_graph_file_holds_not_what_was_extracted(harbour_graph: Path, tmp_path: Path) -> None:
    graph_file = tmp_path / "out" / "a.ttl"
    graph_file.parent.mkdir()
    graph = Graph().parse(harbour_graph)
    person = sorted(graph.subjects(None, URIRef(f"{KG}Person")))[0]
    # The page shows the name this article uses: the one on the person's appearance in it.
    appearance = next(graph.subjects(URIRef(f"{KG}appearanceOf"), person))
    graph.set((appearance, RDFS.label, Literal("Label Edited After Writing")))
    graph.add((person, EXACT_MATCH, URIRef("http://www.wikidata.org/entity/Q4115189")))
    graph.serialize(graph_file, format="turtle")
    result = kgingest("report", "out", "--out", "pages", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "pages" / "harbour.html").read_text(encoding="utf-8")
    assert "Label Edited After Writing" in page
    assert '<a href="https://www.wikidata.org/wiki/Q4115189"' in page


def test_article_markup_is_escaped_and_nothing_is_loaded(hostile_run: Path) -> None:
    page = hostile_run.read_text(encoding="utf-8")
    parser = Elements()
    parser.feed(page)
    assert parser.open == []
    tags = [tag for tag, _ in parser.elements]
    assert "img" not in tags
    scripts = [attrs for tag, attrs in parser.elements if tag == "script"]
    assert len(scripts) == 2 and scripts[0].get("type") == "application/json"  # the data block, then the page's own
    for tag, attrs in parser.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href") or ""
        if tag == "a":
            assert href.startswith(("https://", "http://", "index.html")), href
        if tag == "link":
            assert href == "data:,", href
    text = "".join(parser.text)
    assert "<script>window.pwned = 1;</script>" in text
    assert '<img src=x onerror="window.pwned = 2">' in text
    assert "javascript:window.pwned=5" in text  # the url, shown as text, not a link
    csp = next(attrs["content"] or "" for tag, attrs in parser.elements if attrs.get("http-equiv"))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_pages_are_byte_identical_for_the_same_graph(dev_run: Path, tmp_path: Path) -> None:
    result = kgingest("report", str(dev_run), "--out", str(tmp_path / "again"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    name = f"{BUNDLED_KEY}.html"
    # run --report reused the pipeline's validation; report validated the file again: the same page either way.
    assert (tmp_path / "again" / name).read_bytes() == (dev_run / "report" / name).read_bytes()
    assert (tmp_path / "again" / "index.html").read_bytes() == (dev_run / "report" / "index.html").read_bytes()


def test_every_output_format_gives_the_same_page(dev_run: Path, tmp_path: Path) -> None:
    graph = Graph().parse(dev_run / f"{BUNDLED_KEY}.ttl")
    article = f"https://w3id.org/kgingest/id/article/{BUNDLED_KEY}"
    expected = (dev_run / "report" / f"{BUNDLED_KEY}.html").read_bytes()
    for fmt in ("nt", "trig", "nquads", "json-ld"):
        written = write_graph(graph, tmp_path / f"graph-{fmt}{FORMATS[fmt].extension}", fmt, graph_name=article)
        (page,) = report_file(written, tmp_path / fmt)
        assert (tmp_path / fmt / page.page).read_bytes() == expected, fmt


def test_report_writes_a_page_per_graph_and_an_index_and_reports_bad_files(
    dev_run: Path, harbour_graph: Path, tmp_path: Path
) -> None:
    graphs = tmp_path / "graphs"
    graphs.mkdir()
    shutil.copy(dev_run / f"{BUNDLED_KEY}.ttl", graphs / "first.ttl")
    write_graph(Graph().parse(harbour_graph), graphs / "second.trig", "trig")  # a dataset format reads too
    # The corpus actors graph describes no article: known by its content, it gets no page and is no error.
    shutil.copy(dev_run / "corpus~actors.ttl", graphs / "actors.ttl")
    (graphs / "broken.ttl").write_text("this is not turtle <", encoding="utf-8")
    result = kgingest("report", "graphs", "--out", "pages", cwd=tmp_path)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "broken.ttl" in errors[0], result.stderr
    pages = sorted(p.name for p in (tmp_path / "pages").glob("*.html"))
    assert pages == [f"{BUNDLED_KEY}.html", "harbour.html", "index.html"]
    summary = read_summary(tmp_path / "pages" / f"{BUNDLED_KEY}.html")
    assert summary is not None and summary.statements > 0 and summary.conforms
    graph = Graph().parse(graphs / "first.ttl")
    assert summary.mentions == len(list(graph.query(MENTIONS)))
    index = Elements()
    index.feed((tmp_path / "pages" / "index.html").read_text(encoding="utf-8"))
    links = [attrs["href"] for tag, attrs in index.elements if tag == "a"]
    assert links == [f"{BUNDLED_KEY}.html", "harbour.html"]
    assert f"{summary.mentions}" in "".join(index.text)


def test_a_graph_that_does_not_conform_shows_its_violations(dev_run: Path, tmp_path: Path) -> None:
    graph = Graph().parse(dev_run / f"{BUNDLED_KEY}.ttl")
    statement = sorted(graph.subjects(None, URIRef(f"{KG}Statement")))[0]
    graph.remove((statement, URIRef(f"{KG}mode"), None))
    graph.serialize(tmp_path / "changed.ttl", format="turtle")
    result = kgingest("report", "changed.ttl", "--out", "pages", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "pages" / f"{BUNDLED_KEY}.html").read_text(encoding="utf-8")
    assert "Does not conform: 1 violation(s)" in page
    assert 'class="violation"' in page and "kg:mode" in page
    assert "1 violation(s)" in (tmp_path / "pages" / "index.html").read_text(encoding="utf-8")


# --- in headless Chromium ------------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="kgingest-chromium-")
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1500,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(driver: Any, page: Path) -> list[dict[str, Any]]:
    """Load a page; return what it wrote to the console."""
    driver.get_log("browser")  # drop anything left from the previous page
    driver.set_window_size(1500, 1000)
    driver.get(page.resolve().as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    return list(driver.get_log("browser"))


PIECES_JS = """
const found = {};
for (const el of document.querySelectorAll(arguments[0])) {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.tag, .lead').forEach(n => n.remove());
  const key = arguments[1] ? [el.dataset.node, el.dataset.b, el.dataset.e].join('|') : el.dataset.node;
  found[key] = (found[key] || '') + copy.textContent;
}
return found;
"""


def test_dev_article_page_in_chromium(browser: Any, dev_run: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = dev_run / "report" / f"{BUNDLED_KEY}.html"
    console = open_page(browser, page)
    assert [entry for entry in console if entry["level"] in ("SEVERE", "WARNING")] == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0

    graph = Graph().parse(dev_run / f"{BUNDLED_KEY}.ttl")
    mentions = {f"{r.node}|{r.b}|{r.e}": str(r.exact) for r in graph.query(MENTIONS)}  # type: ignore[union-attr]
    shown = browser.execute_script(PIECES_JS, "#text .m", True)
    assert len(mentions) > 50
    assert shown == mentions  # every mention highlighted once, over exactly its stored text
    statements = {str(r.node): str(r.exact) for r in graph.query(STATEMENT_CONTENTS)}  # type: ignore[union-attr]
    assert browser.execute_script(PIECES_JS, "#text .st", False) == statements
    deployments = {f"{r.node}|{r.b}|{r.e}" for r in graph.query(DEPLOYMENT_ANCHORS)}  # type: ignore[union-attr]
    assert deployments and set(browser.execute_script(PIECES_JS, "#text .dep", True)) == deployments
    tags = browser.find_elements(By.CSS_SELECTOR, "#text .tag")
    assert len(tags) == len(statements)

    # Hovering a mention shows its node, IRI and offsets; clicking pins them and marks all its mentions.
    first = browser.find_element(By.CSS_SELECTOR, "#text .m")
    ActionChains(browser).move_to_element(first).perform()
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed()
    node, begin, end = (first.get_attribute(name) for name in ("data-node", "data-b", "data-e"))
    assert node in tip.text and f"{begin}–{end}" in tip.text
    first.click()
    assert node in browser.find_element(By.ID, "info").text
    marked = browser.find_elements(By.CSS_SELECTOR, "#text .m.sel")
    assert len(marked) == sum(1 for key in mentions if key.startswith(f"{node}|"))
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).click().perform()

    # Every actor, place, statement and deployment is a box in the drawing, none drawn on another.
    boxes = browser.execute_script(
        "return [...document.querySelectorAll('#graph g.node')].map(g => {"
        "const r = g.getBoundingClientRect(); return [g.dataset.node, r.left, r.top, r.right, r.bottom];})"
    )
    expected = {key.split("|")[0] for key in mentions} | set(statements) | {key.split("|")[0] for key in deployments}
    assert {box[0] for box in boxes} == expected
    for index, a in enumerate(boxes):
        for b in boxes[index + 1 :]:
            assert a[3] <= b[1] or b[3] <= a[1] or a[4] <= b[2] or b[4] <= a[2], (a[0], b[0])
    graph_width = browser.execute_script("return document.getElementById('graph').getBoundingClientRect().width")
    assert graph_width <= 1500  # readable without zooming or scrolling sideways

    # Screenshots: the first screen, the drawing, the whole page; in pytest's folder and in output/ for a person
    # (output/report-screenshot.png, output/report-graph.png, output/report-page.png).
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    for folder in (tmp_path, SCREENSHOT_DIR):
        assert browser.save_screenshot(str(folder / "report-screenshot.png"))
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1500, min(height, 12000))  # an element is captured only as far as the window reaches
    for folder in (tmp_path, SCREENSHOT_DIR):
        assert browser.find_element(By.ID, "graph-wrap").screenshot(str(folder / "report-graph.png"))
        assert browser.save_screenshot(str(folder / "report-page.png"))
    assert (tmp_path / "report-screenshot.png").stat().st_size > 50_000


def test_hostile_page_runs_no_markup_from_the_graph_in_chromium(browser: Any, hostile_run: Path) -> None:
    from selenium.webdriver.common.by import By

    console = open_page(browser, hostile_run)
    assert [entry for entry in console if entry["level"] in ("SEVERE", "WARNING")] == []
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    text = browser.find_element(By.ID, "text").text
    assert "<script>window.pwned = 1;</script>" in text
    assert 'onerror="window.pwned = 2"' in text
    assert "<script>window.pwned = 4;</script>" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.execute_script("return [...document.links].every(a => /^https?:|index\\.html$/.test(a.href))")
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
