"""Statements: who said or claimed what, when, and how it is reported.

Two passes over the article. The first finds reporting cues (a reporting verb
from the lexicon with its subject, or "according to X") and reads the content
off the parse: the complement clause or object. The second takes every
quotation no cue has covered and looks for its speaker by position: an
attribution right after it ('"...," she said'), a cue that introduces it
('he told reporters: "..."'), the quotation before it in the same paragraph
(a quote split by its attribution), or the quotation that closed the
paragraph before (a speaker quoted in two paragraphs).

Entry point: `find_statements`. The rules are plain functions over one
`StatementContext`, by job: `cues`, `content`, `channels`, `quote_attribution`,
`merging`, `dating`; parse predicates in `syntax`. Speakers are resolved by
`speakers.SpeakerResolver`, quotations found by `quotes.find_quotes`, reporting words come from `lexicon`,
and dates from `kgingest.timex`. Drafts from both passes are then merged:
split quotations joined, one
draft kept per act of saying.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.index import EntityIndex, OffsetIndex
from kgingest.extract.speakers.joint import joint_speakers
from kgingest.extract.statements.context import Draft, StatementContext, draft_extent
from kgingest.extract.statements.cues import find_cues, separate_nested
from kgingest.extract.statements.dating import statement_date
from kgingest.extract.statements.merging import (
    according_as_channel,
    cut_trailing_according,
    deduplicate,
    draft_from_cue,
    join_split_quotes,
    nested_channels,
)
from kgingest.extract.statements.quote_attribution import attribute_quotes
from kgingest.model import Article, Span, Statement


def find_statements(doc: Doc, article: Article, index: EntityIndex) -> list[Statement]:
    """Every attributed statement of the article, keyed s1, s2, ... in text order."""
    return run(StatementContext(doc, article, index))


def run(ctx: StatementContext) -> list[Statement]:
    cues = find_cues(ctx)
    separate_nested(ctx, cues)
    drafts: list[Draft] = []
    for cue in cues:
        draft = draft_from_cue(ctx, cue)
        if draft is not None:
            drafts.append(draft)
            ctx.resolver.remember(draft.begin, draft.speaker)
    drafts = attribute_quotes(ctx, cues, drafts)
    drafts = join_split_quotes(ctx, drafts)
    cut_trailing_according(ctx, cues, drafts)
    drafts = according_as_channel(ctx, drafts)
    drafts = deduplicate(drafts)
    nested_channels(drafts)
    drafts.sort(key=lambda d: (d.begin, d.end, d.speaker))
    ctx.drafts = OffsetIndex(drafts, draft_extent)
    return [to_statement(ctx, n, draft) for n, draft in enumerate(drafts, start=1)]


def to_statement(ctx: StatementContext, number: int, draft: Draft) -> Statement:
    content = Span(draft.begin, draft.end, ctx.text[draft.begin : draft.end])
    about_actors: list[str] = []
    about_places: list[str] = []
    for mention in ctx.index.mentions_in(draft.begin, draft.end):
        target = about_places if mention.is_place else about_actors
        if mention.key not in target:
            target.append(mention.key)
    # "Roe and Lund said": the first named is the principal, the others co-speak
    speakers = joint_speakers(ctx.resolver, draft.cue.source_head, draft.speaker)
    return Statement(
        key=f"s{number}",
        speaker=speakers[0],
        cue=draft.cue.span,
        cue_lemma=draft.cue.lemma,
        mode=draft.mode,
        content=content,
        date=statement_date(ctx, draft),
        quote=draft.quote,
        channel=draft.channel if draft.channel != draft.speaker else None,
        about_actors=about_actors,
        about_places=about_places,
        source=ctx.resolver.written_source(draft.cue.source_head),
        co_speakers=speakers[1:],
    )
