"""Reporting cues: a reporting verb or "according to" with its speaker, content, channel and date words."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ACTIVE_SUBJECTS,
    ADVERBIAL_CLAUSES,
    AUXILIARIES,
    CLAUSE_COMPLEMENTS,
    CLAUSE_MARKERS,
    CONJUNCTS,
    DIRECT_OBJECTS,
    NOUN_COMPLEMENTS,
    NOUN_MODIFIERS,
    NOUN_PARTICIPLES,
    PASSIVE_AGENTS,
    PASSIVE_SUBJECTS,
    POSSESSORS,
    PREPOSITION_OBJECTS,
    PREPOSITIONAL_CLAUSES,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    ROOTS,
    SUBJECTS,
    has_child,
)
from kgingest.extract.index import token_facts
from kgingest.extract.lexicon import (
    CHANNEL_VERBS,
    CONTENT_PREPOSITIONS,
    DOCUMENT_NOUNS,
    NOMINAL_CUES,
    RELEASED_STATEMENTS,
    RELEASING_VERBS,
    Frame,
    verb_frame,
)
from kgingest.extract.quotes import Quote
from kgingest.extract.roles.words import INDEFINITE_ARTICLES
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers.documents import MAKER_PREPOSITIONS
from kgingest.extract.speakers.grammar import is_kind
from kgingest.extract.statements.channels import (
    apply_channel_participle,
    channel_chain,
    medium_of,
    take_quoting_participle,
)
from kgingest.extract.statements.content import WRITTEN_PIECES, clause_around, content_of
from kgingest.extract.statements.context import Cue, StatementContext
from kgingest.extract.statements.dating import date_tokens_of
from kgingest.extract.statements.syntax import (
    SPEAKING_OCCASIONS,
    following_noun,
    is_act_of_saying,
    is_pronoun,
    is_time,
    negated,
    nominal_topic,
    passive,
    reporting_reading,
    subject_of,
    that_clause_with_subject,
    token_end,
    used_as_adjective,
)
from kgingest.timex import TIME_ENTITIES

# Prepositions of the statement, speech or interview words were said in, and the nouns for those.
MEDIUM_PREPOSITIONS = frozenset({"in", "during", "via"})
SAYING_VEHICLES = SPEAKING_OCCASIONS | WRITTEN_PIECES

# How the parser hangs a closing ", an admission that ..." on the reported clause's verb.
NARRATOR_COMMENT_ROLES = frozenset({"dobj", "npadvmod"})

# How many tokens (punctuation included) an aside between a speaker and the verb may have: "Jane Roe, the fund's
# long-serving treasurer,". Room for a title with its organization; a longer stretch is a clause of its own.
MAX_ASIDE_SPAN = 16
# How many words a time phrase between a nominal cue and its that-clause may have: "her claim last week that".
MAX_TIME_PHRASE = 4


# The parts of speech of a cue's word: a reporting verb (or auxiliary), a noun for a statement or a piece released.
_CUE_TAGS = frozenset({"VERB", "AUX", "NOUN"})


def _cue_candidates(ctx: StatementContext) -> Iterator[Token]:
    """The words a cue reader may take, in text order: every other word fails each reader's first test (its part
    of speech, "according", a verb of quoting), so it is passed by on its strings, with no ``Token`` built."""
    facts = token_facts(ctx.doc)
    for i, (tag, lower, lemma) in enumerate(zip(facts.tags, facts.lowers, facts.lemmas, strict=True)):
        if tag in _CUE_TAGS or lower == "according" or lemma.lower() in CHANNEL_VERBS:
            yield ctx.doc[i]


def find_cues(ctx: StatementContext) -> list[Cue]:
    cues: list[Cue] = []
    for token in _cue_candidates(ctx):
        if token.i in ctx.consumed or token.i in ctx.heading_or_quoted:
            continue
        if token.lower_ == "according" and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == "to":
            cue = according_cue(ctx, token)
        else:
            cue = verb_cue(ctx, token) or passive_cue(ctx, token) or quoted_as_cue(ctx, token)
            cue = cue or nominal_cue(ctx, token) or released_piece_cue(ctx, token)
        if cue is not None:
            cues.append(cue)
    return [c for c in cues if c.token.i not in ctx.consumed]


def verb_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """A reporting verb with its speaker and content, or None when ``token`` reports no act of saying."""
    reading = reporting_reading(token)
    if reading is None or not is_act_of_saying(token):
        return None
    lemma, frame, cue_end = reading
    inverted = after_closing_quote(ctx, token)
    if not inverted and used_as_adjective(token):
        return None  # "the stated aim", "reported cases": an adjective, not an act of saying
    subject, speaker = cue_subject(ctx, token, inverted=inverted)
    span = ctx.span(token.idx, token_end(cue_end))
    cue = Cue(token, span, lemma, speaker, attribution_end_of(ctx, token, subject), speaker_head=subject)
    if lemma in CHANNEL_VERBS and channel_chain(ctx, cue):
        return cue
    read_content(ctx, cue, frame)
    if subject is not None and cue.content is not None and cue.content[0] < subject.idx < cue.content[1] <= token.idx:
        # '"...," Jane Roe, holding a sign, said': a subject the parser hung inside the reported clause before the
        # verb ends that clause (not so "The plan, she said, is dead", where the clause goes on after the verb)
        cue.content = ctx.clip(cue.content[0], subject.left_edge.idx, token)
    return cue


def passive_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """A passive reporting verb whose "by" phrase names the speaker: "it was announced by X that ...", "as reported
    by X, ...", "the closure was confirmed by X". What was said is the that-clause, the clause "as" hangs on, or the
    passive subject (for a verb that takes a thing said as its object)."""
    if token.pos_ != "VERB":  # before the children are walked: this runs for every token of the article
        return None
    agent = next((c for c in token.children if c.dep_ in PASSIVE_AGENTS), None)
    if not passive(token) or agent is None or negated(token):
        return None
    reading = reporting_reading(token)
    source = next((c for c in agent.children if c.dep_ in PREPOSITION_OBJECTS), None)
    if reading is None or source is None:
        return None
    lemma, frame, cue_end = reading
    speaker = None if is_pronoun(source) else ctx.resolver.resolve(source, create=False)
    cue_span = ctx.span(token.idx, token_end(cue_end))
    cue = Cue(token, cue_span, lemma, speaker, token_end(source.right_edge), speaker_head=source)
    clause = next((c for c in token.rights if c.dep_ in CLAUSE_COMPLEMENTS), None)
    subject = next((c for c in token.lefts if c.dep_ in PASSIVE_SUBJECTS and c.lower_ != "it"), None)
    if clause is not None:
        cue.content = ctx.clip(clause.left_edge.idx, token_end(clause.right_edge), token)
    elif passive_as_clause(token):
        cue.content = clause_around(ctx, token, token.head)
    elif subject is not None and frame is Frame.OBJECT and not any(content_preposition(c) for c in token.rights):
        cue.content = ctx.clip(subject.left_edge.idx, token_end(subject.right_edge), token)
    if cue.content is None:
        return None
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    return cue


def quoted_as_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """ "X was quoted (by Y) as saying ...": X speaks; Y, when named, only carried the words."""
    if token.lemma_.lower() not in CHANNEL_VERBS or not passive(token) or negated(token):
        return None
    subject = next((c for c in token.children if c.dep_ in PASSIVE_SUBJECTS), None)
    as_ = next((c for c in token.rights if c.dep_ in PREPOSITIONS and c.lower_ == "as"), None)
    participle = next((c for c in as_.children if c.tag_ == "VBG"), None) if as_ is not None else None
    if subject is None or participle is None or subject.lower_ == "it" or verb_frame(participle.lemma_) is None:
        return None  # "quoted as refusing to comment": no act of saying
    speaker = None if is_pronoun(subject) else ctx.resolver.resolve(subject, create=False)
    span = ctx.span(token.idx, token_end(participle))
    cue = Cue(token, span, token.lemma_.lower(), speaker, token_end(participle), speaker_head=subject)
    agent = next((c for c in token.children if c.dep_ in PASSIVE_AGENTS), None)
    source = next((c for c in agent.children if c.dep_ in PREPOSITION_OBJECTS), None) if agent is not None else None
    if source is not None and not is_pronoun(source):
        cue.channel = ctx.resolver.resolve(source, create=False)
    said = [c for c in participle.rights if c.dep_ in CLAUSE_COMPLEMENTS]
    if said:
        cue.content = ctx.clip(said[0].left_edge.idx, token_end(said[-1].right_edge), token)
    else:
        # 'quoted as saying: "..."'; not "quoted as saying nothing about the strike"
        quote = quote_opening(ctx, token_end(punctuation_after(participle)))
        cue.content = (quote.inner.begin, quote.inner.end) if quote is not None else None
    if cue.content is None:
        return None
    ctx.consumed.add(participle.i)
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    return cue


def content_preposition(token: Token) -> bool:
    """ "criticized by X for its cost": a phrase that carries part of what was said, not when it was said."""
    return token.dep_ in PREPOSITIONS and token.lower_ in CONTENT_PREPOSITIONS and not is_time(token)


def passive_as_clause(verb: Token) -> bool:
    """ "As reported by X, the pier closed": an "as" clause of a passive verb of saying, on a clause of its own."""
    if verb.dep_ not in ADVERBIAL_CLAUSES or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if reporting_reading(verb.head) is not None:
        return False  # '"...," she noted, as reported by X': X passed her words on; it said nothing of its own
    return any(c.dep_ in CLAUSE_MARKERS and c.lower_ == "as" and c.i < verb.i for c in verb.children)


def nominal_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """ "her claim that X", "the minister's warning that Y": a noun for a statement, its owner as the speaker
    and its that-clause as the content."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINAL_CUES:
        return None
    clause = next((c for c in token.rights if c.dep_ in NOUN_COMPLEMENTS and that_clause_with_subject(c)), None)
    clause = clause or misparsed_noun_clause(token) or predicated_clause(token)
    owner = next((c for c in token.children if c.dep_ in POSSESSORS), None)
    if owner is None and clause is not None:
        owner = agent_of_noun(token)
    topic = None if clause is not None else nominal_topic(token)
    if owner is None or (clause is None and topic is None):
        return None
    speaker = None if owner.pos_ == "PRON" else ctx.resolver.resolve(owner, create=False)
    end = token_end(topic.head) if topic is not None else token_end(token)
    cue = Cue(token, ctx.span(token.idx, end), token.lemma_.lower(), speaker, end, speaker_head=owner)
    said = clause or topic
    assert said is not None
    last = said.right_edge
    if clause is not None and token.dep_ in ROOTS:
        last = before_main_predicate(clause) or last
    first = said.left_edge
    if first.dep_ in CLAUSE_MARKERS and first.i < last.i:
        first = ctx.doc[first.i + 1]  # "that" opens what was said but is no part of it
    cue.content = ctx.clip(first.idx, token_end(last), token)
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    return cue


def released_piece_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """'X issued the following statement: "..."': the noun names the act of saying, its issuer speaks, and the
    quotation the colon opens is what was said (attached later, as for 'she added: "..."')."""
    if token.pos_ != "NOUN" or token.dep_ not in DIRECT_OBJECTS or not is_kind(token, RELEASED_STATEMENTS):
        return None
    verb = token.head
    if verb.lemma_.lower() not in RELEASING_VERBS or negated(verb):
        return None
    after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    quote = quote_opening(ctx, token_end(after)) if after is not None and after.text == ":" else None
    if quote is None or not stated_clause(ctx, quote) or attributed_after(ctx, quote):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    speaker = None if is_pronoun(subject) else ctx.resolver.resolve(subject, create=False)
    span = ctx.span(token.idx, token_end(token))
    return Cue(token, span, token.lemma_.lower(), speaker, token_end(token), speaker_head=subject)


def quote_opening(ctx: StatementContext, offset: int) -> Quote | None:
    """The quotation that begins at ``offset``, white space aside."""
    while offset < len(ctx.text) and ctx.text[offset].isspace():
        offset += 1
    quote = ctx.quotes.at(offset)
    return quote if quote is not None and quote.begin == offset else None


def punctuation_after(word: Token) -> Token:
    """The last of the commas or colons right after ``word``, or the word itself."""
    while word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in (",", ":"):
        word = word.doc[word.i + 1]
    return word


def stated_clause(ctx: StatementContext, quote: Quote) -> bool:
    """The quotation holds a clause with a verb, not a title ("Why the Sea Wall Will Fail") or a list."""
    words = [t for t in tokens_in(ctx.doc, quote.inner.begin, quote.inner.end) or [] if t.is_alpha]
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    long_words = [t for t in words if len(t) > 3]
    return len(long_words) < 2 or not all(t.text[0].isupper() for t in long_words)


def attributed_after(ctx: StatementContext, quote: Quote) -> bool:
    """'"The stocks are gone," one fisherman told the inquiry': a reporting verb after the quotation in its
    sentence gives the words to someone else."""
    if ctx.text[quote.inner.begin : quote.inner.end].rstrip().endswith("."):
        return False  # a full stop closes the sentence inside the quotation; a new one follows
    words = tokens_in(ctx.doc, quote.end, len(ctx.text))
    for word in words or []:
        if word.text in (".", "!", "?") or "\n" in word.text:
            break
        if word.pos_ == "VERB" and reporting_reading(word) is not None:
            return True
    return False


def predicated_clause(noun: Token) -> Token | None:
    """ "Her argument was that the port should close": the that-clause a copula gives the noun as its subject."""
    copula = noun.head
    if noun.dep_ not in SUBJECTS or copula.lemma_.lower() != "be" or copula.i < noun.i:
        return None
    return next((c for c in copula.rights if c.dep_ in CLAUSE_COMPLEMENTS and that_clause_with_subject(c)), None)


def agent_of_noun(noun: Token) -> Token | None:
    """ "the claim by X that ...", "a warning from X that ...": the speaker named in a "by" or "from" phrase
    between the noun and its clause."""
    for prep in noun.rights:
        if prep.dep_ in PREPOSITIONS and prep.lower_ in MAKER_PREPOSITIONS:
            return next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS), None)
    return None


def before_main_predicate(clause: Token) -> Token | None:
    """ "Her claim that the quota was fair angered the crews", parsed with "claim" as the root: the sentence's
    own verb ("angered") ends up inside the clause. The first finite verb after the clause's verb with no
    subject of its own and no coordination is that main verb; the clause ends before it."""
    for word in clause.doc[clause.i + 1 : clause.right_edge.i + 1]:
        # a bare past participle that modifies no noun reads as the past tense ("angered" tagged VBN)
        modifier = word.dep_ in NOUN_MODIFIERS | NOUN_PARTICIPLES | RELATIVE_CLAUSES
        finite = word.tag_ in ("VBD", "VBZ", "VBP") or (
            word.tag_ == "VBN" and not modifier and not has_child(word, AUXILIARIES)
        )
        if finite and word.dep_ not in CONJUNCTS and not has_child(word, SUBJECTS):
            return word.doc[word.i - 1] if word.i - 1 > clause.i else None
    return None


def misparsed_noun_clause(noun: Token) -> Token | None:
    """ "Her warning that the dam could burst was ignored": a that-clause right after the noun that the parser
    hung elsewhere (often on the sentence's verb). The clause is the widest one with a subject of its own that
    begins right after "that" and leaves the noun outside. A time phrase may stand between the noun and "that":
    "her claim in March that ...", "his warning last week that ..."."""
    doc = noun.doc
    after = noun.i + 1
    while after < noun.sent.end and after - noun.i <= MAX_TIME_PHRASE and time_word(doc[after]):
        after += 1
    that = doc[after] if after < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ not in CLAUSE_MARKERS or that.head.i < noun.i:
        return None
    found = None
    for word in doc[that.i + 1 : noun.sent.end]:
        # the clause "that" marks, or one beginning after a "that" the parser hung elsewhere
        # (not a clause on the noun itself, which the parser reads as relative: "the claim that he made")
        marked = that.head.i == word.i and word.left_edge.i == that.i and word.head.i != noun.i
        starts_here = (word.left_edge.i == that.i + 1 or marked) and word.pos_ in ("VERB", "AUX")
        widest = found is None or word.right_edge.i > found.right_edge.i
        if starts_here and widest and has_child(word, ACTIVE_SUBJECTS) and not word.is_ancestor(noun):
            found = word
    return found


def time_word(word: Token) -> bool:
    """A word of a time phrase: part of a date or time, or a preposition that opens one ("in March")."""
    return word.ent_type_ in TIME_ENTITIES or (word.pos_ == "ADP" and is_time(word))


def cue_subject(ctx: StatementContext, verb: Token, *, inverted: bool) -> tuple[Token | None, str | None]:
    """The verb's subject phrase and, when it names a known actor, that actor's key."""
    subject = subject_of(verb)
    if subject is None and inverted:
        subject = following_noun(verb)  # '"...", added the agency', however the parser hung "the agency"
    if subject is None and verb.dep_ in ROOTS:
        return name_before(ctx, verb)
    # A pronoun waits until the statements before it are drafted: "A farmer said ... '...,' he said" points
    # to the unnamed farmer, who becomes an actor only when his first statement is drafted.
    if subject is not None and not is_pronoun(subject):
        return subject, ctx.resolver.resolve(subject, create=False)
    return subject, None


def read_content(ctx: StatementContext, cue: Cue, frame: Frame) -> None:
    """Fill in what a verb cue said, to whom (the medium) and when, moving a leading day out of the content."""
    token = cue.token
    cue.content = content_of(ctx, token, frame)
    cue.channel = medium_of(ctx, token)
    apply_channel_participle(ctx, cue)
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    leading = leading_time(ctx, token, cue.content)
    if leading and cue.content is not None:
        cue.date_tokens = cue.date_tokens or [t for t in leading if t.ent_type_ in TIME_ENTITIES]
        cue.content = ctx.clip(token_end(leading[-1]), cue.content[1], token)
    trailing = trailing_time(ctx, cue.content)
    if trailing and cue.content is not None:
        cue.date_tokens = cue.date_tokens or [t for t in trailing if t.ent_type_ in TIME_ENTITIES]
        cue.content = ctx.clip(cue.content[0], token_end(ctx.doc[trailing[0].i - 1]), token)
    medium = trailing_medium(ctx, cue.content)
    if medium is not None and cue.content is not None:
        cue.content = ctx.clip(cue.content[0], token_end(ctx.doc[medium.i - 1]), token)
    comment = narrator_comment(ctx, cue.content)
    if comment is not None and cue.content is not None:
        cue.content = ctx.clip(cue.content[0], token_end(ctx.doc[comment.i - 1]), token)
    brackets = enclosing_brackets(token)
    if brackets is not None and cue.content is not None:
        # "slid (by March close to 12 percent, X says)": an attribution inside brackets reports what they hold
        opening, closing = brackets
        begin, end = max(cue.content[0], token_end(opening)), min(cue.content[1], closing.idx)
        cue.content = ctx.clip(begin, end, token) if begin < end else None


def narrator_comment(ctx: StatementContext, content: tuple[int, int] | None) -> Token | None:
    """The comma before a closing phrase that is the narrator's comment on what was said, which the parser hung
    inside the reported clause: "said fares would rise, an admission that ...", "said the talks went well,
    despite reports that ...". A noun phrase after a comma that the parser made an object or an adverbial
    noun of the clause's verb, running to the content's end, sums up the words; it is not part of them."""
    words = tokens_in(ctx.doc, *content) if content is not None else None
    if words is None:
        return None
    last = words[-1].i
    for comma in words:
        if comma.text != "," or comma.i + 1 > last or ctx.quotes.at(comma.idx) is not None:
            continue
        after = ctx.doc[comma.i + 1]
        if after.lower_ == "despite" and after.head.pos_ in ("VERB", "AUX") and after.right_edge.i >= last:
            if reported_grounds(after):
                return comma
            continue
        noun = after.head
        if after.lower_ not in INDEFINITE_ARTICLES or noun.pos_ != "NOUN" or noun.right_edge.i < last:
            continue
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in NARRATOR_COMMENT_ROLES or verb.i > comma.i:
            continue
        if interrupted_verb(verb, comma):
            continue
        return comma  # an object does not follow its verb's clause after a comma
    return None


def reported_grounds(despite: Token) -> bool:
    """ ", despite reports that ...", ", despite what the ministry claimed": the phrase sets other people's words
    against what was said, which is the narrator's doing; ", despite her doctor's advice" may be the speaker's."""
    said = [t for t in despite.subtree if t.i > despite.i]
    return any(
        t.lemma_.lower() in NOMINAL_CUES
        or (t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS)
        or (t.dep_ in CLAUSE_MARKERS and t.lower_ == "that")
        or (t.pos_ == "VERB" and reporting_reading(t) is not None)
        for t in said
    )


def interrupted_verb(verb: Token, comma: Token) -> bool:
    """ "had hired, last week, a new lawyer", "had given the crews, after years, a fair deal": the comma closes a
    phrase that opened with a comma after the verb, or the verb has nothing of its own before the comma; the
    noun phrase after it is the verb's real object, not a comment."""
    between = verb.doc[verb.i + 1 : comma.i]
    if not any(not t.is_punct and t.head.i == verb.i for t in between):
        return True
    opening = next((t for t in reversed(between) if t.text == ","), None)
    if opening is None:
        return False
    inner = list(verb.doc[opening.i + 1 : comma.i])
    heads = {t.i for t in inner if t.head.i == verb.i}
    return len(heads) == 1 and all(t.head.i == verb.i or any(a.i in heads for a in t.ancestors) for t in inner)


def enclosing_brackets(verb: Token) -> tuple[Token, Token] | None:
    """The round brackets around ``verb`` within its sentence, when there are any."""
    sent = verb.sent
    opening = next((t for t in reversed(verb.doc[sent.start : verb.i]) if t.text in "()"), None)
    closing = next((t for t in verb.doc[verb.i + 1 : sent.end] if t.text in "()"), None)
    if opening is None or closing is None or opening.text != "(" or closing.text != ")":
        return None
    return opening, closing


def trailing_medium(ctx: StatementContext, content: tuple[int, int] | None) -> Token | None:
    """ "condemned the attack in a joint statement": a phrase closing a noun object that names the statement,
    speech or interview the words were said in is how they were said, which the parser hung on the noun.
    Returns its preposition. Only for a noun phrase, as with a closing day."""
    words = tokens_in(ctx.doc, *content) if content is not None else None
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    last = words[-1]
    while last.is_punct and last.i > words[0].i:
        last = ctx.doc[last.i - 1]
    for prep in words:
        if prep.dep_ not in PREPOSITIONS or prep.lower_ not in MEDIUM_PREPOSITIONS or prep.i <= words[0].i + 1:
            continue
        said_in = next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS), None)
        if said_in is None or prep.right_edge.i != last.i or not is_kind(said_in, SAYING_VEHICLES):
            continue
        # "in a statement", "in her speech" introduce a new piece; "the changes in the report" may be its content
        if any(c.dep_ in POSSESSORS or c.lower_ in INDEFINITE_ARTICLES for c in said_in.children):
            return prep
    return None


def trailing_time(ctx: StatementContext, content: tuple[int, int] | None) -> list[Token]:
    """ "announced the move on Wednesday": a day closing a noun object is when it was said, which the parser hung
    on the noun. Only for a noun phrase: a clause's own day is part of what was said ("said the vote is on May 2")."""
    words = tokens_in(ctx.doc, *content) if content is not None else None
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words):
        return []
    last = words[-1]
    if last.ent_type_ not in TIME_ENTITIES:
        return []
    start = last.i
    while start > words[0].i and ctx.doc[start].ent_iob_ != "B" and ctx.doc[start - 1].ent_type_ == last.ent_type_:
        start -= 1
    before = ctx.doc[start - 1]
    if before.lower_ == "of":
        return []  # "cited the losses of the past decade": the time is part of the noun phrase, not when it was said
    if before.i > words[0].i and before.lower_ in ("on", "in", "at") and before.pos_ == "ADP":
        start -= 1
    if start <= words[0].i + 1:
        return []  # nothing but the day (and a word): no noun phrase left to be what was said
    return list(ctx.doc[start : last.i + 1])


def leading_time(ctx: StatementContext, verb: Token, content: tuple[int, int] | None) -> list[Token]:
    """ "said on Thursday the government ...": a day right after the verb that the parser put into the clause
    is when it was said, not part of what was said. Only when the clause goes on after it."""
    if content is None or verb.i + 1 >= len(ctx.doc) or content[0] != ctx.doc[verb.i + 1].idx:
        return []
    at = verb.i + 1
    phrase: list[Token] = []
    if ctx.doc[at].lower_ in ("on", "late", "early") and ctx.doc[at].pos_ == "ADP":
        phrase.append(ctx.doc[at])
        at += 1
    while at < len(ctx.doc) and ctx.doc[at].ent_type_ in TIME_ENTITIES and ctx.doc[at].ent_iob_ != "O":
        if phrase and phrase[-1].ent_type_ in TIME_ENTITIES and ctx.doc[at].ent_iob_ == "B":
            break
        phrase.append(ctx.doc[at])
        at += 1
    if not any(t.ent_type_ in TIME_ENTITIES for t in phrase) or at >= len(ctx.doc):
        return []
    following = ctx.doc[at]
    if following.tag_ == "POS" or following.is_punct or token_end(following) > content[1]:
        return []  # "said Thursday's vote ...": the day belongs to the clause's subject
    return phrase


def name_before(ctx: StatementContext, verb: Token) -> tuple[Token | None, str | None]:
    """A speaker named right before a main verb the parser left without a subject.

    'In a post on X, her aide, Jane Roe, wrote that ...': the parser may hang the name on the place phrase.
    'Jane Roe, the fund's treasurer, said ...', '"...," Jane Roe, holding a sign, said': an aside set off by
    commas may stand between the speaker and the verb; the noun before it is the subject.
    """
    previous = verb.i - 1
    while previous >= verb.sent.start and (ctx.doc[previous].is_punct or ctx.doc[previous].pos_ == "ADV"):
        previous -= 1
    if previous < verb.sent.start:
        return None, None
    name = ctx.doc[previous]
    while name.dep_ in CONJUNCTS and name.head.pos_ == "PROPN" and name.head.i < name.i:
        # '"...", Jane Roe, John Doe and Ann Poe said': the parser may hang the list inside the reported clause;
        # its first name heads it, and the whole list is the subject to cut off the content
        name = name.head
    if name.pos_ == "PROPN":
        speaker = ctx.resolver.resolve(name, create=False)
        if speaker is not None:
            return name, speaker
    head = noun_before_aside(ctx, verb) or noun_before_relative(ctx, verb)
    if head is None:
        return None, None
    speaker = None if is_pronoun(head) else ctx.resolver.resolve(head, create=False)
    return head, speaker


def noun_before_relative(ctx: StatementContext, verb: Token) -> Token | None:
    """ "Jane Roe, meanwhile, who chairs the board, said ...": the parser may hang the relative clause's verb on
    the main verb and leave that verb without a subject. The noun before "who" is the subject, when the clause
    "who" opens closes with the comma right before the verb."""
    doc = ctx.doc
    comma = verb.i - 1
    if comma <= verb.sent.start or doc[comma].text != "," or has_child(verb, SUBJECTS):
        return None
    who = next((t for t in doc[verb.sent.start : comma] if t.lower_ == "who" and t.tag_ == "WP"), None)
    if who is None or who.head.right_edge.i != comma - 1 or who.head.head.i != verb.i:
        return None
    noun = doc[who.i - 1]
    while noun.i > verb.sent.start and (noun.is_punct or noun.pos_ == "ADV"):
        noun = doc[noun.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN") or ctx.in_closed_quote(noun.idx):
        return None
    return noun


def noun_before_aside(ctx: StatementContext, verb: Token) -> Token | None:
    """The noun ending the phrase before ", ASIDE," right before ``verb``, when the aside is short
    (`MAX_ASIDE_SPAN`), the noun is no prepositional object, and the verb has no subject of its own."""
    doc = ctx.doc
    comma = verb.i - 1
    while comma >= verb.sent.start and doc[comma].pos_ == "ADV":
        comma -= 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return None
    opening = next(
        (i for i in range(comma - 1, max(verb.sent.start, comma - MAX_ASIDE_SPAN) - 1, -1) if doc[i].text == ","),
        None,
    )
    if opening is None or opening - 1 < verb.sent.start or opening + 1 >= comma:
        return None
    noun = doc[opening - 1]
    while noun.is_punct and noun.i > verb.sent.start and ctx.quotes.at(noun.idx) is not None:
        noun = doc[noun.i - 1]  # '"...," Jane Roe, ...': not the quotation's closing marks
    if noun.pos_ not in ("PROPN", "NOUN", "PRON") or ctx.in_closed_quote(noun.idx):
        return None
    if noun.dep_ in PREPOSITION_OBJECTS or any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return None  # "In the town of X, ..., said": a place phrase, not a speaker
    return noun


def after_closing_quote(ctx: StatementContext, token: Token) -> bool:
    """The word follows a quotation directly: '"...", said X' / '"..." added X'."""
    at = token.idx
    while at > 0 and ctx.text[at - 1] in " ,":
        at -= 1
    quote = ctx.quotes.at(at - 1) if at > 0 else None
    return quote is not None and quote.end == at


def attribution_end_of(ctx: StatementContext, cue: Token, subject: Token | None) -> int:
    last = cue
    if subject is not None and subject.i > cue.i:
        last = subject.right_edge
        # '"...," said X, who added that ...': the relative clause is an attribution of its own, not part of
        # this one, so a quotation after it does not continue the first.
        reporting = [t for t in subject.subtree if t.dep_ in RELATIVE_CLAUSES and reporting_reading(t) is not None]
        if reporting:
            last = ctx.doc[min(t.left_edge.i for t in reporting) - 1]
            while last.i > subject.i and (last.is_punct or last.is_space):
                last = ctx.doc[last.i - 1]
    return last.idx + len(last.text)


def according_cue(ctx: StatementContext, token: Token) -> Cue | None:
    """ "According to X, ...": X speaks the rest of the sentence, before and after the phrase."""
    to = ctx.doc[token.i + 1]
    source = next((c for c in to.children if c.dep_ in PREPOSITION_OBJECTS), None)
    if source is None:
        return None
    speaker = ctx.resolver.resolve(source, create=False)
    phrase_end = source.right_edge
    span = ctx.span(token.idx, token_end(to))
    cue = Cue(token, span, "according to", speaker, token_end(phrase_end), speaker_head=source)
    skip_to = take_quoting_participle(ctx, cue, phrase_end)
    words = [t for t in token.sent if (t.i < token.i or t.i > skip_to.i) and not (t.is_punct or t.is_space)]
    if not words:
        return None
    cue.content = ctx.extend_over_quotes(words[0].idx, token_end(words[-1]))
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    return cue


def separate_nested(ctx: StatementContext, cues: list[Cue]) -> None:
    """ "X said A, with Y reporting B": A ends where Y's attribution begins."""
    # Only an absolute clause with its own subject can be inner: "with the paper reporting ...".
    absolute = [c for c in cues if c.token.tag_ == "VBG" and any(t.dep_ in ACTIVE_SUBJECTS for t in c.token.children)]
    for outer in cues:
        for inner in absolute:
            if outer.content is None:
                break
            token = inner.token
            if inner is outer:
                continue
            if inner.speaker is not None and inner.speaker == outer.speaker:
                continue
            if not outer.content[0] < token.idx < outer.content[1] or ctx.in_closed_quote(token.idx):
                continue
            root = token
            while (
                root.dep_ in PREPOSITIONAL_CLAUSES
                and root.head.dep_ in PREPOSITIONS
                and root.head.idx > outer.content[0]
            ):
                root = root.head
            cut = root.left_edge.idx
            if outer.content[0] < cut:
                outer.content = ctx.clip(outer.content[0], cut, outer.token)
