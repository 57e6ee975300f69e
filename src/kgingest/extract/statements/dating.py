"""When a statement was made: date words on its cue, the occasion before it, or the speaker's last date."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ACTIVE_SUBJECTS,
    ADVERBIAL_CLAUSES,
    NOUN_PARTICIPLES,
    PREPOSITIONS,
    SUBJECT_SHARING_LINKS,
)
from kgingest.extract.lexicon import (
    RELATIVE_DAYS,
    verb_frame,
)
from kgingest.extract.spans import tokens_in
from kgingest.extract.statements.context import Cue, Draft, StatementContext
from kgingest.extract.statements.syntax import (
    attached_to,
    coordinated_reporting_verb,
    is_age,
    subject_of,
    token_end,
)
from kgingest.model import Precision, Span, TimeValue
from kgingest.timex import TIME_ENTITIES, resolve_time


def date_tokens_of(ctx: StatementContext, verb: Token, content: tuple[int, int] | None) -> list[Token]:
    """Time expressions attached to the reporting verb (or to the clause it modifies), outside its content."""
    heads = [verb]
    own_subject = any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children)
    if verb.dep_ in SUBJECT_SHARING_LINKS and verb.head.i != verb.i and not own_subject:
        heads.append(coordinated_reporting_verb(verb) or verb.head)  # "On Monday, X spoke and warned ..."
        if verb.head.dep_ in PREPOSITIONS and verb.head.head.i != verb.head.i:
            heads.append(verb.head.head)
    # "Sentencing him on Monday, the judge said ...": the participle before the subject is the same occasion.
    heads.extend(c for c in verb.children if c.dep_ in ADVERBIAL_CLAUSES and c.tag_ == "VBG" and c.i < verb.i)
    subject = subject_of(verb)
    if subject is not None:  # "X, speaking after Monday's match, said ...": the participle on the subject
        heads.extend(c for c in subject.children if c.dep_ in NOUN_PARTICIPLES and c.tag_ == "VBG")
    found: list[Token] = []
    for token in verb.sent:
        if not (token.ent_type_ in TIME_ENTITIES or token.lower_ in RELATIVE_DAYS):
            continue
        if content is not None and content[0] <= token.idx < content[1]:
            continue
        if ctx.in_closed_quote(token.idx) or is_age(token):
            continue
        if attached_to(token, heads):
            found.append(token)
    return found


def occasion_date(ctx: StatementContext, draft: Draft) -> TimeValue | None:
    """The day of an earlier sentence of the paragraph whose subject is the speaker and which gives one.

    'X told a news conference on Monday that ... "...," she said.' and 'On Sunday, X weighed in. "...," she
    wrote.': the later words, undated, were said on the same occasion.
    """
    sentence = ctx.doc[draft.cue.token.i].sent
    at = ctx.paragraph_position(sentence.start_char)
    if at is None:
        return None
    # The paragraph before counts too: a follow-up paragraph often opens with the speaker's next words.
    begin = ctx.paragraphs[max(0, at - 1)].begin
    earlier = ctx.sentences.starting_between(begin, sentence.start)
    for previous in reversed(earlier):
        root = previous.root
        if any(d.speaker != draft.speaker for d in ctx.drafts.beginning_in(previous.start_char, draft.begin)):
            return None  # someone else spoke in between: the occasion may have changed
        subject = subject_of(root)
        if subject is None or ctx.resolver.resolve(subject, create=False) != draft.speaker:
            continue
        tokens = date_tokens_of(ctx, root, None)
        if not tokens:
            return None
        value = resolve_tokens(ctx, tokens)
        return value if value is not None and value.precision is Precision.DAY else None
    return None


def resolve_tokens(ctx: StatementContext, tokens: list[Token]) -> TimeValue | None:
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    begin = first.idx
    previous = ctx.doc[first.i - 1] if first.i > 0 else None
    # "after Monday" bounds the day; "after Monday's match" names it: the preposition governs the event.
    if previous is not None and previous.dep_ in PREPOSITIONS and previous.pos_ == "ADP" and first.head.i == previous.i:
        begin = previous.idx
    end = token_end(last)
    span = Span(begin, end, ctx.text[begin:end])
    return resolve_time(span.text, ctx.article.meta.published, span)


def cue_date(ctx: StatementContext, cue: Cue) -> TimeValue:
    published = ctx.article.meta.published
    value = resolve_tokens(ctx, cue.date_tokens)
    if value is not None:
        return value
    return TimeValue(earliest=published, latest=published, precision=Precision.DAY, assumed=True)


def statement_date(ctx: StatementContext, draft: Draft) -> TimeValue:
    date = cue_date(ctx, draft.cue)
    if date.assumed:
        return (
            occasion_date(ctx, draft) or earlier_statement_date(ctx, draft) or later_occasion_date(ctx, draft) or date
        )
    return date


# How many sentences after a statement may still date it: the lead's words, then who said them when.
LATER_OCCASION_SENTENCES = 2


def later_occasion_date(ctx: StatementContext, draft: Draft) -> TimeValue | None:
    """The day a following sentence gives the speaker's reporting, when that sentence says nothing new.

    'X will cut 900 jobs, according to its chief Y.' then 'Y announced the move on Wednesday.': news often gives
    the words first and the occasion after. Only the next sentences of the paragraph or the one after count,
    only with a reporting verb whose subject is the speaker, and not past anyone else's statement."""
    sentence = ctx.doc[draft.cue.token.i].sent
    at = ctx.paragraph_position(sentence.start_char)
    if at is None:
        return None
    window_end = ctx.paragraphs[min(len(ctx.paragraphs) - 1, at + 1)].end
    for following in _next_sentences(sentence, LATER_OCCASION_SENTENCES):
        if following.start_char >= window_end:
            return None
        if following.start_char < draft.end or ctx.in_closed_quote(following.root.idx):
            return None  # still the statement's own words, or a quotation
        statements_there = ctx.drafts.beginning_in(following.start_char, following.end_char)
        if any(d.speaker != draft.speaker or not _refers_back(ctx, d) for d in statements_there):
            return None  # words of its own (or someone else's): its day is theirs
        root = following.root
        subject = subject_of(root)
        if subject is None or ctx.resolver.resolve(subject, create=False) != draft.speaker:
            continue
        if verb_frame(root.lemma_) is None:
            return None
        # The parser often hangs the day on the object ("announced the move on Wednesday"): any day of the
        # sentence outside quotation marks, since it says nothing new.
        days = [list(e) for e in following.ents if e.label_ == "DATE" and not ctx.in_closed_quote(e.start_char)]
        tokens = date_tokens_of(ctx, root, None) or (days[0] if len(days) == 1 else [])
        value = resolve_tokens(ctx, tokens)
        return value if value is not None and value.precision is Precision.DAY else None
    return None


def earlier_statement_date(ctx: StatementContext, draft: Draft) -> TimeValue | None:
    """The day of the speaker's previous statement, when it is in the same or the paragraph before and the
    text dates it: 'X will cut jobs, its chief told staff on Tuesday.' then '"...," she wrote in a memo.'.

    Only the nearest earlier statement counts, and only when no other speaker's statement and no other
    day stands between them: a later remark after an undated one may belong to another occasion."""
    at = ctx.paragraph_position(draft.begin)
    if at is None:
        return None
    window_begin = ctx.paragraphs[max(0, at - 1)].begin
    earlier = [d for d in ctx.drafts.beginning_in(window_begin, draft.begin) if d is not draft]
    if not earlier:
        return None
    previous = earlier[-1]
    if previous.speaker != draft.speaker:
        return None
    value = resolve_tokens(ctx, previous.cue.date_tokens)
    if value is None or value.precision is not Precision.DAY:
        return None
    own = {t.i for t in previous.cue.date_tokens}
    between = tokens_in(ctx.doc, previous.end, draft.begin)
    if between is not None and any(
        t.ent_type_ == "DATE" and t.i not in own and not ctx.in_closed_quote(t.idx) for t in between
    ):
        return None
    return value


def _next_sentences(sentence: SpacySpan, count: int) -> list[SpacySpan]:
    """Up to ``count`` sentences after ``sentence`` (read off the Doc, not by searching every sentence)."""
    found: list[SpacySpan] = []
    while len(found) < count and sentence.end < len(sentence.doc):
        sentence = sentence.doc[sentence.end].sent
        found.append(sentence)
    return found


def _refers_back(ctx: StatementContext, draft: Draft) -> bool:
    """A statement whose words are only a short noun phrase ("announced the decision"): what was said before."""
    words = tokens_in(ctx.doc, draft.begin, draft.end)
    return words is not None and len(words) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in words)
