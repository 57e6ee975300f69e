"""The rdflib store behind each article's graph: one graph per store, no per-triple context bookkeeping.

rdflib's default ``Memory`` store keeps, for every triple, the set of graphs (contexts) it belongs to, and
pays for it on every add and every lookup (a context string formatted per call, a context check per triple).
An article's graph is alone in its store, so that bookkeeping answers nothing. `GraphStore` keeps three
nested-dict indexes (subject-predicate-object, predicate-object-subject, object-subject-predicate) and the
size, and answers every triple pattern from the index that fits it, as rdflib's stores do; the object index is
built only when a pattern gives the object alone, which the mapping, pySHACL and the writer seldom or never ask.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rdflib.store import Store
from rdflib.term import Node, URIRef

Triple = tuple[Node, Node, Node]
Pattern = tuple[Node | None, Node | None, Node | None]
Index = dict[Node, dict[Node, dict[Node, None]]]
_NO_CONTEXTS: tuple[()] = ()


class GraphStore(Store):
    """The triples and prefix bindings of the one graph that owns this store.

    pySHACL wraps the data graph in an rdflib ``Dataset`` view, whose constructor asks the store to be
    context- and graph-aware; every query of that view goes to the graph itself, and with one graph per
    store every triple is in that graph.
    """

    context_aware = True
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self._spo: Index = {}
        self._pos: Index = {}
        self._osp: Index | None = None  # built when first asked for: few lookups give only the object
        self._size = 0
        self._namespaces: dict[str, URIRef] = {}
        self._prefixes: dict[URIRef, str] = {}

    def add(self, triple: Triple, context: object, quoted: bool = False) -> None:
        subject, predicate, obj = triple
        by_predicate = self._spo.get(subject)
        if by_predicate is None:
            by_predicate = self._spo[subject] = {}
        objects = by_predicate.get(predicate)
        if objects is None:
            objects = by_predicate[predicate] = {}
        elif obj in objects:
            return
        objects[obj] = None
        _insert(self._pos, predicate, obj, subject)
        if self._osp is not None:
            _insert(self._osp, obj, subject, predicate)
        self._size += 1

    def take_subject_index(self, index: Index) -> None:
        """Make ``index`` (subject -> predicate -> objects, each inner dict non-empty) this empty store's
        triples, kept as they are rather than copied: the caller gives it up."""
        if self._size:
            raise ValueError("take_subject_index needs an empty store")
        pos: Index = {}
        size = 0
        for subject, by_predicate in index.items():
            for predicate, objects in by_predicate.items():
                by_object = pos.get(predicate)
                if by_object is None:
                    by_object = pos[predicate] = {}
                for obj in objects:
                    subjects = by_object.get(obj)
                    if subjects is None:
                        by_object[obj] = {subject: None}
                    else:
                        subjects[subject] = None
                size += len(objects)
        self._spo, self._pos, self._osp, self._size = index, pos, None, size

    def remove(self, triple_pattern: Pattern, context: object = None) -> None:
        for (subject, predicate, obj), _ in list(self.triples(triple_pattern)):
            _discard(self._spo, subject, predicate, obj)
            _discard(self._pos, predicate, obj, subject)
            if self._osp is not None:
                _discard(self._osp, obj, subject, predicate)
            self._size -= 1

    def triples(  # type: ignore[override]
        self, triple_pattern: Pattern, context: object = None
    ) -> Iterator[tuple[Triple, tuple[()]]]:
        subject, predicate, obj = triple_pattern
        if subject is not None:
            by_predicate = self._spo.get(subject)
            if by_predicate is None:
                return
            if predicate is not None:
                objects = by_predicate.get(predicate)
                if objects is None:
                    return
                if obj is not None:
                    if obj in objects:
                        yield (subject, predicate, obj), _NO_CONTEXTS
                    return
                for each_object in list(objects):
                    yield (subject, predicate, each_object), _NO_CONTEXTS
                return
            for each_predicate, objects in list(by_predicate.items()):
                if obj is not None:
                    if obj in objects:
                        yield (subject, each_predicate, obj), _NO_CONTEXTS
                    continue
                for each_object in list(objects):
                    yield (subject, each_predicate, each_object), _NO_CONTEXTS
        elif predicate is not None:
            by_object = self._pos.get(predicate)
            if by_object is None:
                return
            if obj is not None:
                for each_subject in list(by_object.get(obj, ())):
                    yield (each_subject, predicate, obj), _NO_CONTEXTS
                return
            for each_object, subjects in list(by_object.items()):
                for each_subject in list(subjects):
                    yield (each_subject, predicate, each_object), _NO_CONTEXTS
        elif obj is not None:
            for each_subject, predicates in list(self._object_index().get(obj, {}).items()):
                for each_predicate in list(predicates):
                    yield (each_subject, each_predicate, obj), _NO_CONTEXTS
        else:
            for each_subject, by_predicate in list(self._spo.items()):
                for each_predicate, objects in list(by_predicate.items()):
                    for each_object in list(objects):
                        yield (each_subject, each_predicate, each_object), _NO_CONTEXTS

    def subject_index(self) -> Mapping[Node, Mapping[Node, Mapping[Node, None]]]:
        """Subject -> predicate -> objects, the store's own index: read it, never change it."""
        return self._spo

    def predicate_index(self) -> Mapping[Node, Mapping[Node, Mapping[Node, None]]]:
        """Predicate -> object -> subjects, the store's own index: read it, never change it."""
        return self._pos

    def _object_index(self) -> Index:
        if self._osp is None:
            self._osp = {}
            for subject, by_predicate in self._spo.items():
                for predicate, objects in by_predicate.items():
                    for obj in objects:
                        _insert(self._osp, obj, subject, predicate)
        return self._osp

    def __len__(self, context: object = None) -> int:
        return self._size

    def contexts(self, triple: Triple | None = None) -> Iterator[object]:  # type: ignore[override]
        return iter(())

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        """As rdflib's memory stores bind: ``override`` replaces an existing binding of the prefix or namespace."""
        bound_namespace = self._namespaces.get(prefix)
        bound_prefix = self._prefixes.get(namespace)
        if bound_prefix is None and bound_namespace is not None:
            bound_prefix = self._prefixes.get(bound_namespace)
        if override:
            if bound_prefix is not None:
                del self._namespaces[bound_prefix]
            if bound_namespace is not None:
                del self._prefixes[bound_namespace]
            self._prefixes[namespace] = prefix
            self._namespaces[prefix] = namespace
        else:
            kept_namespace = bound_namespace if bound_namespace is not None else namespace
            kept_prefix = bound_prefix if bound_prefix is not None else prefix
            self._prefixes[kept_namespace] = kept_prefix
            self._namespaces[kept_prefix] = kept_namespace

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespaces.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefixes.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespaces.items())


def _discard(index: Index, first: Node, second: Node, third: Node) -> None:
    inner = index[first]
    innermost = inner[second]
    del innermost[third]
    if not innermost:
        del inner[second]
        if not inner:
            del index[first]


def _insert(index: Index, first: Node, second: Node, third: Node) -> None:
    inner = index.get(first)
    if inner is None:
        inner = index[first] = {}
    innermost = inner.get(second)
    if innermost is None:
        innermost = inner[second] = {}
    innermost[third] = None
