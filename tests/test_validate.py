"""validate.validation_shapes: the shapes rearranged for speed must report exactly what the shapes file reports."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kgingest.validate import (
    prepared_shapes,
    rearranged_for_speed,
    shapes_graph,
    validate,
    validate_against,
    validation_shapes,
)

EXAMPLES = Path(__file__).parent / "shapes"
ALL_EXAMPLES = sorted((EXAMPLES / "valid").glob("*.ttl")) + sorted((EXAMPLES / "invalid").glob("*.ttl"))

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def example_graph(path: Path) -> Graph:
    graph = Graph()
    graph.parse(EXAMPLES / "base.ttl", format="turtle")
    graph.parse(path, format="turtle")
    return graph


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=[f"{p.parent.name}-{p.stem}" for p in ALL_EXAMPLES])
def test_rearranged_shapes_report_what_the_shapes_file_reports(path: Path) -> None:
    graph = example_graph(path)
    assert validate(graph) == validate_against(graph, shapes_graph())


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=[f"{p.parent.name}-{p.stem}" for p in ALL_EXAMPLES])
def test_a_graph_of_kgingests_own_store_reports_what_the_shapes_file_reports(path: Path) -> None:
    # A graph in a GraphStore (every graph the pipeline maps) is read through its indexes (_IndexedGraph,
    # _value_nodes_directly); the report must be pySHACL's own for the same triples.
    from kgingest.map import new_graph

    graph = new_graph()
    for triple in example_graph(path):
        graph.add(triple)
    assert validate(graph) == validate_against(graph, shapes_graph())


def test_rearranged_shapes_are_built_once() -> None:
    assert validation_shapes() is validation_shapes()


def test_no_property_shape_is_left_behind_a_targeted_node_shape() -> None:
    shapes = validation_shapes()
    for node_shape in shapes.subjects(SH.property, None):
        assert not list(shapes.objects(node_shape, SH.targetClass)), node_shape


def _rearranged(shapes_text: str) -> Graph:
    return rearranged_for_speed(Graph().parse(data=PREFIXES + shapes_text, format="turtle"))


SHARED = """
ex:Name sh:path ex:name ; sh:minCount 1 ; sh:message "needs a name" .
ex:AShape a sh:NodeShape ; sh:targetClass ex:A ; sh:property ex:Name .
ex:BShape a sh:NodeShape ; sh:targetClass ex:B ; sh:property ex:Name .
ex:CShape a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:size ; sh:maxCount 1 ] .
ex:DShape a sh:NodeShape ; sh:targetClass ex:D ; sh:property [ sh:path ex:part ; sh:node ex:CShape ] .
"""

DATA = """
ex:both a ex:A , ex:B .
ex:c a ex:C ; ex:size 1 , 2 .
ex:d a ex:D ; ex:part ex:other .
ex:other ex:size 1 , 2 .
"""


def test_a_node_in_two_targeted_classes_is_reported_once_per_shape_as_before() -> None:
    shapes = Graph().parse(data=PREFIXES + SHARED, format="turtle")
    data = Graph().parse(data=PREFIXES + DATA, format="turtle")
    before = validate_against(data, shapes)
    after = validate_against(data, _rearranged(SHARED))
    assert after == before
    assert len([line for line in after.violations if "needs a name" in line]) == 2


def test_a_node_shape_another_shape_refers_to_keeps_its_properties() -> None:
    rearranged = _rearranged(SHARED)
    assert list(rearranged.objects(URIRef("https://example.org/CShape"), SH.property))
    assert not list(rearranged.objects(URIRef("https://example.org/AShape"), SH.property))


def test_shapes_read_once_keep_nothing_of_the_graph_validated_before() -> None:
    # validate reuses pySHACL's shapes across graphs; each graph must still be reported as if alone.
    invalid = [example_graph(path) for path in sorted((EXAMPLES / "invalid").glob("*.ttl"))[:3]]
    valid = [example_graph(path) for path in sorted((EXAMPLES / "valid").glob("*.ttl"))[:2]]
    for graph in [invalid[0], valid[0], invalid[1], valid[1], invalid[2], invalid[0]]:
        assert validate(graph) == validate_against(graph, validation_shapes())
    assert prepared_shapes() is prepared_shapes()


QUALIFIED = """
ex:Inner sh:class ex:Wheel .
ex:CarShape a sh:NodeShape ; sh:targetClass ex:Car ; sh:property [
    sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Engine ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ;
    sh:message "a car needs exactly one engine" ] , [
    sh:path ex:part ; sh:qualifiedValueShape ex:Inner ; sh:qualifiedMinCount 4 ] .
ex:TrailerShape a sh:NodeShape ; sh:targetClass ex:Trailer ; sh:property [ sh:path ex:part ; sh:node ex:Inner ] .
"""

CARS = """
ex:good a ex:Car ; ex:part ex:e1 , ex:w1 , ex:w2 , ex:w3 , ex:w4 .
ex:twoEngines a ex:Car ; ex:part ex:e1 , ex:e2 , ex:w1 .
ex:noEngine a ex:Car ; ex:part ex:w1 .
ex:trailer a ex:Trailer ; ex:part ex:e1 , ex:w1 .
ex:e1 a ex:Engine . ex:e2 a ex:Engine .
ex:w1 a ex:Wheel . ex:w2 a ex:Wheel . ex:w3 a ex:Wheel . ex:w4 a ex:Wheel .
"""


def test_qualified_value_shapes_report_the_same_with_their_quiet_message() -> None:
    shapes = Graph().parse(data=PREFIXES + QUALIFIED, format="turtle")
    data = Graph().parse(data=PREFIXES + CARS, format="turtle")
    rearranged = _rearranged(QUALIFIED)
    before = validate_against(data, shapes)
    assert validate_against(data, rearranged) == before
    assert len([line for line in before.violations if "exactly one engine" in line]) == 2
    assert not any("qualified value shape" in line for line in before.violations + before.warnings)
    # A qualified value shape another shape also uses (here by sh:node) keeps its generic messages.
    assert not list(rearranged.objects(URIRef("https://example.org/Inner"), SH.message))
    assert len([m for m in rearranged.objects(None, SH.message) if "qualified value shape" in m]) == 1


def test_validate_leaves_pyshacl_writing_its_result_texts() -> None:
    # validate skips pySHACL's text of each result only while it runs; pyshacl.validate still gets it.
    graph = example_graph(EXAMPLES / "invalid" / "anchor.ttl")
    assert not validate(graph).conforms
    _, _, text = pyshacl.validate(graph, shacl_graph=shapes_graph(), allow_warnings=True)
    assert "A text anchor needs exactly one oa:TextQuoteSelector" in text


# Qualified value shapes of every kind `validate` decides directly (sh:class, sh:in, both) and of kinds it leaves
# to pySHACL (a property inside, a severity), over values that conform through a subclass, are literals, or are
# listed, too few and too many: the report must be pySHACL's own.
COUNTED = """
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:BoxShape a sh:NodeShape ; sh:targetClass ex:Box ; sh:property [
    sh:path ex:holds ; sh:qualifiedValueShape [ sh:class ex:Tool ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2 ;
    sh:message "a box holds one or two tools" ] , [
    sh:path ex:colour ; sh:qualifiedValueShape [ sh:in ( "red" ex:blue 3 ) ] ; sh:qualifiedMaxCount 1 ] , [
    sh:path ex:holds ; sh:qualifiedValueShape [ sh:class ex:Tool , ex:Sharp ; sh:in ( ex:saw ex:axe ex:pin ) ] ;
    sh:qualifiedMinCount 1 ] , [
    sh:path ex:holds ; sh:qualifiedValueShape [ sh:property [ sh:path ex:weight ; sh:minCount 1 ] ] ;
    sh:qualifiedMinCount 1 ] , [
    sh:path ex:holds ; sh:qualifiedValueShape [ sh:class ex:Tool ; sh:severity sh:Warning ] ;
    sh:qualifiedMaxCount 0 ] , [
    sh:path ex:holds ; sh:or ( [ sh:class ex:Sharp ] [ sh:in ( ex:axe ex:rope ) ] ) ; sh:message "sharp or listed" ] , [
    sh:path ex:colour ; sh:or ( [ sh:in ( "red" ) ] [ sh:datatype xsd:integer ] ) ; sh:message "red or a number" ] .
"""

BOXES = """
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Saw rdfs:subClassOf ex:Blade . ex:Blade rdfs:subClassOf ex:Tool , ex:Sharp .
ex:saw a ex:Saw ; ex:weight 2 . ex:axe a ex:Tool . ex:hammer a ex:Tool . ex:rope a ex:Thing .
ex:empty a ex:Box ; ex:colour "blue" .
ex:tools a ex:Box ; ex:holds ex:saw , ex:axe , ex:hammer ; ex:colour "red" , ex:blue , 3 , "3" .
ex:literal a ex:Box ; ex:holds "a saw" , ex:rope ; ex:colour "red"@en .
ex:good a ex:Box ; ex:holds ex:saw , ex:rope ; ex:colour ex:blue .
ex:pin a ex:Sharp . ex:halves a ex:Box ; ex:holds ex:axe , ex:pin .
ex:knife a ex:Blade . ex:unlisted a ex:Box ; ex:holds ex:knife ; ex:colour "red" , "blue" .
"""


def test_qualified_counts_decided_directly_report_what_pyshacl_reports() -> None:
    from pyshacl.shapes_graph import ShapesGraph

    from kgingest.validate import validate_prepared

    for shapes in (Graph().parse(data=PREFIXES + COUNTED, format="turtle"), _rearranged(COUNTED)):
        data = Graph().parse(data=PREFIXES + BOXES, format="turtle")
        expected = validate_against(data, shapes)
        assert validate_prepared(data, ShapesGraph(shapes)) == expected
        assert len(expected.violations) >= 12  # every box but the good one fails something


def test_the_anchor_selector_counts_are_decided_directly() -> None:
    # The shapes whose counts cost most are the ones validate decides without pySHACL's validation per value.
    from pyshacl.constraints.core.shape_based_constraints import QualifiedValueShapeConstraintComponent

    from kgingest.validate import _simple_shape

    shapes = prepared_shapes()
    qualified = [shape for shape in shapes.shapes if list(shapes.objects(shape.node, SH.qualifiedValueShape))]
    assert qualified
    for shape in qualified:
        for value_shape in QualifiedValueShapeConstraintComponent(shape).value_shapes:
            assert _simple_shape(shape.get_other_shape(value_shape)) is not None, value_shape


TYPED = """
ex:TypedShape a sh:NodeShape ; sh:targetClass ex:Record ;
    sh:property [ sh:path ex:name ; sh:datatype xsd:string ] ;
    sh:property [ sh:path ex:count ; sh:datatype xsd:integer ] ;
    sh:property [ sh:path ex:day ; sh:datatype xsd:date ] ;
    sh:property [ sh:path ex:offset ; sh:datatype xsd:nonNegativeInteger ; sh:lessThan ex:until ] .
"""
RECORDS = """
ex:fine a ex:Record ; ex:name "Kestrel Row" ; ex:count 4 ; ex:day "2031-05-02"^^xsd:date ;
    ex:offset "3"^^xsd:nonNegativeInteger ; ex:until "9"^^xsd:nonNegativeInteger .
ex:typed a ex:Record ; ex:name "Kestrel Row"^^xsd:string , "Row"@en ; ex:count "four"^^xsd:integer , 4.5 ;
    ex:day "2031-05-02T10:00:00"^^xsd:dateTime , "2031-02-30"^^xsd:date ; ex:offset "-2"^^xsd:nonNegativeInteger .
ex:order a ex:Record ; ex:offset "9"^^xsd:nonNegativeInteger , "2"^^xsd:nonNegativeInteger ;
    ex:until "9"^^xsd:nonNegativeInteger , 12 , "12" , 12.5 .
ex:words a ex:Record ; ex:name ex:notALiteral ; ex:count true ; ex:offset "1"^^xsd:nonNegativeInteger ;
    ex:until ex:somewhere .
"""


def test_datatypes_and_orders_decided_directly_report_what_pyshacl_reports() -> None:
    # validate answers sh:datatype and sh:lessThan itself only when every value passes; each failure is pySHACL's.
    from pyshacl.shapes_graph import ShapesGraph

    from kgingest.validate import validate_prepared

    for shapes in (Graph().parse(data=PREFIXES + TYPED, format="turtle"), _rearranged(TYPED)):
        data = Graph().parse(data=PREFIXES + RECORDS, format="turtle")
        expected = validate_against(data, shapes)
        assert validate_prepared(data, ShapesGraph(shapes)) == expected
        failing = {line.split()[0] for line in expected.violations}
        assert failing == {"ex:typed", "ex:order", "ex:words"}  # the fine record passes every check
