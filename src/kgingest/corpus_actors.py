"""One node per actor across a corpus: the names every article used for it, merged, written beside the graphs.

An actor's IRI depends on its key alone (map.actor_iri), so the same key is one node in every article. Two
keys can still name one actor: an article that only says "Okafor" mints ``person/okafor``, while another,
that said "Ada Okafor" and then "Okafor", minted ``person/ada-okafor`` with the alias "Okafor". The corpus file
joins them on the evidence of the articles themselves: a key whose name is an alias of exactly one other key
of the same type, in some article of the corpus, is ``owl:sameAs`` that key. Each resulting actor's node gets
every name and alias the corpus used for it (``skos:altLabel``) and one ``rdfs:label``: the name most used for
the key the others joined (the longest on a tie).

The file is rebuilt from the manifest, which keeps each article's actors, after every run: it depends only on
which articles the output folder holds, never on their order, the workers or earlier runs, so incremental
runs keep it right (a changed article's actors replace its old ones; a failed article's go).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgingest.model import Actor

if TYPE_CHECKING:
    from rdflib import Graph

# Not a possible article key ('~' is never in one), so it can never overwrite an article's graph.
ACTORS_FILE_STEM = "corpus~actors"


def corpus_actors_iri(base_iri: str) -> str:
    """The node that says a graph holds the corpus actors; also the graph's name in a store or a TriG file."""
    return f"{base_iri}corpus/actors"


@dataclass(frozen=True)
class ActorNames:
    """What one article called one actor: its key, the name it used and its other surface forms."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()

    @classmethod
    def of(cls, actor: Actor) -> ActorNames:
        return cls(actor.key, actor.name, tuple(sorted(set(actor.aliases) - {actor.name})))

    def to_json(self) -> list[object]:
        return [self.key, self.name, list(self.aliases)]

    @classmethod
    def from_json(cls, value: object) -> ActorNames | None:
        if not (isinstance(value, list) and len(value) == 3):
            return None
        key, name, aliases = value
        if not (isinstance(key, str) and isinstance(name, str) and isinstance(aliases, list)):
            return None
        return cls(key, name, tuple(alias for alias in aliases if isinstance(alias, str)))


@dataclass(frozen=True)
class CorpusActor:
    """One actor of the corpus: its key, the other keys that name it, its label and every name used for it."""

    key: str
    same_as: tuple[str, ...]
    label: str
    names: tuple[str, ...]


def _kind(key: str) -> str:
    return key.split("/", 1)[0] if "/" in key else ""


def merge_actors(articles: Iterable[Iterable[ActorNames]]) -> list[CorpusActor]:
    """The corpus's actors, sorted by key; see the module's docstring for when two keys are one actor."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for actor in article:
            names[actor.key][actor.name] += 1
            aliases[actor.key].update(actor.aliases)
    # Who calls a name an alias: (kind, alias) -> the keys that listed it.
    alias_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, listed in aliases.items():
        for alias in listed:
            alias_of[(_kind(key), alias)].add(key)
    target: dict[str, str] = {}
    for key in sorted(names):
        claimants = set().union(*(alias_of.get((_kind(key), name), set()) for name in names[key])) - {key}
        if len(claimants) == 1:
            target[key] = next(iter(claimants))
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(names):
        members[_root(key, target)].append(key)
    actors = []
    for root, keys in sorted(members.items()):
        forms: set[str] = set()
        for key in keys:
            forms.update(names[key])
            forms.update(aliases[key])
        own = names[root]  # the key the others joined: its own names, the fullest of the actor's, give the label
        label = min(own, key=lambda name: (-own[name], -len(name), name))
        actors.append(CorpusActor(root, tuple(key for key in keys if key != root), label, tuple(sorted(forms))))
    return actors


def _root(key: str, target: Mapping[str, str]) -> str:
    """Where ``key``'s chain of merges ends; a key on a cycle stays itself (no evidence says which is first)."""
    seen = [key]
    while seen[-1] in target:
        following = target[seen[-1]]
        if following in seen:
            return key
        seen.append(following)
    return seen[-1]


def actors_graph(actors: Iterable[CorpusActor], base_iri: str) -> Graph:
    """The corpus actors as RDF: label, every name as ``skos:altLabel``, and ``owl:sameAs`` from merged keys.

    A typed ``void:Dataset`` node names what the graph is, so that a store or the report knows it by its content
    whatever the file is called.
    """
    from rdflib import Literal, URIRef

    from kgingest.map import actor_iri, new_graph
    from kgingest.vocab import OWL, RDF, RDFS, SKOS, VOID

    graph = new_graph()
    graph.bind("void", VOID)
    dataset = URIRef(corpus_actors_iri(base_iri))
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, RDFS.label, Literal("actors of the corpus, joined across its articles")))
    for actor in actors:
        node = actor_iri(actor.key, base_iri)
        # Plain literals, as the article graphs write names (map._string).
        graph.add((node, RDFS.label, Literal(actor.label)))
        for name in actor.names:
            if name != actor.label:
                graph.add((node, SKOS.altLabel, Literal(name)))
        for other in actor.same_as:
            graph.add((actor_iri(other, base_iri), OWL.sameAs, node))
    return graph
