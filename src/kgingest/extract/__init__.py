"""Extract stage: a parsed article into the typed extraction model (no RDF here)."""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.actors import find_actors
from kgingest.extract.deployments import find_deployments
from kgingest.extract.roles import find_roles
from kgingest.extract.statements import find_statements
from kgingest.model import Article, Extraction


def extract(doc: Doc, article: Article) -> Extraction:
    """Actors and places, then roles, statements and deployments that refer to them."""
    index = find_actors(doc, article)
    roles = find_roles(doc, article, index)
    statements = find_statements(doc, article, index)
    deployments = find_deployments(doc, article, index, statements)
    return Extraction(
        article=article,
        actors=sorted(index.actors, key=lambda a: a.key),
        places=sorted(index.places, key=lambda p: p.key),
        roles=roles,
        statements=statements,
        deployments=deployments,
    )
