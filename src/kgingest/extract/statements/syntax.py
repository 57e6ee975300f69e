"""Parse-tree predicates for reporting: what a verb reports, its subject, its clauses, and the limits they use."""

from __future__ import annotations

from spacy.tokens import Token

from kgingest.extract.actors.patterns import GENERATIONAL
from kgingest.extract.dependencies import (
    ACTIVE_AUXILIARIES,
    ACTIVE_SUBJECTS,
    ADJECTIVE_COMPLEMENTS,
    ADJECTIVES,
    ADVERBIAL_CLAUSES,
    APPOSITIONS,
    AUXILIARIES,
    CLAUSE_COMPLEMENTS,
    CLAUSE_COMPLETERS,
    CLAUSE_MARKERS,
    CONJUNCTS,
    COORDINATORS,
    DETERMINERS,
    DIRECT_OBJECTS,
    FINITE_CLAUSE_ROLES,
    NAME_PARTS,
    NEGATIONS,
    NOUN_CLAUSES,
    NOUN_MODIFIERS,
    NOUN_PARTICIPLES,
    NOUN_PHRASE_LINKS,
    OBJECT_PREDICATES,
    OPEN_COMPLEMENTS,
    PARENTHETICALS,
    PASSIVE_AGENTS,
    PASSIVE_MARKERS,
    POSSESSORS,
    PREDICATE_COMPLEMENTS,
    PREDICATE_NOUNS,
    PREPOSITION_CLAUSES,
    PREPOSITION_LABELS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    ROOTS,
    SUBJECT_SHARING_LINKS,
    SUBJECTS,
    UNLABELLED,
    VERB_OBJECTS,
    has_child,
)
from kgingest.extract.lexicon import (
    ADDRESSEE_VERBS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    MESSAGE_RECIPIENT_VERBS,
    NAMING_VERBS,
    NOT_NAMES,
    OCCASION_NOUNS,
    ORGANIZATION_NOUNS,
    PARTICIPLE_PREPOSITIONS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASAL_CUES,
    PLURAL_PRONOUNS,
    PUBLISHING_VERBS,
    REFUSAL_HEADS,
    RELEASING_VERBS,
    RULING_VERBS,
    SPEAKING_VERBS,
    THING_PRONOUNS,
    Frame,
    verb_frame,
    word_set,
)
from kgingest.extract.speakers.documents import MAKER_PREPOSITIONS, WRITTEN_THROUGH
from kgingest.extract.speakers.grammar import (
    ISSUING_PARTICLES,
    ISSUING_VERBS,
    PASSING_VERBS,
    SPEAKING_PIECES,
    WRITTEN_PIECES,
    is_kind,
)
from kgingest.timex import TIME_ENTITIES

# Verbs whose subject put out the piece that is their object: "ran an ad", "issued a statement", "made remarks".
PIECE_ISSUERS = ISSUING_VERBS | RELEASING_VERBS

# Verbs of causing, whose object does what a to-infinitive after it says: "prompted the mayor to warn ...".
CAUSING_VERBS = word_set("reporting", "CAUSING_VERBS")
WANTING_VERBS = word_set("reporting", "WANTING_VERBS")
# The entity types of a name that can speak: a person, a body, a people, a state.
SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CONTRAST_SUBORDINATORS = word_set("reporting", "CONTRAST_SUBORDINATORS")
# Object pronouns that point back to a thing just named: "slammed the plan, calling it reckless".
OBJECT_PRONOUNS = frozenset({"it", "them"})
# Parts of speech of a word that can stand for someone: "forced the mayor to", "led her to", "asked Roe to".
SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON"})

# Tags of a finite verb: past, present third person, present.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

# Tags of the wh-words that open a question which is not a yes/no question.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})

# Tokens allowed between a quotation and its trailing attribution ('", he later said').
MAX_ATTRIBUTION_GAP_TOKENS = 12
# How far back a colon-introduced quotation may look for its reporting verb.
MAX_INTRODUCER_TOKENS = 40
# Without a colon, only a short run of connectives may separate a cue from its quotation: 'it added; and, later, "'.
MAX_CONNECTIVE_GAP_TOKENS = 8
# "these claims", "the criticism": a pointer back to reported words is a determiner and a noun or two.
MAX_REFERRING_TOKENS = 3
# A bare number after a name is an age below this ("said Jane Roe, 71"), never a year.
MAX_AGE = 130
# Occasions of speaking a participle may hang on: "closed his speech pledging ...".
SPEAKING_OCCASIONS = word_set("reporting", "SPEAKING_OCCASIONS")
# Quantifiers that may float after the noun phrase they count: "the leaders all agreed", "X and Y both said".
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# Opening quotation marks as the tokenizer gives them, and how long an aside after a named object may be.
OPENING_QUOTES = frozenset({'"', "“", "''", "‘", "'", "``"})
MAX_ASIDE_TOKENS = 5
# Determiners that make a description generic: "every resident who ...", "any voter who ...".
GENERIC_DETERMINERS = frozenset({"every", "any", "all", "no", "each", "anyone", "whoever"})
# Nominal cues whose "of" or "for" phrase is what was said: "her promise of lower fares", "his call for a ban".
NOMINAL_CUES_OF = word_set("reporting", "NOMINAL_CUES_OF")
NOMINAL_CUES_FOR = word_set("reporting", "NOMINAL_CUES_FOR")
# Bounds on climbing the parse from a word towards the root: the relations read here are local, so a word
# further up belongs to another clause.
SUBJECT_HOPS = 4
ANTECEDENT_HOPS = 6
ATTACHMENT_HOPS = 8


def token_end(token: Token) -> int:
    return token.idx + len(token.text)


def reporting_reading(token: Token) -> tuple[str, Frame, Token] | None:
    """How ``token`` reads as a reporting word: its cue lemma ("call for" for a phrasal verb), its frame, and the
    last word of the cue (the particle of a phrasal verb); None when it is no reporting verb."""
    if (token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD") and not verb_tagged_as_noun(token):
        return None
    lemma = token.lemma_.lower()
    frame = verb_frame(lemma)
    if frame is None and lemma in FINDING_VERBS and document_finding(token):
        frame = Frame.CLAUSE
    if lemma in RULING_VERBS and has_that_clause(token):
        return lemma, Frame.CLAUSE, token
    if lemma in PHRASAL_CUES:
        # "called X on Friday" is no "call on"
        particle = next(
            (c for c in token.rights if c.lower_ in PHRASAL_CUES[lemma] and not is_time(c) and next_to(token, c)),
            None,
        )
        particle = particle or marking_particle(token)
        if particle is not None:
            return f"{lemma} {particle.lower_}", Frame.OBJECT, particle
        if lemma in NAMING_VERBS and names_something(token):
            return lemma, Frame.OBJECT, token  # "called the strike 'illegal'": a characterisation is a statement
    # "warned that ..." is a cue without its particle too; "called" and "pointed" are not
    return (lemma, frame, token) if frame is not None else None


def verb_tagged_as_noun(token: Token) -> bool:
    """ "The union leader pledges to keep the ferry running": a present tense the tagger took for a plural noun,
    though the parser gave it a subject before it and a clause after it, as only a verb has."""
    if token.tag_ != "NNS" or token.dep_ not in ROOTS:
        return False
    subject = any(c.dep_ in ACTIVE_SUBJECTS and c.i < token.i for c in token.children)
    return subject and any(c.dep_ in CLAUSE_COMPLEMENTS | OPEN_COMPLEMENTS and c.i > token.i for c in token.children)


def marking_particle(verb: Token) -> Token | None:
    """ "called for the minister to resign": the parser may make the particle the marker of the clause after it."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        after is None
        or after.lower_ not in PHRASAL_CUES.get(verb.lemma_.lower(), ())
        or after.dep_ not in CLAUSE_MARKERS
    ):
        return None
    return after if after.head.head.i == verb.i and after.head.dep_ in ADVERBIAL_CLAUSES else None


def next_to(verb: Token, particle: Token) -> bool:
    """The particle of a phrasal verb: tagged so, or with nothing but adverbs between ("called repeatedly for").
    'called the timetable "a step forward on safety"' has no "call on"."""
    between = verb.doc[verb.i + 1 : particle.i]
    return particle.dep_ == "prt" or all(t.pos_ == "ADV" for t in between)


def is_act_of_saying(verb: Token) -> bool:
    """The verb asserts that something was said: not negated, passive, refused, or a property ("known for")."""
    if negated(verb) or passive(verb) or addressed_participle(verb) or asked_about(verb):
        return False
    if verb.dep_ in OPEN_COMPLEMENTS and verb.head.lemma_.lower() in REFUSAL_HEADS:
        return False
    if wished_infinitive(verb):
        return False
    # "barred from claiming", "known for saying": not an act of saying here; nor the doer of a passive verb
    # ("was angered by hearing"), which "by" introduces too
    if verb.dep_ in PREPOSITION_CLAUSES and verb.head.dep_ in PASSIVE_AGENTS:
        return False
    if verb.dep_ in PREPOSITION_CLAUSES and free_relative(verb):
        return True  # "rests on what he said is a fair price": a clause, not a gerund ("known for saying")
    return not (verb.dep_ in PREPOSITION_CLAUSES and verb.head.lower_ not in PARTICIPLE_PREPOSITIONS)


def wished_infinitive(verb: Token) -> bool:
    """ "wanted Roe to say ...", "expected Roe to announce ...": a to-infinitive with a subject of its own after a
    verb of wanting says what was wished for, not what was said. Not after a verb of causing ("got Roe to admit
    ...": the saying took place) nor of letting ("allowed Roe to say ...": annotators take it as said)."""
    if verb.dep_ not in CLAUSE_COMPLEMENTS or verb.head.i == verb.i or verb.head.lemma_.lower() not in WANTING_VERBS:
        return False
    to = any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)
    return to and any(c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i for c in verb.children)


def free_relative(verb: Token) -> bool:
    """ "what X called Y", "what X said was Y": a finite verb with a subject of its own whose object, or the
    subject of whose clause, is "what" standing for the thing the speaker's words name."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not has_child(verb, ACTIVE_SUBJECTS):
        return False
    if any(c.dep_ in DIRECT_OBJECTS and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return True
    clauses = [c for c in verb.rights if c.dep_ in CLAUSE_COMPLEMENTS]
    return any(s.dep_ in SUBJECTS and s.lower_ == "what" and s.i < verb.i for c in clauses for s in c.children)


def asked_about(verb: Token) -> bool:
    """An inverted question ("Has the union announced it?") asks about an act of saying; it reports none."""
    last = verb.sent[-1]
    while last.i > verb.sent.start and (last.is_space or last.tag_ in ("''", "``", "-RRB-")):
        last = verb.doc[last.i - 1]
    if last.text != "?" or verb.i > last.i:
        return False
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    if first is not None and first.tag_ in WH_TAGS:
        return False  # "Why did he say the port would close?" takes the saying as given and asks about it
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
    return subject is not None and any(c.dep_ in ACTIVE_AUXILIARIES and c.i < subject.i for c in verb.children)


def used_as_adjective(verb: Token) -> bool:
    """A participle modifying a noun ("the stated aim") rather than reporting."""
    if verb.dep_ in NOUN_MODIFIERS:
        return True
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ACTIVE_AUXILIARIES for c in verb.children)
        and verb.dep_ not in FINITE_CLAUSE_ROLES
        and not misread_main_verb(verb)
    )


def misread_main_verb(verb: Token) -> bool:
    """ "The ministers condemned in the strongest terms the attack": a sentence whose subject is a plural noun and
    whose verb is split from its object may be read as one noun phrase with a participle ("the ministers
    [who were] condemned"). A participle on a noun that heads the whole sentence, after it, with a direct object or
    clause of its own is that sentence's verb: a passive participle takes no object ("the ministers condemned by
    the court")."""
    noun = verb.head
    if verb.dep_ not in NOUN_PARTICIPLES or noun.dep_ not in ROOTS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i > verb.i or any(c.dep_ in PASSIVE_AGENTS for c in verb.children):
        return False
    return any(c.dep_ in DIRECT_OBJECTS | CLAUSE_COMPLEMENTS and c.i > verb.i for c in verb.children)


def is_time(prep: Token) -> bool:
    """The phrase holds a date or time: it says when, not what."""
    return any(t.ent_type_ in TIME_ENTITIES for t in prep.subtree)


def negated(verb: Token) -> bool:
    if any(c.dep_ in NEGATIONS and not quoted_before(c, verb) for c in verb.children):
        return True
    return any(c.dep_ in ACTIVE_AUXILIARIES and c.lower_ in ("never",) for c in verb.children)


def quoted_before(word: Token, verb: Token) -> bool:
    """'"Certainly not," she said': a word ahead of the verb with a closing quotation mark between them is part of
    what was said, however the parser hung it."""
    return word.i < verb.i and any(t.tag_ == "''" for t in verb.doc[word.i + 1 : verb.i])


def passive(verb: Token) -> bool:
    """A passive verb: with a passive subject or auxiliary, or a bare participle with a doer ("as reported by X")."""
    if any(c.dep_ in PASSIVE_MARKERS for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in PASSIVE_AGENTS for c in verb.children)


def coordinated_reporting_verb(verb: Token) -> Token | None:
    """The reporting verb ``verb`` is really coordinated with, when the parser hung it inside that verb's clause.

    'X said the officers would "stand with Y" and promised that ...': the parser makes "promised" a conjunct of
    "stand", but a reporting verb in the tense of "said", not of the reported clause, continues the sentence's
    main clause, so it shares the subject of "said".
    """
    trailing = trailing_participle(verb)
    if trailing is not None:
        return trailing
    if verb.dep_ not in CONJUNCTS or any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children) or not reporting_word(verb):
        return None
    clause = verb.head
    matrix = clause.head
    if clause.dep_ in NOUN_PARTICIPLES and matrix.dep_ in DIRECT_OBJECTS and matrix.head.i != matrix.i:
        matrix = matrix.head  # "rejected claims that X had been mishandled and said ...": the clause on the noun
    elif clause.dep_ not in CLAUSE_COMPLEMENTS:
        return None
    if matrix.i >= clause.i or verb_frame(matrix.lemma_) is None:
        return None
    modal = any(c.tag_ == "MD" for c in clause.children)
    if verb.tag_ == matrix.tag_ and (verb.tag_ != clause.tag_ or modal or not can_speak(clause)):
        return matrix
    # "said the firm was focused on X and noted that Y": a second verb of saying in the tense of the first, with
    # a clause of its own, goes on reporting the first speaker, unless the reported clause is itself about
    # saying ("said the engineers argued with the crew and warned that ...": the engineers warned).
    own_clause = any(c.dep_ in CLAUSE_COMPLEMENTS and c.i > verb.i for c in verb.children)
    if verb.tag_ == matrix.tag_ and own_clause and verb_frame(clause.lemma_) is None:
        return matrix
    # "says the goal is to cut costs, but conceded that ...": news may change the tense of its reporting verbs, but
    # a finite verb of saying with a clause of its own, in a tense other than the reported clause's, is not that
    # clause's second verb
    finite = {verb.tag_, matrix.tag_, clause.tag_} <= FINITE_TAGS
    if finite and own_clause and verb.tag_ != clause.tag_ and verb_frame(clause.lemma_) is None:
        return matrix
    return None


def trailing_participle(verb: Token) -> Token | None:
    """The reporting verb whose speaker goes on in a participle after the clause it reported.

    "X said the pier will reopen, insisting that the repairs were cheap": the parser hangs "insisting" on the
    reported clause, but a participle of saying set off by a comma at its end describes the act of reporting,
    so it is the speaker's, and the reported clause ends before it. The parser may also make the participle a
    second complement of the reporting verb ('said the port was "finished," warning that ...').
    """
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not reporting_word(verb) or not after_comma(verb.left_edge):
        return None
    holder = naming_the_object_back(verb)
    if holder is not None:
        return holder
    if verb.dep_ in CLAUSE_COMPLEMENTS:
        matrix = verb.head
        reported = any(c.dep_ in CLAUSE_COMPLEMENTS and matrix.i < c.i < verb.i for c in matrix.children)
        return matrix if reported and reporting_word(matrix) else None
    if verb.dep_ not in ADVERBIAL_CLAUSES:
        return None
    clause = verb.head
    matrix = clause.head
    if clause.dep_ not in CLAUSE_COMPLEMENTS or matrix is clause or not matrix.i < clause.i < verb.i:
        return None
    return matrix if reporting_word(matrix) and not reporting_word(clause) else None


def naming_the_object_back(verb: Token) -> Token | None:
    """'X rejected the complaint lodged by Y accusing Z, calling it "absurd"': a participle set off by a comma whose
    object is a pronoun standing for the main verb's object is the main verb's subject's act, however deep in that
    object the parser hung it. The verb the object belongs to, or None."""
    if not any(c.dep_ in DIRECT_OBJECTS and c.lower_ in OBJECT_PRONOUNS for c in verb.children):
        return None
    token = verb.head
    for _ in range(ATTACHMENT_HOPS):
        if token.dep_ in DIRECT_OBJECTS:
            matrix = token.head
            subject = has_child(matrix, ACTIVE_SUBJECTS)
            return matrix if subject and matrix.i < token.i < verb.i else None
        if token.dep_ not in NOUN_PARTICIPLES | ADVERBIAL_CLAUSES | CLAUSE_COMPLEMENTS or token.head.i == token.i:
            return None
        token = token.head
    return None


def set_off_participle(verb: Token) -> bool:
    """ "X, saying the vote was rigged, demanded ...": a participle set off after a noun, which the parser may label
    a relative clause though it has no relative word, describes the noun's act."""
    if verb.dep_ not in RELATIVE_CLAUSES or verb.tag_ != "VBG" or not after_comma(verb.left_edge):
        return False
    return verb.head.pos_ in ("NOUN", "PROPN") and not has_child(verb, SUBJECTS)


def after_comma(word: Token) -> bool:
    """A comma right before the word, or before the closing quotation marks right before it ('"finished," adding')."""
    at = word.i - 1
    while at > 0 and word.doc[at].tag_ == "''":
        at -= 1
    return at >= 0 and at < word.i and word.doc[at].text == ","


def reporting_word(verb: Token) -> bool:
    """A verb the reporting lexicon knows, by its lemma alone ("call" for "call for" and "called it X")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (verb_frame(lemma) is not None or lemma in PHRASAL_CUES or lemma in NAMING_VERBS)


def can_speak(clause: Token) -> bool:
    """The clause's subject could be the one who said something: a name, a pronoun, or a noun for people or
    organizations. "said the tone was hawkish and predicted ...": a tone predicts nothing, so the speaker did."""
    subject = next((c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS), None)
    if subject is None or subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in SPEAKER_ENTITY_TYPES:
        return True
    lemma = subject.lemma_.lower()
    speaking_nouns = PERSON_NOUNS | ORGANIZATION_NOUNS | COMPANY_NOUNS | COLLECTIVE_NOUNS | DOCUMENT_NOUNS
    return lemma in speaking_nouns or subject.lower_ in speaking_nouns


def cut_before_coordinated(tokens: list[Token], verb: Token, end: int) -> int:
    """End a content span before a reporting verb coordinated with ``verb`` ("... and promised that ...")."""
    for child in tokens:
        for token in child.subtree:
            matrix = coordinated_reporting_verb(token) if token.i > verb.i else None
            # a verb of an outer clause's speaker ends this content too ("a complaint accusing Z, calling it ...")
            if (matrix is not None and matrix.i <= verb.i) or parallel_attribution(token, child):
                cut = token.left_edge
                previous = token.doc[cut.i - 1] if cut.i > 0 else cut
                while previous.i > child.left_edge.i and (previous.dep_ in COORDINATORS or previous.is_punct):
                    cut, previous = previous, token.doc[previous.i - 1]
                end = min(end, cut.idx)
    return end


def parallel_attribution(token: Token, clause: Token) -> bool:
    """ "many said they were very tired, and more than half said the mayor ...": a reporting verb with a subject
    of its own coordinated with the reported clause (or, as the parser may have it, a second complement after
    "and") is another attribution beside it, not part of it."""
    if token.i <= clause.i or not any(c.dep_ in ACTIVE_SUBJECTS for c in token.children):
        return False
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else token
    coordinated = token.dep_ in CONJUNCTS or (token.dep_ in CLAUSE_COMPLEMENTS and before.dep_ in COORDINATORS)
    return (coordinated or contrasting(token)) and reporting_reading(token) is not None and is_act_of_saying(token)


def contrasting(token: Token) -> bool:
    """ "argued A, while Y said B": a clause of contrast opened by "while" or "whereas" sets its words beside A."""
    # a comma sets the contrast off; without one the clause tells when ("would resume while the review continues")
    return token.dep_ in ADVERBIAL_CLAUSES and any(
        c.dep_ in CLAUSE_MARKERS and c.lower_ in CONTRAST_SUBORDINATORS and c.i > 0 and c.doc[c.i - 1].text == ","
        for c in token.children
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, inherited from the clause it hangs on when it has none of its own."""
    token = coordinated_reporting_verb(verb) or verb
    for _ in range(SUBJECT_HOPS):
        # "Her co-star ...": the parser may split a hyphenated noun into several subjects; the last is the head.
        subject = next((c for c in reversed(list(token.lefts)) if c.dep_ in ACTIVE_SUBJECTS), None)
        subject = named_before_suffix(subject) if subject is not None else None
        subject = subject or next((c for c in token.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ in RELATIVE_CLAUSES:
            # "X, who told reporters that ...": "who" stands for X; "an aide who attended said": for the aide
            personal = subject.lower_ in ("who", "whom")
            return named_antecedent(token.head) or particular_antecedent(token.head, personal=personal)
        if subject is not None:
            return floated_over(subject) or subject
        stranded = stranded_subject(token)
        if stranded is not None:
            return stranded
        if (
            token.dep_ in NOUN_PARTICIPLES
            and token.head.lemma_.lower() in OCCASION_NOUNS
            and token.head.dep_ in PREPOSITION_OBJECTS
        ):
            token = token.head.head.head  # "at one point telling the chamber": the participle is the subject's
            continue
        if (
            token.dep_ in NOUN_PARTICIPLES
            and token.head.dep_ in DIRECT_OBJECTS
            and is_kind(token.head, SPEAKING_OCCASIONS)
        ):
            token = token.head.head  # "closed his speech pledging ...": the one who gave the speech speaks
            continue
        if token.dep_ in NOUN_PARTICIPLES and (issued_document(token.head) or document_remarked_on(token)):
            token = token.head.head  # "X issued a statement condemning ...": the issuer speaks
            continue
        sender = sender_of(token.head, token) if token.dep_ in NOUN_PARTICIPLES else None
        if sender is not None:
            token = sender
            continue
        if token.dep_ in NOUN_PARTICIPLES and predicate_noun(token.head):
            token = token.head.head  # "X was the first mayor to weigh in, tweeting ...": the mayor is X
            continue
        if token.dep_ in NOUN_PARTICIPLES and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if set_off_participle(token):
            return token.head
        if token.dep_ in SUBJECT_SHARING_LINKS and token.head.i != token.i:
            infinitive = token.dep_ in OPEN_COMPLEMENTS
            controller = object_controller(token) if infinitive else None
            if controller is not None:
                return controller
            token = token.head
            if token.dep_ in PREPOSITIONS and token.head.i != token.i:  # "whilst promising", "with X stating"
                token = token.head
            elif infinitive and token.dep_ in ADJECTIVE_COMPLEMENTS:
                token = token.head  # "was quick to add that ...": the adjective's subject is the copula's
            continue
        return None
    return None


def named_before_suffix(subject: Token) -> Token:
    """ "Roe, Jr. said": the parser may take the "Jr." or "III" after a name and a comma for the subject; the
    name before it is."""
    if subject.text.rstrip(".") not in GENERATIONAL or subject.i < 2 or subject.doc[subject.i - 1].text != ",":
        return subject
    name = subject.doc[subject.i - 2]
    return name if name.pos_ == "PROPN" else subject


def object_controller(infinitive: Token) -> Token | None:
    """ "forced the mayor to admit ...", "prompted Roe to accuse ...": after a verb of causing, its object does what
    the to-infinitive says, not its subject. Not after a verb of asking ("urged Roe to denounce ..."): what was
    asked for may never have been said."""
    verb = infinitive.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAUSING_VERBS:
        return None
    if verb.dep_ in OPEN_COMPLEMENTS or any(c.dep_ in NEGATIONS or c.tag_ == "MD" for c in verb.children):
        return None  # "would force X to disclose", "failed to force X to concede": the causing did not happen
    return next(
        (c for c in verb.children if c.dep_ in DIRECT_OBJECTS and c.i < infinitive.i and c.pos_ in SPEAKER_POS), None
    )


def predicate_noun(noun: Token) -> bool:
    """ "Roe was the first mayor ...": the noun after a copula names what its subject is, so stands for it, when that
    subject can speak ("the loudest voice was a fisherman ...": the fisherman speaks)."""
    copula = noun.head
    if noun.dep_ not in PREDICATE_NOUNS or copula.lemma_.lower() != "be":
        return False
    subject = next((c for c in copula.children if c.dep_ in ACTIVE_SUBJECTS), None)
    if subject is None or subject.lower_ in THING_PRONOUNS:
        return False  # "it was a fisherman who ...": no one named before the copula
    return subject.pos_ in ("PROPN", "PRON") or is_kind(subject, PERSON_NOUNS | ORGANIZATION_NOUNS | COMPANY_NOUNS)


def stranded_subject(verb: Token) -> Token | None:
    """ "Inspectors fined the firm and Roe dismissed her deputy, admitting ...": the parser may join "Roe" to the
    object "the firm" and leave the second verb without a subject of its own. A finite verb right after a noun
    joined by "and" to the first verb's object has that noun as its subject: an object does not go on to a verb."""
    if verb.dep_ not in CONJUNCTS or verb.tag_ not in FINITE_TAGS or has_child(verb, SUBJECTS):
        return None
    noun = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while noun is not None and noun.pos_ == "ADV" and noun.i > verb.sent.start:
        noun = verb.doc[noun.i - 1]
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in CONJUNCTS:
        return None
    joined_to = noun.head
    if joined_to.dep_ not in DIRECT_OBJECTS or joined_to.head.i != verb.head.i or noun.right_edge.i >= verb.i:
        return None
    return noun


def floated_over(subject: Token) -> Token | None:
    """ "with X and Y all calling for ...", "X and Y both said": a quantifier standing alone after a noun phrase
    counts that phrase; the phrase (its first conjunct) is the subject."""
    if subject.lower_ not in FLOATING_QUANTIFIERS or any(True for _ in subject.children) or subject.i == 0:
        return None
    before = subject.doc[subject.i - 1]
    if before.pos_ not in ("PROPN", "NOUN") or before.sent != subject.sent:
        return None
    while before.dep_ in CONJUNCTS | NAME_PARTS and before.head.i < before.i:
        before = before.head
    return before


def subject_token_ids(verb: Token) -> set[int]:
    """Indices of the words of the verb's subject phrase: attribution words a gap may hold."""
    subject = subject_of(verb)
    return {t.i for t in subject.subtree} if subject is not None else set()


def clause_before(verb: Token) -> Token | None:
    """The complement clause before the verb ("The talks failed, she said"), when none follows it.

    "..., in a move analysts said was aimed at ...": a clause after the verb is what was said even when the
    parser also hung the sentence's main clause on it."""
    if any(c.dep_ in CLAUSE_COMPLEMENTS and c.i > verb.i and not said_by_participle(verb, c) for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ in CLAUSE_COMPLEMENTS), None)


def said_by_participle(verb: Token, clause: Token, participles: list[Token] | None = None) -> bool:
    """'"...," she said, adding of the plan, "..."', '"...," she said before adding: "..."': the parser may hang
    the second quotation on "said"; a participle of saying of the verb's own (or after its "before"/"after"),
    standing between the verb and the clause, is what reports it."""
    return any(
        c.tag_ == "VBG" and verb.i < c.i < clause.left_edge.i and reporting_word(c) and not has_child(c, SUBJECTS)
        for c in (own_participles(verb) if participles is None else participles)
    )


def quotation_of_participle(verb: Token, clause: Token) -> bool:
    """'"...," she said before adding: "..."': a participle of saying of the verb's own that runs straight into the
    clause (a colon or a quotation mark between, no comma) reports it, not the verb. Not "insisted, while speaking
    to the board, that ...": an aside closed by a comma leaves the clause to the verb; not "said after announcing
    the cuts: '...'" nor "said after admitting he lied: '...'": a participle with its own object or clause has
    said its piece; not "said after speaking to staff that ...": with nothing between, the clause is the verb's."""
    for participle in own_participles(verb):
        if said_by_participle(verb, clause, [participle]) and not said_its_piece(participle):
            between = participle.doc[participle.right_edge.i + 1 : clause.left_edge.i]
            if len(between) > 0 and all(t.is_punct and t.text != "," for t in between):
                return True
    return False


def own_participles(verb: Token) -> list[Token]:
    """The participles hung on the verb: ", adding ..." and "before adding ...", "after insisting ..."; not "after
    announcing the cuts": one that has said its piece."""
    found = [c for c in verb.children if c.dep_ in ADVERBIAL_CLAUSES]
    for prep in verb.children:
        if prep.dep_ in PREPOSITIONS and prep.lower_ in PARTICIPLE_PREPOSITIONS:
            found.extend(c for c in prep.children if c.dep_ in PREPOSITION_CLAUSES and not said_its_piece(c))
    return found


def said_its_piece(participle: Token) -> bool:
    """ "after announcing the cuts", "after admitting he lied": a participle with an object or clause of its own;
    not "before telling the board": the one told is no piece said."""
    own = CLAUSE_COMPLETERS | VERB_OBJECTS
    if participle.lemma_.lower() in ADDRESSEE_VERBS:
        own = own - VERB_OBJECTS
    return has_child(participle, own)


def has_that_clause(verb: Token) -> bool:
    return any(
        c.dep_ in CLAUSE_COMPLEMENTS
        and c.i > verb.i
        and any(m.dep_ in CLAUSE_MARKERS and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def clause_on_document(prep: Token) -> list[Token]:
    """ "said in a statement that ...", "said on a call with analysts that ...": the parser may hang the
    that-clause on a noun of the place phrase. A relative clause has "that" as its subject or object, not as a
    conjunction, so a clause marked by "that" with a subject of its own is what was said."""
    found = []
    for token in prep.subtree:
        if token.dep_ not in NOUN_CLAUSES or token.head.dep_ not in PREPOSITION_OBJECTS:
            continue
        marked = any(c.dep_ in CLAUSE_MARKERS and c.lower_ == "that" and c.i < token.i for c in token.children)
        if marked and any(c.dep_ in SUBJECTS for c in token.children):
            found.append(token)
            break
    return found


def comma_attribution(verb: Token) -> bool:
    """ "X will cut jobs, its chief told staff on Monday.": an attribution the parser made a conjunct.

    It has a subject of its own right after a comma (no "and"), and ends the sentence.
    """
    if verb.dep_ not in CONJUNCTS or not any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return False
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct for t in rest)


def is_pronoun(token: Token) -> bool:
    return token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS


def named_antecedent(noun: Token) -> Token | None:
    """The name a relative clause hangs on, through an apposition ("Jane Roe, a nurse, who ..."); None for a
    description ("every resident who told us ..."): a generic antecedent is not one speaker."""
    for _ in range(ANTECEDENT_HOPS):
        if noun.pos_ == "PROPN" or noun.head.i == noun.i:
            break
        # "a baker in the old town, who told ...": the parser may hang "who" on the last noun of the phrase
        if noun.dep_ not in NOUN_PHRASE_LINKS:
            break
        noun = noun.head
    return noun if noun.pos_ == "PROPN" else None


def particular_antecedent(noun: Token, *, personal: bool = False) -> Token | None:
    """ "a senior aide who attended", "one attendee, who ...": a description of one or some particular people,
    not of everyone of a kind ("every resident who ...", "anyone who ..."). After "who" (``personal``) the noun
    is a person whatever it is ("the beekeeper who ..."); after "that" or "which" it must be a word for one."""
    if noun.pos_ != "NOUN" or not (personal or noun.lemma_.lower() in PERSON_NOUNS):
        return None
    if any(c.lower_ in GENERIC_DETERMINERS for c in noun.lefts):
        return None
    return noun


def document_finding(verb: Token) -> bool:
    """ "The report found that ...", "the survey showed that ...": a document's subject and a clause."""
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ in CLAUSE_COMPLEMENTS and c.i > verb.i for c in verb.children)


def names_something(verb: Token) -> bool:
    """ "called X Y": an object and a predicate for it, the object not a relative pronoun."""
    obj = next((c for c in verb.children if c.dep_ in DIRECT_OBJECTS), None)
    if obj is not None and (
        (obj.lower_ in ("which", "that") and verb.dep_ in RELATIVE_CLAUSES)
        or (obj.lower_ == "what" and free_relative(verb))
    ):
        # "the plan, which she called 'a disgrace'", "rejected what she called 'a cynical plan'": the pronoun
        # stands for the thing named
        return any(c.dep_ in PREDICATE_COMPLEMENTS and given_predicate(c) for c in verb.children)
    if obj is None or obj.lower_ in ("what", "which", "that", "who"):
        return False
    # a bare name after the object names whom was phoned ("called the navy's chief Ann Roe"), not what it is
    predicates = [c for c in [*verb.children, *obj.children] if c.dep_ in PREDICATE_COMPLEMENTS]
    if any(not bare_name(c) for c in predicates):
        return True
    if any(t.dep_ in OBJECT_PREDICATES and not bare_name(t) for t in obj.subtree):
        return True  # 'called the refusal to meet "insulting"': the parser hung the predicate inside the object
    # "called his father his hero": a second noun phrase right after the object, with no comma, is the name given
    # when it is a common noun with a determiner of its own; a bare name there names the object ("her sister Anna")
    if any(given_noun_phrase(c) for c in obj.children if c.dep_ in APPOSITIONS and c.i > obj.i):
        return True
    # 'called the decision "historic"': the parser hangs the predicate on the noun as an adjective after it,
    # which English only does for a predicate.
    if any(c.dep_ in ADJECTIVES and c.i > obj.i for c in obj.children):
        return True
    return quoted_after(obj) is not None


def given_predicate(phrase: Token) -> bool:
    """A noun phrase or adjective a thing is called: "which she called unfair", not "which he called early"
    (called for a time) nor "which she called home" (lived in)."""
    if phrase.pos_ not in ("NOUN", "PROPN", "ADJ") or bare_name(phrase):
        return False
    return phrase.lower_ not in NOT_NAMES and phrase.ent_type_ not in TIME_ENTITIES


def bare_name(phrase: Token) -> bool:
    """A proper name with no quotation mark before it."""
    before = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    quoted = before is not None and before.text in OPENING_QUOTES
    return (phrase.pos_ == "PROPN" or phrase.ent_type_ == "PERSON") and not quoted


def given_noun_phrase(phrase: Token) -> bool:
    """ "his hero" in "called his father his hero": a common-noun phrase, with no comma before it, opened by a
    determiner or possessive of its own (not one of a name: "the city's chief Tom Berg")."""
    if phrase.pos_ != "NOUN" or phrase.ent_type_ or phrase.doc[phrase.left_edge.i - 1].text == ",":
        return False
    return any(c.dep_ in DETERMINERS and c.i < phrase.i for c in phrase.children)


def quoted_after(obj: Token) -> Token | None:
    """'called her rival "a fraud"', 'calling him, among other things, "a fraud"': a quotation that opens right
    after the object (a comma-set phrase between allowed) is the name given to it, however the parser hung it.
    Returns the opening quotation mark."""
    doc = obj.doc
    at = obj.right_edge.i + 1
    if at < len(doc) and doc[at].text == ",":
        aside = doc[at + 1 : at + 1 + MAX_ASIDE_TOKENS]
        comma = next((t for t in aside if t.text == ","), None)
        at = comma.i + 1 if comma is not None else at
    if at < len(doc) and doc[at].text in OPENING_QUOTES:
        return doc[at]
    return None


def following_noun(verb: Token) -> Token | None:
    """The first noun or pronoun the verb governs to its right."""
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def is_age(token: Token) -> bool:
    """ "said Jane Roe, 71": a bare small number on its own is a person's age, not a year."""
    if not token.like_num or token.ent_iob_ != "B":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_iob_ == "I":
        return False
    return token.text.isdigit() and int(token.text) < MAX_AGE


def attached_to(token: Token, heads: list[Token]) -> bool:
    """``token`` hangs on one of ``heads`` through nouns and prepositions only (not through another verb)."""
    current = token
    for _ in range(ATTACHMENT_HOPS):
        if any(current.i == h.i for h in heads):
            return True
        if current.head.i == current.i:
            return False
        if current.i != token.i and current.pos_ in ("VERB", "AUX") and not publication_participle(current):
            return False
        current = current.head
    return False


def publication_participle(verb: Token) -> bool:
    """ "in a report published on Monday": the document's date is when its author said it."""
    return verb.dep_ in NOUN_PARTICIPLES and verb.tag_ == "VBN" and verb.lemma_.lower() in PUBLISHING_VERBS


def parenthetical(verb: Token) -> bool:
    """ "..., the campaign said, it may ...": an attribution set off by commas inside the clause it reports,
    which the parser hangs on that clause's verb after it. Words of the clause stand before its subject."""
    if verb.dep_ not in PARENTHETICALS or not verb.i < verb.head.i or verb.i + 1 >= len(verb.doc):
        return False
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i), None)
    after = verb.i + 1
    addressee = verb.doc[after]
    if verb.lemma_.lower() in ADDRESSEE_VERBS and addressee.dep_ in DIRECT_OBJECTS and addressee.head.i == verb.i:
        after = addressee.right_edge.i + 1  # "..., the engineer told them, ...": the one told stays in the aside
    closed = after < verb.head.i and verb.doc[after].text == ","
    return subject is not None and closed and subject.left_edge.i > verb.head.left_edge.i


def split_subject_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "The fix, the mayor told reporters, was simple": an attribution set off by commas between a subject and the
    rest of its clause, which the parser made the sentence's root, with that subject hung on it unlabelled and the
    rest of the clause after it with no subject of its own. Returns the subject and that rest: what was said runs
    from one to the other."""
    if verb.dep_ not in ROOTS:
        return None
    doc = verb.doc
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ACTIVE_SUBJECTS), None)
    if subject is None:
        return None
    # the subject of what was said may be hung unlabelled or as a second subject
    front_roles = UNLABELLED | ACTIVE_SUBJECTS
    front = next((c for c in verb.lefts if c.dep_ in front_roles and c.i < subject.left_edge.i), None)
    if front is None or front.pos_ not in ("NOUN", "PROPN", "PRON") or doc[front.right_edge.i + 1].text != ",":
        return None
    rest = next(
        (
            c
            for c in verb.rights
            if c.dep_ in CONJUNCTS | CLAUSE_COMPLEMENTS and c.pos_ in ("VERB", "AUX") and not has_child(c, SUBJECTS)
        ),
        None,
    )
    if rest is None or rest.left_edge.i <= verb.i or doc[rest.left_edge.i - 1].text != ",":
        return None
    return front, rest


def inverted_parenthetical(verb: Token) -> bool:
    """ "The real problem, says X, is the cost": an inverted attribution set off by commas inside the clause it
    reports, the speaker after the verb, which the parser hangs on that clause's verb after it."""
    if verb.dep_ not in PARENTHETICALS or not verb.i < verb.head.i or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i > verb.i), None)
    if subject is None:
        return False
    last = subject.right_edge
    while last.is_punct and last.i > subject.i:
        last = verb.doc[last.i - 1]  # the parser may give the subject the comma that closes the aside
    closed = last.i + 1 < len(verb.doc) and verb.doc[last.i + 1].text == ","
    return closed and verb.left_edge.i > verb.head.left_edge.i


def leading_attribution(verb: Token) -> bool:
    """ "X argued in a letter, the pier is too old": a reporting clause with no complement of its own, closed by a
    comma before the clause it reports, which the parser makes the head of the attribution. Its subject names a
    person or organization: "the data showed, ..." or "X wrote the memo, Y signed it" are two clauses side by side."""
    if verb.dep_ not in CLAUSE_COMPLEMENTS or not verb.i < verb.head.i:
        return False
    if has_child(verb, CLAUSE_COMPLETERS | VERB_OBJECTS | ADJECTIVE_COMPLEMENTS):
        return False
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and c.i < verb.i), None)
    if subject is None or not speaker_mention(subject):
        return False
    comma = verb.right_edge.i + 1
    if comma >= len(verb.doc) or verb.doc[comma].text != ",":
        return False
    return any(c.dep_ in SUBJECTS and c.i > comma for c in verb.head.children)


def speaker_mention(noun: Token) -> bool:
    """A mention of a person or organization: a name, a personal pronoun, or a noun for people or bodies."""
    if noun.ent_type_ in SPEAKER_ENTITY_TYPES or noun.pos_ == "PROPN":
        return True
    if noun.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
        return True
    speaking_nouns = PERSON_NOUNS | ORGANIZATION_NOUNS | COMPANY_NOUNS | COLLECTIVE_NOUNS
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in speaking_nouns or noun.lower_ in speaking_nouns)


def addressed_participle(verb: Token) -> bool:
    """ "Asked whether ..., she said", "when told of the plan": a bare past participle of a verb of addressing
    says who was spoken to, not who spoke."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    if verb.tag_ == "VBD" and verb.dep_ in NOUN_PARTICIPLES | ADVERBIAL_CLAUSES:
        # "X, asked about the delay, said": the parser may tag the participle a past tense, but a past tense
        # with no subject of its own modifies no noun and opens no adverbial clause
        return not any(c.dep_ in SUBJECTS for c in verb.children)
    return verb.tag_ == "VBN" and not any(c.dep_ in AUXILIARIES for c in verb.children)


def issued_document(noun: Token) -> bool:
    """ "issued a statement", "ran an ad", "launched a petition": a piece made to carry words that is the object of
    the verb that put it out. Not "read a report saying ...": a reader did not write what the report says."""
    verb = noun.head
    if noun.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB":
        return False
    particles = ISSUING_PARTICLES.get(verb.lemma_.lower(), ())
    passed = verb.lemma_.lower() in PASSING_VERBS or any(c.lower_ in particles for c in verb.children)
    if verb.lemma_.lower() not in PIECE_ISSUERS and not passed:
        return False
    if passed and authored_by_another(noun):
        return False  # "read out a letter from the victim's mother saying ...": the mother speaks
    return is_kind(noun, DOCUMENT_NOUNS | WRITTEN_PIECES | SPEAKING_PIECES)


def authored_by_another(piece: Token) -> bool:
    """ "a letter from the defendant", "a note by a listener", "the palace's statement": the piece names an author
    other than the one passing it on. Not "her statement", "a note from his office": the subject's own."""
    owner = next((c for c in piece.children if c.dep_ in POSSESSORS), None)
    if owner is not None:
        return owner.tag_ != "PRP$"
    for prep in piece.children:
        if prep.dep_ not in PREPOSITIONS or prep.lower_ not in MAKER_PREPOSITIONS:
            continue
        author = next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS), None)
        if author is not None and author.pos_ in ("NOUN", "PROPN"):
            return not any(c.dep_ in POSSESSORS and c.tag_ == "PRP$" for c in author.children)
    return False


def document_remarked_on(participle: Token) -> bool:
    """ "X dismissed the report, calling it flawed", "X turned down the offer Y made, calling it unfair": a
    participle set off by a comma after a thing the verb acts on is the verb's subject's act, though the parser
    hung it on the thing. Not after people ("met the pilots, saying ..." may be the pilots')."""
    noun = participle.head
    if not after_comma(participle.left_edge) or noun.dep_ not in DIRECT_OBJECTS or noun.head.pos_ != "VERB":
        return False
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        return True
    people = PERSON_NOUNS | ORGANIZATION_NOUNS | COLLECTIVE_NOUNS | COMPANY_NOUNS
    return noun.pos_ == "NOUN" and noun.ent_type_ == "" and not is_kind(noun, people)


def sender_of(recipient: Token, participle: Token) -> Token | None:
    """ "sent a message to supporters saying ...": the parser may hang the participle on the ones the piece went
    to, who only received the words; the verb that sent the piece is returned, its subject being the speaker.
    Not "listened to the crews saying ...": without a piece sent, those after "to" may well be speaking."""
    to = recipient.head
    if recipient.dep_ in VERB_OBJECTS and to.pos_ == "VERB" and to.lemma_.lower() in MESSAGE_RECIPIENT_VERBS:
        # "emailed supporters saying ...": the supporters only received the words. After a verb of telling, only a
        # participle with a clause of its own carries the message ("briefed the crews explaining that ..."); one
        # with a bare object says what those told were doing ("briefed the families demanding answers").
        if to.lemma_.lower() not in ADDRESSEE_VERBS or any(c.dep_ in CLAUSE_COMPLEMENTS for c in participle.children):
            return to
        return None
    if recipient.dep_ not in PREPOSITION_OBJECTS or to.lower_ != "to" or to.dep_ not in PREPOSITION_LABELS:
        return None
    host = to.head
    if host.pos_ in ("NOUN", "PROPN") and issued_document(host):
        return host.head  # "a message to supporters" as the object of "sent"
    if host.pos_ in ("NOUN", "PROPN") and (writer := written_through(host)) is not None:
        return writer  # "answered in a note to the board arguing ...": the note is its writer's
    if host.pos_ == "VERB" and any(c.dep_ in DIRECT_OBJECTS and issued_document(c) for c in host.children):
        return host  # "sent a message to supporters", the "to" phrase hung on the verb
    through = (written_through(n) for p in host.children if p.dep_ in PREPOSITIONS for n in p.children)
    if host.pos_ == "VERB" and any(verb is not None and verb.i == host.i for verb in through):
        return host  # "put it in her memo to staff explaining ...", the "to" phrase hung on the verb
    return None


def written_through(noun: Token) -> Token | None:
    """ "in a memo", "by email": the verb whose act a piece made to carry words was the means of; its subject wrote
    the piece. None when the noun is no such piece or not the object of such a preposition."""
    prep = noun.head
    if noun.dep_ not in PREPOSITION_OBJECTS or prep.dep_ not in PREPOSITIONS or prep.lower_ not in WRITTEN_THROUGH:
        return None
    if prep.head.pos_ not in ("VERB", "AUX") or not is_kind(noun, DOCUMENT_NOUNS | WRITTEN_PIECES | SPEAKING_PIECES):
        return None
    return prep.head


def that_clause_with_subject(clause: Token) -> bool:
    """A clause opened by "that" with a subject of its own: a complement ("the claim that X will pay"), not a
    relative clause ("the claim that he made")."""
    marked = any(c.dep_ in CLAUSE_MARKERS and c.lower_ == "that" and c.i < clause.i for c in clause.children)
    if not marked or not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    # A relative clause lacks the object "that" stands for; a complement is complete: it has an object or
    # complement of its own, a passive, a modal, or "be".
    complete = has_child(clause, CLAUSE_COMPLETERS) or any(c.tag_ == "MD" for c in clause.children)
    return complete or clause.lemma_.lower() == "be"


def as_attribution_host(verb: Token) -> Token | None:
    """ "As the mayor noted, the bridge is old", "the bridge will close, as the paper reported": a clause opened
    by "as" whose verb of saying has a subject and says nothing of its own; the clause it hangs on is what was
    said. Not "as she spoke" (a verb of talking there says when) nor a negated verb."""
    if verb.dep_ not in ADVERBIAL_CLAUSES or verb.head.i == verb.i or verb.lemma_.lower() in SPEAKING_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ in CLAUSE_MARKERS and c.lower_ == "as" and c.i < verb.i for c in children):
        return None
    if not any(c.dep_ in ACTIVE_SUBJECTS for c in children) or negated(verb) or passive(verb):
        return None
    host = verb.head
    if host.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECTS for c in host.children):
        return None
    return host


def nominal_topic(noun: Token) -> Token | None:
    """ "his call for a ban", "her promise of lower fares": the object of "for" or "of" right after some nouns for
    a statement is what was said (after others it is a topic: "her remarks on the port"). Not a time or person."""
    prep = next((c for c in noun.rights if c.dep_ in PREPOSITIONS), None)
    if prep is None or prep.i != noun.i + 1:
        return None
    lemma = noun.lemma_.lower()
    if not ((prep.lower_ == "of" and lemma in NOMINAL_CUES_OF) or (prep.lower_ == "for" and lemma in NOMINAL_CUES_FOR)):
        return None
    said = next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS | PREPOSITION_CLAUSES), None)
    if said is None or said.pos_ == "PRON" or said.ent_type_ in ("PERSON", "DATE", "TIME"):
        return None
    return said
