"""The ontology file, the KG namespace class and the terms the shapes, queries and mapping use stay in step."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib import namespace as rdf_namespaces
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS

from kgingest.map import to_graph
from kgingest.resources import resource_dir
from kgingest.validate import shapes_graph
from kgingest.vocab import KG, OA, ONTOLOGY_IRI, SEM

KG_NS = str(KG)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def declared_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(KG_NS)}


def kg_terms_in(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_NS)}


def namespace_terms() -> set[URIRef]:
    return {KG[name] for name in KG.__annotations__}


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    comment = str(ontology.value(ONTOLOGY_IRI, RDFS.comment))
    assert "https://schema.org/" in comment
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None


def test_kg_class_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    declared = declared_terms(ontology)
    assert namespace_terms() - declared == set(), "in vocab.KG but not in the ontology"
    assert declared - namespace_terms() == set(), "in the ontology but not in vocab.KG"
    # Nothing in the ontology uses a kg: term it does not declare.
    assert kg_terms_in(ontology) - declared == set()


def test_every_term_has_a_label_and_a_comment(ontology: Graph) -> None:
    for term in sorted(declared_terms(ontology)):
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_misspelt_term_fails_loudly() -> None:
    with pytest.raises(AttributeError):
        _ = KG.speakr


def test_every_class_is_aligned_to_an_external_vocabulary(ontology: Graph) -> None:
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if not str(cls).startswith(KG_NS):
            continue
        ancestors = set(ontology.transitive_objects(cls, RDFS.subClassOf)) - {cls}
        assert any(not str(a).startswith(KG_NS) for a in ancestors), f"{cls} has no external superclass"


# Vocabularies rdflib (or vocab.py) lists term by term, so a misspelt external term can be caught.
# (schema.org and OWL-Time are reached through the module: pytest's collection probes module-level
# names, and those two namespace classes warn on unknown attributes instead of raising.)
CHECKED_VOCABULARIES: dict[str, type[rdf_namespaces.DefinedNamespace]] = {
    "schema": rdf_namespaces.SDO,
    "prov": PROV,
    "org": ORG,
    "time": rdf_namespaces.TIME,
    "skos": SKOS,
    "oa": OA,
    "sem": SEM,
}


@pytest.mark.parametrize("prefix_name", sorted(CHECKED_VOCABULARIES))
def test_aligned_external_terms_exist(ontology: Graph, prefix_name: str) -> None:
    namespace = CHECKED_VOCABULARIES[prefix_name]
    prefix = str(namespace)
    used = {
        o
        for p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.range, RDFS.domain)
        for o in ontology.objects(None, p)
        if isinstance(o, URIRef) and str(o).startswith(prefix)
    }
    unknown = {term for term in used if term not in namespace}
    assert unknown == set()


def test_alignment_covers_every_vocabulary_asked_for(ontology: Graph) -> None:
    supers = {str(o) for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in ontology.objects(None, p)}
    for namespace in (rdf_namespaces.SDO, PROV, ORG, rdf_namespaces.TIME, SEM, OA):
        assert any(s.startswith(str(namespace)) for s in supers), namespace


def test_shapes_use_only_declared_terms(ontology: Graph) -> None:
    assert kg_terms_in(shapes_graph()) - declared_terms(ontology) == set()


def test_queries_use_only_declared_terms(ontology: Graph) -> None:
    names = {str(t)[len(KG_NS) :] for t in declared_terms(ontology)}
    for path in sorted(resource_dir("queries").glob("*.rq")):
        used = set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", path.read_text(encoding="utf-8")))
        assert used - names == set(), path.name


def test_mapping_output_uses_only_declared_terms(ontology: Graph) -> None:
    from test_map import RUN, sample_extraction

    assert kg_terms_in(to_graph(sample_extraction(), RUN)) - declared_terms(ontology) == set()


@pytest.mark.parametrize("folder", ["ontology", "shapes"])
def test_turtle_files_parse_in_oxigraph_too(folder: str) -> None:
    """rdflib is lenient in places; Oxigraph's stricter parser must accept the same files."""
    pyoxigraph = pytest.importorskip("pyoxigraph")
    for path in sorted(resource_dir(folder).glob("*.ttl")):
        store = pyoxigraph.Store()
        store.load(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
        assert len(store) == len(Graph().parse(path, format="turtle")), path.name
