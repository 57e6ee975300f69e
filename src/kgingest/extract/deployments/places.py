"""Where forces go: the place or state a clause names."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    COMPLEMENT_LABELS,
    NOUN_MODIFIERS,
    PARTICIPLE_LINKS,
    PREPOSITION_LABELS,
    has_label,
    is_aux,
    is_det,
    is_dobj,
    is_label,
    is_pobj,
    is_prep,
    is_relcl,
)
from kgingest.extract.deployments.grammar import phrase_chars, subtree_chars, subtree_span, token_chars, withdrawing
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.resolver import country_of, fold_text
from kgingest.extract.index import EntityIndex, MentionRef, doc_text, place_key
from kgingest.model import ActorType, Place
from kgingest.timex import TIME_ENTITIES

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


# "the province", "the area": a description of a few words points back to a place; a longer phrase
# ("the area around X") names its own.
MAX_PLACE_DESCRIPTION_TOKENS = 3


class ListedPlace(NamedTuple):
    """A state after the first of a list the forces go to, and whether the list gives it a time of its own."""

    state: str
    own_time: bool


def _dated(first: Token, named: dict[str, Token], clause: list[Token]) -> list[ListedPlace]:
    """Which later places of a list come with a time of their own: "to A in May and to B in July" dates each place,
    so B's time is B's and A's is not B's. The list dates its places one by one only when a time stands between the
    first place and the next; a time after the last place of "to A, B and C in May" is the whole list's, and a time
    elsewhere in the clause ("expects them home by December") is no place's."""
    times = [t.i for t in clause if t.ent_type_ in TIME_ENTITIES]
    bounds = [first.i, *(t.i for t in named.values()), max(t.i for t in clause) + 1]
    timed = [any(bounds[k] < i < bounds[k + 1] for i in times) for k in range(len(bounds) - 1)]
    return [ListedPlace(state, timed[0] and own) for state, own in zip(named, timed[1:], strict=True)]


def _war_zone(noun: Token) -> bool:
    """ "the war zone", "the combat zone": the country at war named before, when no name says which zone."""
    modifiers = [c for c in noun.children if has_label(c, NOUN_MODIFIERS)]
    if noun.lemma_.lower() not in lex.ZONE_NOUNS or any(t.pos_ == "PROPN" for t in noun.subtree):
        return False
    return any(c.lemma_.lower() in lex.WAR_NOUNS | lex.OPERATION_NOUNS for c in modifiers)


# "Ruritania's Kelm region": a possessive right before a place's name, and a word for a part of a state after it
# (not "Ruritania's X policy" or "Y's X ally").
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
REGION_AFTER = re.compile(r"\s*(?:region|province|oblast|district|county|prefecture)\b", re.IGNORECASE)


def tie_places_to_states(index: EntityIndex, text: str) -> None:
    """A place whose state the actor stage did not find lies in the state the text names as its owner ("Ruritania's
    X region"), when one of its mentions follows that state's possessive and names a region."""
    for place in index.places:
        if place.in_state is not None:
            continue
        for mention in place.mentions:
            before = text[max(0, mention.begin - 4) : mention.begin]
            found = POSSESSIVE_BEFORE.search(before)
            region = REGION_AFTER.search(mention.text) or REGION_AFTER.match(text, mention.end)
            if found is None or region is None:
                continue
            end = mention.begin - len(before) + found.start()
            # the state's mention may end before the possessive or take it in ("Ruritania's")
            owners = [m for m in index.actor_mentions_before(mention.begin) if end <= m.span.end <= mention.begin]
            state = index.actor(owners[0].key) if owners else None
            if state is not None and state.type is ActorType.STATE:
                place.in_state = state.key
                break


def _misread_destination(token: Token) -> Token | None:
    """ "sent troops to X more than a week ago", "to X to fight", "to eastern X and ...": the parser may read "to X"
    as an infinitive, the name (or a compass word before it) a verb with "to" for its auxiliary."""
    if not any(is_aux(c, "to") and c.i == token.left_edge.i for c in token.children):
        return None
    if token.pos_ == "PROPN" and has_label(token, PARTICIPLE_LINKS | COMPLEMENT_LABELS):
        return token
    if token.lower_ in lex.COMPASS_WORDS:
        return next((c for c in token.children if is_dobj(c) and c.pos_ == "PROPN"), None)
    return None


def _name_chars(token: Token) -> tuple[int, int]:
    """The characters of a name and the words that modify it before it ("eastern X")."""
    kept = [token, *(c for c in token.children if has_label(c, NOUN_MODIFIERS) and c.i < token.i)]
    return min(t.left_edge.idx for t in kept), token.idx + len(token.text)


class PlaceReader:
    """Where forces go: the place or state a clause names."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.index = ctx.index

    def abroad(self, mention: Mention) -> bool:
        """The forces go to a state other than the sender's (police sent abroad, not policing at home)."""
        if mention.location is None or mention.sender is None:
            return False
        return country_of(mention.location, self.index) != mention.sender

    def location(self, clause: list[Token], head: Token, sender: str | None, force: Token | None) -> str | None:
        prepositions = set(lex.LOCATION_PREPOSITIONS)
        if withdrawing(head):
            prepositions.add("from")
        elif head.lemma_.lower() in lex.LEAVING_VERBS:
            prepositions.add("for")  # "left X for Y"
            # "left the port of A in B for C": what is left, and where it lies, is where the forces come from
            going = [t for t in clause if t.head.i == head.i and t.lower_ in lex.DESTINATION_PREPOSITIONS]
            found = self.location_in([t for prep in going for t in prep.subtree], prepositions, sender)
            if found is not None:
                return found
        force_tokens = {t.i for t in force.subtree} if force is not None and force.i != head.i else set()
        # Where the sending goes comes before where the forces are from ("soldiers in X were sent to Y"), and a
        # preposition of the trigger itself before one buried in a description ("..., a mission to the region").
        tiers: list[list[Token]] = [[], [], []]
        for token in clause:
            tiers[2 if token.i in force_tokens else 0 if token.head.i == head.i else 1].append(token)
        for tier in tiers:
            found = self.location_in(tier, prepositions, sender)
            if found is not None:
                return found
        # Only the verb's own preposition sends forces to a border: "soldiers, veterans of the fighting near the
        # border," says where they fought before, not where they go. The parser may hang the verb's preposition on
        # its object ("stationed 300 soldiers along the border"); one hung deeper in the force's description is not.
        own = [c for c in force.children if c.i > force.i and is_prep(c)] if force is not None and force_tokens else []
        return self._border(tiers[0]) or self._border([t for t in own if t in clause])

    def where_clause_place(self, verb: Token) -> str | None:
        """ "Mali, where militants held the north until France intervened": the place a where-clause describes."""
        for clause in (verb, *verb.ancestors):
            if is_relcl(clause) and any(c.lower_ == "where" for c in clause.children):
                return self.place_or_state(clause.head, whole=False)
        return None

    def _border(self, tokens: list[Token]) -> str | None:
        """ "sent to the border": the border, a place of its own, when nothing else says where the forces go."""
        for prep in tokens:
            if not has_label(prep, PREPOSITION_LABELS) or prep.lower_ not in lex.BORDER_PREPOSITIONS:
                continue
            for pobj in (c for c in prep.children if is_pobj(c)):
                # "the border", "the southern border", "the border with X": the border whatever describes it
                the = any(is_det(c, "the") for c in pobj.children)
                described = all(
                    is_det(c, "the") or (is_label(c, "amod") and c.pos_ == "ADJ") or is_prep(c, "with", "between")
                    for c in pobj.children
                )
                if the and described and pobj.lemma_.lower() in lex.BORDER_WORDS:
                    return self._unnamed_place(pobj, "the border")
        return None

    def location_in(self, tokens: list[Token], prepositions: AbstractSet[str], sender: str | None) -> str | None:
        """The first place these prepositions name, else the first state other than the sender."""
        states: list[str] = []
        for prep in tokens:
            out_of = prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"
            is_preposition = has_label(prep, PREPOSITION_LABELS)
            misread = _misread_destination(prep) if "to" in prepositions else None
            if misread is None and (not is_preposition or (prep.lower_ not in prepositions and not out_of)):
                continue
            for pobj in [misread] if misread is not None else (c for c in prep.children if is_pobj(c)):
                if prep.lower_ == "in" and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex.IDIOM_NOUNS_AFTER_IN:
                    continue  # "in support of the X-based government" names no place the forces go
                # "in X, where ... near Y" is in X; a misread name is the name alone, not the clause it heads
                begin, end = _name_chars(pobj) if misread is not None else phrase_chars(pobj)
                described = self._described_state(pobj, sender)
                if described is not None:  # "the Baltic state": a state, whatever place names modify it
                    states.append(described)
                    continue
                region = self._described_place(pobj)
                if region is not None:  # "in the province": the place named last
                    return region
                place = self._common_state(pobj) or self.index.place_at(begin, end) or self._place_named(begin, end)
                if place is not None:
                    return place
                # "against the X Front": a front that names an actor is no front line
                fronts = [t for t in pobj.subtree if t.lower_ in lex.FRONT_WORDS]
                if any(self.index.actor_at(*token_chars(t)) is None for t in fronts):
                    return self._front_place(pobj)
                if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex.BORDER_WORDS:
                    continue  # "near the border with X": the border (see `_border`), not the neighbour beyond it
                # The name itself before the phrase: "to X for the UN mission" is to X, not to the UN.
                named = self.ctx.actors.resolve(*token_chars(pobj)) if pobj.pos_ == "PROPN" else None
                actor = named if named is not None and self.ctx.actors.is_state(named) else None
                actor = actor or self.ctx.actors.resolve(begin, end)
                if actor is not None and actor != sender and self.ctx.actors.is_state(actor):
                    states.append(actor)
        return states[0] if states else None

    def conjoined_states(self, clause: list[Token], location: str | None, sender: str | None) -> list[ListedPlace]:
        """The other states of a list whose first is ``location``, in text order: "to A, B and C" gives B and C,
        each with whether it comes with a time of its own (see `_dated`)."""
        if location is None or not self.ctx.actors.is_state(location):
            return []
        for token in clause:
            if not is_pobj(token) or token.pos_ != "PROPN" or self.ctx.actors.resolve(*token_chars(token)) != location:
                continue
            names = [c for c in token.conjuncts if c.i > token.i]
            # "in A in March, in B in April and in C in June": the same preposition again, each with its own state;
            # the parser may join "and to B" to the date's preposition ("to A in May and to B in July")
            prep = token.head
            siblings = [c for c in prep.head.children if c.i > prep.i and has_label(c, PREPOSITION_LABELS)]
            again = sorted(
                {c for p in (prep, *siblings) for c in (p, *p.conjuncts) if c.i > prep.i and c.lower_ == prep.lower_},
                key=lambda t: t.i,
            )
            names += [o for c in again if c in clause for o in c.children if is_pobj(o) and o.pos_ == "PROPN"]
            # "in B in April and C in June": the parser joins C to the date before it, not to B
            names += [
                c
                for p in siblings
                for o in p.children
                if is_pobj(o) and o.ent_type_ in TIME_ENTITIES
                for c in o.conjuncts
                if c.i > o.i and c.pos_ == "PROPN" and c in clause
            ]
            # "troops to A and doctors to B": a common noun joined to A opens a gapped clause with its own object,
            # so the places after it are that object's, not this force's
            gap = min((c.i for c in token.conjuncts if c.i > token.i and c.pos_ == "NOUN"), default=len(self.ctx.doc))
            named: dict[str, Token] = {}
            for name in sorted((n for n in names if n.i < gap), key=lambda t: t.i):
                state = self.ctx.actors.resolve(*token_chars(name))
                if state is not None and state not in (sender, location) and self.ctx.actors.is_state(state):
                    named.setdefault(state, name)
            return _dated(token, named, clause)
        return []

    def place_or_state(self, phrase: Token, whole: bool = True) -> str | None:
        begin, end = subtree_chars(phrase) if whole else token_chars(phrase)
        place = self.index.place_at(begin, end)
        if place is not None:
            return place
        actor = self.ctx.actors.resolve(begin, end)
        return actor if actor is not None and self.ctx.actors.is_state(actor) else None

    def _place_named(self, begin: int, end: int) -> str | None:
        """A place whose name the phrase is, where the actor stage recorded the name as something else (a region's
        name taken for an organization's)."""
        surface = fold_text(doc_text(self.ctx.doc)[begin:end])
        surface = surface[4:] if surface.startswith("the ") else surface
        for place in sorted(self.index.places, key=lambda p: p.key):
            if surface in {fold_text(place.name), *(fold_text(alias) for alias in place.aliases)}:
                return place.key
        return None

    def _common_state(self, phrase: Token) -> str | None:
        """ "bases in X, Y and Z": a list of places of one state names that state, not the first of them.

        Names in the list the index does not know as places (small towns, which the actor stage may even
        take for organizations) are taken to be places of the same state; a state in the list must be that state.
        """
        for token in phrase.subtree:
            first = self.index.place_at(token.idx, token.idx + len(token.text))
            others = [c for c in token.conjuncts if c.i > token.i and c.pos_ == "PROPN"]
            if first is None or not others:
                continue
            states = set()
            for name in (token, *others):
                key = self.index.place_at(name.idx, name.idx + len(name.text))
                place = self.index.place(key) if key is not None else None
                if place is not None:
                    states.add(place.in_state)
                elif (actor := self.index.actor_at(name.idx, name.idx + len(name.text))) and self.ctx.actors.is_state(
                    actor
                ):
                    states.add(actor)  # "in X and Y", Y a state: one state only when X lies in Y
            state = states.pop() if len(states) == 1 else None
            return state if state is not None and self.ctx.actors.is_state(state) else None
        return None

    def _described_state(self, noun: Token, sender: str | None) -> str | None:
        """ "in the country", "to the Baltic state": the state named last before it, other than the sender."""
        if not any(c.lower_ == "the" for c in noun.children):
            return None
        if noun.lemma_.lower() not in lex.STATE_DESCRIPTIONS and not _war_zone(noun):
            return None
        # A place named last stands for its state too: "... sites in the capital X. ... in the country".
        # A state already sending forces is rarely the country another sender's forces are in.
        fallback: str | None = None
        for mention in self.index.mentions_before(noun.idx):
            actor = country_of(mention.key, self.index) if mention.is_place else self.ctx.actors.as_state(mention.key)
            if actor != sender and self.ctx.actors.is_state(actor):
                if actor not in self.ctx.senders:
                    return actor
                fallback = fallback or actor
        return fallback

    def _described_place(self, noun: Token) -> str | None:
        """ "the province", "the area": the place named last before it (a state's own places only)."""
        if noun.lemma_.lower() not in lex.PLACE_DESCRIPTIONS:
            return None
        if not any(is_det(c, "the") for c in noun.children) or len(list(noun.subtree)) > MAX_PLACE_DESCRIPTION_TOKENS:
            return None  # "the area around X" names its own place
        wide = noun.lemma_.lower() != "area"  # "the province" is no city; "the area" may be around one

        def fits(mention: MentionRef) -> bool:
            place = self.index.place(mention.key) if mention.is_place else None
            return place is not None and not (wide and place.type == "City")

        found = self.ctx.antecedents.nearest_mention_where(noun.idx, fits)
        return found.key if found is not None else None

    def _front_place(self, pobj: Token) -> str:
        """The front line: a place every war has, added to the index when the actor stage did not."""
        return self._unnamed_place(pobj, "the front")

    def _unnamed_place(self, pobj: Token, name: str) -> str:
        """A place known by a common noun ("the front", "the border"), added to the index when it is not there."""
        span = subtree_span(pobj)
        key = place_key(name.removeprefix("the "))
        if self.index.place(key) is None:
            self.index.add_place(Place(key=key, name=name, type="Region", mentions=[span]))
        else:
            self.index.add_mention(key, span)
        return key
