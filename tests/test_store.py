"""The embedded store: one named graph per article, reloading replaces, queries see the set union."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg_samples import article_iri, sample_graph
from kgingest import store
from kgingest.errors import InputError, StoreError
from kgingest.query import load_files, run_query
from kgingest.write import write_graph

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def write_articles(folder: Path) -> dict[str, Graph]:
    """Three articles in three formats; two of them share a speaker (and so some triples)."""
    graphs = {
        "first": sample_graph("first"),
        "second": sample_graph("second", "Ola Berg", "Never again"),
        "third": sample_graph("third"),
    }
    write_graph(graphs["first"], folder / "first.ttl")
    write_graph(graphs["second"], folder / "second.trig", "trig")
    write_graph(graphs["third"], folder / "third.jsonld", "json-ld")
    return graphs


INTEGER_SUBTYPES = {XSD.nonNegativeInteger, XSD.positiveInteger, XSD.int, XSD.long, XSD.short, XSD.byte}


def with_plain_integers(graph: Graph) -> Graph:
    """Oxigraph stores xsd:integer subtypes (xsd:nonNegativeInteger, ...) as xsd:integer: compare modulo that."""
    result = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype in INTEGER_SUBTYPES:
            o = Literal(str(o), datatype=XSD.integer)
        result.add((s, p, o))
    return result


def test_oxigraph_turns_integer_subtypes_into_xsd_integer(tmp_path: Path) -> None:
    """Documents the store limitation the comparisons below allow for; if Oxigraph changes, revisit them."""
    write_graph(sample_graph("first"), tmp_path / "first.ttl")
    store.load([tmp_path / "first.ttl"], tmp_path / "store")
    rows = store.query(tmp_path / "store", "SELECT ?v WHERE { ?s <http://www.w3.org/ns/oa#start> ?v }").rows
    assert [row["v"].datatype for row in rows] == [XSD.integer]  # type: ignore[union-attr]


def stored_graph(store_path: Path, name: str) -> Graph:
    graph = Graph()
    for quad in ox.Store(str(store_path)).quads_for_pattern(None, None, None, ox.NamedNode(name)):
        graph.add(tuple(store.to_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)))  # type: ignore[arg-type]
    return graph


def count(result: store.QueryResult) -> int:
    return int(result.rows[0]["n"])  # type: ignore[call-overload]


def test_each_article_gets_its_own_named_graph(tmp_path: Path) -> None:
    graphs = write_articles(tmp_path / "out")
    report = store.load([tmp_path / "out"], tmp_path / "store")
    assert sorted(g.name for g in report.graphs) == sorted(str(article_iri(k)) for k in graphs)
    assert report.triples == sum(len(g) for g in graphs.values())
    assert store.graph_names(tmp_path / "store") == sorted(str(article_iri(k)) for k in graphs)
    for key, graph in graphs.items():
        assert isomorphic(stored_graph(tmp_path / "store", str(article_iri(key))), with_plain_integers(graph))


def test_loading_again_keeps_exactly_one_copy(tmp_path: Path) -> None:
    graphs = write_articles(tmp_path / "out")
    for _ in range(3):
        store.load([tmp_path / "out"], tmp_path / "store")
    per_graph = store.query(tmp_path / "store", PER_GRAPH)
    assert [int(row["n"]) for row in per_graph.rows] == [len(graphs[k]) for k in sorted(graphs)]  # type: ignore[call-overload]
    assert store.graph_names(tmp_path / "store") == sorted(str(article_iri(k)) for k in graphs)


def test_reloading_a_changed_article_replaces_its_graph_and_leaves_no_leftovers(tmp_path: Path) -> None:
    write_articles(tmp_path / "out")
    store.load([tmp_path / "out"], tmp_path / "store")
    changed = sample_graph("first", "Runa Holt", "Later")
    write_graph(changed, tmp_path / "out" / "first.ttl")
    store.load([tmp_path / "out" / "first.ttl"], tmp_path / "store")
    assert isomorphic(stored_graph(tmp_path / "store", str(article_iri("first"))), with_plain_integers(changed))
    labels = {
        str(row["label"])
        for row in store.query(
            tmp_path / "store",
            "SELECT ?label WHERE { ?p a <https://w3id.org/kgingest/ontology#Person> ; "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?label }",
        ).rows
    }
    # Ilse Varga is still said to speak in "third"; Runa Holt replaced her in "first".
    assert labels == {"Runa Holt", "Ola Berg", "Ilse Varga"}


def test_union_is_a_set_like_the_file_backend(tmp_path: Path) -> None:
    graphs = write_articles(tmp_path / "out")
    store.load([tmp_path / "out"], tmp_path / "store")
    from_files = count(run_query(COUNT_ALL, load_files([tmp_path / "out"])))
    assert count(store.query(tmp_path / "store", COUNT_ALL)) == from_files
    # The shared speaker's triples are stated twice but counted once.
    assert from_files < sum(len(g) for g in graphs.values())


def test_union_forgets_what_no_article_states_any_more(tmp_path: Path) -> None:
    write_articles(tmp_path / "out")
    store.load([tmp_path / "out"], tmp_path / "store")
    for key in ("first", "third"):
        write_graph(sample_graph(key, "Runa Holt", "Later"), tmp_path / "out" / f"{key}.ttl")
    (tmp_path / "out" / "third.jsonld").unlink()
    store.load([tmp_path / "out" / "first.ttl", tmp_path / "out" / "third.ttl"], tmp_path / "store")
    query = 'SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> "Ilse Varga" }'
    assert store.query(tmp_path / "store", query).rows == []
    assert count(store.query(tmp_path / "store", COUNT_ALL)) == count(
        run_query(COUNT_ALL, load_files([tmp_path / "out"]))
    )


def test_a_bad_file_changes_nothing(tmp_path: Path) -> None:
    write_articles(tmp_path / "out")
    store.load([tmp_path / "out"], tmp_path / "store")
    before = count(store.query(tmp_path / "store", COUNT_ALL))
    (tmp_path / "out" / "broken.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    write_graph(sample_graph("first", "Runa Holt", "Later"), tmp_path / "out" / "first.ttl")
    with pytest.raises(InputError, match=r"broken\.ttl"):
        store.load([tmp_path / "out"], tmp_path / "store")
    assert count(store.query(tmp_path / "store", COUNT_ALL)) == before


def test_a_file_with_two_articles_is_refused(tmp_path: Path) -> None:
    write_graph(sample_graph("first") + sample_graph("second"), tmp_path / "both.ttl")
    with pytest.raises(InputError, match="2 articles"):
        store.load([tmp_path / "both.ttl"], tmp_path / "store")


def test_querying_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kgingest load"):
        store.query(tmp_path / "nothing", COUNT_ALL)


def test_chunks_never_split_a_blank_node_group() -> None:
    triples = [q.triple for q in ox.parse(write_graph_bytes(), format=ox.RdfFormat.N_TRIPLES)]
    pieces = store.chunks(triples, 3)
    assert sum(len(p) for p in pieces) == len(triples)
    assert all(len(p) <= 8 for p in pieces)  # the quote anchor and its selector: eight triples
    for label in {t.subject.value for t in triples if isinstance(t.subject, ox.BlankNode)}:
        holding = [i for i, p in enumerate(pieces) for t in p if label in (t.subject.value, t.object.value)]
        assert len(set(holding)) == 1


def write_graph_bytes() -> bytes:
    from kgingest.write import serialize

    return serialize(sample_graph(), "nt")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h:7878", ("http://h:7878/query", "http://h:7878/store", "http://h:7878/update")),
        ("http://h:7878/query", ("http://h:7878/query", "http://h:7878/store", "http://h:7878/update")),
        ("http://h:8890/sparql", ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud", "http://h:8890/sparql")),
        ("http://h:3030/ds/query", ("http://h:3030/ds/query", "http://h:3030/ds/data", "http://h:3030/ds/update")),
    ],
)
def test_endpoint_urls(url: str, expected: tuple[str, str, str]) -> None:
    endpoint = store.Endpoint.from_url(url)
    assert (endpoint.query_url, endpoint.store_url, endpoint.update_url) == expected
