"""Loading speed: kgingest's per-article, transactional store.load against pyoxigraph's Store.bulk_load.

Builds at least 100,000 triples in the project's shape (the mapping of many synthetic extractions when
kgingest.map and the map tests are importable, else synthetic triples in the kgingest vocabulary), writes
one N-Triples file per article, and times both loads of the same triples into fresh stores. Prints both
rates and their ratio: the machine is shared and noisy, so the ratio is the number to compare.

    python benchmarks/bench_load.py [--triples 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kgingest import store
from kgingest.write import write_graph

KG = Namespace("https://w3id.org/kgingest/ontology#")


def synthetic_graph(index: int) -> Graph:
    """One article's worth of triples in the kgingest vocabulary (no NLP involved)."""
    graph = Graph()
    article = URIRef(f"https://w3id.org/kgingest/id/article/synthetic-{index}")
    graph.add((article, RDF.type, KG.Article))
    for n in range(60):
        actor = URIRef(f"https://w3id.org/kgingest/id/person/p{index}-{n}")
        graph.add((actor, RDF.type, KG.Person))
        graph.add((actor, RDFS.label, Literal(f"Person {index} {n}")))
        statement = URIRef(f"{article}#statement-{n}")
        graph.add((statement, RDF.type, KG.Statement))
        graph.add((statement, KG.speaker, actor))
        graph.add((statement, KG.quote, Literal(f"Quote number {n} of article {index}")))
        graph.add((statement, KG.cueLemma, Literal("say")))
        graph.add((statement, KG.confidence, Literal("0.75", datatype=XSD.decimal)))
    return graph


def article_graphs(minimum_triples: int) -> list[Graph]:
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from kgingest.map import to_graph
        from test_map import RUN, sample_extraction

        make = lambda i: to_graph(sample_extraction(key=f"bench-{i}"), RUN)  # noqa: E731
        source = "kgingest.map over test_map's sample extraction"
    except ImportError:
        make = synthetic_graph
        source = "synthetic triples"
    graphs: list[Graph] = []
    total = 0
    while total < minimum_triples:
        graphs.append(make(len(graphs)))
        total += len(graphs[-1])
    print(f"built {len(graphs)} article graphs, {total} triples ({source})")
    return graphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=100_000)
    args = parser.parse_args()
    graphs = article_graphs(args.triples)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "out"
        for index, graph in enumerate(graphs):
            write_graph(graph, folder / f"article-{index:05d}.nt", "nt")
        total = sum(len(g) for g in graphs)

        started = time.perf_counter()
        report = store.load([folder], Path(temp) / "kgingest-store")
        ours = time.perf_counter() - started
        assert report.triples == total

        # The same triples in one N-Quads file, each article in its graph, for the bulk loader.
        combined = Path(temp) / "all.nq"
        with combined.open("wb") as out:
            for graph in report.graphs:
                quads = ox.parse(path=Path(graph.source), format=ox.RdfFormat.N_TRIPLES)
                name = ox.NamedNode(graph.name)
                out.write(
                    ox.serialize(
                        [ox.Quad(q.subject, q.predicate, q.object, name) for q in quads], format=ox.RdfFormat.N_QUADS
                    )
                    or b""
                )
        bulk_store = ox.Store(str(Path(temp) / "bulk-store"))
        started = time.perf_counter()
        bulk_store.bulk_load(path=combined, format=ox.RdfFormat.N_QUADS)
        bulk_store.flush()
        bulk = time.perf_counter() - started
        assert len(bulk_store) == total

    print(f"store.load (per-article transaction, union kept): {total / ours:12,.0f} triples/s ({ours:.2f} s)")
    print(f"pyoxigraph Store.bulk_load:                        {total / bulk:12,.0f} triples/s ({bulk:.2f} s)")
    print(f"ratio bulk_load / store.load: {ours / bulk:.2f}")


if __name__ == "__main__":
    main()
