"""Drafts from cues, and the merges that keep one draft per act of saying."""

from __future__ import annotations

import itertools
import re

from kgingest.extract.dependencies import CLAUSE_COMPLEMENTS, RELATIVE_CLAUSES
from kgingest.extract.lexicon import (
    REFERRING_NOUNS,
)
from kgingest.extract.spans import tokens_in
from kgingest.extract.statements.context import Cue, Draft, StatementContext
from kgingest.extract.statements.syntax import MAX_REFERRING_TOKENS, subject_token_ids
from kgingest.model import Mode


def join_split_quotes(ctx: StatementContext, drafts: list[Draft]) -> list[Draft]:
    """'"We are ready," she said, "to talk."': two quotations around one attribution are one statement."""
    direct = sorted((d for d in drafts if d.mode is Mode.DIRECT), key=lambda d: d.begin)
    dropped: set[int] = set()
    for first, second in itertools.pairwise(direct):
        cue = first.cue.token
        if id(first) in dropped or first.cue.token.i != second.cue.token.i or first.speaker != second.speaker:
            continue
        if not (first.end <= cue.idx < second.begin and ctx.same_paragraph(first.begin, second.end)):
            continue
        after_first = ctx.text[first.end : cue.idx]
        before_second = ctx.text[first.cue.attribution_end : second.begin]
        if re.match(r"[,.]?\s*[\"“”'‘’]?[,]?\s", after_first) and re.fullmatch(r"\s*,\s*[\"“'‘]", before_second):
            first.end = second.end
            dropped.add(id(second))
    return [d for d in drafts if id(d) not in dropped]


def according_as_channel(ctx: StatementContext, drafts: list[Draft]) -> list[Draft]:
    """ "Analysts believe X, according to a report by Y", "According to the Ledger, Brandt said X": Y, the Ledger,
    carried the statement, which is theirs only as its channel.

    The outer "according to" layer is not kept as a statement of its own (speaker the Ledger, content "Brandt said
    X"): measured on PolNeAR's development part, where mostly only that outer layer is annotated, keeping it
    raised speaker and cue accuracy but lowered precision, the inner statement then matching nothing."""
    kept = []
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.cue.token.sent.start, []).append(draft)
    for draft in drafts:
        token = draft.cue.token
        carried = next(
            (
                d
                for d in by_sentence[token.sent.start]
                if d is not draft
                and d.speaker != draft.speaker
                and (d.cue.token.i == token.head.i or d.begin <= token.idx < d.end)
            ),
            None,
        )
        if draft.cue.lemma == "according to" and carried is not None:
            carried.channel = carried.channel or draft.speaker
            if carried.begin < token.idx < carried.end:
                clipped = ctx.clip(carried.begin, token.idx, carried.cue.token)
                carried.end = clipped[1] if clipped is not None else carried.end
            continue
        kept.append(draft)
    return kept


# punctuation that sets an attributing "according to" phrase off from the clause it closes
_SETTING_OFF = (",", ";", "(", "-", "\u2013", "\u2014")


def cut_trailing_according(ctx: StatementContext, cues: list[Cue], drafts: list[Draft]) -> None:
    """ "Brandt said the mill had shut, according to a note one clerk kept": an "according to" phrase that closes a
    statement's content attributes the statement, and is no part of what was said, even when nobody is found to
    speak for it (a resolved source makes a draft of its own, which `according_as_channel` handles)."""
    for cue in cues:
        token = cue.token
        if cue.lemma != "according to" or any(d.cue is cue for d in drafts):
            continue
        for draft in drafts:
            if draft.cue is cue or not draft.begin < token.idx < draft.end or draft.cue.token.i > token.i:
                continue
            if re.search(r"\w", ctx.text[cue.attribution_end : draft.end]):
                continue  # the phrase sits inside what was said: "the plan, according to the union, is dead"
            if not ctx.text[: token.idx].rstrip().endswith(_SETTING_OFF):
                continue  # not set off, a manner of the deed said: "the money was spent according to plan"
            clipped = ctx.clip(draft.begin, token.idx, draft.cue.token)
            draft.end = clipped[1] if clipped is not None else draft.end


def nested_channels(drafts: list[Draft]) -> None:
    """ "X said Y told him the plan was dead": Y speaks, and X, who passed Y's words on, is their channel.

    The inner cue must hang inside the outer cue's content, below the outer verb in the parse."""
    for inner in drafts:
        token = inner.cue.token
        if inner.channel is not None:
            continue
        for outer in drafts:
            if outer is inner or outer.speaker == inner.speaker or not outer.begin <= token.idx < outer.end:
                continue
            if narrated_aside(inner, outer):
                continue
            if any(ancestor.i == outer.cue.token.i for ancestor in token.ancestors):
                inner.channel = outer.speaker
                break


def narrated_aside(inner: Draft, outer: Draft) -> bool:
    """ "She praised the plan, which he called a disgrace": a relative clause on the thing an outer cue names
    (no reported clause of its own) is the narrator's aside, not words the outer speaker passed on."""
    token = inner.cue.token
    if token.dep_ not in RELATIVE_CLAUSES:
        return False
    return not any(c.dep_ in CLAUSE_COMPLEMENTS for c in outer.cue.token.children)


def draft_from_cue(ctx: StatementContext, cue: Cue) -> Draft | None:
    if cue.content is None or ctx.resolved_speaker(cue) is None or cue.speaker is None:
        return None
    begin, end = cue.content
    inside = [q for q in ctx.quotes.overlapping(begin, end) if not ctx.in_heading(q.begin)]
    if inside:
        rest = ctx.text[begin:end]
        for quote in sorted(inside, key=lambda q: q.begin, reverse=True):
            a, b = max(quote.begin, begin) - begin, min(quote.end, end) - begin
            rest = rest[:a] + rest[b:]
        if not re.search(r"\w", rest) and ctx.quotes_a_clause(inside):
            first, last = inside[0], inside[-1]
            begin, end = first.inner.begin, last.inner.end
            return Draft(cue, cue.speaker, begin, end, Mode.DIRECT, first.inner, cue.channel)
        return Draft(cue, cue.speaker, begin, end, Mode.PARTIAL_QUOTE, inside[0].inner, cue.channel)
    if refers_back(ctx, begin, end):
        return None
    return Draft(cue, cue.speaker, begin, end, Mode.INDIRECT, None, cue.channel)


def refers_back(ctx: StatementContext, begin: int, end: int) -> bool:
    """The whole content is "the criticism", "these claims": a pointer to words reported elsewhere."""
    tokens = tokens_in(ctx.doc, begin, end)
    if tokens is None or len(tokens) > MAX_REFERRING_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    first, head = tokens[0], tokens.root
    return first.lower_ in ("the", "this", "these", "that", "those", "such") and head.lower_ in REFERRING_NOUNS


def nested_act(outer: Draft, inner: Draft) -> bool:
    """ "backed the tax, which he said would pay for the wall": a second cue in a relative clause inside the first
    one's content, with all its words there too, is a second act of saying by the same speaker, not the same one
    found twice. (A participle there, "backed a suit alleging ...", is the suit's, not a second act.)"""
    cue = inner.cue.token
    if cue.i == outer.cue.token.i or inner.by_quote or cue.dep_ not in RELATIVE_CLAUSES:
        return False
    if cue.i in subject_token_ids(outer.cue.token):
        return True  # '"...," said X, who has accused Y of Z. "..."': an act told in the speaker's description
    if outer.mode is Mode.DIRECT:
        return False
    return outer.begin < cue.idx < outer.end and outer.begin <= inner.begin and inner.end <= outer.end


def deduplicate(drafts: list[Draft]) -> list[Draft]:
    """One draft per act of saying: the same speaker and overlapping content count once."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.by_quote, d.begin, d.end)):
        if any(
            k.speaker == draft.speaker and k.begin < draft.end and draft.begin < k.end and not nested_act(k, draft)
            for k in kept
        ):
            continue
        kept.append(draft)
    return kept
