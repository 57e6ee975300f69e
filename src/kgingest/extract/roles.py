"""Roles: posts and titles held by people (stub until implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.index import EntityIndex
from kgingest.model import Article, Role


def find_roles(doc: Doc, article: Article, index: EntityIndex) -> list[Role]:
    return []
