"""Small hand-made article graphs in the kgingest vocabulary, for the write and store tests.

The names are invented; they belong to no corpus article. Each graph has what trips serialisers up: blank
nodes, typed literals (a double whose lexical form must survive), language tags, quotes, newlines and
non-ASCII text.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

KG = Namespace("https://w3id.org/kgingest/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
RESOURCE = "https://w3id.org/kgingest/id/"


def article_iri(key: str) -> URIRef:
    return URIRef(f"{RESOURCE}article/{key}")


def sample_graph(key: str = "harbour-talks", speaker: str = "Ilse Varga", said: str = "We will not wait") -> Graph:
    """One article: a speaker, an organisation, a statement anchored in the text, a blank-node selector."""
    graph = Graph()
    for prefix, namespace in (("kg", KG), ("oa", OA), ("prov", PROV), ("schema", SDO), ("xsd", XSD)):
        graph.bind(prefix, namespace)
    article = article_iri(key)
    person = URIRef(f"{RESOURCE}person/{speaker.lower().replace(' ', '-')}")
    ministry = URIRef(f"{RESOURCE}organization/ministry-of-ports")
    statement = URIRef(f"{article}#statement-1")
    text = f'{speaker} of the Ministry of Ports said: "{said}." Zoë\u00a0Ørsted agreed.\nSecond line.'
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, RDF.type, SDO.NewsArticle))
    graph.add((article, KG.text, Literal(text)))
    graph.add((article, SDO.headline, Literal(f"Talks at the harbour ({key})", lang="en")))
    graph.add((article, SDO.datePublished, Literal("2031-05-04", datatype=XSD.date)))
    graph.add((person, RDF.type, KG.Person))
    graph.add((person, RDFS.label, Literal(speaker)))
    graph.add((ministry, RDF.type, KG.Organization))
    graph.add((ministry, RDFS.label, Literal("Ministry of Ports", lang="en")))
    graph.add((person, KG.memberOf, ministry))
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, KG.speaker, person))
    graph.add((statement, KG.quote, Literal(said)))
    # rdflib's Turtle writer would shorten this lexical form; the output must keep it.
    graph.add((statement, KG.confidence, Literal("0.8125", datatype=XSD.double)))
    graph.add((statement, KG.mode, Literal("direct")))
    graph.add((statement, PROV.wasDerivedFrom, article))
    anchor = BNode()
    selector = BNode()
    begin = text.index(said)
    graph.add((statement, KG.quoteAnchor, anchor))
    graph.add((anchor, RDF.type, OA.SpecificResource))
    graph.add((anchor, OA.hasSource, article))
    graph.add((anchor, OA.hasSelector, selector))
    graph.add((selector, RDF.type, OA.TextPositionSelector))
    graph.add((selector, OA.start, Literal(begin, datatype=XSD.nonNegativeInteger)))
    graph.add((selector, OA.end, Literal(begin + len(said), datatype=XSD.nonNegativeInteger)))
    graph.add((selector, OA.exact, Literal(said)))
    return graph


def oxigraph_term(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph sees it, keeping the literal's lexical form exactly."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise TypeError(term)


def canonical_quads(quads: list[ox.Quad]) -> set[str]:
    """Quads with blank nodes canonically relabelled (RDFC-1.0), as N-Quads strings: comparable sets."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(quad) for quad in dataset}


def expected_quads(graph: Graph, graph_name: str | None = None) -> set[str]:
    """The canonical quads ``graph`` should read back as, built from its terms with no serialiser involved."""
    name: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph_name) if graph_name else ox.DefaultGraph()
    quads = [
        ox.Quad(oxigraph_term(s), oxigraph_term(p), oxigraph_term(o), name)  # type: ignore[arg-type]
        for s, p, o in graph
    ]
    return canonical_quads(quads)
