"""Write a graph to a file: five RDF formats, byte-identical output for the same graph, atomic replacement.

Determinism: blank nodes get canonical labels (rdflib's graph canonicalisation) before anything is written;
Turtle and TriG are written by pyoxigraph from sorted triples (it keeps every literal's lexical form, which
rdflib's Turtle writer does not for xsd:double), and the Turtle of kgingest's own graphs by `_indexed_turtle`
here, byte for byte as pyoxigraph writes it; N-Triples and N-Quads are sorted line by line; JSON-LD is
built here from the sorted triples, with the published context (``context/kgingest.context.jsonld``)
embedded so readers need no network, and every literal's lexical form kept as a JSON string.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, SDO, XSD
from rdflib.term import Node

from kgingest.errors import OutputError, UsageError
from kgingest.graphstore import GraphStore
from kgingest.resources import resource_dir

KG_ARTICLE = URIRef("https://w3id.org/kgingest/ontology#Article")
CONTEXT_FILE_NAME = "kgingest.context.jsonld"


@dataclass(frozen=True)
class RdfFormat:
    """One output format: its rdflib plugin name, file extension and media type."""

    name: str
    rdflib_format: str
    extension: str
    media_type: str
    named_graph: bool  # a dataset format: the article's triples go into a named graph


FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat("turtle", "turtle", ".ttl", "text/turtle", False),
    "nt": RdfFormat("nt", "nt", ".nt", "application/n-triples", False),
    "trig": RdfFormat("trig", "trig", ".trig", "application/trig", True),
    "nquads": RdfFormat("nquads", "nquads", ".nq", "application/n-quads", True),
    "json-ld": RdfFormat("json-ld", "json-ld", ".jsonld", "application/ld+json", False),
}
DEFAULT_FORMAT = "turtle"
_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "json-ld": ox.RdfFormat.JSON_LD,
}
FORMAT_BY_EXTENSION: dict[str, RdfFormat] = {spec.extension: spec for spec in FORMATS.values()}

# mkstemp creates files readable by the owner only; the final file should get the usual permissions.
_UMASK = os.umask(0)
os.umask(_UMASK)


def format_spec(fmt: str) -> RdfFormat:
    """The format called ``fmt``, or a UsageError listing the known ones."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}") from None


def file_name(stem: str, fmt: str = DEFAULT_FORMAT) -> str:
    """``stem`` with the extension of ``fmt`` (``article-key`` -> ``article-key.ttl``)."""
    return stem + format_spec(fmt).extension


def article_iris(graph: Graph) -> list[URIRef]:
    """The article nodes a graph describes (typed kg:Article or schema:NewsArticle), sorted."""
    found = {s for cls in (KG_ARTICLE, SDO.NewsArticle) for s in graph.subjects(RDF.type, cls)}
    return sorted(s for s in found if isinstance(s, URIRef))


@cache
def jsonld_context() -> dict[str, str]:
    """The published JSON-LD context: prefix -> namespace IRI."""
    path = resource_dir("context") / CONTEXT_FILE_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    context = document["@context"]
    if not isinstance(context, dict) or not all(isinstance(v, str) for v in context.values()):
        raise ValueError(f"{path}: @context must map prefixes to namespace IRIs")
    return dict(context)


def _canonical(graph: Graph) -> Graph:
    """``graph`` with blank nodes relabelled canonically (a copy), so their labels do not vary per run."""
    source = to_canonical_graph(graph)
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in source:
        copy.add(triple)
    return copy


def _has_blank_nodes(triples: list[tuple[Node, Node, Node]]) -> bool:
    # The predicate can never be one; the object is checked first, the subject is one far more rarely.
    return any(isinstance(obj, BNode) or isinstance(subject, BNode) for subject, _, obj in triples)


class _TermCache(dict[Node, "ox.NamedNode | ox.BlankNode | ox.Literal"]):
    """Each rdflib term converted once per graph: predicates, classes and subjects recur in many triples.

    Keeps the IRIs it met (of IRI terms and of literal datatypes), which decide the prefixes worth declaring.
    """

    def __init__(self) -> None:
        super().__init__()
        self.iris: set[str] = set()

    def __missing__(self, term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        kind = type(term)
        if kind is URIRef:  # the common kinds first, by exact type: this runs per distinct term
            iri = str(term)
            named = self[term] = ox.NamedNode(iri)
            self.iris.add(iri)
            return named
        converted = self[term] = _to_oxigraph(term)
        if isinstance(term, URIRef):
            self.iris.add(str(term))
        elif isinstance(term, Literal) and term.datatype is not None:
            self.iris.add(str(term.datatype))
        return converted


def _to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (which also checks that IRIs are valid)."""
    if isinstance(term, Literal):  # literals first: the most frequent kind after IRIs, which the caller takes
        language = term.language
        if language:
            return ox.Literal(str(term), language=language)
        return ox.Literal(str(term), datatype=_oxigraph_datatype(term.datatype or _XSD_STRING))
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot write RDF term {term!r}")


_XSD_STRING = XSD.string  # looked up once: a namespace attribute is a slow call, and this runs per literal


@cache
def _oxigraph_datatype(datatype: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(datatype))


def _oxigraph_triple(triple: tuple[Node, Node, Node], terms: _TermCache) -> ox.Triple:
    subject_term, predicate_term, object_term = triple
    subject, predicate, obj = terms[subject_term], terms[predicate_term], terms[object_term]
    if type(predicate) is not ox.NamedNode or type(subject) is ox.Literal:
        raise TypeError(f"not a valid RDF triple: {triple!r}")
    return ox.Triple(subject, predicate, obj)


_RDF_TYPE = RDF.type  # looked up once: a namespace attribute is a slow call, and this runs per triple


def _subject_predicate_key(triple: tuple[Node, Node, Node]) -> tuple[bool, str, bool, str]:
    # Subjects in IRI order, blank nodes last; rdf:type first within a subject, as people expect to read it.
    subject, predicate, _ = triple
    return (isinstance(subject, BNode), str(subject), predicate != _RDF_TYPE, str(predicate))


def _object_key(triple: tuple[Node, Node, Node]) -> str:
    return triple[2].n3()


def _sorted_triples(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    """The triples by subject, then predicate, then object as Turtle writes it.

    The object's N3 form is made only where a subject has the predicate more than once: most have it once,
    and writing a literal (the article's whole text among them) as N3 costs more than the rest of the key.
    """
    keyed = sorted(((_subject_predicate_key(triple), triple) for triple in triples), key=_first)
    ordered: list[tuple[Node, Node, Node]] = []
    start = 0
    while start < len(keyed):
        key = keyed[start][0]
        end = start + 1
        while end < len(keyed) and keyed[end][0] == key:
            end += 1
        if end - start == 1:
            ordered.append(keyed[start][1])
        else:
            ordered.extend(sorted((triple for _, triple in keyed[start:end]), key=_object_key))
        start = end
    return ordered


def _indexed_oxigraph_triples(
    index: Mapping[Node, Mapping[Node, Mapping[Node, None]]], terms: _TermCache
) -> list[ox.Triple] | None:
    """The triples of a `GraphStore`'s subject index in `_sorted_triples`' order, as pyoxigraph triples; None
    when a blank node or a subject or predicate no triple may have is met (`serialize` then takes the long way,
    which relabels or refuses them).

    The index already groups the triples by subject and predicate, so only subjects and each subject's
    predicates are sorted, and a subject or predicate is converted once, not once per triple.
    """
    ordered: list[ox.Triple] = []
    append, triple = ordered.append, ox.Triple
    # Exact types, not isinstance: this runs per triple, and a subclass of an rdflib term takes the long way.
    for subject in sorted(index, key=str):
        if type(subject) is not URIRef:
            return None
        ox_subject = cast(ox.NamedNode, terms[subject])  # made from an IRI
        by_predicate = index[subject]
        for predicate in sorted(by_predicate, key=_predicate_key):
            if type(predicate) is not URIRef:
                return None
            ox_predicate = cast(ox.NamedNode, terms[predicate])
            objects: Iterable[Node] = by_predicate[predicate]
            if len(by_predicate[predicate]) > 1:
                objects = sorted(objects, key=_object_n3)
            for obj in objects:
                ox_object = terms.get(obj)
                if ox_object is None:
                    if type(obj) is not URIRef and type(obj) is not Literal:
                        return None
                    ox_object = terms[obj]
                append(triple(ox_subject, ox_predicate, ox_object))
    return ordered


_RDF_TYPE_IRI = str(RDF.type)


def _predicate_key(predicate: Node) -> tuple[bool, str]:
    # Compared as strings: rdflib's term equality is a Python-level call, and this runs per predicate.
    iri = str(predicate)
    return (iri != _RDF_TYPE_IRI, iri)


def _object_n3(term: Node) -> str:
    """``term.n3()``; an IRI's is written here without rdflib checking the IRI again (it was checked when the
    graph was made, and pyoxigraph checks it once more)."""
    return f"<{term}>" if type(term) is URIRef else term.n3()


def _first(pair: tuple[tuple[bool, str, bool, str], tuple[Node, Node, Node]]) -> tuple[bool, str, bool, str]:
    return pair[0]


def _used_prefixes(graph: Graph, iris: set[str]) -> dict[str, str]:
    """The graph's prefix bindings whose namespace some IRI in ``iris`` starts with, sorted by prefix."""
    bound = {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}
    ordered = sorted(iris)
    return {prefix: namespace for prefix, namespace in sorted(bound.items()) if _has_longer(ordered, namespace)}


def _has_longer(ordered: list[str], namespace: str) -> bool:
    """Whether a string of ``ordered`` (sorted) starts with ``namespace`` and is longer: those that start with it
    sort together, from where ``namespace`` would go, so only the first one or two need a look."""
    at = bisect.bisect_left(ordered, namespace)
    while at < len(ordered) and ordered[at].startswith(namespace):
        if ordered[at] != namespace:
            return True
        at += 1
    return False


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def serialize(graph: Graph, fmt: str = DEFAULT_FORMAT, graph_name: str | None = None) -> bytes:
    """``graph`` as bytes in ``fmt``; the same graph gives the same bytes in every run.

    TriG and N-Quads put the triples in the named graph ``graph_name`` (by default the graph's one article
    IRI); the triple formats ignore ``graph_name``. Turtle, TriG, N-Triples and N-Quads are written by
    pyoxigraph from sorted triples: rdflib's Turtle writer shortens xsd:double values to six digits. The
    Turtle of a `GraphStore` graph is written as pyoxigraph writes it, without a pyoxigraph triple per triple
    (`_indexed_turtle`).
    """
    spec = format_spec(fmt)
    if spec.name == "turtle" and isinstance(graph.store, GraphStore):
        written = _indexed_turtle(graph, graph.store.subject_index())
        if written is not None:
            return written
    terms = _TermCache()
    oxi_triples = None
    if spec.name != "json-ld" and isinstance(graph.store, GraphStore):
        oxi_triples = _indexed_oxigraph_triples(graph.store.subject_index(), terms)
    if oxi_triples is not None:
        canonical = graph
    else:
        unsorted = list(graph)  # the store is slow to iterate: once, not once per use
        # kgingest's own graphs have no blank nodes: nothing to relabel, so no copy
        canonical = _canonical(graph) if _has_blank_nodes(unsorted) else graph
        if spec.name == "json-ld":
            return _jsonld(canonical)
        triples = _sorted_triples(unsorted if canonical is graph else canonical)
        terms = _TermCache()
        oxi_triples = [_oxigraph_triple(triple, terms) for triple in triples]
    prefixes = _used_prefixes(canonical, terms.iris) if spec.name in ("turtle", "trig") else None
    if spec.named_graph:
        name = ox.NamedNode(graph_name or _sole_article(canonical, spec.name))
        quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in oxi_triples]
        data = ox.serialize(quads, format=_OXIGRAPH_FORMATS[spec.name], prefixes=prefixes)
    else:
        data = ox.serialize(oxi_triples, format=_OXIGRAPH_FORMATS[spec.name], prefixes=prefixes)
    assert data is not None  # no output stream given: pyoxigraph returns the bytes
    if prefixes:
        data = _with_sorted_prefixes(data, prefixes)
    return _sorted_lines(data) if spec.name in ("nt", "nquads") else data


class _Unsure(Exception):
    """A term `_indexed_turtle` does not write the way pyoxigraph would for certain: pyoxigraph writes the graph."""


# How pyoxigraph's Turtle writer escapes a string literal's characters (every other character is written as is).
_TURTLE_ESCAPES = {
    **{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)},
    0x08: "\\b",
    0x09: "\\t",
    0x0A: "\\n",
    0x0C: "\\f",
    0x0D: "\\r",
    0x22: '\\"',
    0x5C: "\\\\",
}
_NEEDS_ESCAPE = re.compile('[\\x00-\\x1f\\x7f\\ufffe\\uffff"\\\\]')
# A prefixed name's local part pyoxigraph writes without escapes (it escapes others, e.g. ``/``, with a backslash).
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_PLAIN_LANGUAGE = re.compile(r"[a-z]{1,8}(?:-[a-z0-9]{1,8})*")
_XSD = str(XSD)
_XSD_STRING_IRI = _XSD + "string"
# Datatypes pyoxigraph writes as a full IRI even where a prefix could shorten them: it writes such literals.
_RDF = str(RDF)
_UNPREFIXED_DATATYPES = frozenset({_RDF + "langString", _RDF + "dirLangString"})
# Literals of these datatypes pyoxigraph writes bare when the lexical form is Turtle's own syntax for them.
_BARE_LITERALS = {
    _XSD + "boolean": re.compile(r"true|false"),
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
}


def _indexed_turtle(graph: Graph, index: Mapping[Node, Mapping[Node, Mapping[Node, None]]]) -> bytes | None:
    """``graph`` (a `GraphStore`'s subject index) as Turtle, the bytes pyoxigraph writes from
    `_indexed_oxigraph_triples` in `serialize`, written here directly: building a pyoxigraph triple per
    triple cost more than writing the text. None (pyoxigraph writes it) for a graph with a blank node or a
    term this does not write as pyoxigraph would for certain: an IRI more than one prefix could shorten, a
    local name pyoxigraph escapes, a language tag pyoxigraph would normalise, an rdf:langString or
    rdf:dirLangString datatype. IRIs, the namespaces of the prefixes written and language tags are still
    checked by pyoxigraph, once each, so an invalid one fails as before (tests/test_write.py compares the two
    writers).
    """
    if not index:
        return None
    iris: set[str] = set()
    ordered: list[tuple[str, list[tuple[str, Iterable[Node]]]]] = []
    for subject in sorted(index, key=str):
        if type(subject) is not URIRef:
            return None
        by_predicate = index[subject]
        subject_iri = str(subject)
        iris.add(subject_iri)
        predicates: list[tuple[str, Iterable[Node]]] = []
        for predicate in sorted(by_predicate, key=_predicate_key):
            if type(predicate) is not URIRef:
                return None
            predicate_iri = str(predicate)
            iris.add(predicate_iri)
            objects: Iterable[Node] = by_predicate[predicate]
            if len(by_predicate[predicate]) > 1:
                objects = sorted(objects, key=_object_n3)
            for obj in objects:
                kind = type(obj)
                if kind is URIRef:
                    iris.add(str(obj))
                elif kind is Literal:
                    datatype = cast(Literal, obj).datatype
                    if datatype is not None:
                        iris.add(str(datatype))
                else:
                    return None
            predicates.append((predicate_iri, objects))
        ordered.append((subject_iri, predicates))
    for iri in iris:
        ox.NamedNode(iri)  # raises on an invalid IRI, as converting it for pyoxigraph did
    prefixes = _used_prefixes(graph, iris)
    for namespace in set(prefixes.values()):
        ox.NamedNode(namespace)  # raises on an invalid one, as pyoxigraph's writer refused the prefix
    try:
        body = _turtle_body(ordered, prefixes)
    except _Unsure:
        return None
    if not prefixes:
        return body.encode()
    header = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items())
    return (header + "\n" + body).encode()


def _turtle_body(ordered: list[tuple[str, list[tuple[str, Iterable[Node]]]]], prefixes: dict[str, str]) -> str:
    """The triples of `_indexed_turtle` as pyoxigraph writes them: a subject's predicates after ``;``, a
    predicate's objects after ``,``, rdf:type as ``a``."""
    namespaces = list(prefixes.items())
    written: dict[str, str] = {_RDF_TYPE_IRI: "a"}
    iri_texts: dict[str, str] = {}

    def iri_text(iri: str) -> str:
        text = iri_texts.get(iri)
        if text is None:
            text = iri_texts[iri] = _turtle_iri(iri, namespaces)
        return text

    out: list[str] = []
    append = out.append
    for subject_iri, predicates in ordered:
        append(iri_texts.get(subject_iri) or iri_text(subject_iri))
        first_predicate = True
        for predicate_iri, objects in predicates:
            predicate_text = written.get(predicate_iri)
            if predicate_text is None:
                predicate_text = written[predicate_iri] = iri_text(predicate_iri)
            append(" " if first_predicate else " ;\n\t")
            first_predicate = False
            append(predicate_text)
            separator = " "
            for obj in objects:
                append(separator)
                separator = " , "
                if type(obj) is URIRef:
                    iri = str(obj)
                    text = iri_texts.get(iri)
                    append(text if text is not None else iri_text(iri))
                else:
                    append(_turtle_literal(cast(Literal, obj), iri_text))
        append(" .\n")
    return "".join(out)


def _turtle_iri(iri: str, namespaces: list[tuple[str, str]]) -> str:
    matches = [(prefix, namespace) for prefix, namespace in namespaces if iri.startswith(namespace)]
    if not matches:
        return f"<{iri}>"
    if len(matches) > 1:
        raise _Unsure(iri)
    prefix, namespace = matches[0]
    local = iri[len(namespace) :]
    if not _PLAIN_LOCAL.fullmatch(local):
        raise _Unsure(iri)
    return f"{prefix}:{local}"


def _turtle_literal(literal: Literal, iri_text: Callable[[str], str]) -> str:
    value = str(literal)
    if _NEEDS_ESCAPE.search(value):
        value = value.translate(_TURTLE_ESCAPES)
    language = literal.language
    if language:
        if not _plain_language(language):
            raise _Unsure(language)
        return f'"{value}"@{language}'
    datatype = literal.datatype
    if datatype is None:
        return f'"{value}"'
    datatype_iri = str(datatype)
    if datatype_iri == _XSD_STRING_IRI:
        return f'"{value}"'
    bare = _BARE_LITERALS.get(datatype_iri)
    if bare is not None and bare.fullmatch(value):
        return value
    if datatype_iri in _UNPREFIXED_DATATYPES:
        raise _Unsure(datatype_iri)
    return f'"{value}"^^{iri_text(datatype_iri)}'


@cache
def _plain_language(tag: str) -> bool:
    """Whether pyoxigraph writes ``tag`` as it is. Raises ValueError, as converting the literal for pyoxigraph
    did, on a tag pyoxigraph refuses (rdflib takes some, e.g. ``en-gb-gb``); cached: checked once per tag."""
    ox.Literal("", language=tag)
    return _PLAIN_LANGUAGE.fullmatch(tag) is not None


def _with_sorted_prefixes(data: bytes, prefixes: dict[str, str]) -> bytes:
    # pyoxigraph orders @prefix lines its own way; write them in prefix order so the order is ours to keep.
    lines = data.splitlines(keepends=True)
    body_start = 0
    while body_start < len(lines) and lines[body_start].startswith(b"@prefix "):
        body_start += 1
    header = b"".join(f"@prefix {prefix}: <{namespace}> .\n".encode() for prefix, namespace in prefixes.items())
    return header + b"\n" + b"".join(lines[body_start:])


def _sole_article(graph: Graph, fmt: str) -> str:
    articles = article_iris(graph)
    if len(articles) != 1:
        raise UsageError(
            f"{fmt} output needs a graph name: give graph_name, the graph describes {len(articles)} articles"
        )
    return str(articles[0])


# --- JSON-LD ---------------------------------------------------------------------------------------------


def _compact(iri: str, context: dict[str, str]) -> str:
    """``iri`` as ``prefix:local`` when a context prefix covers it, else unchanged."""
    best = ""
    for prefix, namespace in context.items():
        if iri.startswith(namespace) and len(namespace) > len(context.get(best, "")):
            best = prefix
    if not best:
        return iri
    local = iri[len(context[best]) :]
    # An empty local part or one starting with '//' would read back as a different IRI.
    if not local or local.startswith("//"):
        return iri
    return f"{best}:{local}"


def _node_id(term: Node, context: dict[str, str]) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return _compact(str(term), context)


def _jsonld_value(term: Node, context: dict[str, str]) -> dict[str, str]:
    if isinstance(term, Literal):
        # Always the lexical form as a JSON string: JSON numbers would change the literal on reading back.
        value: dict[str, str] = {"@value": str(term)}
        if term.language:
            value["@language"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            value["@type"] = _compact(str(term.datatype), context)
        return value
    return {"@id": _node_id(term, context)}


def _subject_key(term: Node) -> tuple[bool, str]:
    return (isinstance(term, BNode), str(term))


def _value_key(value: dict[str, str]) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _jsonld(graph: Graph) -> bytes:
    context = jsonld_context()
    nodes: list[dict[str, Any]] = []
    for subject in sorted(set(graph.subjects()), key=_subject_key):
        node: dict[str, Any] = {"@id": _node_id(subject, context)}
        types: list[str] = []
        properties: dict[str, list[dict[str, str]]] = {}
        for predicate, obj in graph.predicate_objects(subject):
            if predicate == RDF.type and not isinstance(obj, Literal):
                types.append(_node_id(obj, context))
            else:
                properties.setdefault(_compact(str(predicate), context), []).append(_jsonld_value(obj, context))
        if types:
            node["@type"] = sorted(set(types))
        for key in sorted(properties):
            node[key] = sorted({_value_key(v): v for v in properties[key]}.values(), key=_value_key)
        nodes.append(node)
    document = {"@context": context, "@graph": nodes}
    return (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


# --- files -----------------------------------------------------------------------------------------------


def write_bytes_atomic(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a part of it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror or error}); choose another folder") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o666 & ~_UMASK)
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: writing failed ({error.strerror or error}); nothing was written") from None
        raise
    _fsync_directory(path.parent)
    return path


def _fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk; not every platform allows this.
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_graph(graph: Graph, path: Path, fmt: str = DEFAULT_FORMAT, graph_name: str | None = None) -> Path:
    """Serialise ``graph`` in ``fmt`` and write it atomically to ``path``; returns ``path``.

    The graph is serialised completely before the file system is touched, so a failing serialisation
    leaves any existing file as it was.
    """
    data = serialize(graph, fmt, graph_name)
    return write_bytes_atomic(data, Path(path))
