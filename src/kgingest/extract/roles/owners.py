"""Whose post it is when the words around the title do not say it outright: the state a sentence is about,
the assembly a seat is in, the state a person already holds a post in, or the owner a qualifier gives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import POST_HEADS, STATE_POST_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from kgingest.extract.actor_states import ADDRESSEE_VERBS
from kgingest.extract.antecedents import is_main_subject
from kgingest.extract.dependencies import ACTIVE_SUBJECTS, POSSESSORS
from kgingest.extract.document import DATELINE
from kgingest.extract.index import EntityIndex, MentionRef, actor_key, sentence_of, sentence_start
from kgingest.extract.roles.context import RoleContext
from kgingest.extract.roles.words import (
    ANTECEDENT_NOUNS,
    ARRIVAL_PREPOSITIONS,
    CITY_NOUNS,
    COMPANY_NOUNS,
    COUNTERPART_PREPOSITIONS,
    DEFINITE_ARTICLES,
    DESTINATION_PREPOSITIONS,
    FAULT_NOUNS,
    MEETING_VERBS,
    MOTION_VERBS,
    OWNER_PREPOSITIONS,
    PERSONAL_POSSESSIVES,
    PLACE_POST_HEADS,
    POSSESSIVE_MARKS,
    PRESS_POSTS,
    SEAT_INSTITUTIONS,
    SPEAKING_PLACE_PREPOSITIONS,
    WORLD_REGIONS,
    canonical,
    is_party,
    is_public_office,
    singular,
)
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType, Span

# The word before a place's name: "in <capital>", or a sentence opening "In <capital>, ...".
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _after_in(text: str, offset: int) -> bool:
    match = _WORD_BEFORE.search(text[max(0, offset - 20) : offset])
    return match is not None and match.group(1).lower() in SPEAKING_PLACE_PREPOSITIONS and match.group(1)[1:].islower()


class Owners:
    def __init__(self, context: RoleContext) -> None:
        self.context = context
        self.index = context.index

    def state_for(self, first: Token) -> str | None:
        """Whose post an unqualified "President X" is: the state the sentence is about when its subject is
        (or belongs to) a state named before the post ("Ruritania, which ..., was represented by Prime Minister
        X", "Ruritania's ministry said ... President X"), else the home state, else the main one."""
        sentence = sentence_of(first)
        for ref in self.index.actor_mentions_before(first.idx):
            if ref.span.begin < sentence.start_char:
                break
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.STATE:
                continue
            tokens = self.context.tokens(ref.span.begin, ref.span.end)
            if any(is_main_subject(t) and not _coordinated(t) for t in tokens):
                return ref.key
        subject_state = self._subject_person_state(first)
        if subject_state is not None:
            return subject_state
        guesses = (
            lambda: self.capital_state_near(first, previous=False),
            self._dateline_capital_state,
            lambda: self.context.home_state,
            lambda: self._previous_subject_state(first),
            lambda: self.capital_state_near(first),
            lambda: discussed_state(self.context, self.nationality),
        )
        elsewhere = _capital_states_in_sentence(self.context, first)
        for guess in guesses:
            state = guess()
            if state is None or (elsewhere and state not in elsewhere) or _destination(self.context, state, first):
                continue  # "told reporters in <another state's capital>": the guess is likely the state discussed
            if not self._claimed(state, first) and not _counterpart(self.context, state, first):
                return state
        return None

    def _claimed(self, state: str, first: Token) -> bool:
        """The sentence gives the state to another person's post ("Secretary X met Ruritanian Foreign Minister
        Y in <Ruritania's capital>", "Prime Minister X met President Y of Ruritania"): then it is no guess for
        this one's."""
        sentence = sentence_of(first)
        return any(
            ref.key == state and self._owns_other_post(ref, first)
            for ref in self.index.mentions_in(sentence.start_char, sentence.end_char)
        )

    def _owns_other_post(self, ref: MentionRef, first: Token) -> bool:
        """The mention qualifies another person's title: "of Ruritania" right after a name, or a demonym or
        possessive right before a title and a name ("Ruritanian President Y")."""
        doc = self.context.doc
        tokens = self.context.tokens(ref.span.begin, ref.span.end)
        if not tokens or tokens[0].i <= first.i <= tokens[-1].i:
            return False
        before = doc[tokens[0].i - 2 : tokens[0].i]
        if len(before) == 2 and before[1].lower_ in OWNER_PREPOSITIONS and self._names_person(before[0], first):
            return True
        for k, token in enumerate(doc[tokens[-1].i + 1 : tokens[-1].i + 5]):
            if self._names_person(token, first):
                return k > 0
            if self.context.mention_at(token) is not None or not self.context.title_word(token):
                return False
        return False

    def _names_person(self, token: Token, holder: Token) -> bool:
        ref = self.context.mention_at(token)
        if ref is None or ref.is_place or not self.context.is_type(ref, ActorType.PERSON):
            return False
        own = self.context.mention_at(holder)
        return own is None or own.key != ref.key

    def _previous_subject_state(self, first: Token) -> str | None:
        """ "Ruritania signed the deal with Xland. President X said ...": a sentence goes on about the state that
        was the subject of the sentence before it in the same paragraph."""
        sentence = sentence_of(first)
        if sentence.start == 0 or "\n" in self.context.text[sentence.start_char - 2 : sentence.start_char]:
            return None
        previous = sentence_of(self.context.doc[sentence.start - 1])
        for ref in self.index.mentions_in(previous.start_char, previous.end_char):
            if ref.is_place or not self.context.is_type(ref, ActorType.STATE):
                continue
            tokens = self.context.tokens(ref.span.begin, ref.span.end)
            if any(is_main_subject(t) and t.dep_ not in POSSESSORS and not _coordinated(t) for t in tokens):
                return ref.key
        return None

    def _subject_person_state(self, first: Token) -> str | None:
        """ "Ruritania's President X ... will send Secretary of State Y": the state of the person the sentence
        is about."""
        verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in MEETING_VERBS:
            return None  # "Ruritanian President X met Secretary Y": whom one meets is usually another state's
        for subject in verb.children if verb is not None else ():
            if subject.dep_ not in ACTIVE_SUBJECTS or subject.i >= first.i:
                continue
            subject_ref = self.context.mention_at(subject)
            actor = self.index.actor(subject_ref.key) if subject_ref is not None and not subject_ref.is_place else None
            if actor is not None and actor.type is ActorType.PERSON:
                state = self.state_of_person(actor.key)
                if state is not None:
                    return state
        return None

    def capital_state_near(self, first: Token, previous: bool = True) -> str | None:
        """ "Defence Minister X told reporters in <capital>": officials speak in their own capital, so "in <capital>"
        in the post's sentence (else, when ``previous``, the sentence before) gives the state."""
        doc = self.context.doc
        sentence = sentence_of(first)
        before = sentence_of(doc[sentence.start - 1]) if sentence.start > 0 and previous else None
        for window in (sentence, before):
            if window is None:
                continue
            for ref in self.index.mentions_in(window.start_char, window.end_char):
                if ref.is_place and _after_in(self.context.text, ref.span.begin) and not _met_in(self.context, ref):
                    state = self._capital_state(ref.key)
                    if state is not None:
                        return state
        return None

    def _dateline_capital_state(self) -> str | None:
        """ "<CAPITAL> (Agency) - ...": a story filed from a capital; officials there speak for its state."""
        dateline = DATELINE.search(self.context.text)
        if dateline is None:
            return None
        for ref in self.index.mentions_in(dateline.start("city"), dateline.end("city")):
            state = self._capital_state(ref.key) if ref.is_place else None
            if state is not None:
                return state
        return None

    def _capital_state(self, place_key: str) -> str | None:
        """The state whose capital the place is, when the place lies in it (or lies in no state the text gives,
        and that state is named in the article)."""
        place = self.index.place(place_key)
        country = load_gazetteer().capital(place.name) if place is not None else None
        if place is None or country is None:
            return None
        state = actor_key(ActorType.STATE, country.name)
        if place.in_state == state or (place.in_state is None and self.index.actor(state) is not None):
            return state
        return None

    def state_of_person(self, key: str) -> str | None:
        """The state a person holds a post in, by the roles found so far."""
        for role in self.context.known_roles:
            if role.holder != key or role.of is None:
                continue
            actor = self.index.actor(role.of)
            if actor is not None and actor.type is ActorType.STATE:
                return actor.key
        return None

    def nationality(self, qualifier: MentionRef) -> bool:
        """A state named by its demonym (no possessive): "Ruritanian" rather than "Ruritania's"."""
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is not ActorType.STATE:
            return False
        text = qualifier.span.text
        return not text.endswith(POSSESSIVE_MARKS) and text.lower() != actor.name.lower()

    def _seat_from(self, span: Span, head: str, following: str) -> str | None:
        """ "Senator X from Ruritania": a seat held for the place or state the member comes from."""
        match = re.match(r"\s+from\s+", following)
        if head not in SEAT_INSTITUTIONS or match is None:
            return None
        ref = self.context.mention_starting(span.end + match.end())
        return ref.key if ref is not None and (ref.is_place or self.context.is_type(ref, ActorType.STATE)) else None

    def institution(self, head: str) -> str | None:
        """The assembly a seat belongs to ("senator" -> the article's Senate), when the text names just one
        ("Judge X" in a story naming two courts sits on either: no owner)."""
        for noun in SEAT_INSTITUTIONS.get(head, ()):
            named = {
                a.key for a in self.index.actors if a.type is ActorType.ORGANIZATION and noun in _head_nouns(a.name)
            }
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def of_for(self, qualifier: MentionRef | None, head: str, adjacent: bool = False) -> tuple[str | None, str | None]:
        """The organization or state a qualifier gives (a place right before a title gives itself: "Xville
        Mayor Y"); a party before a seat is membership instead."""
        if qualifier is None:
            return None, None
        if qualifier.is_place:
            # "Xville Mayor Y": a place owns its government's posts; "Xville editor Y" works for an unnamed body.
            owns = adjacent and place_post(head) and has_government(self.index, qualifier.key)
            return (qualifier.key, None) if owns else (None, None)
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is ActorType.PERSON:
            return None, None
        possessive = qualifier.span.text.endswith(POSSESSIVE_MARKS)
        if is_party(actor) and head in SEAT_INSTITUTIONS and not possessive:
            return self.institution(head) or self.context.home_state or self.context.main_state, actor.key
        if is_party(actor) and (head in STATE_POST_HEADS or head in PLACE_POST_HEADS) and not possessive:
            return None, actor.key  # "Democratic Gov. X": the holder's party; the post is a state's, not the party's
        return actor.key, None

    def of_after(self, span: Span, head: str) -> tuple[str | None, str | None]:
        """The state or organization after the name ("Prime Minister Ana Vel of Ruritania"), or a seat's place."""
        following = self.context.text[span.end : span.end + 12]
        match = re.match(r",?\s+of\s+(?:the\s+)?", following)  # "Senior researcher X, of the University"
        if not match:
            return self._seat_from(span, head, following), None
        ref = self.context.mention_starting(span.end + match.end())
        if ref is None or ref.is_place:
            # "Governor X of Xshire", "Senator X of Xshire": the place the seat is held for.
            seat = ref is not None and (head in SEAT_INSTITUTIONS or head in PLACE_POST_HEADS)
            return (ref.key if seat and ref is not None else None), None
        actor = self.index.actor(ref.key)
        if actor is not None and is_party(actor) and head in SEAT_INSTITUTIONS:
            return self.institution(head) or self.context.home_state or self.context.main_state, actor.key
        return ref.key, None

    def described_owner(self, j: int) -> tuple[str, int] | None:
        """ "the company's", "the country's": the actor of the kind the noun names, named before."""
        noun = self.context.doc[j - 1]
        if j < 2 or self.context.doc[j - 2].lower_ not in DEFINITE_ARTICLES:
            return None
        the = self.context.doc[j - 2].idx
        key = city_before(self.context, the) if noun.lower_ in CITY_NOUNS else self.described(noun.lower_, the)
        return (key, the) if key is not None else None

    def described(self, noun: str, offset: int) -> str | None:
        """The actor named before ``offset`` that a common noun describes: the organization whose name has the
        noun ("the commission"), the company the story is about so far ("the company"), else the nearest actor
        of the noun's kind."""
        wanted = ANTECEDENT_NOUNS.get(singular(noun))
        if wanted is None:
            return None
        antecedents = self.context.antecedents
        named = antecedents.organization_named_by(noun, offset) if wanted is ActorType.ORGANIZATION else None
        if named is not None:
            return named.key
        candidates = [r for r in self.index.actor_mentions_before(offset) if self.context.is_type(r, wanted)]
        if not candidates:
            return None
        if noun in COMPANY_NOUNS:
            # "the company's chief executive": the company the story is about so far, the nearest on a tie.
            counts = Counter(r.key for r in candidates)
            return max(candidates, key=lambda r: counts[r.key]).key
        return candidates[0].key

    def named_in_title(self, title_tokens: list[Token]) -> tuple[str, list[Token]] | None:
        """ "Acme Computer CEO": capitalised words opening a title that are no title words and start with the
        name of an organization the article names elsewhere; that organization and the title after them."""
        named = 0
        while named < len(title_tokens) - 1 and _name_word(title_tokens, named):
            named += 1
        for end in range(named, 0, -1):
            first, last = title_tokens[0], title_tokens[end - 1]
            key = self.organization_named(self.context.text[first.idx : last.idx + len(last.text)])
            if key is not None:
                return key, title_tokens[named:]
        return None

    def organization_named(self, name: str) -> str | None:
        """The organization the article names ``name`` (its name or an alias, as written)."""
        for actor in sorted(self.index.actors, key=lambda a: a.key):
            if actor.type is ActorType.ORGANIZATION and name in (actor.name, *actor.aliases):
                return actor.key
        return None

    def person_owned(self, begin: int) -> bool:
        """ "her campaign chairman X", "the senator's chief of staff X": a post in a person's own body, which the
        text does not name; no organization is guessed for it."""
        first = self.context.tokens(begin, begin + 1)
        if not first:
            return False
        doc = self.context.doc
        k = first[0].i - 1
        while k >= sentence_start(first[0]) and k > first[0].i - 4:
            if doc[k].lower_ in PERSONAL_POSSESSIVES:
                return True
            if not (doc[k].is_alpha and doc[k].text.islower()):
                break
            k -= 1
        if k < max(1, sentence_start(first[0])) or doc[k].text not in POSSESSIVE_MARKS:
            return False
        ref = self.context.mention_at(doc[k - 1])
        return ref is not None and not ref.is_place and self.context.is_type(ref, ActorType.PERSON)

    def sibling_post_owner(self, first: Token, title: str, head: str) -> str | None:
        """ "The union's President X ... Vice President Y": an unqualified post of the same kind as another one
        (not the same: "Acme's president X ... President Y" may be a state's) the text just gave in an
        organization, in this sentence or the one before in the same paragraph, is held there."""
        sentence = sentence_of(first)
        window = sentence_of(self.context.doc[sentence.start - 1]) if sentence.start > 0 else sentence
        paragraph_start = self.context.text.rfind("\n", 0, first.idx) + 1
        since = max(window.start_char, paragraph_start)
        for role in reversed(self.context.known_roles):
            if role.of is None or not since <= role.evidence.begin < first.idx:
                continue
            if role.title is None or not role.title.lower().endswith(head) or role.title.lower() == title.lower():
                continue
            if self.context.is_type_key(role.of, ActorType.ORGANIZATION):
                return role.of
        return None


def has_government(index: EntityIndex, place_key: str) -> bool:
    """Whether a place can own posts: a world region with no government of its own ("Asia director Y", "the
    Middle East envoy") is the post's area, not its owner; a region that has one ("Xshire police chief") is."""
    place = index.place(place_key)
    if place is None:
        return True
    name = place.name.lower()
    return not any(name == r or name.endswith(" " + r) for r in WORLD_REGIONS)


def place_post(head: str) -> bool:
    """A post a place can own: its government's, its seats' ("Xville's police chief", "Xshire's governor"); an
    editor or an analyst there works for a body the text does not name."""
    return head in POST_HEADS and head not in PRESS_POSTS


def city_before(context: RoleContext, offset: int) -> str | None:
    """ "the city's": the city named last before ``offset``, in this sentence or the one before."""
    first = context.tokens(offset, offset + 1)
    if not first:
        return None
    sentence = sentence_of(first[0])
    since = sentence_of(context.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
    cities = [
        ref
        for ref in context.index.mentions_in(since, offset)
        if ref.is_place and (place := context.index.place(ref.key)) is not None and place.type == "City"
    ]
    return cities[-1].key if cities else None


def discussed_state(context: RoleContext, nationality: Callable[[MentionRef], bool]) -> str | None:
    """The state the article is mostly about, as the last guess for a bare national post; not when the text
    writes that state's posts with its name ("the Ruritanian minister", "Ruritania's president") and names other
    states: a writer qualifies a foreign state's posts and leaves the home state's bare."""
    main = _main_state_unless_filed_elsewhere(context)
    if main is None or not any(
        _qualifies_title(context, ref, nationality)
        for ref in context.index.mentions_in(0, len(context.text))
        if ref.key == main and not ref.is_place
    ):
        return main
    others = any(a.type is ActorType.STATE and a.key != main for a in context.index.actors)
    return None if others else main


def _qualifies_title(context: RoleContext, ref: MentionRef, nationality: Callable[[MentionRef], bool]) -> bool:
    """The state's demonym or possessive stands before a title head, at most two words between ("Ruritanian
    President", "Ruritania's trade minister")."""
    if not (ref.span.text.endswith(POSSESSIVE_MARKS) or nationality(ref)):
        return False
    tokens = context.tokens(ref.span.begin, ref.span.end)
    if not tokens:
        return False
    for token in context.doc[tokens[-1].i + 1 : tokens[-1].i + 4]:
        if canonical(token) in TITLE_HEADS:
            return True
        if not token.is_alpha or context.mention_at(token) is not None:
            return False
    return False


def _head_nouns(name: str) -> set[str]:
    """The nouns that say what kind of body a name is: its last word, and the word before "of" ("Court of Appeal",
    "Royal Courts of Justice"), singular."""
    words = name.lower().split()
    heads = {words[-1]} if words else set()
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads | {singular(w) for w in heads}


def _met_in(context: RoleContext, ref: MentionRef) -> bool:
    """ "As they met in <capital>": where leaders of several states meet is one side's capital, no sign of whose
    post a bare title is."""
    tokens = context.tokens(ref.span.begin, ref.span.end)
    verb = tokens[-1].head.head if tokens and tokens[-1].head.dep_ == "prep" else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in MEETING_VERBS


def _destination(context: RoleContext, state: str, first: Token) -> bool:
    """The sentence names the state only as where a post is sent ("named Y as ambassador to Ruritania"): it is
    no guess for a post's own state."""
    sentence = sentence_of(first)
    refs = [r for r in context.index.mentions_in(sentence.start_char, sentence.end_char) if r.key == state]
    if not refs:
        return False
    for ref in refs:
        tokens = context.tokens(ref.span.begin, ref.span.end)
        root = next((t for t in tokens if t.head.i < tokens[0].i or t.head.i > tokens[-1].i), None)
        preposition = root.head if root is not None else None
        if (
            preposition is None
            or preposition.lower_ not in DESTINATION_PREPOSITIONS
            or canonical(preposition.head) not in TITLE_HEADS
        ):
            return False
    return True


def _capital_states_in_sentence(context: RoleContext, first: Token) -> set[str]:
    """The states whose capitals the post's sentence names after "in", named in the article or not."""
    sentence = sentence_of(first)
    states: set[str] = set()
    for ref in context.index.mentions_in(sentence.start_char, sentence.end_char):
        if ref.is_place and _after_in(context.text, ref.span.begin):
            place = context.index.place(ref.key)
            country = load_gazetteer().capital(place.name) if place is not None else None
            if country is not None:
                states.add(actor_key(ActorType.STATE, country.name))
    return states


def _main_state_unless_filed_elsewhere(context: RoleContext) -> str | None:
    """The state the article is mostly about, unless the story was filed from another state's capital: an
    unqualified post is then more likely that state's (the publisher's side) than the one discussed."""
    main = context.main_state
    dateline = DATELINE.search(context.text)
    if main is None or dateline is None:
        return main
    country = load_gazetteer().capital(dateline.group("city").title())
    if country is not None and actor_key(ActorType.STATE, country.name) != main:
        return None
    return main


def _coordinated(token: Token) -> bool:
    """ "Ruritania and Xland signed": a subject shared with another by "and" says no one state the sentence is
    about."""
    subject = token.head if token.dep_ == "poss" else token
    return any(c.dep_ == "conj" for c in subject.children)


def _counterpart(context: RoleContext, state: str, first: Token) -> bool:
    """The post's holder meets, addresses, deals with, acts against or travels to the state in the sentence
    ("Prime Minister X met Ruritanian officials", "President X thanked Ruritania", "talks with Ruritania",
    "X flew to Ruritania"): it is the other side, so no guess for the holder's own."""
    verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    holder = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS and first in c.subtree), None)
    if holder is None:
        return False
    addresses = verb.lemma_.lower() in MEETING_VERBS or verb.lemma_.lower() in ADDRESSEE_VERBS
    holder_side = {t.i for t in holder.subtree}
    sentence = sentence_of(first)
    for ref in context.index.mentions_in(sentence.start_char, sentence.end_char):
        if ref.key != state or ref.is_place:
            continue
        for token in context.tokens(ref.span.begin, ref.span.end):
            if token.i in holder_side or not any(a.i == verb.i for a in token.ancestors):
                continue
            chain = _up_to(token, verb)
            # "said talks with Ruritania would resume": a noun's "with"/"against" gives the other side even inside
            # what is said.
            if _noun_counterpart(token):
                return True
            # A state inside what is said ("told reporters that Ruritania would ...") is no counterpart.
            if any(a.pos_ in ("VERB", "AUX") for a in chain):
                continue
            if addresses or any(a.lower_ in COUNTERPART_PREPOSITIONS and a.dep_ == "prep" for a in chain):
                return True
            # "Prime Minister X flew to Ruritania": where the holder goes is not where the post is held.
            if verb.lemma_.lower() in MOTION_VERBS and any(a.lower_ in ARRIVAL_PREPOSITIONS for a in chain):
                return True
    return False


def _noun_counterpart(token: Token) -> bool:
    """The state's word is the object of "with" or "against" after a noun: "talks with X", "the war against X"."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in COUNTERPART_PREPOSITIONS
        and preposition.dep_ == "prep"
        and preposition.head.pos_ == "NOUN"
        and preposition.head.lower_ not in FAULT_NOUNS  # "the trouble with X" may be said of one's own state
    )


def _up_to(token: Token, top: Token) -> list[Token]:
    """The tokens between ``token`` and its ancestor ``top``, nearest first."""
    chain: list[Token] = []
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            break
        chain.append(ancestor)
    return chain


def _name_word(tokens: list[Token], k: int) -> bool:
    """A word of a name opening a title: no title word proper, or a hyphen inside the name."""
    return not _title_word_proper(tokens[k]) or _joining_hyphen(tokens, k)


def _joining_hyphen(tokens: list[Token], k: int) -> bool:
    """A hyphen with no space around it between two capitalised words that are no title words: inside a name
    ("AB-CD President"), not between the parts of a post ("Secretary-Treasurer")."""
    token = tokens[k]
    if token.text not in ("-", "‑") or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        not before.whitespace_
        and not token.whitespace_
        and not _title_word_proper(before)
        and not _title_word_proper(after)
    )


def _title_word_proper(token: Token) -> bool:
    """A word of a title proper: a title word, or a lowercase word; not a capitalised name."""
    lower = canonical(token)
    return lower in TITLE_HEADS or lower in TITLE_MODIFIERS or not token.text[:1].isupper()


class PostReader:
    """What each reader of posts (before a name, before a comma, after a name) starts from."""

    def __init__(self, context: RoleContext, owners: Owners) -> None:
        self.context = context
        self.owners = owners
        self.doc = context.doc
        self.text = context.text
        self.index = context.index

    def _place_before(self, i: int, sent_start: int, title_tokens: list[Token]) -> bool:
        """A place or state named right before the word at ``i``, before a public office (a party word between it
        and the post: "Xshire Republican Governor X" is the holder's party, and the post the place's; "Xshire
        Republican leader X" is the party's)."""
        if not is_public_office(title_tokens):
            return False
        ref = self.context.mention_at(self.doc[i - 1]) if i - 1 >= sent_start else None
        return ref is not None and (ref.is_place or self.context.is_type(ref, ActorType.STATE))

    def _party_after_place(self, i: int, sent_start: int, title_tokens: list[Token]) -> int | None:
        """Where the party mention holding the word at ``i`` starts, when a place or state comes right before it
        ("Xshire Democratic Governor, X"); None otherwise."""
        ref = self.context.mention_at(self.doc[i]) if i >= sent_start else None
        actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
        if ref is None or actor is None or not is_party(actor):
            return None
        first = self.context.tokens(ref.span.begin, ref.span.end)[0].i
        return first if self._place_before(first, sent_start, title_tokens) else None
