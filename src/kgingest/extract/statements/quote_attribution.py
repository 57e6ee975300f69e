"""Quotations no cue covered, attributed by position: trailing, introduced, split, adjacent."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ACTIVE_SUBJECTS,
    ADJECTIVE_COMPLEMENTS,
    ATTRIBUTION_FILLERS,
    CLAUSE_COMPLEMENTS,
    CONNECTIVES,
    DIRECT_OBJECTS,
    RELATIVE_CLAUSES,
    VERB_OBJECTS,
)
from kgingest.extract.index import OffsetIndex
from kgingest.extract.lexicon import (
    ADDRESSEE_VERBS,
    NOMINAL_CUES,
    TOPIC_OF_VERBS,
)
from kgingest.extract.quotes import Quote
from kgingest.extract.spans import tokens_in
from kgingest.extract.statements.context import Cue, Draft, StatementContext, cue_extent, quoted_draft
from kgingest.extract.statements.cues import cue_subject
from kgingest.extract.statements.syntax import (
    MAX_ATTRIBUTION_GAP_TOKENS,
    MAX_CONNECTIVE_GAP_TOKENS,
    MAX_INTRODUCER_TOKENS,
    SPEAKER_ENTITY_TYPES,
    can_speak,
    subject_token_ids,
    token_end,
)
from kgingest.model import Mode

# Punctuation that ends a sentence or a clause between a quotation and a later cue.
SENTENCE_BREAKS = frozenset({".", ";", "!", "?"})
# Entity types of a name that may speak, or none given (a title like "Port to Close" tagged as a work of art may not).
SPEAKING_TYPES = SPEAKER_ENTITY_TYPES | {""}
# Complements of a copula or a verb like "seem": what someone is like.
COPULA_COMPLEMENTS = ADJECTIVE_COMPLEMENTS | {"attr", "oprd"}


def attribute_quotes(ctx: StatementContext, cue_list: list[Cue], drafts: list[Draft]) -> list[Draft]:
    cues = OffsetIndex(cue_list, cue_extent)  # found in text order
    for quote in ctx.quotes:
        if ctx.in_heading(quote.begin) or quote.inner.end <= quote.inner.begin:
            continue
        if any(d.begin < quote.inner.end and quote.inner.begin < d.end for d in drafts):
            continue
        draft = trailing_attribution(ctx, quote, cues)
        if draft is not None:
            # the cue's own reading, a topic phrase after it, gives way to the quotation it attributes
            drafts = [d for d in drafts if d.cue is not draft.cue]
        if draft is None and split_continuation(ctx, quote, drafts, cues):
            continue
        draft = draft or introduced_quote(ctx, quote, cues, drafts) or adjacent_quote(ctx, quote, drafts, cues)
        if draft is not None:
            drafts.append(draft)
    return drafts


def quote_draft(ctx: StatementContext, quote: Quote, cue: Cue) -> Draft | None:
    if ctx.resolved_speaker(cue) is None or cue.speaker is None:
        return None
    return quoted_draft(cue, cue.speaker, quote, cue.channel)


def trailing_attribution(ctx: StatementContext, quote: Quote, cues: OffsetIndex[Cue]) -> Draft | None:
    """'"...," she said' / '"...", said the agency' / '"..." he added.'"""
    cue = cues.first_beginning_from(quote.end)  # only the first cue after the quotation can attribute it
    if cue is None:
        return None
    # A non-breaking space is a token of its own; like any white space it is not a word of the gap.
    gap = [t for t in tokens_in(ctx.doc, quote.end, cue.token.idx) or [] if not t.is_space]
    if re.search(r"[\"“”\n]", ctx.text[quote.end : cue.token.idx]):
        return None
    if any(t.is_punct and t.text in SENTENCE_BREAKS for t in gap):
        return None  # a full stop ends the attribution; the one in "Sen." or "Jr." does not
    allowed = subject_token_ids(cue.token)
    # A long subject is still the attribution ('"...," Jane Roe, a strategist and former adviser to X, said');
    # only the other words between are limited.
    if len([t for t in gap if t.i not in allowed]) > MAX_ATTRIBUTION_GAP_TOKENS:
        return None
    if all(t.is_punct or t.i in allowed or t.dep_ in ATTRIBUTION_FILLERS for t in gap):
        if cue.content is not None and cue.content[0] > cue.token.idx and not quote_is(ctx, cue, quote):
            if not topic_phrase(ctx, cue):
                return None  # the verb has a content of its own after it
            # '"...," she said about the plan': the quotation is what was said, the phrase what it was about
            cue.content = None
        return quote_draft(ctx, quote, cue)
    return None


def topic_phrase(ctx: StatementContext, cue: Cue) -> bool:
    """The cue's content is a prepositional phrase ("about the plan", "of her rival"), not a clause."""
    if cue.content is None:
        return False
    words = tokens_in(ctx.doc, *cue.content)
    if words is None:
        return False
    first = words[0]
    return first.pos_ == "ADP" and first.head.i == cue.token.i and words.root.i == first.i


def quote_is(ctx: StatementContext, cue: Cue, quote: Quote) -> bool:
    return cue.content is not None and cue.content[0] < quote.end and quote.begin < cue.content[1]


def split_continuation(ctx: StatementContext, quote: Quote, drafts: list[Draft], cues: OffsetIndex[Cue]) -> bool:
    """'"We are ready," she said, "to talk."': the second part joins the first statement.

    So does a quotation that opens the next sentence of the paragraph when the attribution sentence says
    nothing else: '"We are ready," she told the agency by phone. "We will talk."'.
    """
    for draft in drafts:
        if draft.mode is not Mode.DIRECT:
            continue
        if draft.end > quote.begin or draft.cue.token.idx < draft.end:
            continue
        if not ctx.same_paragraph(draft.begin, quote.begin):
            continue
        after = draft.cue.attribution_end
        between = ctx.text[after : quote.begin]
        others = [c for c in cues.beginning_in(after, quote.begin) if not describes_the_speaker(c, draft)]
        rest_of_sentence = re.fullmatch(r"[^\"“”‘’'.!?;:]*\.\s+", between) is not None and not others
        if re.fullmatch(r"\s*[,.]?\s*", between) or rest_of_sentence:
            draft.end = quote.inner.end
            return True
    return False


def describes_the_speaker(cue: Cue, draft: Draft) -> bool:
    """'"...," said X, a pilot who has accused Y of Z.': a verb of saying in a relative clause inside the speaker's
    phrase, with no reported clause of its own, describes the speaker; it attributes no quotation that follows.
    ('who noted that ...' reports a clause: the quotation after it may go on from that.)"""
    token = cue.token
    if token.dep_ not in RELATIVE_CLAUSES or any(c.dep_ in CLAUSE_COMPLEMENTS for c in token.children):
        return False
    return token.i in subject_token_ids(draft.cue.token)


def introduced_quote(ctx: StatementContext, quote: Quote, cues: OffsetIndex[Cue], drafts: list[Draft]) -> Draft | None:
    """'She continued: "..."', 'it added; and, later, "..."': a cue before the quotation."""
    # The cue nearest before the quotation, when it stands in the quotation's paragraph.
    cue = cues.last_beginning_before(quote.begin)
    # a quotation ending in a comma goes on after its own attribution ('"A," he wrote, "B."'): that one says who
    clause = None if quote.inner.text.rstrip().endswith(",") else colon_clause(ctx, quote)
    # 'Police found a note: "..."' names a thing the quotation gives: no cue of its own, the usual search goes on
    if clause is not None and not thing_object(clause) and (cue is None or cue.token.sent.start < clause.sent.start):
        # 'X refused: "..."': the clause the colon ends introduces the quotation, not a cue in a sentence before
        own = clause_cue(ctx, clause)
        return quote_draft(ctx, quote, own) if own is not None else None
    if cue is None:
        return None
    if not ctx.same_paragraph(cue.token.idx, quote.begin):
        return block_quote(ctx, quote, cue, drafts)
    if cue.attribution_end > quote.begin:
        return None  # 'Asked if X is "fit to serve," most voters said ...': the quotation is inside the attribution
    gap = [t for t in tokens_in(ctx.doc, cue.attribution_end, quote.begin) or [] if not t.is_space]
    if last_visible_char(ctx.text, quote.begin) == ":":
        if len(gap) <= MAX_INTRODUCER_TOKENS and not ctx.quote_between(cue.token.idx, quote.begin, quote):
            fold_object_into_quote(ctx, cue, drafts)
            return quote_draft(ctx, quote, cue)
        if len(gap) <= MAX_INTRODUCER_TOKENS and cue.content is not None and cue.content[1] <= quote.begin:
            return quote_draft(ctx, quote, cue)
        return None
    allowed = subject_token_ids(cue.token)
    for child in cue.token.children:
        if child.dep_ in VERB_OBJECTS and cue.lemma in ADDRESSEE_VERBS:
            allowed |= {t.i for t in child.subtree}
        elif child.dep_ == "prep" and child.lower_ == "of" and cue.lemma in TOPIC_OF_VERBS and child.i > cue.token.i:
            # 'adding of the ministry, "..."': the "of" phrase says whom the quotation is about
            allowed |= {t.i for t in child.subtree}
    words = [t for t in gap if not t.is_punct and t.i not in allowed]
    if names_a_part_of(ctx, quote, allowed):
        return None  # 'told the program "Night Desk"': the quotation names the addressee, it is not what was said
    if len(gap) <= MAX_CONNECTIVE_GAP_TOKENS and all(
        t.dep_ in CONNECTIVES or t.pos_ in ("CCONJ", "ADV") for t in words
    ):
        return quote_draft(ctx, quote, cue)
    return None


def colon_clause(ctx: StatementContext, quote: Quote) -> Token | None:
    """The verb of the clause a colon right before the quotation ends ('Varga refused: "..."')."""
    at = quote.begin
    while at > 0 and ctx.text[at - 1].isspace():
        at -= 1
    colon = tokens_in(ctx.doc, at - 1, at) if at > 0 and ctx.text[at - 1] == ":" else None
    if colon is None or len(colon) == 0:
        return None
    if colon[0].i == 0:
        return None
    # the parser may hang the clause on the quotation's verb: climb from the word before the colon while the
    # head stays before it
    verb = ctx.doc[colon[0].i - 1]
    while verb.head.i != verb.i and verb.head.i < colon[0].i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def thing_object(verb: Token) -> bool:
    """A direct object that is no statement: 'published an essay', not 'gave a warning' (whose words follow)."""
    return any(c.dep_ in DIRECT_OBJECTS and c.lemma_.lower() not in NOMINAL_CUES for c in verb.children)


def clause_cue(ctx: StatementContext, verb: Token) -> Cue | None:
    """The clause's verb as the cue of the quotation after its colon, when its subject is someone who can speak:
    a name, a pronoun, or a noun for people or organizations ("The headline was blunt:" quotes no one)."""
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
    if thing_object(verb):
        return None  # 'published an essay: "..."': the quotation names the thing, it is no one's words
    if verb.pos_ != "VERB" or any(c.dep_ in COPULA_COMPLEMENTS for c in verb.children):
        return None  # 'He seems content: "..."', 'The estimates are poor:': how someone is, no act of saying
    if subject is None or not can_speak(verb) or (subject.pos_ == "PROPN" and subject.ent_type_ not in SPEAKING_TYPES):
        return None
    head, speaker = cue_subject(ctx, verb, inverted=False)
    colon_end = token_end(verb.sent[-1]) if verb.sent[-1].text == ":" else token_end(verb)
    span = ctx.span(verb.idx, token_end(verb))
    return Cue(verb, span, verb.lemma_.lower(), speaker, colon_end, speaker_head=head)


def block_quote(ctx: StatementContext, quote: Quote, cue: Cue, drafts: list[Draft]) -> Draft | None:
    """'He wrote:' at the end of a paragraph, and the next paragraph opens with the quotation: a quotation set
    off as a block after the colon that introduces it."""
    if cue.attribution_end > quote.begin or ctx.quote_between(cue.token.idx, quote.begin, quote):
        return None
    between = ctx.text[cue.attribution_end : quote.begin]
    if not re.fullmatch(r"[^\n\"“”]*:[ \t]*\n\s*", between):
        return None
    gap = [t for t in tokens_in(ctx.doc, cue.attribution_end, quote.begin) or [] if not t.is_space]
    if len(gap) > MAX_INTRODUCER_TOKENS or (cue.content is not None and cue.content[1] > quote.begin):
        return None
    fold_object_into_quote(ctx, cue, drafts)
    return quote_draft(ctx, quote, cue)


def names_a_part_of(ctx: StatementContext, quote: Quote, phrase: set[int]) -> bool:
    """The quotation's words belong to ``phrase`` (the attribution's subject or addressee) in the parse."""
    words = tokens_in(ctx.doc, quote.inner.begin, quote.inner.end)
    return words is not None and any(t.i in phrase for t in words if not t.is_punct)


def fold_object_into_quote(ctx: StatementContext, cue: Cue, drafts: list[Draft]) -> None:
    """'dismissed the warning: "..."': the quotation is what was said; the bare object is not a statement."""
    for draft in list(drafts):
        if draft.cue is cue and draft.mode is Mode.INDIRECT and not ctx.has_clause(draft):
            drafts.remove(draft)


def adjacent_quote(ctx: StatementContext, quote: Quote, drafts: list[Draft], cues: OffsetIndex[Cue]) -> Draft | None:
    """A quotation standing alone after a paragraph that ended with someone's statement: theirs, by convention.

    After reported speech ("He told X that ...") the paragraph must end with that content and the quotation
    must say something by itself, not be a quoted phrase.
    """
    at = ctx.paragraph_position(quote.begin)
    if at is None or at == 0:
        return None
    paragraph = ctx.paragraphs[at]
    if ctx.text[paragraph.begin : quote.begin].strip() or cues.beginning_in(paragraph.begin, paragraph.end):
        return None
    last_paragraph = ctx.paragraphs[at - 1]  # paragraphs are disjoint and in text order
    in_last = [d for d in drafts if last_paragraph.begin <= d.begin < last_paragraph.end]
    if not in_last:
        return None
    if continues_as_subject(ctx, quote):
        return None
    draft = max(in_last, key=lambda d: d.end)
    if draft.mode is not Mode.DIRECT:
        ends_paragraph = not re.search(r"\w", ctx.text[draft.end : last_paragraph.end])
        if not ends_paragraph or draft.cue.token.idx > draft.end or not ctx.quotes_a_clause([quote]):
            return None
    tail = ctx.text[max(draft.end, draft.cue.attribution_end) : last_paragraph.end]
    if re.search(r"\w", tail) and not re.fullmatch(r"[\W\s]*(\w+\s*){0,4}[.!?]?\W*", tail):
        return None
    return quoted_draft(draft.cue, draft.speaker, quote, draft.channel)


def last_visible_char(text: str, offset: int) -> str:
    """The last character before ``offset`` that is not white space ("" when there is none)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return text[offset - 1] if offset > 0 else ""


def continues_as_subject(ctx: StatementContext, quote: Quote) -> bool:
    """'"Harbor Lights," which opens on Tuesday, is a novel ...': a quotation ending in a comma that its own
    sentence goes on from is a title or a phrase, not words standing alone."""
    if not quote.inner.text.rstrip().endswith(","):
        return False
    inside = tokens_in(ctx.doc, quote.inner.begin, quote.inner.end)
    if inside is None:
        return False
    last = inside[-1]
    following = next((t for t in ctx.doc[last.i + 1 :] if not (t.is_punct or t.is_space)), None)
    return following is not None and following.sent == last.sent and following.tag_ in ("WDT", "WP", "VBZ", "VBD")
