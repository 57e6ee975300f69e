"""The shared context of statement extraction (one article) and the cue and draft records passed between rules."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from kgingest.extract.dependencies import NAME_PARTS
from kgingest.extract.document import dateline_at
from kgingest.extract.index import EntityIndex, LineBreaks, OffsetIndex, SentenceIndex
from kgingest.extract.lexicon import (
    LIST_INTRODUCERS,
    word_set,
)
from kgingest.extract.quotes import Paragraph, Quote, find_quotes, paragraph_index, quote_index
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers import SpeakerResolver
from kgingest.extract.speakers.documents import record_keeper
from kgingest.extract.statements.syntax import token_end
from kgingest.model import ActorType, Article, Mode, Span

# Nouns for a count or record whose keepers "according to" names: "according to the results".
RECORD_NOUNS = word_set("reporting", "RECORD_NOUNS")


@dataclass
class Cue:
    """A reporting word with its speaker and, when the parse gives one, its content."""

    token: Token
    span: Span
    lemma: str
    speaker: str | None
    attribution_end: int  # end offset of the cue and its speaker phrase
    content: tuple[int, int] | None = None
    channel: str | None = None
    date_tokens: list[Token] = field(default_factory=list)
    speaker_head: Token | None = None  # resolved to a new unnamed actor only once a statement needs it
    source_head: Token | None = None  # the speaker phrase as written, kept once ``speaker_head`` is resolved

    def __post_init__(self) -> None:
        if self.source_head is None:
            self.source_head = self.speaker_head


@dataclass
class Draft:
    cue: Cue
    speaker: str
    begin: int
    end: int
    mode: Mode
    quote: Span | None
    channel: str | None
    by_quote: bool = False  # found in the quotation pass


class StatementContext:
    """The article and what every statement rule reads from it, computed once."""

    def __init__(self, doc: Doc, article: Article, index: EntityIndex) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        self.index = index
        self.quotes = quote_index(find_quotes(self.text, article.headings))
        self.sentences = SentenceIndex(doc)
        self.resolver = SpeakerResolver(doc, index, self.quotes, self.sentences)
        self.paragraphs = paragraph_index(self.text)
        self.headings = OffsetIndex(article.headings, lambda heading: (heading.begin, heading.end))
        self.line_breaks = LineBreaks(self.text)
        self.consumed: set[int] = set()  # token indices used as part of another cue (channels, participles)
        self.drafts: OffsetIndex[Draft] = OffsetIndex([], draft_extent)

    def in_heading(self, offset: int) -> bool:
        return self.headings.at(offset) is not None

    def in_closed_quote(self, offset: int) -> bool:
        quote = self.quotes.at(offset)
        return quote is not None and quote.closed

    @cached_property
    def heading_or_quoted(self) -> frozenset[int]:
        """Indices of the tokens that begin `in_heading` or `in_closed_quote`, worked out once per article from
        the headings and quotations (the cue finder asks for every token). A token's quotation is the first
        that holds it, as `in_closed_quote` takes it."""
        starts: list[int] = self.doc.to_array(IDX).tolist()

        def holding(begin: int, end: int) -> range:
            return range(bisect_left(starts, begin), bisect_left(starts, end))

        found = {i for heading in self.headings for i in holding(heading.begin, heading.end)}
        placed: set[int] = set()
        for quote in self.quotes:
            first_holding = [i for i in holding(quote.begin, quote.end) if i not in placed]
            placed.update(first_holding)
            if quote.closed:
                found.update(first_holding)
        return frozenset(found)

    def span(self, begin: int, end: int) -> Span:
        return Span(begin, end, self.text[begin:end])

    def next_word(self, token: Token) -> Token | None:
        for candidate in self.doc[token.i + 1 : token.i + 4]:
            if not candidate.is_punct:
                return candidate
        return None

    def mostly_quoted(self, token: Token) -> bool:
        quote = self.quotes.at(token.left_edge.idx) or self.quotes.at(token.idx)
        return quote is not None and quote.begin >= token.left_edge.idx - 2

    def clip(self, begin: int, end: int, verb: Token) -> tuple[int, int] | None:
        """Tidy a content span: no leading "that", no trailing punctuation, quotations kept whole."""
        text = self.text
        dateline = dateline_at(text, begin)
        if dateline is not None and dateline.end <= end:
            begin = dateline.end  # "CITY, Country (Agency) — ...": the dateline is not what was said
        match = re.match(r"(\s|that\b|,)+", text[begin:end])
        if match:
            begin += match.end()
        begin, end = self.extend_over_quotes(begin, end)
        # A colon before a quotation starts a new statement: 'told X any plan "must ...": "Cuts ..."'.
        for later in self.quotes.beginning_in(max(begin, verb.idx) + 1, end):
            head = text[begin : later.begin].rstrip()
            if head.endswith(":") and len(head) > 1:
                word = re.findall(r"\w+", head[:-1])
                if word and word[-1].lower() not in LIST_INTRODUCERS:
                    end = begin + len(head) - 1
                    break
        paragraph = self.paragraph_at(begin)
        paragraph_end = paragraph.end if paragraph is not None else end
        quote = self.quotes.at(begin)
        if end > paragraph_end and not (quote is not None and quote.paragraphs > 1):
            end = paragraph_end
        while end > begin and text[end - 1] in " .,;:!?\n":
            end -= 1
        if end <= begin:
            return None
        return begin, end

    def extend_over_quotes(self, begin: int, end: int) -> tuple[int, int]:
        """Grow a span so no quotation is cut in half by it."""
        for quote in self.quotes.from_reaching(begin):
            if quote.begin >= end:
                break  # the quotations are in text order, and only one that overlaps moves ``end``
            if begin < quote.end:
                if quote.begin < begin and quote.inner.begin < begin:
                    begin = min(begin, quote.begin)
                if quote.end > end:
                    end = quote.end
        return begin, end

    def resolved_speaker(self, cue: Cue) -> str | None:
        """The cue's speaker; an unnamed one ("analysts") becomes an actor only now that it speaks."""
        if cue.speaker is None and cue.speaker_head is not None:
            cue.speaker = self.resolver.resolve(cue.speaker_head)
            if cue.speaker is None and cue.lemma == "according to":
                cue.speaker = self.named_source(cue.speaker_head) or self.record_source(cue.speaker_head)
            cue.speaker_head = None
        return cue.speaker

    def named_source(self, head: Token) -> str | None:
        """ "according to Pollco", "according to the Pollco average": a name the actor stage missed is still
        the source "according to" names; it becomes an actor (a person when tagged so, else an organization)."""
        name = head if head.pos_ == "PROPN" else None
        name = name or next((c for c in head.lefts if c.dep_ in NAME_PARTS and c.pos_ == "PROPN"), None)
        if name is None or (not name.is_title and not name.is_upper and not name.text[:1].isupper()):
            return None
        words = self.doc[name.left_edge.i : name.i + 1]
        while words and not words[0].text[:1].isupper():
            words = words[1:]
        if not words:
            return None
        actor_type = ActorType.PERSON if name.ent_type_ == "PERSON" else ActorType.ORGANIZATION
        span = Span(words.start_char, words.end_char, words.text)
        return self.index.ensure_actor(actor_type, words.text, span)

    def record_source(self, head: Token) -> str | None:
        """ "according to the results", "according to county records": whoever keeps the count or record is the
        source, a group named after it. Not "according to plan": only nouns for a record."""
        if head.pos_ != "NOUN" or (head.lemma_.lower() not in RECORD_NOUNS and head.lower_ not in RECORD_NOUNS):
            return None
        return record_keeper(self.resolver, head)

    def quotes_a_clause(self, quotes: list[Quote]) -> bool:
        """A quotation that says something by itself (it has a verb), not a quoted phrase ("'formal update'")."""
        for quote in quotes:
            tokens = tokens_in(self.doc, quote.inner.begin, quote.inner.end)
            if tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens):
                return True
        return False

    def has_clause(self, draft: Draft) -> bool:
        tokens = tokens_in(self.doc, draft.begin, draft.end)
        return tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def quote_between(self, begin: int, end: int, this: Quote) -> bool:
        return any(q is not this for q in self.quotes.beginning_in(begin + 1, end))

    def same_paragraph(self, a: int, b: int) -> bool:
        return not self.line_breaks.between(a, b)

    def paragraph_position(self, offset: int) -> int | None:
        return self.paragraphs.position_at(offset)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        at = self.paragraph_position(offset)
        return self.paragraphs[at] if at is not None else None


def quoted_draft(cue: Cue, speaker: str, quote: Quote, channel: str | None) -> Draft:
    """A direct statement found by the quotation pass: the quoted words are its content."""
    return Draft(cue, speaker, quote.inner.begin, quote.inner.end, Mode.DIRECT, quote.inner, channel, by_quote=True)


def cue_extent(cue: Cue) -> tuple[int, int]:
    return cue.token.idx, token_end(cue.token)


def draft_extent(draft: Draft) -> tuple[int, int]:
    return draft.begin, draft.end
