"""Check graphs against the SHACL shapes in shapes/ (pySHACL, no inference, warnings do not fail)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyshacl
import pyshacl.shape as shape_module
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.constraints.constraint_component import ConstraintComponent
from pyshacl.constraints.core.logical_constraints import OrConstraintComponent
from pyshacl.constraints.core.other_constraints import InConstraintComponent
from pyshacl.constraints.core.property_pair_constraints import LessThanConstraintComponent
from pyshacl.constraints.core.shape_based_constraints import (
    QualifiedValueShapeConstraintComponent,
)
from pyshacl.constraints.core.value_constraints import ClassConstraintComponent, DatatypeConstraintComponent
from pyshacl.errors import ConstraintLoadError, ConstraintLoadWarning
from pyshacl.graph_abstraction import DataGraph
from pyshacl.pytypes import SHACLExecutor
from pyshacl.shape import Shape
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import IdentifiedNode, Node
from rdflib.util import guess_format

from kgingest.errors import InputError
from kgingest.graphstore import GraphStore
from kgingest.map import new_graph
from kgingest.resources import resource_dir

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_LOG = logging.getLogger("pyshacl-validate")  # the logger pyshacl.validate uses
# What `_ReusingValidator` lets pySHACL read as shapes before it is given the shapes read already.
_EMPTY = Graph()


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of validating one graph: each problem as one readable line (focus node, path, message)."""

    conforms: bool
    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """Every shapes file in shapes/, parsed once per process."""
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def validation_shapes() -> Graph:
    """The shapes as `validate` runs them: `rearranged_for_speed`, once per process."""
    return rearranged_for_speed(shapes_graph())


@lru_cache(maxsize=1)
def prepared_shapes() -> ShapesGraph:
    """`validation_shapes` as pySHACL's shapes, harvested once per process (see `validate`)."""
    shapes = ShapesGraph(validation_shapes(), False, _LOG)
    shapes.shapes  # noqa: B018 -- the property harvests every shape; done here, not in the first article's time
    return shapes


def rearranged_for_speed(source: Graph) -> Graph:
    """``source`` as pySHACL runs it fastest, with the same meaning: each property shape of a node shape that
    only its targets use gets those targets itself (a copy per node shape, so no result is merged away).

    Reached through ``sh:property``, pySHACL validates a property shape once per focus node, building its
    constraints each time; with its own targets it validates all focus nodes in one pass. The results are the
    same: the focus node, path, value, severity and message are the property shape's either way.

    A qualified value shape used nowhere else gets a message (`_QUIET_MESSAGE`): pySHACL checks it on every
    value and throws away the results of values that fail it (they only count), but writes each of them a
    generic message first, naming the shape in the shapes graph's prefixes, unless it has one of its own.
    """
    flat = Graph(store=GraphStore())
    for prefix, namespace in source.namespaces():  # generic messages name terms with these
        flat.bind(prefix, namespace)
    for triple in source:
        flat.add(triple)
    # Left as they are: a node shape another shape refers to (sh:node, sh:or, ...), which must keep its
    # properties for that use; a class that is its own shape (implicit target); a deactivated shape.
    referenced = {obj for _, predicate, obj in source if predicate not in (RDF.type, SH.property)}
    implicit = set(source.subjects(RDF.type, RDFS.Class)) | set(source.subjects(RDF.type, OWL.Class))
    deactivated = set(source.subjects(SH.deactivated, None))
    for node_shape in sorted(set(source.subjects(SH.property, None)) - referenced - implicit - deactivated, key=str):
        targets = [(p, o) for p, o in source.predicate_objects(node_shape) if p in _TARGETS]
        if not targets:
            continue
        for number, property_shape in enumerate(sorted(source.objects(node_shape, SH.property), key=str), 1):
            copy = URIRef(f"{node_shape}-property-{number}") if isinstance(node_shape, URIRef) else BNode()
            for predicate, obj in source.predicate_objects(property_shape):
                flat.add((copy, predicate, obj))
            flat.add((copy, RDF.type, SH.PropertyShape))
            for predicate, obj in targets:
                flat.add((copy, predicate, obj))
            flat.remove((node_shape, SH.property, property_shape))
    for qualified in set(source.objects(None, SH.qualifiedValueShape)):
        uses = set(source.subject_predicates(qualified))
        if (
            all(predicate == SH.qualifiedValueShape for _, predicate in uses)
            and not set(source.predicates(qualified)) & {*_TARGETS, SH.message}
            and qualified not in implicit
        ):
            flat.add((qualified, SH.message, _QUIET_MESSAGE))
    return flat


# Never reported: the message of a result pySHACL makes only to count it (`rearranged_for_speed`).
_QUIET_MESSAGE = Literal("a value counted by a qualified value shape")


def validate(graph: Graph) -> ValidationResult:
    """Validate ``graph`` against kgingest's shapes; only violations make it non-conforming.

    `pyshacl.validate` reads the shapes graph into pySHACL's shapes on every call, a fixed cost per article
    as large as validating a short one; here they are read once per process (`prepared_shapes`) and handed to
    pySHACL's own `Validator`, with the options `validate_against` gives `pyshacl.validate`. pySHACL's shapes
    keep no state of a data graph between runs, so the report is the same (tests/test_validate.py).
    """
    return validate_prepared(graph, prepared_shapes())


def validate_prepared(graph: Graph, shapes: ShapesGraph) -> ValidationResult:
    """Validate ``graph`` against shapes pySHACL has read already, as `validate` does."""
    data = _IndexedGraph(graph) if isinstance(graph.store, GraphStore) else graph
    validator = _ReusingValidator(DataGraph.from_rdflib(data), shapes, _options())
    with _without_result_texts(), _pyshacl_shortcuts():
        _, report, _ = validator.run()
    return _result(report, graph)


class _IndexedGraph(Graph):
    """``graph`` as pySHACL reads it: the same store, with the lookups pySHACL makes most (the objects of a
    subject and predicate, the subjects of a predicate and object, hundreds of thousands per article) answered
    from the `GraphStore`'s indexes directly, not through rdflib's generators over the store's generator.

    The answers are the store's own (the same dict lookups `GraphStore.triples` makes), so the report is too.
    """

    def __init__(self, graph: Graph) -> None:
        store = graph.store
        assert isinstance(store, GraphStore)
        super().__init__(store=store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._by_subject = store.subject_index()
        self._by_predicate = store.predicate_index()

    def objects(  # type: ignore[override]
        self, subject: Any = None, predicate: Any = None, unique: bool = False
    ) -> Iterator[Node]:
        if subject is None or type(predicate) is not URIRef or isinstance(subject, list):
            return super().objects(subject, predicate, unique)
        by_predicate = self._by_subject.get(subject)
        objects = by_predicate.get(predicate) if by_predicate is not None else None
        return iter(list(objects)) if objects else iter(())

    def object_set(self, subject: Node, predicate: URIRef) -> set[Node]:
        """The objects of ``subject`` and ``predicate``, as a set: what `objects` yields, without the generators
        pySHACL's data graph wraps it in (`_value_nodes_directly`)."""
        by_predicate = self._by_subject.get(subject)
        objects = by_predicate.get(predicate) if by_predicate is not None else None
        return set(objects) if objects else set()

    def subjects(  # type: ignore[override]
        self, predicate: Any = None, object: Any = None, unique: bool = False
    ) -> Iterator[Node]:
        if object is None or type(predicate) is not URIRef or isinstance(object, list):
            return super().subjects(predicate, object, unique)
        by_object = self._by_predicate.get(predicate)
        subjects = by_object.get(object) if by_object is not None else None
        return iter(list(subjects)) if subjects else iter(())


@contextmanager
def _without_result_texts() -> Iterator[None]:
    """pySHACL without the text it writes of each result (focus node, value and shapes spelled out in the
    graphs' prefixes) beside the report graph: `validate` reads only the report graph, and the text was a
    quarter of the validation time, most of it for the results a qualified value shape counts and drops."""
    describe = ConstraintComponent.make_v_result_description
    ConstraintComponent.make_v_result_description = _no_description  # type: ignore[method-assign]
    try:
        yield
    finally:
        ConstraintComponent.make_v_result_description = describe  # type: ignore[method-assign]


def _no_description(*_: object, **__: object) -> str:
    return ""


# --- qualified value shapes, counted without a validation per value ------------------------------------------

# A qualified value shape made of these predicates only is checked by `_SimpleShape`: sh:class and sh:in are its
# only constraints, and sh:message (`_QUIET_MESSAGE`) is no constraint.
_SIMPLE_SHAPE_PREDICATES = frozenset({RDF.type, SH["class"], SH["in"], SH.message})
# The conformance test of each qualified value shape met so far (None: pySHACL validates it), by shape object;
# the shape is kept in the value so that its id is not reused.
_SIMPLE_SHAPES: dict[int, tuple[Shape, _SimpleShape | None]] = {}
_EVALUATE_VALUE_SHAPE = QualifiedValueShapeConstraintComponent._evaluate_value_shape
_EVALUATE_OR = OrConstraintComponent._evaluate_or_constraint
_VALIDATE_SHAPE = Shape.validate


class _SimpleShape:
    """Whether a value conforms to a node shape whose only constraints are sh:class and sh:in, decided as pySHACL
    decides it (`ClassConstraintComponent._evaluate_class_rules_rdflib`, `InConstraintComponent.evaluate`) but
    without a pySHACL validation, its constraint objects and a result graph for each value that fails."""

    def __init__(self, classes: list[Node], members: frozenset[Node] | None) -> None:
        self.classes = classes
        self.members = members

    @classmethod
    def of(cls, shape: Shape) -> _SimpleShape | None:
        """The test for ``shape``, or None when pySHACL must validate it: a property shape, a shape with another
        predicate (another constraint, a target, a severity, deactivation), a custom constraint, or a shape
        whose constraints pySHACL would not load."""
        predicates = {predicate for predicate, _ in shape.sg.predicate_objects(shape.node)}
        types = set(shape.sg.objects(shape.node, RDF.type))
        if (
            shape.is_property_shape
            or shape.deactivated
            or shape.severity != SH.Violation
            or not predicates <= _SIMPLE_SHAPE_PREDICATES
            or not types <= {SH.NodeShape}
            or shape.find_custom_constraints()
        ):
            return None
        try:
            classes = ClassConstraintComponent(shape).class_rules if SH["class"] in predicates else []
            members = frozenset(InConstraintComponent(shape).in_vals) if SH["in"] in predicates else None
        except (ConstraintLoadError, ConstraintLoadWarning):
            return None
        return cls(classes, members)

    def conforms(self, data: Any, value: Node) -> bool:
        if self.members is not None and value not in self.members:
            return False
        if not self.classes:
            return True
        if isinstance(value, Literal):
            return False
        types = set(data.objects(value, _RDF_TYPE))
        # A class the value has itself is found by hashing (rdflib compares terms in Python, one by one); only a
        # class it may have through rdfs:subClassOf takes pySHACL's walk.
        return all(
            wanted in types or any(wanted in data.transitive_objects(kind, _SUBCLASS_OF) for kind in types)
            for wanted in self.classes
        )


# Looked up once: a term of rdflib's namespaces is a slow attribute lookup, and `conforms` runs per value.
_RDF_TYPE = RDF.type
_SUBCLASS_OF = RDFS.subClassOf


# Each shape's text, by shape object (kept in the value so that its id is not reused): `Shape.validate` spells its
# shape out for debug log lines on every call, debug logging on or not, reading the shape's sh:name from the shapes
# graph each time. The shapes graph does not change, so neither does the text.
_SHAPE_TEXTS: dict[int, tuple[Shape, str]] = {}
_SHAPE_TEXT = Shape.__str__


def _shape_text_once(self: Shape) -> str:
    known = _SHAPE_TEXTS.get(id(self))
    if known is None or known[0] is not self:
        known = _SHAPE_TEXTS[id(self)] = (self, _SHAPE_TEXT(self))
    return known[1]


# Each shape's targets, by shape object (kept in the value so that its id is not reused): `Shape.focus_nodes`
# reads them from the shapes graph on every call, once per shape and article (some hundred lookups an article,
# a fifth of validating a short one). The shapes graph does not change, so neither do they.
_TARGETS_READ: dict[int, tuple[Shape, tuple[list[Node], ...]]] = {}
_SHAPE_TARGET = Shape.target


def _targets_once(self: Shape) -> tuple[list[Node], ...]:
    known = _TARGETS_READ.get(id(self))
    if known is None or known[0] is not self:
        known = _TARGETS_READ[id(self)] = (self, tuple(list(targets) for targets in _SHAPE_TARGET(self)))
    return known[1]


def _simple_shape(shape: Shape) -> _SimpleShape | None:
    known = _SIMPLE_SHAPES.get(id(shape))
    if known is None or known[0] is not shape:
        known = _SIMPLE_SHAPES[id(shape)] = (shape, _SimpleShape.of(shape))
    return known[1]


def _evaluate_value_shape_directly(
    self: QualifiedValueShapeConstraintComponent,
    executor: Any,
    value_shape: Node,
    target_graph: Any,
    focus_value_nodes: dict[Any, Any],
    potentially_recursive: Any,
    evaluation_path: list[Any],
) -> tuple[bool, list[Any]]:
    """pySHACL's count of the values conforming to a qualified value shape, and its results, with a value's
    conformance to a simple shape (`_SimpleShape`) decided directly instead of by validating the value.

    pySHACL validates every value against the shape, builds its constraints each time and writes a result for
    each value that fails (most do: the values are counted, not required to conform), then throws those results
    away. Anything this cannot decide as pySHACL does goes to pySHACL: disjoint siblings, recursion, debugging,
    focus-node filtering, a depth pySHACL would refuse."""
    other_shape = self.shape.get_other_shape(value_shape)
    simple = _simple_shape(other_shape) if other_shape is not None else None
    if (
        simple is None
        or self.is_disjoint
        or executor.debug
        or self.shape.sg.debug
        or executor.sparql_mode
        or executor.focus_nodes
        or (potentially_recursive and other_shape in potentially_recursive)
        or len(evaluation_path) // 2 >= executor.max_validation_depth
    ):
        return _EVALUATE_VALUE_SHAPE(
            self, executor, value_shape, target_graph, focus_value_nodes, potentially_recursive, evaluation_path
        )
    reports: list[Any] = []
    non_conformant = False
    for focus, value_nodes in focus_value_nodes.items():
        conforming = sum(1 for value in value_nodes if simple.conforms(target_graph, value))
        if self.max_count is not None and conforming > self.max_count:
            non_conformant = True
            reports.append(
                self.make_v_result(target_graph, focus, constraint_component=SH.QualifiedMaxCountConstraintComponent)
            )
        if self.min_count is not None and conforming < self.min_count:
            non_conformant = True
            reports.append(
                self.make_v_result(target_graph, focus, constraint_component=SH.QualifiedMinCountConstraintComponent)
            )
    return non_conformant, reports


def _evaluate_or_directly(
    self: OrConstraintComponent,
    executor: Any,
    or_list: Node,
    target_graph: Any,
    focus_value_nodes: dict[Any, Any],
    evaluation_path: list[Any],
) -> tuple[bool, list[Any]]:
    """pySHACL's sh:or, with each value's conformance to simple member shapes (`_SimpleShape`) decided directly:
    pySHACL validates every value against every member and drops the results (a place fails "an actor"), keeping
    one result per value that conforms to none, which is made here by pySHACL as it makes it. A list with a member
    that is not simple, filtered out or missing, and debugging, focus filtering or a depth pySHACL would refuse,
    go to pySHACL."""
    members = list(self.shape.sg.graph.items(or_list))
    shapes = [self.shape.get_other_shape(member) for member in members]
    simple = [_simple_shape(shape) if shape is not None else None for shape in shapes]
    if (
        not members
        or any(check is None for check in simple)
        or any(self.shape.sg.is_filtered_out_shape(member) for member in members)
        or executor.debug
        or self.shape.sg.debug
        or executor.sparql_mode
        or executor.focus_nodes
        or len(evaluation_path) // 2 >= executor.max_validation_depth
    ):
        return _EVALUATE_OR(self, executor, or_list, target_graph, focus_value_nodes, evaluation_path)
    checks = [check for check in simple if check is not None]
    reports: list[Any] = []
    non_conformant = False
    for focus, value_nodes in focus_value_nodes.items():
        for value in value_nodes:
            if not any(check.conforms(target_graph, value) for check in checks):
                non_conformant = True
                reports.append(self.make_v_result(target_graph, focus, value_node=value))
    return non_conformant, reports


def _validate_conforming_directly(
    self: Shape,
    executor: Any,
    target_graph: Any,
    focus: Any = None,
    _evaluation_path: list[Any] | None = None,
) -> tuple[bool, list[Any]]:
    """`Shape.validate`, answered directly when a simple shape (`_SimpleShape`) is given focus nodes that all
    conform to it: pySHACL would return (True, []) after building its constraints and checking each node (a
    value of sh:or, sh:xone, sh:not, sh:node). Every other call, and every node that fails, goes to pySHACL,
    so its results are pySHACL's own."""
    if focus is not None and isinstance(executor, SHACLExecutor):
        simple = _simple_shape(self)
        if (
            simple is not None
            and not executor.debug
            and not executor.sparql_mode
            and not executor.focus_nodes
            and (_evaluation_path is None or len(_evaluation_path) // 2 < executor.max_validation_depth)
        ):
            nodes = [focus] if isinstance(focus, (IdentifiedNode, Literal)) else list(focus)
            if all(simple.conforms(target_graph, node) for node in nodes):
                return True, []
            focus = nodes
    return _VALIDATE_SHAPE(self, executor, target_graph, focus, _evaluation_path)


# --- sh:datatype and sh:lessThan, answered directly when every value passes ------------------------------------

# The Python types pySHACL asks a literal's value to have for these datatypes (`DatatypeConstraintComponent.
# _assert_actual_datatype`), by datatype IRI as a plain string: rdflib compares IRIs in Python, one by one, and
# pySHACL makes up to nine such comparisons per value. Any other datatype pySHACL takes on any well-typed value.
_DATATYPE_VALUES: dict[str, type | tuple[type, ...]] = {
    str(XSD.string): (str, bytes),
    str(RDF.langString): (str, bytes),
    str(XSD.integer): int,
    str(XSD.float): float,
    str(XSD.decimal): Decimal,
    str(XSD.boolean): bool,
    str(XSD.date): dt.date,
    str(XSD.time): dt.time,
    str(XSD.dateTime): dt.datetime,
}
_XSD_STRING = str(XSD.string)
_EVALUATE_DATATYPE = DatatypeConstraintComponent.evaluate


def _evaluate_datatype_directly(
    self: DatatypeConstraintComponent,
    executor: Any,
    target_graph: Any,
    focus_value_nodes: dict[Any, Any],
    evaluation_path: list[Any],
) -> tuple[bool, list[Any]]:
    """pySHACL's sh:datatype, answered (True, []) when every value is a well-typed literal of the datatype that
    pySHACL would accept (a plain literal for xsd:string); any other case, and any value that fails, goes to
    pySHACL, so its results are pySHACL's own."""
    rule = str(self.datatype_rule)
    wanted = _DATATYPE_VALUES.get(rule, object)
    if type(self.datatype_rule) is URIRef and all(
        _has_datatype(value, rule, wanted) for values in focus_value_nodes.values() for value in values
    ):
        return True, []
    return _EVALUATE_DATATYPE(self, executor, target_graph, focus_value_nodes, evaluation_path)


def _has_datatype(value: Node, rule: str, wanted: type | tuple[type, ...]) -> bool:
    if type(value) is not Literal:
        return False
    datatype = value.datatype
    if datatype is None:  # a plain literal: pySHACL takes it for xsd:string only
        return value.language is None and rule == _XSD_STRING and isinstance(value.value, wanted)
    return str(datatype) == rule and getattr(value, "ill_typed", None) is not True and isinstance(value.value, wanted)


# The integer datatypes, whose literals rdflib orders by their values (`Literal.__gt__`, `Literal.eq`).
_INTEGER_DATATYPES = frozenset(
    str(XSD[name])
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_COMPARE_LESS_THAN = LessThanConstraintComponent._compare_lt


def _compare_less_than_directly(
    self: LessThanConstraintComponent, value_nodes: Any, compare_values: Any, data: Any, focus: Any
) -> tuple[bool, list[Any]]:
    """pySHACL's sh:lessThan for one focus node, answered (False, []) when every value and every value compared
    with it are well-typed integer literals in order (an anchor's start before its end): rdflib's `<` on them
    compares their values, through several Python-level calls per pair. Anything else goes to pySHACL."""
    values, compared = list(value_nodes), list(compare_values)
    if all(_integer(value) is not None for value in (*values, *compared)) and all(
        value.value < other.value for value in values for other in compared
    ):
        return False, []
    return _COMPARE_LESS_THAN(self, value_nodes, compare_values, data, focus)


def _integer(value: Node) -> int | None:
    if type(value) is not Literal or value.datatype is None or str(value.datatype) not in _INTEGER_DATATYPES:
        return None
    number = value.value
    return number if type(number) is int and getattr(value, "ill_typed", None) is not True else None


# --- a property shape's values along one predicate --------------------------------------------------------------

_VALUE_NODES = Shape.value_nodes


def _value_nodes_directly(
    self: Shape, target_graph: Any, focus: Any, sparql_mode: bool = False, debug: bool = False
) -> dict[Any, Any]:
    """`Shape.value_nodes` of a property shape whose path is one predicate, over an `_IndexedGraph`: each focus
    node's objects read from the index at once. pySHACL reads them through two generators of its data graph and
    one of the graph per focus node (`value_nodes_from_path`), a quarter of the validation time; the sets are the
    same. Other paths, graphs and modes go to pySHACL."""
    path = self.path() if self.is_property_shape else None
    graph = getattr(target_graph, "impl", None)
    if (
        type(path) is not URIRef
        or not isinstance(graph, _IndexedGraph)
        or getattr(target_graph, "locked_context", None) is not None
        or sparql_mode
        or debug
    ):
        return _VALUE_NODES(self, target_graph, focus, sparql_mode, debug)
    nodes = focus if isinstance(focus, (tuple, list, set)) else [focus]
    return {node: graph.object_set(node, path) for node in nodes}


class _ParameterList(list[Any]):
    """pySHACL's list of constraint parameters, answering ``in`` from a set. `Shape.validate` tests each
    predicate of a shape against the list (some forty IRIs compared one by one), on every call; a set gives the
    same answer (IRIs equal as rdflib compares them hash alike)."""

    def __init__(self, parameters: list[Any]) -> None:
        super().__init__(parameters)
        self.members = frozenset(parameters)

    def __contains__(self, item: object) -> bool:
        return item in self.members


@contextmanager
def _pyshacl_shortcuts() -> Iterator[None]:
    """pySHACL with its slow paths replaced while `validate` runs: `_evaluate_value_shape_directly`,
    `_evaluate_or_directly`, `_validate_conforming_directly`, `_shape_text_once`, `_targets_once`,
    `_value_nodes_directly`, `_evaluate_datatype_directly`, `_compare_less_than_directly` and `_ParameterList`."""
    evaluate: Callable[..., Any] = QualifiedValueShapeConstraintComponent._evaluate_value_shape
    evaluate_or: Callable[..., Any] = OrConstraintComponent._evaluate_or_constraint
    validate_shape: Callable[..., Any] = Shape.validate
    shape_text: Callable[..., str] = Shape.__str__
    targets: Callable[..., Any] = Shape.target
    value_nodes: Callable[..., Any] = Shape.value_nodes
    evaluate_datatype: Callable[..., Any] = DatatypeConstraintComponent.evaluate
    compare_less_than: Callable[..., Any] = LessThanConstraintComponent._compare_lt
    parameters = getattr(shape_module, "CONSTRAINT_PARAMS", None)
    QualifiedValueShapeConstraintComponent._evaluate_value_shape = _evaluate_value_shape_directly  # type: ignore[method-assign]
    OrConstraintComponent._evaluate_or_constraint = _evaluate_or_directly  # type: ignore[method-assign]
    Shape.validate = _validate_conforming_directly  # type: ignore[method-assign]
    Shape.__str__ = _shape_text_once  # type: ignore[method-assign]
    Shape.target = _targets_once  # type: ignore[method-assign]
    Shape.value_nodes = _value_nodes_directly  # type: ignore[method-assign]
    DatatypeConstraintComponent.evaluate = _evaluate_datatype_directly  # type: ignore[method-assign,assignment]
    LessThanConstraintComponent._compare_lt = _compare_less_than_directly  # type: ignore[method-assign]
    shape_module.CONSTRAINT_PARAMS = (_PARAMETERS, CONSTRAINT_PARAMETERS_MAP)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        QualifiedValueShapeConstraintComponent._evaluate_value_shape = evaluate  # type: ignore[method-assign]
        OrConstraintComponent._evaluate_or_constraint = evaluate_or  # type: ignore[method-assign]
        Shape.validate = validate_shape  # type: ignore[method-assign]
        Shape.__str__ = shape_text  # type: ignore[method-assign]
        Shape.target = targets  # type: ignore[method-assign]
        Shape.value_nodes = value_nodes  # type: ignore[method-assign]
        DatatypeConstraintComponent.evaluate = evaluate_datatype  # type: ignore[method-assign]
        LessThanConstraintComponent._compare_lt = compare_less_than  # type: ignore[method-assign]
        if parameters is None:
            del shape_module.CONSTRAINT_PARAMS  # type: ignore[attr-defined]
        else:
            shape_module.CONSTRAINT_PARAMS = parameters  # type: ignore[attr-defined]


_PARAMETERS = _ParameterList(ALL_CONSTRAINT_PARAMETERS)


class _ReusingValidator(Validator):
    """pySHACL's validator over shapes it was given already read, instead of reading them again."""

    def __init__(self, data: DataGraph, shapes: ShapesGraph, options: dict[str, object]) -> None:
        super().__init__(data, shacl_graph=_EMPTY, options=options)
        self.shacl_graph = shapes


def _options() -> dict[str, object]:
    # What pyshacl.validate passes its Validator for validate_against's arguments.
    return {
        "debug": False,
        "inference": "none",
        "inplace": False,
        "abort_on_first": False,
        "allow_infos": True,
        "allow_warnings": True,
        "advanced": False,
        "iterate_rules": False,
        "use_js": None,
        "sparql_mode": False,
        "logger": _LOG,
        "focus_nodes": None,
        "use_shapes": None,
    }


def validate_against(graph: Graph, shapes: Graph) -> ValidationResult:
    """Validate ``graph`` against ``shapes`` with `pyshacl.validate`, as any pySHACL user would."""
    _, report, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        advanced=False,
        abort_on_first=False,
    )
    return _result(report, graph)


def _result(report: Graph, graph: Graph) -> ValidationResult:
    violations: list[str] = []
    warnings: list[str] = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        violations.append(_describe(report, result, graph))
    for result in report.subjects(SH.resultSeverity, SH.Warning):
        warnings.append(_describe(report, result, graph))
    # Sorted so the same graph always reports the same way; the report's own order follows blank-node ids.
    return ValidationResult(conforms=not violations, violations=sorted(violations), warnings=sorted(warnings))


def validate_file(path: str | Path) -> ValidationResult:
    """Parse an RDF file (format from its suffix, Turtle by default) and validate all its triples.

    In TriG and N-Quads the article's triples sit in a named graph, so every graph of the file is validated
    together, not just the default graph.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    dataset = Dataset()
    try:
        dataset.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as error:  # rdflib raises many parser-specific types; all mean the same to a user
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(str(path), f"cannot be parsed as RDF: {first_line}") from error
    graph = new_graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    return validate(graph)


def _describe(report: Graph, result: Node, data: Graph) -> str:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    message = report.value(result, SH.resultMessage)
    value = report.value(result, SH.value)
    text = str(message) if message is not None else _fallback_message(report, result)
    line = f"{_short(focus, data)} {_path(report, path, data)}: {text}"
    if value is not None and value != focus:
        line += f" (value: {_short(value, data)})"
    return line


def _fallback_message(report: Graph, result: Node) -> str:
    component = report.value(result, SH.sourceConstraintComponent)
    return f"fails {component}" if isinstance(component, URIRef) else "fails a shape"


def _path(report: Graph, path: Node | None, data: Graph) -> str:
    """A result path as SPARQL writes it: an inverse path as ``^p`` rather than a blank node's random label."""
    if path is None:
        return "-"
    inverse = report.value(path, SH.inversePath) if isinstance(path, BNode) else None
    return f"^{_short(inverse, data)}" if inverse is not None else _short(path, data)


def _short(node: Node | None, data: Graph) -> str:
    """A node as Turtle would write it, with the data graph's prefixes."""
    if node is None:
        return "-"
    return str(node.n3(data.namespace_manager))
