"""Descriptions that point back at an actor mentioned before: "the ministry", "the president", "the company"."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract.antecedents import PRONOUN_SENTENCES
from kgingest.extract.dependencies import (
    APPOSITIONS,
    COMPOUNDS,
    NOUN_MODIFIERS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
)
from kgingest.extract.index import doc_text, unnamed_actor_key
from kgingest.extract.lexicon import (
    COMPANY_NOUNS,
    ORGANIZATION_NOUNS,
)
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers.grammar import (
    DESCRIPTION_SENTENCES,
    GENERIC_ORGANIZATION_NOUNS,
    INFORMANT_NOUNS,
    INTRODUCTION_CHARS,
    RANK_WORDS,
    TITLE_CHARS,
    clean_name,
    is_definite,
    name_words,
    of_after,
    possessor,
    post_title,
    title_pattern,
)
from kgingest.model import ActorType, Span

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver


def post_holder(r: SpeakerResolver, head: Token) -> str | None:
    """The Person introduced with the whole post ("Governor Jane Roe", "the chief executive, Jane Roe").

    Earlier mentions first, nearest first; then later ones, nearest first: an article often says "its
    governor said" before it gives the governor's name."""
    title = post_title(head)
    before = r.mentions_back(head, DESCRIPTION_SENTENCES)
    own_quote = r.quotes.at(head.idx)
    after = (
        m for m in r.index.mentions_after(head.idx) if not m.is_place and r.quotes.at(m.span.begin) in (None, own_quote)
    )
    for mention in itertools.chain(before, after):
        actor = r.index.actor(mention.key)
        if (
            actor is not None
            and actor.type is ActorType.PERSON
            and titled(r, mention.span, title)
            and same_owner(r, head, mention.span)
            and not right_before(head, mention.span)
        ):
            return actor.key
    return None


def right_before(head: Token, span: Span) -> bool:
    """The name ends a comma before the description's own phrase, in its sentence: "As Roe met Lund, his son
    said": the comma closes a clause, so the description that follows is not set beside "Lund" as an apposition
    (the parser would then not have made it a subject). A sentence end between them ("... by President Roe. The
    president said") leaves the name the description's."""
    start = head.left_edge
    if span.begin < start.sent.start_char:
        return False
    return re.fullmatch(r", *", doc_text(head.doc)[span.end : start.idx]) is not None


def same_owner(r: SpeakerResolver, head: Token, span: Span) -> bool:
    """The post or relation named at ``span`` is not owned by someone else than the description's: "her friend"
    is not the later "his friend X" or "Berg's friend X", though "its governor" is "the province's governor X"."""
    owner = possessor(head)
    tokens = tokens_in(r.doc, span.begin, span.end)
    if owner is None or tokens is None:
        return True
    name = tokens.root
    described = name.head if name.dep_ in APPOSITIONS else name
    other = possessor(described) or possessor(name) or post_owner(r, name, described)
    if other is None or other.i == owner.i:
        return True
    keys = (owner_key(r, owner), owner_key(r, other))
    if keys[0] is not None and keys[1] is not None:
        return keys[0] == keys[1]
    # unresolved: two pronouns of another form ("her" and "his") are two owners
    return not (owner.pos_ == other.pos_ == "PRON" and owner.lower_ != other.lower_)


def post_owner(r: SpeakerResolver, name: Token, described: Token) -> Token | None:
    """The state a named post holder's post is of, when the phrase says it another way than by a possessive:
    "President Jane Roe of Tarsk", "Jane Roe, the president of Tarsk", "Tarsk President Jane Roe"."""
    apposed = [c for c in name.rights if c.dep_ in APPOSITIONS]
    for word in (name, described, *apposed):
        for child in word.rights:
            if child.dep_ in PREPOSITIONS and child.lower_ == "of":
                state = next((o for o in child.children if o.dep_ in PREPOSITION_OBJECTS and is_state(r, o)), None)
                if state is not None:
                    return state
    return next((t for left in name.lefts for t in left.subtree if t.dep_ in COMPOUNDS and is_state(r, t)), None)


def is_state(r: SpeakerResolver, token: Token) -> bool:
    key = r.token_key(token)
    return token.pos_ == "PROPN" and key is not None and r.actor_type(key) is ActorType.STATE


def owner_key(r: SpeakerResolver, owner: Token) -> str | None:
    return r.resolve_pronoun(owner) if owner.pos_ == "PRON" else r.named(owner)


def titled(r: SpeakerResolver, span: Span, title: str) -> bool:
    """The post ``title`` leads up to the name at ``span``: "Governor Jane Roe", "the governor, Jane Roe"."""
    text = doc_text(r.doc)
    words = title_pattern(title)
    before = text[max(0, span.begin - TITLE_CHARS) : span.begin]
    after = text[span.end : span.end + TITLE_CHARS].lower()
    # "another friend, X" is a second one of the kind, not the one a description points back to
    leading = re.search(rf"(?i:(?<!\banother\s)(?<!\bother\s)\b{words})(?:\s+[A-Z][\w.'-]*)*,?\s+$", before)
    return bool(leading or apposed(after, words))


# Words that end a noun phrase set after a name: a clause or another phrase follows, not the name's description
# ("X, who met the governor", "X, backed by the governor", "X and the governor").
_NOT_IN_APPOSITION = (
    "who|whom|whose|which|that|and|or|but|to|by|with|for|from|at|in|on|as|than|was|is|were|are|has|had|have|"
    "said|says|told|met|called|asked|refers|referred|"
    # a second determiner opens another phrase: "X, ended her campaign" is no apposition of "campaign"
    "the|a|an|its|their|his|her|our|my|your"
)


def apposed(after: str, noun: str, *, name: str = "") -> bool:
    """The (lowercased) text after a name sets ``noun`` (a regex) beside it as its description:
    ", the governor", ", a former state governor", not "'s spokesman" (the name owns the post), "met the
    governor" or ", who met the governor" (another phrase). With ``name`` (the mention as written) the
    name may also qualify the noun directly: "the Acme news agency"."""
    match = re.match(
        rf",\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\w.'’-]+\s+){{0,5}}?)\b{noun}\b", after
    )
    if match is None and name and not re.search(r"['’]s$", name):
        match = re.match(rf"\s+((?:[\w-]+\s+){{0,2}}?){noun}\b", after)
    if match is None:
        return False
    return re.search(rf"\b(?:{_NOT_IN_APPOSITION}|another|other)\b", match.group(1)) is None


def organization_by_description(r: SpeakerResolver, head: Token) -> str | None:
    """The nearest earlier Organization (or State) whose name contains the description's words; with an owner
    in front ("Roe's campaign", "her party") only one that owner's name or membership ties to it."""
    key = organization_by_words(r, head)
    owner = possessor(head)
    if key is None or owner is None or owned_by(r, key, owner):
        return key
    return None


def owned_by(r: SpeakerResolver, key: str, owner: Token) -> bool:
    """The organization belongs to the owner written before its noun: its name holds the owner's words
    ("Ostravia's ministry" for "Ministry of Ostravia"), or it is part of what the owner stands for."""
    actor = r.index.actor(key)
    if actor is None:
        return False
    pronoun = owner.pos_ == "PRON"
    owner_key = r.resolve_pronoun(owner) if pronoun else r.named(owner) or r.described(owner, create=False)
    if owner_key is not None and owner_key in (key, actor.part_of, actor.member_of):
        return True
    if owner.pos_ == "PRON":
        return False
    written = {t.lower_ for t in owner.subtree if t.is_alpha and t.dep_ not in ("case", "det")}
    return bool(written) and written <= name_words(actor)


def organization_by_words(r: SpeakerResolver, head: Token) -> str | None:
    words = {head.lemma_.lower(), head.lower_}
    modifiers = [c.lower_ for c in head.lefts if c.dep_ in NOUN_MODIFIERS and c.is_alpha]
    modifiers += of_phrase_words(head)  # "the office of the mayor" is not the "office of the sheriff" before
    for mention in r.mentions_back(head, DESCRIPTION_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is None or actor.type not in (ActorType.ORGANIZATION, ActorType.GROUP):
            continue
        names = name_words(actor)
        if words & names and all(m in names for m in modifiers):
            return actor.key
    # "the state broadcaster RTX" ... "the broadcaster": the description stood before the name.
    return introduced_with(r, head, {ActorType.ORGANIZATION})


def of_phrase_words(head: Token) -> list[str]:
    """The words of an "of" phrase right after the noun that say whose body it is: "mayor" of "the office of
    the mayor" (articles and owners left out)."""
    following = of_after(head)
    if following is None:
        return []
    return [
        t.lower_
        for obj in following.children
        if obj.dep_ in PREPOSITION_OBJECTS
        for t in obj.subtree
        if t.is_alpha and t.dep_ not in ("det", "poss", "case") and (t == obj or t.dep_ in NOUN_MODIFIERS)
    ]


def company_in_focus(r: SpeakerResolver, head: Token) -> str | None:
    """ "X, which runs the mine, said ... The company added ...": the nearest Organization that was a subject;
    else the nearest one named at all in the last sentences, when its name calls it no other kind of body
    ("a lawyer for Norvik Steel ... the company said", not the "Teachers Union" named in between)."""
    if any(c.dep_ in NOUN_MODIFIERS for c in head.lefts) or possessor(head) is not None:
        return None  # "the mining company", "Roe's company": a description of its own, maybe of another firm
    for mention in r.mentions_back(head, DESCRIPTION_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is None or actor.type is not ActorType.ORGANIZATION or not r.is_subject(mention.span):
            continue
        if not described_otherwise(r, mention.span):
            return actor.key
    for mention in r.mentions_back(head, PRONOUN_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is None or actor.type is not ActorType.ORGANIZATION or described_otherwise(r, mention.span):
            continue
        if not name_words(actor) & OTHER_KINDS_THAN_COMPANIES:
            return actor.key
    return None


# Words in an organization's name that make it no company: "Union", "Ministry" (not "Group": "Norvik Group").
OTHER_KINDS_THAN_COMPANIES = ORGANIZATION_NOUNS - COMPANY_NOUNS - GENERIC_ORGANIZATION_NOUNS


def body_named_near(r: SpeakerResolver, head: Token, kinds: frozenset[str]) -> str | None:
    """The named organization a stand-in noun points to: one whose name has a word of ``kinds``, beside the
    description ("the agency, known as the X Bureau,") or the nearest in the sentences before it ("the X Authority
    said ... the agency added"). Not a body the article only described, nor one named only in what was said."""
    last = head.right_edge
    near = [*r.index.mentions_in(head.idx, last.idx + len(last.text)), *r.mentions_back(head, DESCRIPTION_SENTENCES)]
    for mention in near:
        actor = r.index.actor(mention.key)
        if actor is None or actor.type is not ActorType.ORGANIZATION:
            continue
        if actor.key == unnamed_actor_key(actor.type, r.index.article_key, actor.name):
            continue
        if name_words(actor) & kinds:
            return actor.key
    return None


def organization_in_focus(r: SpeakerResolver, head: Token) -> str | None:
    """ "The Teachers Union sued the city. The group said ...": a noun that says nothing of the organization's
    kind is the one in focus: the nearest organization in the last sentences that did something, as a subject
    or the agent of a passive ("sued by the union"), not one only named in passing ("rallied at X")."""
    if head.lemma_.lower() not in GENERIC_ORGANIZATION_NOUNS or not is_definite(head):
        return None
    if any(c.dep_ in NOUN_MODIFIERS for c in head.lefts) or possessor(head) is not None:
        return None  # "the advocacy group", "her group": a description of its own
    for mention in r.mentions_back(head, PRONOUN_SENTENCES):
        if same_noun_between(r, mention.span.end, head):
            return None  # "A group of fishermen gathered ... The group said": that nearer group is the one meant
        if r.actor_type(mention.key) is ActorType.ORGANIZATION and (
            r.is_subject(mention.span) or passive_agent(r, mention.span)
        ):
            return mention.key
    return None


def same_noun_between(r: SpeakerResolver, begin: int, head: Token) -> bool:
    """A noun with the same lemma as ``head`` stands between offset ``begin`` and ``head``."""
    between = tokens_in(r.doc, begin, head.idx)
    lemma = head.lemma_.lower()
    return between is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in between)


def passive_agent(r: SpeakerResolver, span: Span) -> bool:
    """The mention is the doer of a passive verb: "sued by the union"."""
    tokens = tokens_in(r.doc, span.begin, span.end)
    if tokens is None:
        return False
    root = tokens.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def described_otherwise(r: SpeakerResolver, span: Span) -> bool:
    """The mention is introduced as another kind of organization: "the largest union, X", "X, the agency"."""
    tokens = tokens_in(r.doc, span.begin, span.end)
    if tokens is None:
        return False
    root = tokens.root
    nouns = [c for c in root.children if c.dep_ in APPOSITIONS]
    if root.dep_ in APPOSITIONS:
        nouns.append(root.head)
    return any(n.lemma_.lower() in ORGANIZATION_NOUNS and n.lemma_.lower() not in COMPANY_NOUNS for n in nouns)


def earlier_group(r: SpeakerResolver, head: Token) -> str | None:
    """The nearest earlier unnamed Group whose name has the description's noun."""
    words = {head.lemma_.lower(), head.lower_}
    for mention in r.mentions_back(head, DESCRIPTION_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is not None and actor.type is ActorType.GROUP and words & name_words(actor):
            return actor.key
    return None


def introduced_with(r: SpeakerResolver, head: Token, types: set[ActorType]) -> str | None:
    """The nearest earlier actor of ``types`` whose mention came right after or before the noun."""
    noun = re.escape(head.lower_)
    text = doc_text(r.doc)
    for mention in r.mentions_back(head, DESCRIPTION_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is None or actor.type not in types:
            continue
        before = text[max(0, mention.span.begin - INTRODUCTION_CHARS) : mention.span.begin].lower()
        after = text[mention.span.end : mention.span.end + INTRODUCTION_CHARS].lower()
        if re.search(rf"\b{noun}\W*$", before) or apposed(after, noun, name=mention.span.text):
            return actor.key
    return None


def person_by_title(r: SpeakerResolver, head: Token) -> str | None:
    """The nearest earlier Person introduced with the title ("President X" ... "the president")."""
    # "the vice president" is not "President X": a rank word narrows the post the name must be given
    # and keeps the words between it and the post: "the deputy prime minister" is "Deputy Prime Minister X"
    rank = next((c for c in head.lefts if c.dep_ in NOUN_MODIFIERS and c.lower_ in RANK_WORDS), None)
    title = head.lower_ if rank is None else " ".join(t.lower_ for t in head.doc[rank.i : head.i + 1])
    text = doc_text(r.doc)
    epithet = epithet_words(head)
    # The title must lead up to the name ("Judge Jane Roe", "Foreign Minister Jane Roe", "the judge, Jane
    # Roe"), not merely stand nearby ("Judge Jane Roe said Smith ...").
    post = title_pattern(title) + post_complement(head)
    for mention in r.mentions_back(head, DESCRIPTION_SENTENCES):
        actor = r.index.actor(mention.key)
        if actor is None or actor.type is not ActorType.PERSON or not same_owner(r, head, mention.span):
            continue  # "Norvia's president" is not "President Jane Roe of Tarsk"
        if right_before(head, mention.span):
            continue
        before = text[max(0, mention.span.begin - TITLE_CHARS) : mention.span.begin]
        after = text[mention.span.end : mention.span.end + TITLE_CHARS].lower()
        around = f"{before} {text[mention.span.end : min(mention.span.end + TITLE_CHARS, head.left_edge.idx)]}"
        if epithet and not all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around, re.I) for w in epithet):
            # "the Ostravian lawyer" is not "lawyer Jane Roe" when Ostravia was never said of her
            continue
        # "Minister of Justice Jane Roe": capitalised words, or "of" before one, may stand between title and name
        leading = re.search(rf"(?i:\b{post})(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'-]*)*,?\s+$", before)
        if leading is not None and title_of_another(r, head, mention.span.begin - len(before) + leading.start()):
            continue
        if leading is not None or apposed(after, re.escape(title)):
            return actor.key
        if any(re.search(rf"(?<!\w){re.escape(title)}(?!\w)", alias.lower()) for alias in [actor.name, *actor.aliases]):
            return actor.key
    return None


def post_complement(head: Token) -> str:
    """A regex for the "of" phrase that completes a post ("of justice" in "the minister of justice"), "" for none:
    "the minister of justice" is not the "Minister of Trade" named before."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].is_alpha:
                return rf"\s+of\s+(?:the\s+)?{re.escape(objects[0].text)}"
    return ""


def title_of_another(r: SpeakerResolver, head: Token, title_at: int) -> bool:
    """The title before a name is narrowed by what stands before it, which the bare description lacks: "Vice
    President X" or "Harbor Board President X" is not "the president"."""
    modifiers = [c.lower_ for c in head.lefts if c.dep_ in NOUN_MODIFIERS]
    run = re.search(r"(?:[\w.'-]+\s+)+$", doc_text(r.doc)[max(0, title_at - 40) : title_at])
    words = run.group().split() if run else []
    # "the prime minister" is not "Deputy Prime Minister X": past the description's own words ("Prime"), the
    # title may still have a rank word the description lacks
    while words and words[-1].lower() in modifiers and words[-1].lower() not in RANK_WORDS:
        words.pop()
    if not words:
        return False
    if words[-1].lower() in RANK_WORDS:
        return not any(m in RANK_WORDS for m in modifiers)
    if modifiers:
        return False
    words = words[-1:]
    owner = r.index.actor_at(title_at - 1 - len(words[0]), title_at - 1)
    return owner is not None and r.actor_type(owner) is ActorType.ORGANIZATION


def epithet_words(head: Token) -> list[str]:
    """The names in front of a description that say which one it is: "Baltic" in "the Baltic envoy",
    "Ostravian" in "the Ostravian lawyer" (a place or people, not a title such as "Senate" in "Senate leader")."""
    return [
        c.text
        for c in head.lefts
        if c.dep_ in NOUN_MODIFIERS and c.pos_ in ("PROPN", "ADJ") and c.ent_type_ in EPITHET_ENTITIES
    ]


# Entity labels of the names that set one person apart in a description: places and peoples.
EPITHET_ENTITIES = frozenset({"GPE", "LOC", "NORP"})


def earlier_informant(r: SpeakerResolver, head: Token) -> str | None:
    """ "Someone familiar with the matter said ... The insider added ...": a definite informant noun is the unnamed
    person last heard from, when that one too was brought in as an informant, not with a post ("a spokesman")."""
    if head.lemma_.lower() not in INFORMANT_NOUNS:
        return None
    for at, key in reversed(r.recent_speakers):
        actor = r.index.actor(key)
        if at >= head.idx or actor is None or actor.type is not ActorType.PERSON:
            continue
        if key != unnamed_actor_key(ActorType.PERSON, r.index.article_key, actor.name):
            return None  # the last person heard from has a name: the informant is not the one before them
        words = {w.lower() for form in [actor.name, *actor.aliases] for w in form.split()}
        if not words & INFORMANT_NOUNS:
            return None
        r.index.add_mention(key, Span(head.idx, head.idx + len(head.text), head.text))
        written = clean_name(r.noun_phrase(head).text)
        if written != actor.name and written not in actor.aliases:
            actor.aliases.append(written)
        return key
    return None


def earlier_fuller_description(r: SpeakerResolver, head: Token) -> Token | None:
    """ "The Roe campaign sued the board ... The campaign said": a bare definite noun points back to the nearest
    earlier phrase with the same noun that said more of it, by an owner or a word in front ("Roe's campaign",
    "a union spokeswoman"). Its head word is returned, for the caller to resolve; None for a noun that says more
    itself, or with no such phrase within reach."""
    if not is_definite(head) or possessor(head) is not None or any(c.dep_ in NOUN_MODIFIERS for c in head.lefts):
        return None
    lemma = head.lemma_.lower()
    position = r.sentences.position(head.sent) or 0
    window_begin = r.sentences.sentences[max(0, position - DESCRIPTION_SENTENCES)].start
    own_quote = r.quotes.at(head.idx)
    for token in reversed(r.doc[window_begin : head.i]):
        if token.lemma_.lower() != lemma or token.pos_ != head.pos_ or token.tag_ != head.tag_:
            continue
        if r.quotes.at(token.idx) not in (None, own_quote):
            continue
        if possessor(token) is not None or any(c.dep_ in NOUN_MODIFIERS for c in token.lefts):
            return token
    return None
