"""The write stage: every format reads back as the same graph, bytes do not vary, files are replaced atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

from kg_samples import article_iri, canonical_quads, expected_quads, sample_graph
from kgingest import write
from kgingest.errors import OutputError, UsageError
from kgingest.map import new_graph
from kgingest.resources import resource_dir
from kgingest.write import FORMATS, serialize, write_graph

OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "json-ld": ox.RdfFormat.JSON_LD,
}
ARTICLE = str(article_iri("harbour-talks"))


def read_back_with_rdflib(data: bytes, fmt: str) -> tuple[Graph, list[str]]:
    """The triples rdflib reads from ``data``, and the names of the non-empty named graphs they were in."""
    spec = FORMATS[fmt]
    if not spec.named_graph:
        return Graph().parse(data=data, format=spec.rdflib_format), []
    dataset = Dataset()
    dataset.parse(data=data, format=spec.rdflib_format)
    named = [g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier]
    assert len(dataset.default_graph) == 0, "dataset formats must leave the default graph empty"
    merged = Graph()
    for g in named:
        merged += g
    return merged, sorted(str(g.identifier) for g in named)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reads_back_as_the_same_graph_with_rdflib(fmt: str) -> None:
    graph = sample_graph()
    data = serialize(graph, fmt, graph_name=ARTICLE)
    read, graph_names = read_back_with_rdflib(data, fmt)
    assert isomorphic(graph, read)
    assert len(read) == len(graph)
    assert graph_names == ([ARTICLE] if FORMATS[fmt].named_graph else [])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reads_back_exactly_with_pyoxigraph(fmt: str) -> None:
    """A second RDF implementation, strict about lexical forms: "0.8125"^^xsd:double must stay that string."""
    graph = sample_graph()
    data = serialize(graph, fmt, graph_name=ARTICLE)
    quads = list(ox.parse(data, format=OXIGRAPH_FORMATS[fmt]))
    expected = expected_quads(graph, ARTICLE if FORMATS[fmt].named_graph else None)
    assert canonical_quads(quads) == expected


def test_the_double_keeps_its_lexical_form_in_turtle() -> None:
    assert b'"0.8125"^^xsd:double' in serialize(sample_graph(), "turtle")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_triple_order_and_blank_node_labels_do_not_change_the_bytes(fmt: str) -> None:
    graph = sample_graph()
    reversed_graph = Graph()
    for prefix, namespace in graph.namespaces():
        reversed_graph.bind(prefix, namespace, override=True, replace=True)
    for triple in sorted(graph, key=lambda t: [term.n3() for term in t], reverse=True):
        reversed_graph.add(triple)
    # A second build mints fresh random blank-node ids.
    assert serialize(sample_graph(), fmt, ARTICLE) == serialize(graph, fmt, ARTICLE)
    assert serialize(reversed_graph, fmt, ARTICLE) == serialize(graph, fmt, ARTICLE)


DIGEST_SCRIPT = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from kg_samples import article_iri, sample_graph
from kgingest.write import FORMATS, serialize
graph = sample_graph()
for fmt in sorted(FORMATS):
    print(fmt, hashlib.sha256(serialize(graph, fmt, str(article_iri("harbour-talks")))).hexdigest())
"""


def test_bytes_are_identical_across_processes() -> None:
    """Two interpreters with different hash seeds (set iteration order) and blank-node ids agree."""
    tests_dir = str(Path(__file__).parent)
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", DIGEST_SCRIPT, tests_dir], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(FORMATS)
    local = {f"{fmt} {hashlib.sha256(serialize(sample_graph(), fmt, ARTICLE)).hexdigest()}" for fmt in sorted(FORMATS)}
    assert set(outputs[0].splitlines()) == local


@pytest.mark.parametrize("fmt", ["nt", "nquads"])
def test_line_formats_are_sorted(fmt: str) -> None:
    lines = serialize(sample_graph(), fmt, ARTICLE).splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(sample_graph())


def test_jsonld_embeds_the_published_context() -> None:
    published = json.loads((resource_dir("context") / "kgingest.context.jsonld").read_text(encoding="utf-8"))
    document = json.loads(serialize(sample_graph(), "json-ld"))
    assert document["@context"] == published["@context"]
    assert published["@context"]["kg"] == "https://w3id.org/kgingest/ontology#"
    assert published["@context"]["schema"] == "https://schema.org/"
    article = next(node for node in document["@graph"] if node["@id"] == ARTICLE)
    assert article["@type"] == ["kg:Article", "schema:NewsArticle"]


def test_dataset_formats_name_the_graph_after_the_article_by_default() -> None:
    data = serialize(sample_graph(), "trig")
    assert {str(q.graph_name) for q in ox.parse(data, format=ox.RdfFormat.TRIG)} == {f"<{ARTICLE}>"}


def test_dataset_formats_need_a_name_when_the_graph_has_two_articles() -> None:
    graph = sample_graph("first") + sample_graph("second")
    with pytest.raises(UsageError, match="graph name"):
        serialize(graph, "nquads")
    named = serialize(graph, "nquads", graph_name="https://example.org/batch")
    assert {str(q.graph_name) for q in ox.parse(named, format=ox.RdfFormat.N_QUADS)} == {"<https://example.org/batch>"}


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="turtle"):
        serialize(sample_graph(), "rdfxml")


def test_file_name_uses_the_format_extension() -> None:
    assert [write.file_name("a", fmt) for fmt in FORMATS] == ["a.ttl", "a.nt", "a.trig", "a.nq", "a.jsonld"]


# --- atomic files ------------------------------------------------------------------------------------------


def test_write_graph_writes_the_serialisation_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "harbour-talks.ttl"
    assert write_graph(sample_graph(), target) == target
    assert target.read_bytes() == serialize(sample_graph(), "turtle")
    assert sorted(p.name for p in target.parent.iterdir()) == ["harbour-talks.ttl"]
    assert target.stat().st_mode & 0o777 != 0o600  # not the private mode of the temporary file


def broken_graph() -> Graph:
    graph = sample_graph()
    graph.add((URIRef("https://example.org/not an iri"), URIRef("https://example.org/p"), Literal("x")))
    return graph


def test_failing_serialisation_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "a.ttl"
    target.write_bytes(b"old content\n")
    with pytest.raises(ValueError):
        write_graph(broken_graph(), target)
    assert target.read_bytes() == b"old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.ttl"]


def test_failing_serialisation_creates_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_graph(broken_graph(), tmp_path / "a.nt", "nt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failure_while_writing_cleans_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "a.ttl"
    target.write_bytes(b"old content\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(write.os, failing, fail)
    with pytest.raises(OutputError, match="disk full"):
        write_graph(sample_graph(), target)
    monkeypatch.undo()
    assert target.read_bytes() == b"old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.ttl"]


# --- other readers ---------------------------------------------------------------------------------------

RAPPER_FORMATS = {"turtle": "turtle", "nt": "ntriples", "trig": "trig", "nquads": "nquads"}


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian package raptor2-utils) is not installed")
@pytest.mark.parametrize("fmt", sorted(RAPPER_FORMATS))
def test_raptor_reads_every_triple(tmp_path: Path, fmt: str) -> None:
    path = write_graph(sample_graph(), tmp_path / write.file_name("a", fmt), fmt, ARTICLE)
    result = subprocess.run(
        ["rapper", "--count", "-i", RAPPER_FORMATS[fmt], str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert f"returned {len(sample_graph())} " in result.stderr
    assert "error" not in result.stderr.lower() and "warning" not in result.stderr.lower()


@pytest.mark.skipif(shutil.which("riot") is None, reason="Apache Jena riot is not installed")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_jena_riot_validates(tmp_path: Path, fmt: str) -> None:
    path = write_graph(sample_graph(), tmp_path / write.file_name("a", fmt), fmt, ARTICLE)
    result = subprocess.run(["riot", "--validate", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "WARN" not in result.stderr and "ERROR" not in result.stderr


def _in_graph_store(graph: Graph) -> Graph:
    """``graph``'s triples and prefixes in a `GraphStore` graph, as the mapping makes them."""
    copy = new_graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


def _without_blank_nodes(graph: Graph) -> Graph:
    plain = Graph()
    for prefix, namespace in graph.namespaces():
        plain.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        if not any(isinstance(term, BNode) for term in triple):
            plain.add(triple)
    # two objects of one subject and predicate, so that the objects' own order is exercised too
    plain.add((URIRef(ARTICLE), URIRef("https://example.org/tag"), Literal("b")))
    plain.add((URIRef(ARTICLE), URIRef("https://example.org/tag"), Literal("a", lang="en")))
    return plain


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_graph_store_graph_is_written_as_the_same_triples_in_an_rdflib_store(fmt: str) -> None:
    # serialize reads a GraphStore's index directly, and walks any other store's triples: same bytes.
    plain = _without_blank_nodes(sample_graph())
    assert serialize(_in_graph_store(plain), fmt, ARTICLE) == serialize(plain, fmt, ARTICLE)
    with_blank_node = sample_graph()
    assert serialize(_in_graph_store(with_blank_node), fmt, ARTICLE) == serialize(with_blank_node, fmt, ARTICLE)


def test_a_graph_store_graph_with_a_literal_subject_is_refused_as_any_graph_is() -> None:
    bad = _without_blank_nodes(sample_graph())
    bad.add((Literal("x"), URIRef("https://example.org/p"), Literal("y")))
    with pytest.raises(TypeError, match="not a valid RDF triple"):
        serialize(bad, "turtle", ARTICLE)
    with pytest.raises(TypeError, match="not a valid RDF triple"):
        serialize(_in_graph_store(bad), "turtle", ARTICLE)


def _edge_case_graph() -> Graph:
    """Terms whose Turtle spelling has rules: escapes, bare numbers and booleans, language tags, prefixes."""
    graph = Graph(bind_namespaces="none")
    ex, xsd = "https://example.org/", "http://www.w3.org/2001/XMLSchema#"
    graph.bind("ex", ex)
    graph.bind("xsd", xsd)
    subject, predicate = URIRef(ex + "thing"), URIRef(ex + "value")
    texts = [
        "plain",
        'a "quoted" word',
        "back\\slash",
        "tab\there",
        "two\nlines\r\n",
        "bell\x07 del\x7f",
        "\ufffe\uffff",
    ]
    texts += ["caf\u00e9 \u2028 \U0001f600", "\x00\x0b\x0c\x08\x1f", ""]
    for text in texts:
        graph.add((subject, predicate, Literal(text)))
        graph.add((subject, URIRef(ex + "note"), Literal(text, lang="en")))
    forms = {
        "boolean": ["true", "false", "1", "TRUE"],
        "integer": ["42", "-7", "+3", "007"],
        "decimal": ["1.5", "-.5", "+0.25", "1.", "12", "1.5e3"],
        "double": ["1.5e3", "1E-2", ".5e1", "2.e0", "-3e+4", "1.5", "INF", "NaN"],
        "nonNegativeInteger": ["12"],
        "date": ["2020-02-29"],
        "string": ["typed"],
    }
    for name, values in forms.items():
        for value in values:
            graph.add((subject, URIRef(ex + name), Literal(value, datatype=URIRef(xsd + name))))
    graph.add((subject, URIRef(ex + "tagged"), Literal("colour", lang="en-gb")))
    for local in ("plain-name", "under_score", "9lives", "with/slash", "with.dot", "trailing-"):
        graph.add((subject, URIRef(ex + "link"), URIRef(ex + local)))
    graph.add((URIRef("https://elsewhere.example/x"), RDF_TYPE, URIRef(ex + "Kind")))
    return graph


def _in_plain_store(graph: Graph) -> Graph:
    """``graph``'s triples and prefixes in rdflib's own store (pyoxigraph writes its Turtle)."""
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


def _as_simple(triple: tuple[Node, Node, Node]) -> tuple[Node, Node, Node]:
    # An xsd:string literal is written as a simple literal (RDF 1.1: the same term); rdflib tells them apart.
    subject, predicate, obj = triple
    if isinstance(obj, Literal) and obj.datatype == XSD_STRING:
        obj = Literal(str(obj))
    return subject, predicate, obj


XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def test_turtle_written_from_the_index_is_pyoxigraphs_turtle_byte_for_byte() -> None:
    # Turtle of a GraphStore graph is written by write.py itself; a plain graph's by pyoxigraph.
    indexed = _in_graph_store(_edge_case_graph())
    plain = _in_plain_store(indexed)
    assert serialize(indexed, "turtle") == serialize(plain, "turtle")
    read = Graph().parse(data=serialize(indexed, "turtle"), format="turtle")
    assert {_as_simple(triple) for triple in read} == {_as_simple(triple) for triple in plain}
    for part in ("with/slash", "with.dot"):  # pyoxigraph writes these: they are not written from the index
        plain.remove((None, None, URIRef("https://example.org/" + part)))
    indexed = _in_graph_store(plain)
    plain = _in_plain_store(indexed)
    assert write._indexed_turtle(indexed, indexed.store.subject_index()) is not None
    assert serialize(indexed, "turtle") == serialize(plain, "turtle")


def test_turtle_written_from_the_index_refuses_an_invalid_iri_as_pyoxigraph_does() -> None:
    plain = _without_blank_nodes(sample_graph())
    plain.add((URIRef(ARTICLE), URIRef("https://example.org/p"), URIRef("not an iri")))
    with pytest.raises(ValueError):
        serialize(plain, "turtle", ARTICLE)
    with pytest.raises(ValueError):
        serialize(_in_graph_store(plain), "turtle", ARTICLE)


def _refusals(graph: Graph) -> tuple[type[BaseException] | None, type[BaseException] | None]:
    """The exception type (None for none) writing ``graph``'s Turtle raises: by pyoxigraph, then from the index."""
    outcomes: list[type[BaseException] | None] = []
    for copy in (_in_plain_store(graph), _in_graph_store(graph)):
        try:
            serialize(copy, "turtle")
        except Exception as error:  # the outcome is compared, whatever it is
            outcomes.append(type(error))
        else:
            outcomes.append(None)
    return outcomes[0], outcomes[1]


# rdflib takes these tags and the plain-tag pattern matches them, but pyoxigraph refuses them as BCP 47 tags.
@pytest.mark.parametrize(
    "tag", ["e", "x", "en-a", "en-x", "en-1", "en-12", "en-gb-gb", "en-us-us", "en-latn-latn", "aa-aaa-aaa-aaa-aaa"]
)
def test_language_tag_pyoxigraph_refuses_is_refused_regression(tag: str) -> None:
    # The index writer wrote '"v"@en-gb-gb' where pyoxigraph raised ValueError.
    graph = Graph(bind_namespaces="none")
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("v", lang=tag)))
    assert _refusals(graph) == (ValueError, ValueError)


@pytest.mark.parametrize("local", ["langString", "dirLangString"])
def test_rdf_langstring_datatype_written_as_pyoxigraph_writes_it_regression(local: str) -> None:
    # pyoxigraph writes these datatypes as full IRIs with rdf: bound; the index writer wrote rdf:langString.
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    graph = Graph(bind_namespaces="none")
    graph.bind("rdf", rdf)
    graph.add(
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("v", datatype=URIRef(rdf + local)))
    )
    indexed = _in_graph_store(graph)
    written = serialize(indexed, "turtle")
    assert written == serialize(_in_plain_store(indexed), "turtle")
    assert f"<{rdf}{local}>".encode() in written


@pytest.mark.parametrize("namespace", ["https://example.org/x%", "https://example.org/x%4"])
def test_invalid_prefix_namespace_is_refused_regression(namespace: str) -> None:
    # A bound namespace cut inside a percent-escape is no IRI, though the IRI it starts is: pyoxigraph refuses the
    # prefix; the index writer wrote '@prefix p: <https://example.org/x%> .' and 'p:41'.
    graph = Graph(bind_namespaces="none")
    graph.bind("p", namespace)
    graph.add((URIRef("https://example.org/x%41"), URIRef("https://example.org/p"), Literal("v")))
    assert _refusals(graph) == (ValueError, ValueError)


def test_valid_language_tags_and_namespaces_are_still_written_from_the_index() -> None:
    # The checks above refuse only what pyoxigraph refuses: well-formed tags and namespaces keep the direct path.
    graph = Graph(bind_namespaces="none")
    graph.bind("ex", "https://example.org/")
    for tag in ("en", "en-gb", "de-ch-1901", "zh-hant-tw", "en-a-bb"):
        graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("v", lang=tag)))
    indexed = _in_graph_store(graph)
    assert write._indexed_turtle(indexed, indexed.store.subject_index()) is not None
    assert serialize(indexed, "turtle") == serialize(_in_plain_store(indexed), "turtle")
