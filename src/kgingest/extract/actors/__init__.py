"""Actors and places: who and where the article is about.

spaCy's named entities are the starting point, corrected by general rules:
countries, demonyms, acronyms and capitals come from the gazetteer (a capital
is the state only when it acts); a name followed by "region"/"province" or
after "the town of" is a place whatever spaCy called it; surnames, acronyms in
parentheses and shorter forms of an organization's name join the fullest form;
heading lines never create an actor but may add mentions of one.

The finder is built in stages, each a module named for what it decides:
``mentions`` (which names there are), ``typing_shape``, ``typing_context`` and
``typing_evidence`` (what kind of name each is; a "person" needs a sign of one
when something speaks against it), ``states``, ``persons``, ``orgs`` (who they are,
aliases merged) and ``indexing`` (places, and the article's entity index).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.actors.indexing import IndexBuilder
from kgingest.extract.actors.names import _is_common_noun
from kgingest.extract.actors.patterns import ORG_HEAD_NOUNS
from kgingest.extract.document import DATELINE
from kgingest.extract.index import EntityIndex
from kgingest.model import Article

__all__ = ["DATELINE", "ORG_HEAD_NOUNS", "_is_common_noun", "find_actors", "resolve_actors"]


def find_actors(doc: Doc, article: Article) -> EntityIndex:
    """Every actor and place of the article, one per real-world entity: the actor components run over ``doc``
    (`extract.components`), and the index is read back from what they wrote into it."""
    from kgingest.extract.components import annotate_actors

    return EntityIndex.from_doc(annotate_actors(doc, article), article.key)


def resolve_actors(doc: Doc, article: Article) -> EntityIndex:
    """The finder itself, over a Doc the entity ruler has annotated (the resolver component calls it)."""
    return _ActorFinder(doc, article).run()


class _ActorFinder(IndexBuilder):
    """The stages in order, over one article."""

    def run(self) -> EntityIndex:
        entities = self._entities()
        self._find_datelines()
        self._find_states(entities)
        self._find_the_north_south()
        self._find_persons(entities)
        self._find_orgs(entities)
        self._find_places(entities)
        self._missed_surnames()
        return self._build_index()

    # spaCy entities, cleaned
