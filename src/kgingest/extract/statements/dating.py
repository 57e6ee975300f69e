"""When a statement was made: date words on its cue, the occasion before it, or the speaker's last date."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ACTIVE_SUBJECTS,
    ADVERBIAL_CLAUSES,
    AUXILIARIES,
    DETERMINERS,
    DIRECT_OBJECTS,
    NEGATIONS,
    NOUN_PARTICIPLES,
    POSSESSORS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECT_SHARING_LINKS,
)
from kgingest.extract.lexicon import (
    DYING_VERBS,
    OCCASION_NOUNS,
    OCCASION_PREPOSITIONS,
    OTHER_OCCASION_ADVERBS,
    RELATIVE_DAYS,
    RELEASED_STATEMENTS,
    RELEASING_VERBS,
    SPEAKING_DAYS,
    SPEAKING_VERBS,
    verb_frame,
)
from kgingest.extract.quotes import Paragraph
from kgingest.extract.roles.words import INDEFINITE_ARTICLES
from kgingest.extract.spans import tokens_in
from kgingest.extract.statements.context import Cue, Draft, StatementContext
from kgingest.extract.statements.syntax import (
    SPEAKING_OCCASIONS,
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
    found = _time_words(ctx, verb, content, occasion_heads(verb))
    if not found and _of_one_occasion(verb):  # the cue's own time first: "X, who spoke Monday, said Tuesday"
        spoke = _time_words(ctx, verb, content, speaking_clauses(verb))
        # a day names the occasion; "X, who spoke at the 2019 summit, said" tells of X, not of when X said it
        if _one_day(ctx, spoke) is not None:
            found = spoke
    return found


def _time_words(ctx: StatementContext, verb: Token, content: tuple[int, int] | None, heads: list[Token]) -> list[Token]:
    """The time words of the verb's sentence attached to one of ``heads``, outside the content and quotes."""
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


def occasion_heads(verb: Token) -> list[Token]:
    """The words whose time is the reporting verb's: the verb, the clause it shares a subject with, a participle
    before the subject, and the act that put out a statement."""
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
    # "On Friday, X issued a statement saying ...": the statement's words are as old as its issue.
    piece = verb.head
    on_a_piece = verb.dep_ in NOUN_PARTICIPLES and verb.tag_ == "VBG" and piece.dep_ in DIRECT_OBJECTS
    if on_a_piece and piece.head.lemma_ in RELEASING_VERBS and piece.lemma_ in RELEASED_STATEMENTS:
        heads.append(piece.head)
    return heads


def speaking_clauses(verb: Token) -> list[Token]:
    """ "X, who spoke on Friday, said ...": speaking is the occasion (not "who was arrested on Friday"), when the
    clause is in the past and its subject is the relative pronoun (not "X, whose aide spoke on Friday, said")."""
    subject = subject_of(verb)
    if subject is None:
        return []
    return [
        c
        for c in subject.children
        if c.dep_ in RELATIVE_CLAUSES
        and c.lemma_ in SPEAKING_VERBS
        and c.tag_ == "VBD"
        and any(s.dep_ in ACTIVE_SUBJECTS and s.tag_ in RELATIVE_PRONOUN_TAGS for s in c.children)
    ]


# Tags of "who", "that", "which" as a relative clause's subject.
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})


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


# A present-tense cue ("X says ...") reports standing words, not words of one occasion: no other day is theirs.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def statement_date(ctx: StatementContext, draft: Draft) -> TimeValue:
    date = cue_date(ctx, draft.cue)
    if not date.assumed or not _of_one_occasion(draft.cue.token):
        return date
    return (
        occasion_date(ctx, draft)
        or earlier_statement_date(ctx, draft)
        or later_occasion_date(ctx, draft)
        or lead_date(ctx, draft)
        or date
    )


def _of_one_occasion(verb: Token) -> bool:
    """Not "X says" nor "X has said" (standing words) nor "X had said" (words before the occasion reported)."""
    return verb.tag_ not in PRESENT_TAGS and not any(
        c.dep_ in AUXILIARIES and c.lemma_ == "have" for c in verb.children
    )


def lead_date(ctx: StatementContext, draft: Draft) -> TimeValue | None:
    """The day the article's lead gives the occasion, when the words belong to it.

    A news report opens with its occasion and its day ('On Tuesday, X opened the bridge.'); words of the same
    actor further down, undated, were said there, and so were quoted words about what happened "today". The
    lead's day must be one: two days in it leave the occasion open."""
    if _another_time(ctx, draft) or _own_other_occasion(ctx, draft.cue.token):
        return None
    days = lead_days(ctx)
    own = {value for speaker, value in days if speaker == draft.speaker}
    if len(own) == 1:
        return own.pop()
    if days and len({value for _, value in days}) == 1 and _quotes_its_day(ctx, draft):
        return days[0][1]
    return None


def _own_other_occasion(ctx: StatementContext, verb: Token) -> bool:
    """ "In her memoir, X wrote", "During his campaign, X said": an occasion of the speaker's own that the lead
    does not tell of (unlike "In her speech, X said" after "X gave a speech on Monday")."""
    lead = _lead(ctx)
    told = {t.lemma_ for t in ctx.doc.char_span(lead.begin, lead.end, alignment_mode="expand") or ()} if lead else set()
    return any(
        noun.pos_ == "NOUN" and noun.lemma_ not in told and any(d.dep_ in POSSESSORS for d in noun.children)
        for prep in verb.children
        if prep.dep_ in PREPOSITIONS and prep.lower_ in OCCASION_PREPOSITIONS
        for noun in prep.children
    )


def _lead(ctx: StatementContext) -> Paragraph | None:
    """The article's first paragraph outside the headings (None if none)."""
    return next((p for p in ctx.paragraphs if not ctx.in_heading(p.begin)), None)


def lead_days(ctx: StatementContext) -> list[tuple[str | None, TimeValue]]:
    """The days the lead paragraph hangs on its sentences' main verbs, with who acted (None when no actor)."""
    lead = _lead(ctx)
    if lead is None:
        return []
    found: list[tuple[str | None, TimeValue]] = []
    for sentence in ctx.sentences.starting_between(lead.begin, len(ctx.doc)):
        if sentence.start_char >= lead.end:
            break
        if sentence.text.rstrip().endswith("?"):  # "Did X lie on Monday?": asked, not told
            continue
        for verb in _main_clauses(sentence.root):
            if _dying(verb) or not _happened(verb):
                continue
            value = _one_day(ctx, date_tokens_of(ctx, verb, None))
            if value is None:
                continue
            subject = subject_of(verb)
            found.append((ctx.resolver.resolve(subject, create=False) if subject is not None else None, value))
    return found


def _main_clauses(root: Token) -> list[Token]:
    """The verbs of a sentence's main clauses: the root and its coordinated clauses ("X won; Y lost"). The
    parser may hang a clause before a semicolon as a complement; only under a reporting verb is it content."""
    linked = ("conj", "parataxis") if verb_frame(root.lemma_) is not None else ("conj", "parataxis", "ccomp")
    return [root, *(c for c in root.children if c.dep_ in linked and c.pos_ in ("VERB", "AUX"))]


def _happened(verb: Token) -> bool:
    """A past act the text affirms: not "X meets Y on Thursday", "X will speak on Friday" (days still to come,
    which the resolver would put in the past) nor "X did not speak on Monday"."""
    past = verb.tag_ == "VBD" or any(c.dep_ in AUXILIARIES and c.tag_ == "VBD" for c in verb.children)
    return past and not any(c.dep_ in NEGATIONS for c in verb.children)


def _dying(verb: Token) -> bool:
    """ "X died on Sunday", "X passed away on Sunday": the day ends X's words, it is not an occasion of them."""
    # the particle may be parsed as one or as an adverb: "passed away"
    return verb.lemma_ in DYING_VERBS or any(f"{verb.lemma_} {c.lower_}" in DYING_VERBS for c in verb.rights)


def _one_day(ctx: StatementContext, tokens: list[Token]) -> TimeValue | None:
    """The one day among runs of time words ("Yesterday, ... in an hour"): each run resolved on its own. A comma
    parts runs too: the parser may join a day and a phrase in apposition to it into one time phrase."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.is_punct:
            continue
        if runs and runs[-1][-1].i + 1 == token.i:
            runs[-1].append(token)
        else:
            runs.append([token])
    days = {v for v in (resolve_tokens(ctx, run) for run in runs) if v is not None and v.precision is Precision.DAY}
    return days.pop() if len(days) == 1 else None


def _another_time(ctx: StatementContext, draft: Draft) -> bool:
    """The statement's sentence times the act itself, outside its words ("in 2009, later revealing ..."):
    whatever that time is, it is not simply the lead's occasion."""
    sentence = ctx.doc[draft.cue.token.i].sent
    outside = [t for t in sentence if not draft.begin <= t.idx < draft.end and not ctx.in_closed_quote(t.idx)]
    if any(t.pos_ == "ADV" and t.lower_ in OTHER_OCCASION_ADVERBS for t in outside):
        return True
    if _in_some_occasion(draft.cue.token):
        return True
    if draft.cue.date_tokens:  # the cue's own time, even one not placed on the calendar ("said last quarter")
        return True
    # a time the text can place ("in 2009", "on Friday"), not a mere time word ("the annual conference")
    outside_ids = {t.i for t in outside}
    return any(
        resolve_tokens(ctx, list(e)) is not None
        for e in ctx.sentences.ents_in(sentence)
        if e.label_ in TIME_ENTITIES and any(t.i in outside_ids for t in e)
    )


def _in_some_occasion(verb: Token) -> bool:
    """ "X said in an interview": an occasion of its own, named as new (not "in the speech" the lead dates); "X
    said at the time": a moment of its own."""
    return any(
        noun.lemma_ in OCCASION_NOUNS
        or (
            noun.lemma_ in SPEAKING_OCCASIONS
            and any(d.dep_ in DETERMINERS and d.lower_ in INDEFINITE_ARTICLES for d in noun.children)
        )
        for prep in verb.children
        if prep.dep_ in PREPOSITIONS
        for noun in prep.children
    )


def _quotes_its_day(ctx: StatementContext, draft: Draft) -> bool:
    """The statement's quoted words name the day they were said in ("what happened today"); a quotation
    may run on over paragraphs without closing, so the statement's own quote counts as well."""
    words = tokens_in(ctx.doc, draft.begin, draft.end)
    quote = draft.quote
    return words is not None and any(
        t.lower_ in SPEAKING_DAYS
        and (ctx.in_closed_quote(t.idx) or (quote is not None and quote.begin <= t.idx < quote.end))
        for t in words
    )


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
        days = [
            list(e)
            for e in ctx.sentences.ents_in(following)
            if e.label_ == "DATE" and not ctx.in_closed_quote(e.start_char)
        ]
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
    if value is None and previous.cue.token.i == draft.cue.token.i:
        # a quotation standing alone after '"... today," said X.', given X's cue: the day those words took
        value = statement_date(ctx, previous)
    if value is None or value.assumed or value.precision is not Precision.DAY:
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
