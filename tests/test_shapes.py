"""The SHACL shapes, by example: each graph in tests/shapes/valid conforms, each in tests/shapes/invalid fails.

Every example is parsed together with tests/shapes/base.ttl (an article, its run, anchors, a few actors). An
example states what it must report in comment lines, and the report must be exactly that:

    # violation: <focus> <path>: <start of the message>
    # warning: <focus> <path>: <start of the message>

where focus and path are written as the report writes them (``-`` for a node-level constraint).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kgingest.errors import InputError
from kgingest.validate import ValidationResult, shapes_graph, validate, validate_file

EXAMPLES = Path(__file__).parent / "shapes"
BASE = EXAMPLES / "base.ttl"
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))


def example_graph(path: Path) -> Graph:
    graph = Graph()
    graph.parse(BASE, format="turtle")
    graph.parse(path, format="turtle")
    return graph


def expectations(path: Path, kind: str) -> list[str]:
    marker = f"# {kind}: "
    return [
        line[len(marker) :].rstrip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(marker)
    ]


def assert_reported(expected: list[str], actual: list[str]) -> None:
    """Each expected line starts exactly one reported line, and nothing else is reported."""
    unmatched = list(actual)
    for line in expected:
        hits = [reported for reported in unmatched if reported.startswith(line)]
        assert len(hits) == 1, f"expected one report starting {line!r}, got {hits} among {actual}"
        unmatched.remove(hits[0])
    assert not unmatched, f"unexpected: {unmatched}"


def test_base_conforms_without_warnings() -> None:
    graph = Graph().parse(BASE, format="turtle")
    assert validate(graph) == ValidationResult(conforms=True, violations=[], warnings=[])


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_example(path: Path) -> None:
    result = validate(example_graph(path))
    assert result.conforms, result.violations
    assert result.violations == []
    assert_reported(expectations(path, "warning"), result.warnings)


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_example(path: Path) -> None:
    expected = expectations(path, "violation")
    assert expected, f"{path.name} states no expected violation"
    result = validate(example_graph(path))
    assert not result.conforms
    assert_reported(expected, result.violations)
    assert_reported(expectations(path, "warning"), result.warnings)


def _focus_classes(path: Path, graph: Graph) -> set[URIRef]:
    """The classes of the focus nodes an example expects violations on."""
    classes: set[URIRef] = set()
    for line in expectations(path, "violation"):
        token = line.split(" ", 1)[0]
        node = URIRef(token[1:-1]) if token.startswith("<") else graph.namespace_manager.expand_curie(token)
        classes.update(c for c in graph.objects(node, RDF.type) if isinstance(c, URIRef))
    return classes


def test_every_shape_has_a_passing_and_a_failing_example() -> None:
    targets = {c for c in shapes_graph().objects(None, SH.targetClass) if isinstance(c, URIRef)}
    assert len(targets) >= 12
    passing: set[URIRef] = set()
    failing: set[URIRef] = set()
    for path in VALID:
        graph = Graph().parse(path, format="turtle")
        passing.update(c for c in graph.objects(None, RDF.type) if isinstance(c, URIRef))
    for path in INVALID:
        failing |= _focus_classes(path, example_graph(path))
    base_classes = {c for c in Graph().parse(BASE).objects(None, RDF.type) if isinstance(c, URIRef)}
    assert targets - (passing | base_classes) == set()
    assert targets - failing == set()


def test_shapes_are_parsed_once() -> None:
    assert shapes_graph() is shapes_graph()


def test_shapes_use_no_sparql_constraints() -> None:
    # sh:sparql runs on rdflib's slow SPARQL engine once per focus node: kept out of the per-article path.
    assert not list(shapes_graph().subjects(SH.sparql, None))


def test_validate_file_reads_turtle(tmp_path: Path) -> None:
    merged = tmp_path / "merged.ttl"
    merged.write_text(example_graph(EXAMPLES / "invalid" / "post.ttl").serialize(format="turtle"), encoding="utf-8")
    result = validate_file(merged)
    assert not result.conforms
    assert any("org:heldBy" in line for line in result.violations)


def test_validate_file_names_a_file_that_does_not_parse(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<https://example.org/a> <https://example.org/b> .\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(broken)
    assert str(broken) in str(caught.value)
    assert "cannot be parsed" in str(caught.value)


def test_validate_file_names_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "absent.ttl"
    with pytest.raises(InputError) as caught:
        validate_file(missing)
    assert str(missing) in str(caught.value)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_regression_validate_file_checks_the_named_graphs_of_trig_and_nquads(tmp_path: Path, fmt: str) -> None:
    # The article's triples sit in a named graph; validating only the default graph passed everything.
    from rdflib import Dataset

    dataset = Dataset()
    named = dataset.graph(URIRef("https://example.org/article/one"))
    for triple in example_graph(EXAMPLES / "invalid" / "post.ttl"):
        named.add(triple)
    path = tmp_path / f"merged.{'nq' if fmt == 'nquads' else fmt}"
    path.write_text(dataset.serialize(format=fmt), encoding="utf-8")
    result = validate_file(path)
    assert not result.conforms
    assert any("org:heldBy" in line for line in result.violations)
