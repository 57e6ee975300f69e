"""What a reporting verb said: the complement clause or object the parse gives it."""

from __future__ import annotations

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ACTIVE_AUXILIARIES,
    ADJECTIVE_COMPLEMENTS,
    ADVERBIAL_CLAUSES,
    ADVERBIAL_MODIFIERS,
    CLAUSE_COMPLEMENTS,
    CLAUSE_MARKERS,
    COORDINATORS,
    DIRECT_OBJECTS,
    INTERJECTIONS,
    NOUN_COMPLEMENTS,
    OPEN_COMPLEMENTS,
    PARENTHETICALS,
    POSSESSORS,
    PREDICATE_COMPLEMENTS,
    PREPOSITION_CLAUSES,
    PREPOSITION_OBJECTS,
    RELATIVE_CLAUSES,
    SUBJECTS,
    UNLABELLED,
    has_child,
)
from kgingest.extract.lexicon import (
    ADDRESSEE_VERBS,
    CLAUSE_PREPOSITIONS,
    COLLECTIVE_NOUNS,
    CONTENT_PREPOSITIONS,
    DOCUMENT_NOUNS,
    NAMING_VERBS,
    NOMINAL_CUES,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASAL_CUES,
    TOPIC_OF_VERBS,
    Frame,
    word_set,
)
from kgingest.extract.quotes import Quote
from kgingest.extract.speakers.grammar import is_kind
from kgingest.extract.statements.context import StatementContext
from kgingest.extract.statements.syntax import (
    ATTACHMENT_HOPS,
    as_attribution_host,
    clause_before,
    clause_on_document,
    comma_attribution,
    cut_before_coordinated,
    inverted_parenthetical,
    is_time,
    leading_attribution,
    marking_particle,
    nominal_topic,
    parallel_attribution,
    parenthetical,
    quotation_of_participle,
    quoted_after,
    speaker_mention,
    split_subject_clause,
    subject_of,
    that_clause_with_subject,
    token_end,
    trailing_participle,
)

# Verbs of writing whose object may be the piece ("wrote a column"), and the nouns for such pieces.
WRITING_CUES = word_set("reporting", "WRITING_CUES")
WRITTEN_PIECES = word_set("reporting", "WRITTEN_PIECES") | DOCUMENT_NOUNS
STATEMENT_PROFORMS = word_set("reporting", "STATEMENT_PROFORMS")
ADVERBIAL_SUBORDINATORS = word_set("reporting", "ADVERBIAL_SUBORDINATORS")
WH_CLAUSE_VERBS = word_set("reporting", "WH_CLAUSE_VERBS")
THING_OR_ADDRESSEE_VERBS = word_set("reporting", "THING_OR_ADDRESSEE_VERBS")
DIRECTIVE_VERBS = word_set("reporting", "DIRECTIVE_VERBS")
TOLD_PIECES = word_set("reporting", "TOLD_PIECES")
CLAUSE_PROFORMS = word_set("reporting", "CLAUSE_PROFORMS")
FIRST_PERSON_OBJECTS = word_set("reporting", "FIRST_PERSON_OBJECTS")
LIKENING_VERBS = word_set("reporting", "LIKENING_VERBS")
QUESTION_ASKING_VERBS = word_set("reporting", "QUESTION_ASKING_VERBS")
# entity types of a name that belongs to the phrase before "of" ("Ann Roe of the navy"), not a topic
NAME_ENTITY_TYPES = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")


def content_of(ctx: StatementContext, verb: Token, frame: Frame) -> tuple[int, int] | None:
    """Offsets of what was said, read off the verb's complements."""
    before = clause_before(verb)
    if before is not None:
        return ctx.clip(before.left_edge.idx, token_end(before.right_edge), verb)
    split = split_subject_clause(verb)  # "The fix, she told them, was simple"
    if split is not None:
        return ctx.clip(split[0].left_edge.idx, token_end(split[1].right_edge), verb)
    chosen = content_heads(ctx, verb, frame)
    named = verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ in PREDICATE_COMPLEMENTS for c in chosen)
    which = any(c.dep_ in DIRECT_OBJECTS and c.lower_ == "which" for c in verb.children)
    if which and verb.dep_ in RELATIVE_CLAUSES and not named:
        antecedent = verb.head  # "..., which the ministry denies": the content is what "which" stands for
        return (antecedent.left_edge.idx, token_end(antecedent))
    if frame is Frame.QUOTE:
        chosen = [c for c in chosen if ctx.mostly_quoted(c)]
    hung = verb.dep_ in PARENTHETICALS or comma_attribution(verb)
    if not chosen and frame is not Frame.QUOTE and leading_attribution(verb):
        return clause_around(ctx, verb, verb.head)
    if not chosen and frame is not Frame.QUOTE and (parenthetical(verb) or inverted_parenthetical(verb)):
        # "If the margin is small, the campaign said, it may not ...": an attribution inside the clause it
        # reports; the whole clause is what was said.
        return ctx.clip(verb.head.left_edge.idx, sentence_end_after(ctx, verb.right_edge, verb.head.right_edge), verb)
    if not chosen and hung and verb.head.i < verb.i and frame is not Frame.QUOTE:
        # "The sides remain apart, the sources said, speaking ...": the parser hung the attribution on the
        # reported clause; that clause, up to the attribution, is the content.
        return ctx.clip(verb.head.left_edge.idx, verb.left_edge.idx, verb)
    host = as_attribution_host(verb) if not chosen and frame is not Frame.QUOTE else None
    if host is not None:
        return clause_around(ctx, verb, host)
    if not chosen:
        clause = clause_after(ctx, verb) if frame is not Frame.QUOTE else None
        if clause is None:
            return None
        chosen = [clause]
    beside = [c for c in chosen if parallel_attribution(c, chosen[0])]
    chosen = [c for c in chosen if c not in beside]
    begin = min(c.left_edge.idx for c in chosen)
    if begin < verb.idx:
        # "the deal, which X said was unfair": the relative pronoun opening the said clause stands before the
        # speaker and cue, which are no part of what was said
        after = [t.idx for c in chosen for t in c.subtree if t.i > verb.i]
        if not after:
            return None  # "ignored what she asked for": "what" is all there is, and it stands before the cue
        begin = min(after)
    particle = marking_particle(verb)
    if particle is not None and begin == particle.idx:
        begin = ctx.doc[particle.i + 1].idx  # the particle is part of the cue, not of what was said
    end = cut_before_coordinated(chosen, verb, max(token_end(c.right_edge) for c in chosen))
    for clause in beside:
        cut = clause.left_edge
        while cut.i > verb.i + 1 and (ctx.doc[cut.i - 1].dep_ in COORDINATORS or ctx.doc[cut.i - 1].is_punct):
            cut = ctx.doc[cut.i - 1]
        end = min(end, cut.idx)
    if verb.lemma_.lower() in NAMING_VERBS:
        end = max(end, name_given_end(ctx, chosen))
    stray = stray_object(verb, chosen)
    if stray is not None:
        end = max(end, token_end(stray.right_edge))
    return ctx.clip(begin, end, verb)


def stray_object(verb: Token, chosen: list[Token]) -> Token | None:
    """ "said the fleet had lost, in a single night, a third of its boats": the reported verb is followed by a
    comma and has no object of its own, and the parser hung its real object, after a phrase set off by commas,
    on the reporting verb. Returns that noun."""
    if len(chosen) != 1 or chosen[0].pos_ not in ("VERB", "AUX"):
        return None
    clause = chosen[0]
    doc = verb.doc
    if clause.i + 1 >= len(doc) or doc[clause.i + 1].text != "," or has_child(clause, DIRECT_OBJECTS):
        return None
    last = clause.right_edge
    for noun in verb.rights:
        if noun.i > last.i and noun.dep_ in UNLABELLED and noun.pos_ == "NOUN" and noun.left_edge.i - 1 == last.i:
            return noun if last.text == "," else None
    return None


def clause_around(ctx: StatementContext, verb: Token, host: Token) -> tuple[int, int] | None:
    """The clause ``host`` without the attribution ``verb`` hangs on it: the words after an attribution that
    opens it, before one that closes it, or the whole clause around one inside it."""
    aside_begin, aside_end = verb.left_edge, verb.right_edge
    end = sentence_end_after(ctx, aside_end, host.right_edge)
    if aside_begin.i <= host.left_edge.i:
        return ctx.clip(token_end(aside_end), end, verb)
    rest = ctx.doc[aside_end.i + 1 : host.right_edge.i + 1]
    if all(t.is_punct or t.is_space for t in rest):
        return ctx.clip(host.left_edge.idx, aside_begin.idx, verb)
    return ctx.clip(host.left_edge.idx, end, verb)


def sentence_end_after(ctx: StatementContext, start: Token, last: Token) -> int:
    """The end of the clause that runs from ``start`` to ``last``, or the first full stop after ``start`` outside
    quotation marks when the parser ran a next sentence into it ('Time, he added, was short. "We go," he said')."""
    for word in ctx.doc[start.i + 1 : last.i]:
        if word.text in (".", "!", "?") and ctx.quotes.at(word.idx) is None:
            following = ctx.doc[word.i + 1]
            if following.is_space or following.tag_ in ("``", "''") or following.is_title:
                return token_end(word)
    return token_end(last)


def told_by_someone(verb: Token) -> bool:
    """A person or organization tells a story; "the figures told a tale of decline" is a figure of speech."""
    subject = subject_of(verb)
    return subject is not None and speaker_mention(subject)


def name_given_end(ctx: StatementContext, chosen: list[Token]) -> int:
    """'called her rival "a fraud"': the end of the quoted name given to the object, or 0 when there is none."""
    for obj in chosen:
        mark = quoted_after(obj) if obj.dep_ in DIRECT_OBJECTS else None
        quote = ctx.quotes.at(mark.idx) if mark is not None else None
        if quote is not None and ctx.same_paragraph(obj.idx, quote.end):
            return quote.end
    return 0


def content_heads(ctx: StatementContext, verb: Token, frame: Frame) -> list[Token]:
    """The verb's complements after it that carry what was said, as the frame allows."""
    lemma = verb.lemma_.lower()
    chosen: list[Token] = []
    wrote_piece = lemma in WRITING_CUES and any(
        c.dep_ in DIRECT_OBJECTS and is_kind(c, WRITTEN_PIECES) and not ctx.mostly_quoted(c) for c in verb.rights
    )
    for child in verb.rights:
        dep = child.dep_
        if dep == "ccomp":
            # not "said before adding: '...'": the participle's words
            if (
                not adverbial_clause(child, verb)
                and trailing_participle(child) is None
                and not quotation_of_participle(verb, child)
            ):
                chosen.append(child)
        elif dep in ("oprd", "attr") and frame is Frame.OBJECT:
            chosen.append(child)  # "called the strike 'illegal'"
        elif dep == "xcomp" and frame is not Frame.QUOTE:
            if lemma not in DIRECTIVE_VERBS or asked_infinitive(verb, child):
                chosen.append(child)  # not "requested a delay to gather evidence": a purpose
        elif dep in ("dobj", "dative"):
            quoted = ctx.mostly_quoted(child)
            if nominal_statement(child):
                continue  # "repeated his claim that ...": the noun's own clause is the statement, read off the noun
            if wrote_piece:
                continue  # "wrote a column", "posted a statement": the medium, not what it says
            if child.lower_ in STATEMENT_PROFORMS and not ctx.mostly_quoted(child):
                chosen.append(child)  # "said the same of X", "said no to X": a word standing for what was said
                continue
            if lemma == "tell" and is_kind(child, TOLD_PIECES) and not any_clause(verb) and told_by_someone(verb):
                chosen.append(child)  # "told the story of the flood": a story told is something said
                continue
            if lemma in THING_OR_ADDRESSEE_VERBS and names_a_thing(child) and not any_clause(verb):
                if lemma not in QUESTION_ASKING_VERBS or not question_quoted_before(ctx, verb):
                    chosen.append(child)  # "urged restraint": a thing urged, not a party addressed
                continue
            if quoted or (frame is Frame.OBJECT and lemma not in ADDRESSEE_VERBS and child.lower_ != "which"):
                chosen.append(child)
            elif lemma in ADDRESSEE_VERBS:
                # "advised fishermen that the bay would close": the parser may hang the clause on the addressee
                chosen.extend(c for c in child.rights if c.dep_ in NOUN_COMPLEMENTS and that_clause_with_subject(c))
                chosen.extend(addressee_topic(verb, child))
        elif dep in INTERJECTIONS | ADJECTIVE_COMPLEMENTS and child.lower_ in STATEMENT_PROFORMS:
            chosen.append(child)  # "said yes", "said sorry"
        elif dep in ADVERBIAL_MODIFIERS and child.lower_ in CLAUSE_PROFORMS and not list(child.children):
            chosen.append(child)  # "has said so": "so" stands for the clause said
        elif dep in ADVERBIAL_CLAUSES and child.i > verb.i + 1 and marks(marking_particle(verb), child):
            chosen.append(child)  # "called for the minister to resign": the clause the particle opens
        elif dep in ADVERBIAL_CLAUSES and lemma in DIRECTIVE_VERBS and asked_infinitive(verb, child):
            chosen.append(child)  # "pleaded with the council to keep the ferry": what was asked, not a purpose
        elif dep in ADVERBIAL_CLAUSES and lemma in WH_CLAUSE_VERBS and question_clause(child):
            chosen.append(child)  # "asked the crowd if they would vote": the parser makes the question adverbial
        elif dep == "prep" and child.lower_ in PHRASAL_CUES.get(lemma, ()) and not is_time(child):
            # "pointed to the delay": the preposition is part of the cue, its object is what was said
            chosen.extend(c for c in child.children if c.dep_ in PREPOSITION_OBJECTS | PREPOSITION_CLAUSES)
        elif dep == "prep" and not wrote_piece:
            chosen.extend(prepositional_content(verb, child, frame))
    return chosen


def prepositional_content(verb: Token, prep: Token, frame: Frame) -> list[Token]:
    """What a preposition after the verb carries: itself ("warned of ..."), a clause on its noun, or nothing."""
    allowed = CONTENT_PREPOSITIONS if frame is Frame.OBJECT else CLAUSE_PREPOSITIONS
    # "said of the rival": what "say" and "tell" take after "of" is the topic, not the words
    topic = prep.lower_ == "of" and verb.lemma_.lower() in TOPIC_OF_VERBS
    if prep.lower_ == "of" and any(c.dep_ in DIRECT_OBJECTS and likens(verb, c, prep) for c in verb.children):
        return []  # "reminds me of a sailor": a likeness, no words
    if prep.lower_ in allowed and not is_time(prep) and not topic:
        return [prep]
    if not topic:
        # "said of the idea that ...": the clause on the topic's noun is the topic too, not the words
        return clause_on_document(prep)
    return []


def marks(particle: Token | None, clause: Token) -> bool:
    return particle is not None and particle.head.i == clause.i


def asked_infinitive(verb: Token, clause: Token) -> bool:
    """A to-infinitive with no subject or conjunction of its own after a verb of asking with no thing asked for:
    "pleaded with the council to keep the ferry running", not "requested a delay to gather evidence" (a purpose)."""
    # after a verb of addressing the object is the one asked ("urged the crowd to ..."); after another it is the
    # thing asked for, and the infinitive says what for
    thing_asked = verb.lemma_.lower() not in ADDRESSEE_VERBS
    if thing_asked and any(c.dep_ in DIRECT_OBJECTS and names_a_thing(c) for c in verb.children):
        return False
    marked = any(c.dep_ in CLAUSE_MARKERS for c in clause.children)
    infinitive = any(c.dep_ in ACTIVE_AUXILIARIES and c.lower_ == "to" for c in clause.children)
    return infinitive and not marked and not any(c.dep_ in SUBJECTS for c in clause.children)


def addressee_topic(verb: Token, addressee: Token) -> list[Token]:
    """ "warned the crews about the storm", "reminded her of the promise": the parser hangs what the addressee
    was told about on the addressee. "about" always says what; "of" only after a pronoun or a name, since after a
    common noun it is part of the addressee ("warned the mayor of the town"); not after "tell" ("told her of the
    plan" names a topic, as "told of" does on the verb), not when a name, a body or a people follows a name ("told
    Ann Roe of the navy"), and not when it likens ("reminds me of a sailor")."""
    found = []
    for prep in addressee.rights:
        if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPOSITIONS or is_time(prep):
            continue
        if prep.lower_ == "of" and (
            addressee.pos_ not in ("PRON", "PROPN")
            or verb.lemma_.lower() in TOPIC_OF_VERBS
            or (addressee.pos_ == "PROPN" and names_a_party(prep))
            or likens(verb, addressee, prep)
        ):
            continue
        if any(c.dep_ in PREPOSITION_OBJECTS | PREPOSITION_CLAUSES for c in prep.children):
            found.append(prep)
    return found


def names_a_party(prep: Token) -> bool:
    """ "of Lisbon", "of the port authority", "of all people": after a name, "of" and a name, a body or a people
    say who the named one is, not what they were told about."""
    for noun in (c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS):
        if noun.pos_ == "PROPN" or noun.ent_type_ in NAME_ENTITY_TYPES:
            return True
        if is_kind(noun, ORGANIZATION_NOUNS | PERSON_NOUNS | COLLECTIVE_NOUNS):
            return True
    return False


def likens(verb: Token, addressee: Token, prep: Token) -> bool:
    """ "reminds me of a young sailor": a likening verb, me or us, and a person after "of" liken; "reminded us of
    the risks" reports words."""
    if verb.lemma_.lower() not in LIKENING_VERBS or addressee.lower_ not in FIRST_PERSON_OBJECTS:
        return False
    return any(
        c.dep_ in PREPOSITION_OBJECTS
        and (c.ent_type_ == "PERSON" or is_kind(c, PERSON_NOUNS) or c.lower_ in PERSON_PRONOUNS)
        for c in prep.children
    )


def question_quoted_before(ctx: StatementContext, verb: Token) -> bool:
    """'"Is the pier shut?" she asked the guard': a quoted question closing right before the subject and verb is
    what was asked, so the object after the verb is the one asked, whatever noun names them. Not when the
    quotation is another's, introduced by its own attribution ('Ann said, "Why?" Bo asked a question')."""
    subject = subject_of(verb)
    if subject is None or not subject.i < verb.i:
        return False
    at = subject.left_edge.idx
    while at > 0 and ctx.text[at - 1] in " ,":
        at -= 1
    quote = ctx.quotes.at(at - 1) if at > 0 else None
    if quote is None or quote.end != at or introduced(ctx, quote):
        return False
    return ctx.text[quote.inner.begin : quote.inner.end].rstrip().endswith("?")


def introduced(ctx: StatementContext, quote: Quote) -> bool:
    """'Ann said, "Why?"': a verb, then a comma or colon, right before the quotation's opening mark."""
    mark = ctx.doc.char_span(quote.begin, quote.begin + 1, alignment_mode="expand")
    if mark is None or mark.start < 2:
        return False
    before = ctx.doc[mark.start - 2 : mark.start]
    return len(before) == 2 and before[1].text in (",", ":") and before[0].pos_ in ("VERB", "AUX")


def question_clause(clause: Token) -> bool:
    """A clause opened by "if" or "whether": after a verb of asking, the question asked."""
    return any(c.dep_ in CLAUSE_MARKERS and c.lower_ in ("if", "whether") for c in clause.children)


def clause_after(ctx: StatementContext, verb: Token) -> Token | None:
    """A clause that starts right after the verb but that the parser hung elsewhere ("with X reporting Y will")."""
    if verb.i + 1 >= len(ctx.doc):
        return None
    first = ctx.doc[verb.i + 1]
    found = None
    current = first
    for _ in range(ATTACHMENT_HOPS):
        is_clause = current.pos_ in ("VERB", "AUX") and current.left_edge.i == first.i
        # "conceded shortly after the result was declared": a clause opened by "after", "when", ... says
        # when, not what.
        adverbial = any(
            c.dep_ in CLAUSE_MARKERS and c.lower_ not in ("that", "whether", "if") for c in current.children
        )
        adverbial = adverbial or adverbial_clause(current, verb)
        if is_clause and not adverbial and any(c.dep_ in SUBJECTS for c in current.children):
            found = current
        head = current.head
        if head.i == current.i or head.i <= verb.i or head.left_edge.i < first.i:
            break
        current = head
    return found


def adverbial_clause(clause: Token, verb: Token) -> bool:
    """A clause opened by "as", "while", "when", ... says when or how, not what, however the parser hung it:
    '"...," she said, as a few fighters trained nearby', 'mentioned it when he spoke'. After a verb of asking,
    "when" opens the question asked ("asked when the pier would reopen")."""
    if any(c.dep_ in CLAUSE_MARKERS and c.lower_ in ADVERBIAL_SUBORDINATORS for c in clause.children):
        return True
    first = clause.left_edge
    return (
        first.lower_ in ADVERBIAL_SUBORDINATORS
        and first.tag_ == "WRB"
        and first.head.i == clause.i
        and verb.lemma_.lower() not in WH_CLAUSE_VERBS
    )


def nominal_statement(noun: Token) -> bool:
    """ "his claim that X will pay": a noun for a statement with its that-clause, a statement of its own."""
    if noun.lemma_.lower() not in NOMINAL_CUES:
        return False
    if any(c.dep_ in POSSESSORS for c in noun.children) and nominal_topic(noun) is not None:
        return True  # "repeated her call for a ban": the call, with its owner, is the statement
    return any(c.dep_ in NOUN_COMPLEMENTS and c.i > noun.i and that_clause_with_subject(c) for c in noun.children)


def names_a_thing(noun: Token) -> bool:
    """A common noun that is no person, group or pronoun: "restraint", "a question", not "voters" or "her"."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lower_ == "which":
        return False
    lemma = noun.lemma_.lower()
    return lemma not in PERSON_NOUNS | COLLECTIVE_NOUNS | ORGANIZATION_NOUNS and noun.lower_ not in PERSON_NOUNS


def any_clause(verb: Token) -> bool:
    """The verb has a clause or an infinitive after it ("urged voters to ...", "asked the crowd if ...")."""
    return any(
        c.i > verb.i and (c.dep_ in CLAUSE_COMPLEMENTS | OPEN_COMPLEMENTS or question_clause(c)) for c in verb.children
    )
