"""Map an `Extraction` to RDF: the ontology in ontology/kgingest.ttl, checked by the shapes in shapes/.

Every node gets a deterministic IRI (never a blank node), so mapping the same extraction twice, in any process,
serialises to the same bytes. The IRI scheme, with ``{base}`` = `DEFAULT_BASE_IRI` unless given:

- article ``{base}article/{article.key}``; actor ``{base}actor/{actor.key}``; place ``{base}{place.key}``
  (place keys start with ``place/``; one that does not gets that prefix);
- an actor's or place's appearance in the article ``{article}/actor/{actor.key}`` or ``{article}/{place.key}``;
- text anchor ``{article}#char={begin},{end}`` (RFC 5147) with selectors ``…-position`` and ``…-quote``;
- statement ``{article}/statement/{key}``, deployment ``{article}/deployment/{key}``, role ``{article}/role/{n}``
  (n counts from 1 in text order), Wikidata link ``{article}/link/{subject key}``;
- time bounds ``{statement}/date`` and ``{deployment}/start``, force size ``{deployment}/size``;
- run ``{base}run/{hash}`` from the kgingest and model versions, the start time and the article digest.

Actors and places are shared across articles (their IRIs depend on the key only); everything else is scoped by
the article IRI. What one article says an actor or place is called (its name and aliases as written there) and
where it mentions it belong to that article, so they sit on the article-scoped appearance node
(``kg:appearanceOf`` the shared node), not on the shared node, where every other article's names would join them.
The shared node keeps its type, what it is part or member of, and an ``rdfs:label`` to show it by.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Protocol
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kgingest import vocab
from kgingest.graphstore import GraphStore
from kgingest.model import (
    Actor,
    ActorType,
    Article,
    Deployment,
    Extraction,
    Link,
    Place,
    Quantity,
    Role,
    RunInfo,
    Span,
    Statement,
    TimeValue,
)
from kgingest.vocab import PREFIXES, WD


class _Terms:
    """A vocabulary whose terms are looked up once: a ``DefinedNamespace`` attribute is a checked lookup on every
    use, and one object per term lets the store's dict lookups match a term by identity."""

    def __init__(self, namespace: type[vocab.DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # copy, pickle and test tools probe for these: no vocabulary term starts so
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)  # found in the instance from now on, without __getattr__
        return term


KG, OA, ORG, PROV = _Terms(vocab.KG), _Terms(vocab.OA), _Terms(vocab.ORG), _Terms(vocab.PROV)
RDF, RDFS, SDO, SKOS, XSD = (
    _Terms(vocab.RDF),
    _Terms(vocab.RDFS),
    _Terms(vocab.SDO),
    _Terms(vocab.SKOS),
    _Terms(vocab.XSD),
)

DEFAULT_BASE_IRI = "https://w3id.org/kgingest/id/"

ACTOR_CLASSES: dict[ActorType, URIRef] = {
    ActorType.PERSON: KG.Person,
    ActorType.ORGANIZATION: KG.Organization,
    ActorType.STATE: KG.State,
    ActorType.GROUP: KG.Group,
}

# Characters of a key kept verbatim in an IRI; anything else is percent-encoded (UTF-8).
_KEY_SAFE = "/-._~"
# Context kept around a quoted anchor, so the anchor can be found again if offsets drift.
_QUOTE_CONTEXT = 32


def new_graph() -> Graph:
    """An empty graph with kgingest's prefixes bound, in a fixed order."""
    graph = Graph(store=GraphStore(), bind_namespaces="none")
    for prefix, namespace in PREFIXES:
        graph.bind(prefix, namespace, override=True)
    return graph


def _key_path(key: str) -> str:
    return quote(key, safe=_KEY_SAFE)


def article_iri(article: Article | str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of an article, given the article or its key."""
    key = article.key if isinstance(article, Article) else article
    return URIRef(f"{base_iri}article/{_key_path(key)}")


def actor_iri(actor_key: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of an actor: the same key gives the same IRI in every article."""
    return URIRef(f"{base_iri}actor/{_key_path(actor_key)}")


def place_iri(place_key: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a place; keys already start with ``place/``, others get it so they cannot clash."""
    path = place_key if place_key.startswith("place/") else f"place/{place_key}"
    return URIRef(f"{base_iri}{_key_path(path)}")


def appearance_iri(article: URIRef, shared: URIRef, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The IRI of a shared actor's or place's appearance in ``article``: its path below the base, below the article."""
    return URIRef(f"{article}/{str(shared).removeprefix(base_iri)}")


def anchor_iri(article: URIRef, begin: int, end: int) -> URIRef:
    """The RFC 5147 fragment IRI of ``article.text[begin:end]``."""
    return URIRef(f"{article}#char={begin},{end}")


def run_iri(run: RunInfo, article_sha256: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The run's IRI: a digest of what identifies it, so a rerun of the same setup gets the same IRI."""
    identity = "\n".join(
        (run.kgingest_version, run.model_name, run.model_version, run.started.isoformat(), article_sha256)
    )
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{base_iri}run/{digest}")


def to_graph(extraction: Extraction, run: RunInfo, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The RDF graph of one article's extraction, generated by ``run``."""
    return _Mapper(extraction, run, base_iri).build()


def _string(value: str) -> Literal:
    # A plain literal is xsd:string in RDF 1.1; leaving the datatype implicit keeps SPARQL comparisons simple.
    return Literal(value)


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=1 << 16)
def _offset(value: int) -> Literal:
    # Every anchor has two: made once per value, not once per anchor.
    return Literal(value, datatype=XSD.nonNegativeInteger)


_TRUE = Literal(True, datatype=XSD.boolean)
_FALSE = Literal(False, datatype=XSD.boolean)


def _boolean(value: bool) -> Literal:
    return _TRUE if value else _FALSE


class TripleSink(Protocol):
    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


class _Triples:
    """The mapping's triples, each once, by subject, predicate and object in the order first stated; `into`
    gives them to a graph's store as its subject index.

    Collected first, so that a triple stated twice (an anchor shared by several nodes) reaches the store once,
    and the graph's own per-triple checks are skipped: every term here is made by this module."""

    def __init__(self) -> None:
        self.index: dict[Node, dict[Node, dict[Node, None]]] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        subject, predicate, obj = triple
        by_predicate = self.index.get(subject)
        if by_predicate is None:
            self.index[subject] = {predicate: {obj: None}}
            return
        objects = by_predicate.get(predicate)
        if objects is None:
            by_predicate[predicate] = {obj: None}
        else:
            objects[obj] = None

    def into(self, graph: Graph) -> Graph:
        """The triples as the store of ``graph``, a new graph from `new_graph`."""
        store = graph.store
        assert isinstance(store, GraphStore)
        store.take_subject_index(self.index)
        return graph


class _Mapper:
    """One extraction's mapping; holds the graph and the IRIs already decided."""

    def __init__(self, extraction: Extraction, run: RunInfo, base_iri: str) -> None:
        self.extraction = extraction
        self.article = extraction.article
        self.base = base_iri
        self.graph = _Triples()
        self.anchors: dict[tuple[int, int, str], URIRef] = {}
        self.article_node = article_iri(self.article.key, base_iri)
        self.run_node = run_iri(run, self.article.sha256, base_iri)
        self.run = run
        self.actor_keys = {actor.key for actor in extraction.actors}
        self.place_keys = {place.key for place in extraction.places}

    def add(self, subject: Node, predicate: URIRef, obj: Node | None) -> None:
        if obj is not None:
            self.graph.add((subject, predicate, obj))

    def build(self) -> Graph:
        self._article(self.article)
        self._run()
        for actor in sorted(self.extraction.actors, key=lambda a: a.key):
            self._actor(actor)
        for place in sorted(self.extraction.places, key=lambda p: p.key):
            self._place(place)
        for number, role in enumerate(sorted(self.extraction.roles, key=_role_order), start=1):
            self._role(number, role)
        for statement in self.extraction.statements:
            self._statement(statement)
        for deployment in self.extraction.deployments:
            self._deployment(deployment)
        for link in sorted(self.extraction.links, key=lambda link: link.key):
            self._link(link)
        return self.graph.into(new_graph())

    # -- references --------------------------------------------------------------------------------------------

    def ref(self, key: str) -> URIRef:
        """An actor or place key as an IRI; a key of neither kind counts as an actor unless it says ``place/``."""
        if key in self.actor_keys:
            return actor_iri(key, self.base)
        if key in self.place_keys or key.startswith("place/"):
            return place_iri(key, self.base)
        return actor_iri(key, self.base)

    def statement_node(self, key: str) -> URIRef:
        return URIRef(f"{self.article_node}/statement/{_key_path(key)}")

    def deployment_node(self, key: str) -> URIRef:
        return URIRef(f"{self.article_node}/deployment/{_key_path(key)}")

    def anchor(self, span: Span) -> URIRef:
        """The anchor node of ``span``, with its position and quote selectors (stated once per span)."""
        text = self.article.text
        # The selectors describe the article's own text; the span's copy could only differ by an extractor bug.
        exact = text[span.begin : span.end] if 0 <= span.begin < span.end <= len(text) else span.text
        known = self.anchors.get((span.begin, span.end, exact))
        if known is not None:
            return known
        node = self.anchors[span.begin, span.end, exact] = anchor_iri(self.article_node, span.begin, span.end)
        position = URIRef(f"{node}-position")
        quoted = URIRef(f"{node}-quote")
        graph = self.graph
        graph.add((node, RDF.type, OA.SpecificResource))
        graph.add((node, RDF.type, KG.TextAnchor))
        graph.add((node, OA.hasSource, self.article_node))
        graph.add((node, OA.hasSelector, position))
        graph.add((node, OA.hasSelector, quoted))
        graph.add((position, RDF.type, OA.TextPositionSelector))
        graph.add((position, OA.start, _offset(span.begin)))
        graph.add((position, OA.end, _offset(span.end)))
        graph.add((quoted, RDF.type, OA.TextQuoteSelector))
        graph.add((quoted, OA.exact, _string(exact)))
        prefix = text[max(0, span.begin - _QUOTE_CONTEXT) : max(0, span.begin)]
        suffix = text[span.end : span.end + _QUOTE_CONTEXT]
        if prefix:
            graph.add((quoted, OA.prefix, _string(prefix)))
        if suffix:
            graph.add((quoted, OA.suffix, _string(suffix)))
        return node

    def extracted(self, node: URIRef, anchors: Iterable[Span]) -> None:
        """What every extracted node carries: its article, the run and its anchors."""
        self.graph.add((node, PROV.wasDerivedFrom, self.article_node))
        self.graph.add((node, PROV.wasGeneratedBy, self.run_node))
        for span in sorted(set(anchors)):
            self.graph.add((node, KG.anchor, self.anchor(span)))

    # -- records -----------------------------------------------------------------------------------------------

    def _article(self, article: Article) -> None:
        node, meta = self.article_node, article.meta
        self.graph.add((node, RDF.type, KG.Article))
        self.graph.add((node, KG.text, _string(article.text)))
        self.graph.add((node, KG.sha256, _string(article.sha256)))
        self.graph.add((node, KG.sourceName, _string(article.source_name)))
        self.graph.add((node, SDO.inLanguage, _string(meta.language)))
        if meta.title is not None:
            self.graph.add((node, SDO.headline, _string(meta.title)))
        if meta.published is not None:
            self.graph.add((node, SDO.datePublished, Literal(meta.published.isoformat(), datatype=XSD.date)))
        if meta.url is not None:
            self.graph.add((node, SDO.url, Literal(meta.url, datatype=XSD.anyURI)))
        if meta.publisher is not None:
            self.graph.add((node, KG.publisherName, _string(meta.publisher)))

    def _run(self) -> None:
        node, run = self.run_node, self.run
        self.graph.add((node, RDF.type, KG.Run))
        self.graph.add((node, RDF.type, PROV.Activity))
        self.graph.add((node, PROV.startedAtTime, Literal(run.started.isoformat(), datatype=XSD.dateTime)))
        self.graph.add((node, PROV.used, self.article_node))
        self.graph.add((node, KG.kgingestVersion, _string(run.kgingest_version)))
        self.graph.add((node, KG.modelName, _string(run.model_name)))
        self.graph.add((node, KG.modelVersion, _string(run.model_version)))

    def _appearance(self, shared: URIRef, name: str, aliases: Iterable[str], mentions: Iterable[Span]) -> None:
        """The shared node's label, and its appearance in this article with the names and mentions used here."""
        self.graph.add((shared, RDFS.label, _string(name)))
        node = appearance_iri(self.article_node, shared, self.base)
        self.graph.add((node, RDF.type, KG.Appearance))
        self.graph.add((node, KG.appearanceOf, shared))
        self.graph.add((node, RDFS.label, _string(name)))
        for alias in sorted(set(aliases) - {name}):
            self.graph.add((node, SKOS.altLabel, _string(alias)))
        self.extracted(node, mentions)

    def _actor(self, actor: Actor) -> None:
        node = actor_iri(actor.key, self.base)
        self.graph.add((node, RDF.type, KG.Actor))
        self.graph.add((node, RDF.type, ACTOR_CLASSES[actor.type]))
        self.add(node, KG.partOf, self.ref(actor.part_of) if actor.part_of else None)
        self.add(node, KG.memberOf, self.ref(actor.member_of) if actor.member_of else None)
        self.add(node, KG.locatedIn, self.ref(actor.located_in) if actor.located_in else None)
        self.add(node, KG.countryCode, _string(actor.country_code) if actor.country_code else None)
        self._appearance(node, actor.name, actor.aliases, actor.mentions)

    def _place(self, place: Place) -> None:
        node = place_iri(place.key, self.base)
        self.graph.add((node, RDF.type, KG.Place))
        self.graph.add((node, KG.placeType, _string(place.type)))
        self.add(node, KG.inState, self.ref(place.in_state) if place.in_state else None)
        self._appearance(node, place.name, place.aliases, place.mentions)

    def _role(self, number: int, role: Role) -> None:
        node = URIRef(f"{self.article_node}/role/{number}")
        holder = self.ref(role.holder)
        within = self.ref(role.of) if role.of else None
        self.graph.add((node, RDF.type, KG.Role))
        if role.title is not None:
            self.graph.add((node, RDF.type, KG.Post))
            self.graph.add((node, ORG.heldBy, holder))
            self.graph.add((node, KG.title, _string(role.title)))
            self.add(node, ORG.postIn, within)
        else:
            self.graph.add((node, RDF.type, KG.Membership))
            self.graph.add((node, ORG.member, holder))
            self.add(node, ORG.organization, within)
        self.extracted(node, [role.evidence])

    def _time(self, node: URIRef, time: TimeValue) -> None:
        self.graph.add((node, RDF.type, KG.TimeBounds))
        if time.earliest is not None:
            self.graph.add((node, KG.earliest, Literal(time.earliest.isoformat(), datatype=XSD.date)))
        if time.latest is not None:
            self.graph.add((node, KG.latest, Literal(time.latest.isoformat(), datatype=XSD.date)))
        if time.exact is not None:
            self.graph.add((node, KG.exactDate, Literal(time.exact.isoformat(), datatype=XSD.date)))
        self.graph.add((node, KG.precision, _string(time.precision.value)))
        self.graph.add((node, KG.assumed, _boolean(time.assumed)))
        if time.span is not None:
            self.graph.add((node, KG.anchor, self.anchor(time.span)))

    def _statement(self, statement: Statement) -> None:
        node = self.statement_node(statement.key)
        graph = self.graph
        graph.add((node, RDF.type, KG.Statement))
        graph.add((node, KG.speaker, self.ref(statement.speaker)))
        # Also the PROV term itself: SHACL and most stores run without RDFS inference.
        graph.add((node, PROV.wasAttributedTo, self.ref(statement.speaker)))
        self.add(node, KG.channel, self.ref(statement.channel) if statement.channel else None)
        for co_speaker in statement.co_speakers:  # "Roe and Lund said": each of the others, beside the principal
            graph.add((node, KG.coSpeaker, self.ref(co_speaker)))
            graph.add((node, PROV.wasAttributedTo, self.ref(co_speaker)))
        graph.add((node, KG.cue, _string(statement.cue.text)))
        self.add(node, KG.speakerText, _string(statement.source.text) if statement.source is not None else None)
        graph.add((node, KG.cueLemma, _string(statement.cue_lemma)))
        graph.add((node, KG.cueAnchor, self.anchor(statement.cue)))
        graph.add((node, KG.mode, _string(statement.mode.value)))
        graph.add((node, KG.content, _string(statement.content.text)))
        graph.add((node, KG.contentAnchor, self.anchor(statement.content)))
        if statement.quote is not None:
            graph.add((node, KG.quote, _string(statement.quote.text)))
            graph.add((node, KG.quoteAnchor, self.anchor(statement.quote)))
        date = statement.date
        if date.earliest is not None or date.latest is not None:
            when = URIRef(f"{node}/date")
            graph.add((node, KG.when, when))
            self._time(when, date)
            if date.exact is not None:
                graph.add((node, KG.date, Literal(date.exact.isoformat(), datatype=XSD.date)))
            graph.add((node, KG.dateAssumed, _boolean(date.assumed)))
        for key in sorted(set(statement.about_actors) | set(statement.about_places)):
            graph.add((node, KG.about, self.ref(key)))
        for key in sorted(set(statement.about_deployments)):
            graph.add((node, KG.about, self.deployment_node(key)))
        # The content span is the statement's anchor; kg:anchor is stated too because SHACL runs without inference.
        self.extracted(node, [statement.content])

    def _quantity(self, node: URIRef, size: Quantity) -> None:
        self.graph.add((node, RDF.type, KG.Quantity))
        self.add(node, KG.exact, _integer(size.exact) if size.exact is not None else None)
        self.add(node, KG.minimum, _integer(size.minimum) if size.minimum is not None else None)
        self.add(node, KG.maximum, _integer(size.maximum) if size.maximum is not None else None)
        self.add(node, KG.approximate, _integer(size.approximate) if size.approximate is not None else None)
        self.graph.add((node, KG.vague, _boolean(size.vague)))
        self.graph.add((node, KG.surfaceText, _string(size.span.text)))
        self.graph.add((node, KG.anchor, self.anchor(size.span)))

    def _deployment(self, deployment: Deployment) -> None:
        node = self.deployment_node(deployment.key)
        graph = self.graph
        graph.add((node, RDF.type, KG.MilitaryDeployment))
        graph.add((node, KG.sender, self.ref(deployment.sender)))
        for co_sender in deployment.co_senders:
            graph.add((node, KG.sender, self.ref(co_sender)))
        self.add(node, KG.supported, self.ref(deployment.supported) if deployment.supported else None)
        self.add(node, KG.opponent, self.ref(deployment.opponent) if deployment.opponent else None)
        self.add(node, KG.location, self.ref(deployment.location) if deployment.location else None)
        self.add(node, KG.forceKind, _string(deployment.force_kind) if deployment.force_kind else None)
        for span in sorted(set(deployment.triggers)):
            graph.add((node, KG.trigger, self.anchor(span)))
        if deployment.size is not None:
            size = URIRef(f"{node}/size")
            graph.add((node, KG.forceSize, size))
            self._quantity(size, deployment.size)
        start = deployment.start
        if start is not None and (start.earliest is not None or start.latest is not None):
            start_node = URIRef(f"{node}/start")
            graph.add((node, KG.start, start_node))
            self._time(start_node, start)
            if start.earliest is not None:
                graph.add((node, KG.earliestStart, Literal(start.earliest.isoformat(), datatype=XSD.date)))
            if start.latest is not None:
                graph.add((node, KG.latestStart, Literal(start.latest.isoformat(), datatype=XSD.date)))
        if deployment.legal_basis is not None:
            graph.add((node, KG.legalBasis, _string(deployment.legal_basis.text)))
            graph.add((node, KG.legalBasisAnchor, self.anchor(deployment.legal_basis)))
        if deployment.purpose is not None:
            graph.add((node, KG.purpose, _string(deployment.purpose.text)))
            graph.add((node, KG.purposeAnchor, self.anchor(deployment.purpose)))
        self.add(node, KG.casualties, _boolean(deployment.casualties) if deployment.casualties is not None else None)
        self.add(node, KG.status, _string(deployment.status) if deployment.status else None)
        for key in sorted(set(deployment.reported_by)):
            graph.add((node, KG.reportedBy, self.statement_node(key)))
        self.extracted(node, deployment.anchors)

    def _link(self, link: Link) -> None:
        if link.qid is None:  # the linker abstained: nothing to state
            return
        node = URIRef(f"{self.article_node}/link/{_key_path(link.key)}")
        add_link(self.graph, self.ref(link.key), node, link)
        self.graph.add((node, PROV.wasGeneratedBy, self.run_node))


def add_link(graph: TripleSink, subject: URIRef, node: URIRef, link: Link) -> None:
    """State a decided Wikidata link: ``skos:exactMatch`` plus a link node with confidence and method."""
    assert link.qid is not None
    item = WD[quote(link.qid, safe="")]
    graph.add((subject, SKOS.exactMatch, item))
    graph.add((node, RDF.type, KG.WikidataLink))
    graph.add((node, KG.linkSubject, subject))
    graph.add((node, KG.linkTarget, item))
    graph.add((node, KG.confidence, Literal(Decimal(str(round(link.confidence, 4))), datatype=XSD.decimal)))
    graph.add((node, KG.method, _string(link.method)))


def _role_order(role: Role) -> tuple[int, int, str, str, str]:
    return (role.evidence.begin, role.evidence.end, role.holder, role.title or "", role.of or "")
