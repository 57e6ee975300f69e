"""The report stage: one self-contained HTML page per article graph, for an analyst to check it against the text.

The page is built from the RDF graph as written (read back from its file), never from the extraction model, so
what the analyst sees is what was stored. It shows the article text with every mention, statement and
deployment anchor marked, tables of actors, places, statements and deployments with every slot and its
uncertainty, a drawing of the graph (a deterministic column layout computed here, emitted as inline SVG) and
the SHACL result. Everything is inline (CSS, JS, SVG): the page opens with no network, and its
Content-Security-Policy forbids any load and any script but its own. All text from the graph is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kgingest.errors import InputError, KgingestError
from kgingest.map import new_graph
from kgingest.query import load_files, rdf_files
from kgingest.validate import ValidationResult, validate
from kgingest.vocab import KG, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, VOID
from kgingest.write import article_iris, write_bytes_atomic

INDEX_NAME = "index.html"
SUMMARY_META = "kgingest-summary"
KINDS = ("person", "organization", "state", "group", "place")
_KIND_OF_CLASS = {KG.Person: "person", KG.Organization: "organization", KG.State: "state", KG.Group: "group"}
_WIKIDATA = "http://www.wikidata.org/entity/"
_PAGE_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# --- what the page shows, read from the graph -----------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Anchor:
    """A text anchor as stored: its offsets (end exclusive), the exact text, and its IRI."""

    begin: int
    end: int
    exact: str
    iri: str


@dataclass
class Entity:
    """An actor or a place."""

    iri: str
    kind: str  # one of KINDS
    label: str
    aliases: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    wikidata: str | None = None
    link_confidence: str | None = None
    link_method: str | None = None
    country_code: str | None = None
    place_type: str | None = None
    relations: list[tuple[str, str]] = field(default_factory=list)  # (relation, IRI of the other node)
    roles: list[str] = field(default_factory=list)  # "President of Russia", "member of X"

    @property
    def first(self) -> int:
        return self.anchors[0].begin if self.anchors else 1 << 30


@dataclass
class StatementView:
    iri: str
    number: str  # "s1": the last segment of the IRI
    speaker: str
    cue: str
    cue_anchor: Anchor | None
    mode: str
    content: str
    content_anchor: Anchor | None
    quote: str | None = None
    date: str = "undated"
    date_detail: str = ""
    channel: str | None = None
    about: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)  # deployment IRIs
    time_anchor: Anchor | None = None

    @property
    def first(self) -> int:
        return self.content_anchor.begin if self.content_anchor else 1 << 30


@dataclass
class DeploymentView:
    iri: str
    number: str  # "D1"
    slots: list[tuple[str, str]]  # (slot, value as the analyst reads it, with its uncertainty)
    parties: list[tuple[str, str]]  # (relation, IRI): sender, supported, opponent, location
    reported_by: list[str]
    anchors: list[Anchor]
    triggers: list[Anchor]
    part_anchors: list[tuple[str, Anchor]]  # (slot, anchor): force size, legal basis, purpose, start
    summary: list[str]  # short lines for the drawing

    @property
    def first(self) -> int:
        return self.anchors[0].begin if self.anchors else 1 << 30


@dataclass
class ArticleView:
    iri: str
    key: str
    text: str
    title: str | None
    facts: list[tuple[str, str]]  # (what, value) about the article and the run
    url: str | None
    entities: dict[str, Entity]
    statements: list[StatementView]
    deployments: list[DeploymentView]
    validation: ValidationResult


@dataclass(frozen=True)
class PageSummary:
    """One line of the index; also stored in the page itself so the index can be rebuilt from the pages."""

    page: str
    key: str
    title: str
    actors: int
    places: int
    statements: int
    deployments: int
    mentions: int
    conforms: bool
    violations: int
    warnings: int


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str | None:
    value = graph.value(subject, predicate)
    return str(value) if value is not None else None


def _sorted_text(values: Iterable[Node]) -> list[str]:
    return sorted(str(value) for value in values)


def _anchor(graph: Graph, node: Node | None) -> Anchor | None:
    if node is None:
        return None
    for selector in graph.objects(node, OA.hasSelector):
        if (selector, RDF.type, OA.TextPositionSelector) not in graph:
            continue
        begin, end = graph.value(selector, OA.start), graph.value(selector, OA.end)
        if isinstance(begin, Literal) and isinstance(end, Literal):
            exact = ""
            for quoted in graph.objects(node, OA.hasSelector):
                exact = _text(graph, quoted, OA.exact) or exact
            return Anchor(int(begin.toPython()), int(end.toPython()), exact, str(node))
    return None


def _anchors(graph: Graph, subject: Node, predicate: URIRef, article: URIRef) -> list[Anchor]:
    """The anchors of ``subject`` in ``article`` (shared actors carry anchors in every article of a merged file)."""
    found = []
    for node in graph.objects(subject, predicate):
        if graph.value(node, OA.hasSource) != article:
            continue
        anchor = _anchor(graph, node)
        if anchor is not None:
            found.append(anchor)
    return sorted(found)


def _short_id(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


def _format_count(value: Node | None) -> str | None:
    return f"{int(value.toPython()):,}" if isinstance(value, Literal) else None


def _size(graph: Graph, size: Node) -> str:
    exact, minimum = _format_count(graph.value(size, KG.exact)), _format_count(graph.value(size, KG.minimum))
    maximum, approx = _format_count(graph.value(size, KG.maximum)), _format_count(graph.value(size, KG.approximate))
    parts = []
    if exact:
        parts.append(f"exactly {exact}")
    if minimum and maximum:
        parts.append(f"between {minimum} and {maximum}")
    elif minimum:
        parts.append(f"at least {minimum} (lower bound)")
    elif maximum:
        parts.append(f"at most {maximum} (upper bound)")
    if approx:
        parts.append(f"about {approx} (approximate)")
    vague = graph.value(size, KG.vague)
    if isinstance(vague, Literal) and vague.toPython() is True:
        parts.append("vague: no number given")
    surface = _text(graph, size, KG.surfaceText)
    return "; ".join(parts or ["no figure"]) + (f" — “{surface}”" if surface else "")


def _time(graph: Graph, node: Node | None) -> tuple[str, str]:
    """A time-bounds node as (short value, detail): the bounds, their precision, and whether it was assumed."""
    if node is None:
        return "", ""
    earliest, latest = _text(graph, node, KG.earliest), _text(graph, node, KG.latest)
    exact, precision = _text(graph, node, KG.exactDate), _text(graph, node, KG.precision)
    assumed = graph.value(node, KG.assumed)
    if exact:
        short = exact
    elif earliest and latest:
        short = f"{earliest} … {latest}"
    elif earliest:
        short = f"not before {earliest}"
    elif latest:
        short = f"by {latest}"
    else:
        short = ""
    details = [] if exact else [f"earliest {earliest or '—'}", f"latest {latest or '—'}"]
    if precision:
        details.append(f"precision {precision}")
    if isinstance(assumed, Literal) and assumed.toPython() is True:
        details.append("assumed from the publication date")
        short += " (assumed)"
    return short, ", ".join(details)


def _entities(graph: Graph, article: URIRef) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    # An actor or place is shared by every article; what this article calls it and where it mentions it are
    # on its appearance in this article.
    appearances = {
        shared: appearance
        for appearance in graph.subjects(PROV.wasDerivedFrom, article)
        if (appearance, RDF.type, KG.Appearance) in graph
        and (shared := graph.value(appearance, KG.appearanceOf)) is not None
    }
    for node in sorted(appearances, key=str):
        kind = next((k for cls, k in _KIND_OF_CLASS.items() if (node, RDF.type, cls) in graph), None)
        if kind is None and (node, RDF.type, KG.Place) in graph:
            kind = "place"
        if kind is None or not isinstance(node, URIRef):
            continue
        appearance = appearances[node]
        entity = Entity(
            iri=str(node),
            kind=kind,
            label=_text(graph, appearance, RDFS.label) or _short_id(str(node)),
            aliases=_sorted_text(graph.objects(appearance, SKOS.altLabel)),
            anchors=_anchors(graph, appearance, KG.anchor, article),
            country_code=_text(graph, node, KG.countryCode),
            place_type=_text(graph, node, KG.placeType),
        )
        for target in graph.objects(node, SKOS.exactMatch):
            if str(target).startswith(_WIKIDATA):
                entity.wikidata = str(target)
        for link in graph.subjects(KG.linkSubject, node):
            entity.link_confidence = _text(graph, link, KG.confidence)
            entity.link_method = _text(graph, link, KG.method)
        for relation, predicate in (
            ("part of", KG.partOf),
            ("member of", KG.memberOf),
            ("located in", KG.locatedIn),
            ("in state", KG.inState),
        ):
            entity.relations += [(relation, target) for target in _sorted_text(graph.objects(node, predicate))]
        entities[str(node)] = entity
    for role in sorted(graph.subjects(RDF.type, KG.Role), key=str):
        if (role, PROV.wasDerivedFrom, article) not in graph:
            continue
        holder = graph.value(role, ORG.heldBy) or graph.value(role, ORG.member)
        within = graph.value(role, ORG.postIn) or graph.value(role, ORG.organization)
        title = _text(graph, role, KG.title)
        if holder is None or str(holder) not in entities:
            continue
        within_label = entities[str(within)].label if within is not None and str(within) in entities else None
        if title:
            text = f"{title} of {within_label}" if within_label else title
        else:
            text = f"member of {within_label}" if within_label else "member"
        entities[str(holder)].roles.append(text)
        if within is not None and str(within) in entities:
            entities[str(holder)].relations.append(("post in" if title else "member of", str(within)))
    for entity in entities.values():
        entity.relations = sorted(set(entity.relations))
    return entities


def _statements(graph: Graph, article: URIRef) -> list[StatementView]:
    statements = []
    for node in graph.subjects(RDF.type, KG.Statement):
        if (node, PROV.wasDerivedFrom, article) not in graph:
            continue
        date, detail = _time(graph, graph.value(node, KG.when))
        stated = _text(graph, node, KG.date)
        if stated and not date:
            date = stated
        when = graph.value(node, KG.when)
        speaker = graph.value(node, KG.speaker) or graph.value(node, PROV.wasAttributedTo)
        channel = graph.value(node, KG.channel)
        statements.append(
            StatementView(
                iri=str(node),
                number=_short_id(str(node)),
                speaker=str(speaker) if speaker is not None else "",
                cue=_text(graph, node, KG.cue) or "",
                cue_anchor=_anchor(graph, graph.value(node, KG.cueAnchor)),
                mode=_text(graph, node, KG.mode) or "",
                content=_text(graph, node, KG.content) or "",
                content_anchor=_anchor(graph, graph.value(node, KG.contentAnchor)),
                quote=_text(graph, node, KG.quote),
                date=date or "undated",
                date_detail=detail,
                channel=str(channel) if channel is not None else None,
                about=_sorted_text(graph.objects(node, KG.about)),
                reports=_sorted_text(graph.subjects(KG.reportedBy, node)),
                time_anchor=_anchor(graph, graph.value(when, KG.anchor)) if when is not None else None,
            )
        )
    return sorted(statements, key=lambda s: (s.first, _natural(s.number)))


def _natural(name: str) -> tuple[str, int, str]:
    match = re.match(r"([^\d]*)(\d+)(.*)", name)
    return (match.group(1), int(match.group(2)), match.group(3)) if match else (name, 0, "")


def _deployments(graph: Graph, article: URIRef, entities: dict[str, Entity]) -> list[DeploymentView]:
    found = []
    nodes = [n for n in graph.subjects(RDF.type, KG.MilitaryDeployment) if (n, PROV.wasDerivedFrom, article) in graph]
    for node in nodes:

        def label(target: Node | None) -> str:
            if target is None:
                return "not stated"
            entity = entities.get(str(target))
            return entity.label if entity else _short_id(str(target))

        parties = [
            (relation, target)
            for relation, predicate in (
                ("sender", KG.sender),
                ("supported", KG.supported),
                ("opponent", KG.opponent),
                ("location", KG.location),
            )
            for target in _sorted_text(graph.objects(node, predicate))
        ]
        size_node = graph.value(node, KG.forceSize)
        size = _size(graph, size_node) if size_node is not None else "not stated"
        start_node = graph.value(node, KG.start)
        start, start_detail = _time(graph, start_node)
        start_text = f"{start} ({start_detail})" if start_node is not None else "not stated"
        casualties = graph.value(node, KG.casualties)
        casualties_text = (
            ("yes" if casualties.toPython() else "no") if isinstance(casualties, Literal) else "not stated"
        )
        reported_by = _sorted_text(graph.objects(node, KG.reportedBy))
        slots = [
            # Several parties may send one force: every one of them, in a fixed order.
            (
                "sender",
                ", ".join(label(URIRef(s)) for s in _sorted_text(graph.objects(node, KG.sender))) or "not stated",
            ),
            ("supported", label(graph.value(node, KG.supported))),
            ("opponent", label(graph.value(node, KG.opponent))),
            ("location", label(graph.value(node, KG.location))),
            ("force kind", _text(graph, node, KG.forceKind) or "not stated"),
            ("force size", size),
            ("start", start_text),
            ("status", _text(graph, node, KG.status) or "not stated"),
            ("casualties", casualties_text),
            ("legal basis", _text(graph, node, KG.legalBasis) or "not stated"),
            ("purpose", _text(graph, node, KG.purpose) or "not stated"),
            ("reported by", ", ".join(_short_id(s) for s in sorted(reported_by, key=_natural_iri)) or "none"),
        ]
        part_anchors = []
        for slot, anchor_node in (
            ("force size", graph.value(size_node, KG.anchor) if size_node is not None else None),
            ("legal basis", graph.value(node, KG.legalBasisAnchor)),
            ("purpose", graph.value(node, KG.purposeAnchor)),
            ("start", graph.value(start_node, KG.anchor) if start_node is not None else None),
        ):
            anchor = _anchor(graph, anchor_node)
            if anchor is not None:
                part_anchors.append((slot, anchor))
        kind = _text(graph, node, KG.forceKind) or "forces"
        figure = _text(graph, size_node, KG.surfaceText) if size_node is not None else None
        summary = [f"{kind}" + (f" · {figure}" if figure else "")]
        summary.append(f"start: {start or 'not stated'}")
        summary.append(f"status: {_text(graph, node, KG.status) or 'not stated'}")
        found.append(
            DeploymentView(
                iri=str(node),
                number="",
                slots=slots,
                parties=parties,
                reported_by=reported_by,
                anchors=_anchors(graph, node, KG.anchor, article),
                triggers=_anchors(graph, node, KG.trigger, article),
                part_anchors=sorted(part_anchors, key=lambda item: item[1]),
                summary=summary,
            )
        )
    found.sort(key=lambda d: (d.first, d.iri))
    for number, deployment in enumerate(found, start=1):
        deployment.number = f"D{number}"
    return found


def _natural_iri(iri: str) -> tuple[str, int, str]:
    return _natural(_short_id(iri))


def article_view(graph: Graph, article: URIRef, validation: ValidationResult) -> ArticleView:
    """Everything the page shows about ``article``, read from ``graph``."""
    text = _text(graph, article, KG.text)
    if text is None:
        raise InputError(
            str(article), "the graph holds no text for this article (kg:text), so there is nothing to show"
        )
    entities = _entities(graph, article)
    run = graph.value(predicate=PROV.used, object=article)
    facts = [
        ("article IRI", str(article)),
        ("source file", _text(graph, article, KG.sourceName) or "—"),
        ("published", _text(graph, article, SDO.datePublished) or "not given"),
        ("publisher", _text(graph, article, KG.publisherName) or "not given"),
        ("language", _text(graph, article, SDO.inLanguage) or "—"),
        ("sha256", _text(graph, article, KG.sha256) or "—"),
    ]
    if run is not None:
        facts += [
            ("kgingest", _text(graph, run, KG.kgingestVersion) or "—"),
            ("spaCy model", f"{_text(graph, run, KG.modelName) or '—'} {_text(graph, run, KG.modelVersion) or ''}"),
            ("run started", _text(graph, run, PROV.startedAtTime) or "—"),
        ]
    return ArticleView(
        iri=str(article),
        key=_short_id(str(article)),
        text=text,
        title=_text(graph, article, SDO.headline),
        facts=facts,
        url=_text(graph, article, SDO.url),
        entities=entities,
        statements=_statements(graph, article),
        deployments=_deployments(graph, article, entities),
        validation=validation,
    )


# --- the article text with its marks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One highlight: a stretch of text, the node it belongs to, and how to draw it."""

    begin: int
    end: int
    rank: int  # nesting order when two marks cover the same text: lower is outer
    css: str
    node: str
    anchor: Anchor
    tag: str = ""  # small label after the last piece (statements)
    lead: str = ""  # small label before the first piece (deployments)


_RANK = {"dep": 0, "st": 1, "slot": 2, "trig": 3, "cue": 4, "time": 5, "m": 6}


def _marks(view: ArticleView) -> list[Mark]:
    marks = []
    for entity in view.entities.values():
        for anchor in entity.anchors:
            marks.append(Mark(anchor.begin, anchor.end, _RANK["m"], f"m k-{entity.kind}", entity.iri, anchor))
    for statement in view.statements:
        speaker = view.entities.get(statement.speaker)
        tag = f"{speaker.label if speaker else _short_id(statement.speaker)} · {statement.mode} · {statement.date}"
        if statement.content_anchor is not None:
            anchor = statement.content_anchor
            css = f"st mode-{_css_word(statement.mode)}"
            marks.append(Mark(anchor.begin, anchor.end, _RANK["st"], css, statement.iri, anchor, tag=tag))
        if statement.cue_anchor is not None:
            anchor = statement.cue_anchor
            marks.append(Mark(anchor.begin, anchor.end, _RANK["cue"], "cue", statement.iri, anchor))
        if statement.time_anchor is not None:
            anchor = statement.time_anchor
            marks.append(Mark(anchor.begin, anchor.end, _RANK["time"], "time", statement.iri, anchor))
    for deployment in view.deployments:
        for anchor in deployment.anchors:
            marks.append(
                Mark(anchor.begin, anchor.end, _RANK["dep"], "dep", deployment.iri, anchor, lead=deployment.number)
            )
        for anchor in deployment.triggers:
            marks.append(Mark(anchor.begin, anchor.end, _RANK["trig"], "trig", deployment.iri, anchor))
        for _, anchor in deployment.part_anchors:
            marks.append(Mark(anchor.begin, anchor.end, _RANK["slot"], "slot", deployment.iri, anchor))
    length = len(view.text)
    return sorted(
        (m for m in set(marks) if 0 <= m.begin < m.end <= length),
        key=lambda m: (m.begin, -m.end, m.rank, m.node, m.css),
    )


def _css_word(value: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()) or "none"


def _open_tag(mark: Mark, first: bool) -> str:
    attributes = (
        f'class="{mark.css}{"" if first else " cont"}" data-node="{_attr(mark.node)}" '
        f'data-b="{mark.anchor.begin}" data-e="{mark.anchor.end}"'
    )
    lead = f'<span class="lead" aria-hidden="true">{_esc(mark.lead)}</span>' if first and mark.lead else ""
    return f"<span {attributes}>{lead}"


def _tag(mark: Mark) -> str:
    return f'<span class="tag" aria-hidden="true">{_esc(mark.tag)}</span>'


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with each mark as nested spans; a mark that crosses another is split into pieces."""
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        starts[mark.begin].append(mark)
        ends[mark.end].append(mark)
    positions = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[Mark] = []
    for index, position in enumerate(positions):
        closing = set(ends.get(position, ()))
        if closing:
            # Close everything down to the outermost mark that ends here, then reopen the ones that go on (as pieces).
            depth = min(i for i, mark in enumerate(stack) if mark in closing)
            reopen = [mark for mark in stack[depth:] if mark not in closing]
            out.extend("</span>" for _ in stack[depth:])
            # A statement's tag goes after its content, outside every mark closed here (a deployment anchor that
            # ends with it would otherwise frame the tag too).
            out.extend(_tag(mark) for mark in reversed(stack[depth:]) if mark in closing and mark.tag)
            del stack[depth:]
            for mark in reopen:
                out.append(_open_tag(mark, first=False))
                stack.append(mark)
        for mark in starts.get(position, ()):
            out.append(_open_tag(mark, first=True))
            stack.append(mark)
        if index + 1 < len(positions):
            out.append(_esc(text[position : positions[index + 1]]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


# --- the drawing ------------------------------------------------------------------------------------------------


@dataclass
class Box:
    node: str
    column: int
    lines: list[tuple[str, str]]  # (text, css class)
    css: str
    title: str
    width: int
    badge: str = ""  # right-aligned on the first line
    x: float = 0.0
    y: float = 0.0
    height: float = 0.0


@dataclass(frozen=True)
class Edge:
    source: str  # drawn from the source's side that faces the target
    target: str
    css: str
    label: str = ""


_LINE_HEIGHT = 16
_PADDING = 6
_GAP = 8
_COLUMN_GAP = 150
_CHAR_WIDTH = 6.6  # average advance of the 12px sans-serif the page asks for
_LANE_TOP = 18
_BUS_STEP = 12  # spacing of the "reported by" lines that run above and right of the columns


def _truncate(text: str, width: float) -> str:
    limit = max(4, int((width - 2 * _PADDING - 6) / _CHAR_WIDTH))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _graph_parts(view: ArticleView) -> tuple[list[Box], list[Edge]]:
    boxes: list[Box] = []
    edges: list[Edge] = []
    for deployment in view.deployments:
        lines = [(f"{deployment.number} · deployment", "b-head")] + [(line, "b-sub") for line in deployment.summary]
        title = "\n".join(f"{slot}: {value}" for slot, value in deployment.slots)
        boxes.append(Box(deployment.iri, 0, lines, "n-dep", f"{deployment.number}\n{title}", 230))
        for relation, target in deployment.parties:
            edges.append(Edge(deployment.iri, target, f"e-{relation}", relation))
        for statement_iri in deployment.reported_by:
            edges.append(Edge(deployment.iri, statement_iri, "e-reported", "reported by"))
    used: set[str] = {edge.target for edge in edges}
    for statement in view.statements:
        speaker = view.entities.get(statement.speaker)
        head = f"{statement.number} · {speaker.label if speaker else '?'} — {statement.cue}"
        sub = f"{statement.mode} · {statement.date}"
        if statement.reports:
            numbers = [d.number for d in view.deployments if d.iri in statement.reports]
            sub += " · reports " + ", ".join(numbers)
        lines = [(head, "b-head"), (f"“{statement.content}”", "b-text"), (sub, "b-sub")]
        title = f"{head}\n“{statement.content}”\n{sub}"
        boxes.append(Box(statement.iri, 2, lines, f"n-st mode-{_css_word(statement.mode)}", title, 440))
        edges.append(Edge(statement.speaker, statement.iri, "e-speaker", ""))
        used.add(statement.speaker)
        if statement.channel:
            edges.append(Edge(statement.channel, statement.iri, "e-channel", "via"))
            used.add(statement.channel)
        for about in statement.about:
            if about in view.entities and about != statement.speaker:
                edges.append(Edge(about, statement.iri, "e-about", ""))
                used.add(about)
    for entity in view.entities.values():
        for _relation, target in entity.relations:
            if target in view.entities:
                edges.append(Edge(entity.iri, target, "e-rel", _relation))
    for entity in sorted(view.entities.values(), key=lambda e: (e.first, e.iri)):
        related = next((f"{r} {view.entities[t].label}" for r, t in entity.relations if t in view.entities), None)
        detail = entity.kind + (f" · {entity.roles[0]}" if entity.roles else f" · {related}" if related else "")
        title = f"{entity.label} ({entity.kind}, {len(entity.anchors)} mentions)\n{entity.iri}"
        title += "".join(f"\n{r}" for r in entity.roles) + "".join(f"\n{r} {_short_id(t)}" for r, t in entity.relations)
        lines = [(entity.label, "b-head"), (detail, "b-sub")]
        badge = f"{len(entity.anchors)}×"
        boxes.append(Box(entity.iri, 1, lines, f"n-ent k-{entity.kind}", title, 250, badge=badge))
    return boxes, edges


def _top(deployments: int) -> float:
    """Where the boxes start: below the column headings and the "reported by" lines above them."""
    return 52.0 + _BUS_STEP * deployments


def _layout(boxes: list[Box], edges: list[Edge], deployments: int) -> tuple[float, float]:
    """Place the boxes in three columns (deployments | actors and places | statements); returns the size.

    Statements keep text order and deployments their first mention's order; actors and places are ordered by
    the mean height of the statements and deployments they connect to, so most edges run nearly level.
    Deterministic: every tie is broken by first mention and IRI.
    """
    for box in boxes:
        box.height = len(box.lines) * _LINE_HEIGHT + 2 * _PADDING
    columns: dict[int, list[Box]] = defaultdict(list)
    for box in boxes:
        columns[box.column].append(box)
    present = [c for c in (0, 1, 2) if columns[c]]
    x = 20.0 + 4 * deployments  # room for the "reported by" lanes on the left
    for column in present:
        for box in columns[column]:
            box.x = x
        x += max(box.width for box in columns[column]) + _COLUMN_GAP
    width = x - _COLUMN_GAP + 20 + (_BUS_STEP * deployments + 10 if deployments else 0)
    top = _top(deployments)
    by_node = {box.node: box for box in boxes}

    def stack(column: list[Box], desired: dict[str, float]) -> None:
        y = top
        for box in column:
            box.y = max(y, desired.get(box.node, y) - box.height / 2)
            y = box.y + box.height + _GAP

    stack(columns[2], {})
    weights = {"e-speaker": 3.0, "e-channel": 1.0, "e-about": 0.5, "e-rel": 0.0, "e-reported": 0.0}
    pulls: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for edge in edges:
        other = by_node.get(edge.target)
        if other is not None and other.column == 2:
            pulls[edge.source].append((weights.get(edge.css, 1.0), other.y + other.height / 2))
    order = {box.node: index for index, box in enumerate(columns[1])}

    def centre(node: str) -> float:
        weighted = pulls.get(node, [])
        total = sum(w for w, _ in weighted)
        return sum(w * y for w, y in weighted) / total if total else float("inf")

    entities = sorted(columns[1], key=lambda box: (centre(box.node), order[box.node]))
    # Entities tied only to deployments or to nothing go after the ones the statements place.
    placed = [box for box in entities if centre(box.node) != float("inf")]
    rest = [box for box in entities if centre(box.node) == float("inf")]
    columns[1] = placed + rest
    stack(placed, {box.node: centre(box.node) for box in placed})
    y = max((box.y + box.height + _GAP for box in placed), default=top)
    for box in rest:
        box.y = y
        y += box.height + _GAP
    deployment_pull: dict[str, list[float]] = defaultdict(list)
    for edge in edges:
        target = by_node.get(edge.target)
        if edge.css != "e-reported" and by_node[edge.source].column == 0 and target is not None:
            deployment_pull[edge.source].append(target.y + target.height / 2)
    stack(columns[0], {node: sum(ys) / len(ys) for node, ys in deployment_pull.items() if ys})
    height = max(box.y + box.height for box in boxes) + 30
    return width, height


def _ports(boxes: list[Box], edges: list[Edge]) -> dict[tuple[int, str], tuple[float, float, float, float]]:
    """Where each edge leaves and enters: edges meeting one side of a box are spread along it, in order."""
    by_node = {box.node: box for box in boxes}
    sides: dict[tuple[str, str], list[tuple[float, int, str]]] = defaultdict(list)
    for index, edge in enumerate(edges):
        a, b = by_node[edge.source], by_node[edge.target]
        if edge.css == "e-reported":
            continue
        if a.column == b.column:
            sides[(a.node, "left")].append((b.y, index, "s"))
            sides[(b.node, "left")].append((a.y, index, "t"))
        else:
            left, right = (a, b) if a.column < b.column else (b, a)
            sides[(left.node, "right")].append((right.y + right.height / 2, index, "s" if left is a else "t"))
            sides[(right.node, "left")].append((left.y + left.height / 2, index, "t" if right is b else "s"))
    points: dict[tuple[int, str], tuple[float, float]] = {}
    for (node, side), items in sides.items():
        box = by_node[node]
        items.sort()
        inner = box.height - 2 * _PADDING
        for position, (_, index, end) in enumerate(items):
            y = box.y + _PADDING + inner * (position + 1) / (len(items) + 1)
            x = box.x + (box.width if side == "right" else 0)
            points[(index, end)] = (x, y)
    return {
        (index, ""): (*points[(index, "s")], *points[(index, "t")])
        for index in range(len(edges))
        if (index, "s") in points and (index, "t") in points
    }


def _bus_path(deployment: Box, statement: Box, lane: int, right: float) -> str:
    """A "reported by" edge: out of the deployment's left side, along the top, down the right, into the statement.

    These edges would cross the actor column if drawn straight, so they run around the drawing instead, one lane
    per deployment.
    """
    side_x = deployment.x - 5 - 4 * lane
    lane_y = _LANE_TOP + _BUS_STEP * lane
    trunk_x = right + 12 + _BUS_STEP * lane
    start_y = deployment.y + 10 + 4 * lane
    end_x, end_y = statement.x + statement.width, statement.y + statement.height / 2
    return f"M{deployment.x:.1f},{start_y:.1f} H{side_x:.1f} V{lane_y:.1f} H{trunk_x:.1f} V{end_y:.1f} H{end_x + 2:.1f}"


def render_svg(view: ArticleView) -> str:
    """The article's graph as inline SVG: deployments, actors and places, statements, and their edges."""
    boxes, edges = _graph_parts(view)
    by_node = {box.node: box for box in boxes}
    edges = [edge for edge in dict.fromkeys(edges) if edge.source in by_node and edge.target in by_node]
    edges = [edge for edge in edges if edge.source != edge.target]
    if not boxes:
        return '<p class="empty">The graph holds no actors, places, statements or deployments for this article.</p>'
    lanes = {deployment.iri: lane for lane, deployment in enumerate(view.deployments)}
    width, height = _layout(boxes, edges, len(lanes))
    ports = _ports(boxes, edges)
    right = max(box.x + box.width for box in boxes)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="graph" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="the article graph">'
        '<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" '
        'orient="auto"><path d="M0,0 L8,4 L0,8 z" class="arrow"/></marker></defs>'
    ]
    headings = {0: "Deployments", 1: "Actors and places", 2: "Statements (text order)"}
    for column, heading in headings.items():
        members = [box for box in boxes if box.column == column]
        if members:
            y = _top(len(lanes)) - 14
            out.append(f'<text class="col-head" x="{members[0].x:.1f}" y="{y:.0f}">{_esc(heading)}</text>')
    # Background edges first, so the edges that carry meaning are drawn on top of them.
    layer = {"e-about": 0, "e-rel": 1, "e-reported": 2, "e-channel": 3, "e-speaker": 4}
    order = sorted(range(len(edges)), key=lambda i: (layer.get(edges[i].css, 5), i))
    labelled_lanes: set[int] = set()
    for index in order:
        edge = edges[index]
        source, target = by_node[edge.source], by_node[edge.target]
        label: tuple[float, float, str] | None = None
        if edge.css == "e-reported":
            lane = lanes.get(edge.source, 0)
            path = _bus_path(source, target, lane, right)
            if lane not in labelled_lanes:
                labelled_lanes.add(lane)
                label = (
                    right + 4.0 + _BUS_STEP * lane,
                    _LANE_TOP - 4.0 + _BUS_STEP * lane,
                    f"{view.deployments[lane].number} reported by",
                )
        elif (index, "") in ports:
            x1, y1, x2, y2 = ports[(index, "")]
            if source.column == target.column:
                bulge = min(90.0, 18 + abs(y2 - y1) / 6)
                path = f"M{x1:.1f},{y1:.1f} C{x1 - bulge:.1f},{y1:.1f} {x2 - bulge:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
            else:
                middle = (x1 + x2) / 2
                path = f"M{x1:.1f},{y1:.1f} C{middle:.1f},{y1:.1f} {middle:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
                if edge.label:
                    # Next to the far end, where the labels of one box's edges land on different boxes.
                    far_x, far_y = (x2, y2) if x1 < x2 else (x1, y1)
                    label = (far_x - 6, far_y - 4, edge.label)
        else:
            continue
        tip = f"{_first_line(source)} → {edge.label or edge.css[2:]} → {_first_line(target)}"
        marker = ' marker-end="url(#arrow)"' if edge.css == "e-reported" else ""
        out.append(
            f'<path class="edge {edge.css}" data-from="{_attr(edge.source)}" data-to="{_attr(edge.target)}" '
            f'd="{path}"{marker}><title>{_esc(tip)}</title></path>'
        )
        if label is not None:
            out.append(
                f'<text class="e-label {edge.css}" x="{label[0]:.1f}" y="{label[1]:.1f}" text-anchor="end">'
                f"{_esc(label[2])}</text>"
            )
    for box in boxes:
        out.append(
            f'<g class="node {box.css}" data-node="{_attr(box.node)}" transform="translate({box.x:.1f},{box.y:.1f})">'
            f"<title>{_esc(box.title)}</title>"
            f'<rect class="box" width="{box.width}" height="{box.height:.0f}" rx="5"/>'
            f'<rect class="stripe" width="5" height="{box.height:.0f}" rx="2"/>'
        )
        badge_width = len(box.badge) * _CHAR_WIDTH + 8 if box.badge else 0
        for row, (line, css) in enumerate(box.lines):
            y = _PADDING + _LINE_HEIGHT * (row + 1) - 4
            room = box.width - (badge_width if row == 0 else 0)
            out.append(f'<text class="{css}" x="{_PADDING + 6}" y="{y}">{_esc(_truncate(line, room))}</text>')
        if box.badge:
            out.append(
                f'<text class="b-badge" x="{box.width - _PADDING}" y="{_PADDING + _LINE_HEIGHT - 4}" '
                f'text-anchor="end">{_esc(box.badge)}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _first_line(box: Box) -> str:
    return box.lines[0][0] if box.lines else box.node


# --- the page ---------------------------------------------------------------------------------------------------


def _esc(value: object) -> str:
    return html.escape(str(value), quote=False)


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def _safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links: a ``javascript:`` URL from the graph stays text."""
    if url and re.match(r"https?://[^\s<>\"']+$", url):
        return url
    return None


def _link(url: str | None, text: str | None = None) -> str:
    href = _safe_href(url)
    label = _esc(text if text is not None else (url or ""))
    return f'<a href="{_attr(href)}" rel="noreferrer noopener">{label}</a>' if href else label


def _wikidata_cell(entity: Entity) -> str:
    if not entity.wikidata:
        return '<span class="none">not linked</span>'
    qid = entity.wikidata[len(_WIKIDATA) :]
    confidence = f" ({_esc(entity.link_confidence)}, {_esc(entity.link_method)})" if entity.link_confidence else ""
    return _link(f"https://www.wikidata.org/wiki/{qid}", qid) + confidence


def _label(view: ArticleView, iri: str) -> str:
    entity = view.entities.get(iri)
    if entity is not None:
        return entity.label
    for deployment in view.deployments:
        if deployment.iri == iri:
            return deployment.number
    return _short_id(iri)


def _node_ref(view: ArticleView, iri: str) -> str:
    return f'<span class="ref" data-node="{_attr(iri)}">{_esc(_label(view, iri))}</span>'


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], css: str) -> str:
    if not rows:
        return '<p class="empty">None in this graph.</p>'
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _offsets(anchors: Sequence[Anchor]) -> str:
    return ", ".join(f"{a.begin}–{a.end}" for a in anchors)


def _entity_rows(view: ArticleView, kinds: Sequence[str]) -> list[list[str]]:
    rows = []
    chosen = [e for e in view.entities.values() if e.kind in kinds]
    for entity in sorted(chosen, key=lambda e: (KINDS.index(e.kind), e.label.lower(), e.iri)):
        relations = "; ".join(f"{_esc(r)} {_node_ref(view, t)}" for r, t in entity.relations if r != "post in")
        extra = entity.place_type if entity.kind == "place" else entity.country_code
        rows.append(
            [
                f'<span class="chip k-{entity.kind}">{_esc(entity.kind)}</span>',
                f'<span class="ref" data-node="{_attr(entity.iri)}">{_esc(entity.label)}</span>'
                f'<div class="iri">{_esc(entity.iri)}</div>',
                _esc(", ".join(entity.aliases)) or '<span class="none">—</span>',
                _esc("; ".join(entity.roles)) or '<span class="none">—</span>',
                relations or '<span class="none">—</span>',
                _esc(extra or "—"),
                _wikidata_cell(entity),
                f"{len(entity.anchors)}",
            ]
        )
    return rows


def _statement_rows(view: ArticleView) -> list[list[str]]:
    rows = []
    for statement in view.statements:
        about = ", ".join(_node_ref(view, iri) for iri in statement.about) or '<span class="none">—</span>'
        offsets = _offsets([a for a in (statement.content_anchor,) if a is not None])
        date = _esc(statement.date) + (
            f'<div class="iri">{_esc(statement.date_detail)}</div>' if statement.date_detail else ""
        )
        rows.append(
            [
                f'<span class="ref" data-node="{_attr(statement.iri)}">{_esc(statement.number)}</span>',
                _node_ref(view, statement.speaker),
                _esc(statement.cue),
                f'<span class="chip mode-{_css_word(statement.mode)}">{_esc(statement.mode)}</span>',
                date,
                _esc(statement.content) + f'<div class="iri">{_esc(offsets)}</div>',
                _esc(statement.quote) if statement.quote else '<span class="none">—</span>',
                _node_ref(view, statement.channel) if statement.channel else '<span class="none">—</span>',
                about,
            ]
        )
    return rows


def _deployment_tables(view: ArticleView) -> str:
    if not view.deployments:
        return '<p class="empty">None in this graph.</p>'
    parts = []
    for deployment in view.deployments:
        rows = [
            [_esc(slot), _esc(value) if value != "not stated" else '<span class="none">not stated</span>']
            for slot, value in deployment.slots
        ]
        rows.append(["anchors", _esc(_offsets(deployment.anchors)) or "—"])
        rows.append(["triggers", _esc(", ".join(f"“{a.exact}” {a.begin}–{a.end}" for a in deployment.triggers)) or "—"])
        parts.append(
            f'<div class="dep-card"><h3><span class="ref" data-node="{_attr(deployment.iri)}">'
            f'{_esc(deployment.number)}</span> <span class="iri">{_esc(deployment.iri)}</span></h3>'
            + _table(("slot", "value (with its uncertainty)"), rows, "slots")
            + "</div>"
        )
    return "".join(parts)


def _validation_html(result: ValidationResult) -> str:
    if result.conforms:
        head = '<p class="ok">Conforms to the SHACL shapes'
        head += f" with {len(result.warnings)} warning(s).</p>" if result.warnings else ".</p>"
    else:
        head = f'<p class="bad">Does not conform: {len(result.violations)} violation(s).</p>'
    items = "".join(f'<li class="violation">{_esc(line)}</li>' for line in result.violations)
    items += "".join(f'<li class="warning">{_esc(line)}</li>' for line in result.warnings)
    return head + (f"<ul>{items}</ul>" if items else "")


def _client_data(view: ArticleView) -> str:
    """What the hover box shows, as JSON that is safe inside a <script> element."""
    nodes: dict[str, dict[str, object]] = {}
    for entity in view.entities.values():
        nodes[entity.iri] = {
            "kind": entity.kind,
            "label": entity.label,
            "wikidata": entity.wikidata and f"https://www.wikidata.org/wiki/{entity.wikidata[len(_WIKIDATA) :]}",
            "detail": "; ".join(entity.roles + [f"aka {a}" for a in entity.aliases]),
        }
    for statement in view.statements:
        nodes[statement.iri] = {
            "kind": f"statement {statement.number}",
            "label": f"{_label(view, statement.speaker)} {statement.cue}",
            "detail": f"{statement.mode} · {statement.date}",
        }
    for deployment in view.deployments:
        nodes[deployment.iri] = {
            "kind": f"deployment {deployment.number}",
            "label": " · ".join(deployment.summary),
            "detail": "; ".join(f"{r}: {_label(view, t)}" for r, t in deployment.parties),
        }
    data = json.dumps({"nodes": nodes, "text": view.text}, ensure_ascii=False, sort_keys=True)
    return data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


_ASSETS = Path(__file__).resolve().parent / "report_assets"


@cache
def _assets() -> tuple[str, str, str]:
    """The page's stylesheet and script (package data), and the Content-Security-Policy that admits just them."""
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    js = (_ASSETS / "report.js").read_text(encoding="utf-8")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return css, js, csp


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _document(title: str, summary: PageSummary | None, body: str, script: bool) -> str:
    css, js, csp = _assets()
    meta = ""
    if summary is not None:
        content = json.dumps(asdict(summary), ensure_ascii=False, sort_keys=True)
        meta = f'<meta name="{SUMMARY_META}" content="{_attr(content)}">'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"{meta}<title>{_esc(title)}</title><style>{css}</style></head>\n<body>{body}"
        + (f"<script>{js}</script>" if script else "")
        + "</body></html>\n"
    )


def _legend() -> str:
    kinds = "".join(f'<div><span class="sw k-{k} m">{k}</span>mention</div>' for k in KINDS)
    return (
        '<section class="legend"><h2>Legend</h2>'
        + kinds
        + '<div><span class="sw st mode-direct">statement</span>content, underlined by mode: '
        '<span class="chip mode-direct">direct</span> <span class="chip mode-partial-quote">partial-quote</span> '
        '<span class="chip mode-indirect">indirect</span></div>'
        '<div><span class="sw cue">said</span>reporting cue</div>'
        '<div><span class="sw dep"><span class="lead">D1</span>…</span>deployment anchor</div>'
        '<div><span class="sw trig">sent</span>deployment trigger</div>'
        '<div><span class="sw slot">10,000</span>deployment slot (size, basis, purpose, start)</div>'
        '<div><span class="sw time">Monday</span>statement date</div>'
        "<p>Hover a highlight for its node; click to pin it here and to mark all its mentions.</p>"
        "</section>"
    )


def summary_of(view: ArticleView, page: str) -> PageSummary:
    entities = list(view.entities.values())
    return PageSummary(
        page=page,
        key=view.key,
        title=view.title or "",
        actors=sum(1 for e in entities if e.kind != "place"),
        places=sum(1 for e in entities if e.kind == "place"),
        statements=len(view.statements),
        deployments=len(view.deployments),
        mentions=sum(len(e.anchors) for e in entities),
        conforms=view.validation.conforms,
        violations=len(view.validation.violations),
        warnings=len(view.validation.warnings),
    )


def render_page(view: ArticleView, page: str) -> str:
    """The whole HTML page for one article."""
    summary = summary_of(view, page)
    status = (
        f'<span class="badge-ok">SHACL: conforms{f", {summary.warnings} warning(s)" if summary.warnings else ""}</span>'
        if view.validation.conforms
        else f'<span class="badge-bad">SHACL: {summary.violations} violation(s)</span>'
    )
    facts = " · ".join(f"{_esc(what)}: {_esc(value)}" for what, value in view.facts[1:4])
    url = f" · url: {_link(view.url)}" if view.url else ""
    header = (
        f"<header><h1>{_esc(view.title or view.key)}</h1>"
        f'<div class="facts">{facts}{url}</div><div class="iri">{_esc(view.iri)}</div>'
        f'<div class="counts"><span>{summary.actors} actors</span><span>{summary.places} places</span>'
        f"<span>{summary.statements} statements</span><span>{summary.deployments} deployments</span>"
        f"<span>{summary.mentions} mentions</span>{status}"
        '<span><a href="index.html">all articles</a></span></div></header>'
    )
    text = render_text(view.text, _marks(view))
    main = (
        '<main><section><h2>Article text</h2><div id="text">' + text + "</div></section>"
        '<aside><section><h2>Selected</h2><div id="info"><p class="empty">Click a highlight, a box or a '
        "name.</p></div></section>" + _legend() + "</aside></main>"
        '<div class="wide"><section><h2>Graph</h2><div id="graph-wrap">' + render_svg(view) + "</div>"
        '<p class="note">Edges: speaker (dark), channel (dotted, “via”), about (light dashed), deployment '
        "sender / supported / opponent / location (coloured, labelled). Hover or click a box to bring its edges "
        "forward, including part-of, member-of and post edges between actors and places.</p></section>"
        "<section><h2>Actors</h2>"
        + _table(
            ("kind", "name", "aliases", "roles", "relations", "code", "Wikidata", "mentions"),
            _entity_rows(view, KINDS[:4]),
            "actors",
        )
        + "<h2>Places</h2>"
        + _table(
            ("kind", "name", "aliases", "roles", "relations", "type", "Wikidata", "mentions"),
            _entity_rows(view, ("place",)),
            "places",
        )
        + "</section><section><h2>Statements</h2>"
        + _table(
            ("#", "speaker", "cue", "mode", "date", "content (offsets)", "quote", "channel", "about"),
            _statement_rows(view),
            "statements",
        )
        + "</section><section><h2>Deployments</h2>"
        + _deployment_tables(view)
        + '</section><section id="shacl"><h2>SHACL validation</h2>'
        + _validation_html(view.validation)
        + "</section></div>"
    )
    facts_rows = "".join(f"<tr><td>{_esc(w)}</td><td>{_esc(v)}</td></tr>" for w, v in view.facts)
    footer = f'<footer><table class="slots">{facts_rows}</table></footer>'
    data = f'<script type="application/json" id="kg-data">{_client_data(view)}</script>'
    tip = '<div id="tip" hidden></div>'
    return _document(f"kgingest · {view.title or view.key}", summary, header + main + footer + tip + data, script=True)


def render_index(summaries: Sequence[PageSummary]) -> str:
    """The index page: every article with its counts and its SHACL result."""
    rows = []
    for s in sorted(summaries, key=lambda s: (s.key, s.page)):
        shacl = (
            '<span class="ok">conforms</span>'
            if s.conforms
            else f'<span class="bad">{s.violations} violation(s)</span>'
        ) + (f" · {s.warnings} warning(s)" if s.warnings else "")
        rows.append(
            [
                f'<a href="{_attr(s.page)}">{_esc(s.key)}</a>',
                _esc(s.title) if s.title else '<span class="none">no headline</span>',
                str(s.actors),
                str(s.places),
                str(s.statements),
                str(s.deployments),
                str(s.mentions),
                shacl,
            ]
        )
    table = _table(
        ("article", "title", "actors", "places", "statements", "deployments", "mentions", "SHACL"), rows, "index"
    )
    body = (
        f'<header><h1>kgingest report</h1><div class="facts">{len(summaries)} article graph(s)</div></header>'
        f'<div class="wide index"><section>{table}</section></div>'
    )
    return _document("kgingest report", None, body, script=False)


# --- files ------------------------------------------------------------------------------------------------------


def page_name(view_key: str) -> str:
    return (_PAGE_NAME_UNSAFE.sub("_", view_key).strip("._") or "article") + ".html"


def read_graph(path: Path) -> Graph:
    """The triples of one graph file (every named graph of a TriG or N-Quads file), as written."""
    dataset = load_files([path])
    graph = new_graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def report_graph(graph: Graph, out_dir: Path, validation: ValidationResult | None = None) -> list[PageSummary]:
    """Write one page per article in ``graph`` into ``out_dir``; ``validation`` saves validating again."""
    articles = article_iris(graph)
    if not articles:
        raise InputError("graph", "describes no article (no kg:Article node)")
    result = validation if validation is not None else validate(graph)
    summaries = []
    for article in articles:
        view = article_view(graph, article, result)
        page = page_name(view.key)
        write_bytes_atomic(render_page(view, page).encode("utf-8"), out_dir / page)
        summaries.append(summary_of(view, page))
    return summaries


def report_file(path: Path, out_dir: Path, validation: ValidationResult | None = None) -> list[PageSummary]:
    """Read a graph file back and write its page(s); errors name the file."""
    graph = read_graph(path)
    if not article_iris(graph) and (None, RDF.type, VOID.Dataset) in graph:
        # A dataset such as the corpus actors (corpus_actors.py) describes no article: it has no page of its own.
        return []
    try:
        return report_graph(graph, out_dir, validation)
    except InputError as error:
        raise InputError(str(path), error.problem) from None


class _SummaryReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.summary: dict[str, object] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("name") == SUMMARY_META and values.get("content"):
            self.summary = json.loads(values["content"] or "{}")


def read_summary(page: Path) -> PageSummary | None:
    """The summary a page carries, or None for a file that is not a kgingest page."""
    reader = _SummaryReader()
    try:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        reader.feed(head)
        return PageSummary(**reader.summary) if reader.summary else None  # type: ignore[arg-type]
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return None


def write_index(out_dir: Path) -> Path:
    """Write ``index.html`` listing every article page in ``out_dir``."""
    summaries = [s for page in sorted(out_dir.glob("*.html")) if page.name != INDEX_NAME if (s := read_summary(page))]
    return write_bytes_atomic(render_index(summaries).encode("utf-8"), out_dir / INDEX_NAME)


@dataclass
class ReportOutcome:
    source: str
    pages: list[PageSummary] = field(default_factory=list)
    error: KgingestError | None = None


def report(paths: Sequence[Path], out_dir: Path) -> list[ReportOutcome]:
    """A page for every article graph in ``paths`` (files or folders), then the index; errors stay per input."""
    outcomes = []
    for path in paths:
        try:
            files = rdf_files([path])
            if not files:
                raise InputError(str(path), "holds no RDF graph files (.ttl, .nt, .trig, .nq, .jsonld)")
        except KgingestError as error:
            outcomes.append(ReportOutcome(str(path), error=error))
            continue
        for graph_file in files:
            outcome = ReportOutcome(str(graph_file))
            try:
                outcome.pages = report_file(graph_file, out_dir)
            except KgingestError as error:
                outcome.error = error
            outcomes.append(outcome)
    write_index(out_dir)
    return outcomes
