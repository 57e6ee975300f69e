"""Statements: who said or claimed what (stub until implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.index import EntityIndex
from kgingest.model import Article, Statement


def find_statements(doc: Doc, article: Article, index: EntityIndex) -> list[Statement]:
    return []
