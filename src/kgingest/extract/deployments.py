"""Military deployments (stub until implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.index import EntityIndex
from kgingest.model import Article, Deployment, Statement


def find_deployments(doc: Doc, article: Article, index: EntityIndex, statements: list[Statement]) -> list[Deployment]:
    return []
