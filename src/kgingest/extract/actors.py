"""Actors and places: who and where the article is about (stub until implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.index import EntityIndex
from kgingest.model import Article


def find_actors(doc: Doc, article: Article) -> EntityIndex:
    """Every actor and place of the article, one per real-world entity."""
    return EntityIndex()
