"""The set-up the per-stage benchmarks share: the bundled dev corpus, and the model to parse it with."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kgingest.model import Article
from kgingest.parse import load_model, parse
from kgingest.read import read_article

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "corpus" / "dev"


def dev_paths() -> list[Path]:
    """The dev corpus's article files, in name order."""
    return sorted(DEV.glob("*.txt"))


def parsed_dev_corpus(nlp: Language | None = None) -> list[tuple[Doc, Article]]:
    """Every dev article read and parsed once, with the default model unless ``nlp`` is given."""
    nlp = nlp or load_model()
    articles = [read_article(path) for path in dev_paths()]
    return [(parse(article, nlp), article) for article in articles]
