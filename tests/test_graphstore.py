"""GraphStore answers every triple pattern as rdflib's own Memory store does, before and after removals."""

from __future__ import annotations

import itertools
import random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kgingest.graphstore import GraphStore

EX = "http://example.org/"


def _graphs(seed: int) -> tuple[Graph, Graph]:
    chooser = random.Random(seed)
    nodes: list[Node] = [URIRef(f"{EX}n{i}") for i in range(6)]
    values: list[Node] = [*nodes, Literal("one"), Literal(2), Literal("drei", lang="de")]
    predicates = [URIRef(f"{EX}p{i}") for i in range(3)]
    ours, reference = Graph(store=GraphStore()), Graph()
    for _ in range(60):
        triple = (chooser.choice(nodes), chooser.choice(predicates), chooser.choice(values))
        ours.add(triple)
        reference.add(triple)
    return ours, reference


def _patterns(graph: Graph) -> list[tuple[Node | None, Node | None, Node | None]]:
    subjects = [None, *sorted(set(graph.subjects()), key=str)[:3], URIRef(f"{EX}absent")]
    predicates = [None, *sorted(set(graph.predicates()), key=str)]
    objects = [None, *sorted(set(graph.objects()), key=str)[:4]]
    return list(itertools.product(subjects, predicates, objects))


def test_every_pattern_gives_what_rdflib_memory_gives() -> None:
    for seed in range(3):
        ours, reference = _graphs(seed)
        assert len(ours) == len(reference)
        for pattern in _patterns(reference):
            assert set(ours.triples(pattern)) == set(reference.triples(pattern)), pattern


def test_removals_keep_every_index_and_the_size_in_step() -> None:
    ours, reference = _graphs(7)
    list(ours.triples((None, None, Literal("one"))))  # the object index exists before the removals too
    for pattern in [(URIRef(f"{EX}n1"), None, None), (None, URIRef(f"{EX}p2"), None), (None, None, Literal(2))]:
        ours.remove(pattern)
        reference.remove(pattern)
        assert len(ours) == len(reference)
        for each in _patterns(reference):
            assert set(ours.triples(each)) == set(reference.triples(each)), each


def test_a_triple_added_twice_counts_once() -> None:
    graph = Graph(store=GraphStore())
    triple = (URIRef(f"{EX}a"), URIRef(f"{EX}p"), Literal("x"))
    graph.add(triple)
    graph.add(triple)
    assert len(graph) == 1


def test_prefixes_bind_as_in_rdflib() -> None:
    ours, reference = Graph(store=GraphStore(), bind_namespaces="none"), Graph(bind_namespaces="none")
    for graph in (ours, reference):
        graph.bind("ex", EX)
        graph.bind("ex", f"{EX}other#", override=True)
        graph.bind("kept", EX, override=False)
    assert sorted(ours.namespaces()) == sorted(reference.namespaces())


def test_a_store_given_a_subject_index_answers_as_one_built_triple_by_triple() -> None:
    for seed in range(3):
        _, reference = _graphs(seed)
        index: dict[Node, dict[Node, dict[Node, None]]] = {}
        for subject, predicate, obj in reference:
            index.setdefault(subject, {}).setdefault(predicate, {})[obj] = None
        store = GraphStore()
        store.take_subject_index(index)
        ours = Graph(store=store)
        assert len(ours) == len(reference)
        for pattern in _patterns(reference):
            assert set(ours.triples(pattern)) == set(reference.triples(pattern)), pattern
        ours.remove((None, None, Literal("one")))
        reference.remove((None, None, Literal("one")))
        assert set(ours) == set(reference) and len(ours) == len(reference)


def test_only_an_empty_store_takes_a_subject_index() -> None:
    ours, _ = _graphs(1)
    assert isinstance(ours.store, GraphStore)
    with pytest.raises(ValueError):
        ours.store.take_subject_index({})
