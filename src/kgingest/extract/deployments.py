"""Military deployments: armed forces a state or organization sends somewhere.

Each sentence is searched for deployment mentions: a trigger (a verb such as
"deploy", "dispatch", "send", "arrive", "participate in operations", or a noun
such as "deployment") together with the force it moves ("troops",
"soldiers", "commanders" ...). A mention's slots are read off the dependency
parse of its clause; senders, parties and places are resolved only through
the `EntityIndex`. Mentions of one sender at compatible places merge into one
`Deployment`; a definite "the deployment" with no sender of its own joins the
deployment mentioned last. Threats, conditionals, negated sendings and
exercises are not deployments.

Entry point: `find_deployments`. Word lists live in `deployment_lexicon`;
sizes come from `kgingest.quantities`, start dates from `kgingest.timex`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.index import EntityIndex, actor_key, place_key
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType, Article, Deployment, Place, Quantity, Span, Statement, TimeValue
from kgingest.quantities import find_quantities, is_year_like
from kgingest.timex import find_times, latest_of

PRONOUNS = frozenset({"it", "they", "its", "their", "itself", "themselves", "we", "our"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis", "relcl"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A time after these words ends a stay: "until the end of 2026", "through 2027".
END_BOUND_BEFORE = re.compile(r"(?:\b(?:until|till|through)(?: the (?:end|close))?|\b(?:end|close))(?: of)?\s*$")
END_BOUND_START = re.compile(r"(?:until|till|through)\b")
# Characters read after an offset to match a state's name there; longer than any state's name or alias.
STATE_NAME_CHARS = 60
# "the province", "the area": a description of a few words points back to a place; a longer phrase
# ("the area around X") names its own.
MAX_PLACE_DESCRIPTION_TOKENS = 3
# A dateline ("CITY, Sept 17 (Agency) -") ends within the first words of its sentence.
DATELINE_TOKENS = 16
# Sorts a start without an upper bound after every dated one.
_UNDATED = 10**9


@dataclass
class _Mention:
    """One sentence's description of a deployment, before merging."""

    trigger: Token
    anchor: Span
    sender: str | None
    force: Token | None = None
    supported: str | None = None
    opponent: str | None = None
    location: str | None = None
    size: Quantity | None = None
    start: TimeValue | None = None
    legal_basis: Span | None = None
    purpose: Span | None = None
    status: str | None = None
    triggers: list[Span] = field(default_factory=list)
    # Adds to a deployment already found but never starts one ("French troops fought ...").
    merge_only: bool = False
    # Joins only a deployment mentioned in the same sentence ("..., ending a nine-year deployment").
    sentence: tuple[int, int] | None = None
    # In a heading: a summary of the body, so it may add to a deployment the body describes but never starts one.
    in_heading: bool = False
    # A sentence that only gives the force's size ("officials put the number at 500"): the whole force, so it
    # beats a count read off a sending ("sent an additional 300").
    stated_size: bool = False
    # Describes a formation the forces of a deployment just named serve in ("a battlegroup based at Y"): it may
    # name a place of unknown state, which then lies where that deployment is.
    in_formation: bool = False
    # Its location is the sea off a state ("operated off X"), not the state itself.
    offshore: bool = False


def find_deployments(doc: Doc, article: Article, index: EntityIndex, statements: list[Statement]) -> list[Deployment]:
    """Every deployment the article describes, merged over its mentions, keyed d1, d2 ... in text order."""
    finder = _Finder(doc, article, index)
    mentions = [m for token in doc if (m := finder.mention(token)) is not None]
    # Imported here: the rules' reader builds on this module's finder and mention.
    from kgingest.extract.deployment_rules import add_rule_mentions

    mentions = add_rule_mentions(finder, mentions)
    for mention in mentions:
        mention.in_heading = any(h.begin <= mention.anchor.begin < h.end for h in article.headings)
    deployments = _merge(mentions, index)
    for number, deployment in enumerate(deployments, start=1):
        deployment.key = f"d{number}"
        deployment.casualties = finder.casualties(deployment)
    _link_statements(deployments, statements)
    return deployments


class _Finder:
    """Reads deployment mentions and their slots off one parsed article."""

    def __init__(self, doc: Doc, article: Article, index: EntityIndex) -> None:
        self.doc = doc
        self.article = article
        self.index = index
        # "military advisers" once named make a later "the advisers" a force too.
        self.named_forces: dict[str, int] = {}
        self.senders: set[str] = set()  # senders of the mentions found so far, in text order
        for token in doc:
            lemma = _noun_lemma(token)
            if lemma in lex.QUALIFIED_FORCE_NOUNS and _is_force(token):
                self.named_forces.setdefault(lemma, token.i)

    # -- finding mentions

    def mention(self, token: Token) -> _Mention | None:
        found = self._mention(token)
        if found is not None and found.force is not None and _stays_home(found.force) and not self._abroad(found):
            return None
        if found is not None and found.sender is not None:
            self.senders.add(found.sender)
        return found

    def _abroad(self, mention: _Mention) -> bool:
        """The forces go to a state other than the sender's (police sent abroad, not policing at home)."""
        if mention.location is None or mention.sender is None:
            return False
        return _country(mention.location, self.index) != mention.sender

    def _mention(self, token: Token) -> _Mention | None:
        lemma = token.lemma_.lower()
        if lemma in lex.SIZE_NOUNS | lex.SIZE_VERBS | lex.SIZE_ADJECTIVES | lex.ESTIMATING_VERBS:
            return self._size_mention(token)
        if token.pos_ in ("VERB", "AUX") or (token.tag_ in ("VBN", "VBD", "VBG") and lemma != "deployment"):
            if lemma in lex.TRANSITIVE_TRIGGERS or lemma in lex.INTRANSITIVE_TRIGGERS:
                return self._verb_mention(token)
            if lemma in lex.MISSION_VERBS and (found := self._mission_mention(token)) is not None:
                return found
            if lemma in lex.CONTINUATION_VERBS:
                return self._continuation_mention(token)
            if lemma in lex.REPLACING_VERBS:
                return self._replaced_mention(token)
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            if lemma in lex.EVENT_NOUNS or token.lower_ in lex.EVENT_NOUNS:
                return self._noun_mention(token)
            if lemma in lex.SELF_DEPLOYED_NOUNS:
                return self._force_noun_mention(token)
        return None

    def _verb_mention(self, verb: Token) -> _Mention | None:
        force = self._force_of_verb(verb)
        if force is None or not self._is_real(verb) or _negated(force) or self._is_exercise(verb):
            return None
        # The one who sends beats whose forces they are: "Ostravia deployed hired fighters".
        inviting = verb.lemma_.lower() in lex.INVITING_VERBS
        sender = (None if inviting else self._agent(verb)) or self._subject_sender(verb, force, named_only=True)
        sender = sender or self._owner(force) or self._subject_sender(verb, force) or self._possessor(verb, force)
        anchor = _clause_span(verb)
        mention = _Mention(trigger=verb, anchor=anchor, sender=sender, force=force, triggers=[_token_span(verb)])
        mention.merge_only = verb.lemma_.lower() in lex.CARRYING_VERBS  # "a plane carrying 200 troops"
        self._fill_slots(mention, verb, force)
        if inviting:
            mention.supported = self._agent(verb) or mention.supported  # "forces invited by X": X is helped
        if verb.lemma_.lower() in lex.KEEPING_VERBS and mention.location is None:
            return None  # "kept its troops on alert", "maintains a large army"
        if verb.lemma_.lower() in lex.HAVING_VERBS and (not self._abroad(mention) or not self._can_send(sender or "")):
            return None  # "X has soldiers in Y" is a deployment only for a state or organization abroad
        mention.status = self._status(verb)
        if sender is not None and self._joined_formation(force, sender):
            # "its contribution to a NATO battlegroup based at X": the alliance is helped, the forces are the
            # contributor's own, named in the sentence before or in this one.
            mention.supported = mention.supported or sender
            mention.sender = None
            mention.in_formation = True
        return mention

    def _joined_formation(self, force: Token, sender: str) -> bool:
        """``force`` is an organization's formation that others serve in or contribute to ("serve in a UN force")."""
        actor = self.index.actor(sender)
        if actor is None or actor.type is not ActorType.ORGANIZATION or self._owner(force) != sender:
            return False
        return force.dep_ == "pobj" and force.head.lower_ in lex.JOINING_PREPOSITIONS

    def _mission_mention(self, verb: Token) -> _Mention | None:
        """A sender joining, starting or ending a military mission: "X will join the peacekeeping mission in Y with
        300 soldiers", "its soldiers began patrols around Z", "X has ended its military mission in Y"."""
        missions = [c for c in verb.children if c.dep_ == "dobj" and _noun_lemma(c) in lex.MISSION_NOUNS]
        if not missions or not self._is_real(verb) or self._is_exercise(verb):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        carried = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        force = next((f for c in (*subjects, *carried) if (f := _force_in_phrase(c)) is not None), None)
        if force is None and not _military(missions[0]):
            return None  # "the firm began operations in X"
        if force is not None and force in subjects:
            sender = self._owner(force) or self._possessor(verb, force)
        else:
            sender = self._subject_sender(verb, missions[0])
        if sender is None or not self._can_send(sender):
            return None
        mention = _Mention(
            trigger=verb, anchor=_clause_span(verb), sender=sender, force=force, triggers=[_token_span(verb)]
        )
        self._fill_slots(mention, verb, force)
        mention.status = self._status(verb)
        return mention

    def _continuation_mention(self, verb: Token) -> _Mention | None:
        """A sender's forces fighting or serving somewhere: more about a deployment found elsewhere."""
        forces = self._acting_forces(verb)
        if not forces or not self._is_real(verb) or _negated(forces[0]) or self._is_exercise(verb):
            return None
        sender = self._owner(forces[0]) or self._possessor(verb, forces[0])
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in forces[0].children)
        if sender is None and not definite:
            return None  # "the force will support X" says more about the force just named; "troops fought" not
        mention = _Mention(
            trigger=verb, anchor=_clause_span(verb), sender=sender, force=forces[0], triggers=[_token_span(verb)]
        )
        self._fill_slots(mention, verb, forces[0])
        if sender is None:
            mention.merge_only = True
            mention.start = None
            return mention
        fighting = verb.lemma_.lower() in lex.FIGHT_VERBS
        if (
            mention.location is None
            and fighting
            and mention.supported is not None
            and self._is_state(mention.supported)
        ):
            mention.location = mention.supported  # "fight alongside Malian troops": in Mali
        since = (
            mention.start is not None
            and mention.start.span is not None
            and mention.start.span.text.lower().startswith("since")
        )
        if self._abroad(mention) and (verb.lemma_.lower() in lex.PRESENCE_VERBS or since or _present_tense(verb)):
            # "peacekeepers have served in X since 2011", "mercenaries have been fighting in X since 2024",
            # "troops are fighting alongside X in Y": there, and since when.
            mention.status = "ongoing"
            return mention
        if _aboard(verb):
            # "2,500 personnel are aboard the ships": the crew of a deployment found elsewhere
            mention.merge_only = True
            return mention
        if verb.lemma_.lower() in lex.PRESENCE_VERBS - lex.CONTINUATION_ONLY_PRESENCE:
            return None  # "the soldiers are in good spirits": being somewhere at home says nothing
        if not since:
            mention.start = None  # when they fought is not when they were sent; "there since 2019" bounds it
        mention.merge_only = True
        return mention

    def _acting_forces(self, verb: Token) -> list[Token]:
        """The forces that are the subject of ``verb``, also through a relative pronoun or a misparse."""
        forces = [c for c in verb.children if c.dep_ == "nsubj" and _is_force(c)]
        if forces:
            return forces
        relative = any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
        if relative and verb.dep_ == "relcl" and self._is_force_or_named(verb.head):
            return [verb.head]  # "Ostravian troops, who have served in X since 2019, ...": the pronoun is the force
        infinitive = any(c.dep_ == "aux" for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ in ("VB", "VBP", "VBZ") and not infinitive:
            # "X forces, invited by Y, now fight alongside ...": the parser may hang the main verb on its subject
            return [verb.head] if self._is_force_or_named(verb.head) else []
        return []

    def _size_mention(self, word: Token) -> _Mention | None:
        """A sentence giving a force's size: "officials put the number at around 500 soldiers", "estimates of
        their number ranged from 8,000 to 10,000", "the contingent numbered about 1,100", "about 900 strong".

        It names the force by a force noun (whose owner is the sender) or by "their"/"its" (the deployment
        mentioned last); it only ever adds to a deployment found elsewhere.
        """
        sentence = word.sent
        if any(t.lemma_.lower() in lex.CASUALTY_WORDS or t.lower_ in lex.CASUALTY_WORDS for t in sentence):
            return None  # "the figure of dead soldiers": a toll, not a size
        force = _sized_force(word)
        if force is None and not _their_size(word):
            return None
        quantities = [q for q in self._stated_quantities(word) if not is_year_like(q) and not q.vague]
        if not quantities:
            return None
        sender = self._owner(force) if force is not None else None
        tokens = [t for t in sentence if not t.is_punct and not t.is_space and not _in_dateline(t)] or [word]
        return _Mention(
            trigger=word,
            anchor=_tokens_span(self.doc, tokens),
            sender=sender,
            force=force,
            size=quantities[0],
            triggers=[_token_span(word)],
            merge_only=True,
            stated_size=True,
        )

    def _stated_quantities(self, word: Token) -> list[Quantity]:
        """The numbers a size word gives: the count before "strong", else every count from the word on."""
        if word.pos_ == "ADJ":
            counts = [c for c in word.children if c.pos_ == "NUM" and c.i < word.i]
            begin, end = _subtree_chars(counts[0]) if counts else (word.idx, word.idx)
            return find_quantities(self.doc.text[begin:end], begin)
        return find_quantities(self.doc.text[word.idx : word.sent.end_char], word.idx)

    def _replaced_mention(self, verb: Token) -> _Mention | None:
        """ "..., replacing a Moroccan unit that has served there since 2019": the replaced force was deployed too."""
        for unit in (c for c in verb.children if c.dep_ == "dobj"):
            if _noun_lemma(unit) not in lex.FORCE_NOUNS | lex.QUALIFIED_FORCE_NOUNS or not self._is_real(verb):
                continue
            sender = self._owner(unit)
            if sender is None:
                continue
            anchor = _subtree_span(unit)
            mention = _Mention(trigger=verb, anchor=anchor, sender=sender, force=unit, triggers=[_token_span(verb)])
            self._fill_slots(mention, unit, unit, with_relative_clauses=True)
            if mention.location is None and verb.head.i != verb.i:
                # Where the relief goes is where the replaced unit is.
                mention.location = self._location(_clause_tokens(verb.head), verb.head, sender, None)
            if mention.location is None:
                return None
            mention.status = "ongoing"
            return mention
        return None

    def _possessor(self, clause: Token, force: Token) -> str | None:
        """Whose forces, by a possessive pronoun: "Rwanda said its peacekeepers would remain ...", "X, whose
        forces were invited ..." (the noun the relative clause describes)."""
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in force.children):
            relative = next((a for a in force.ancestors if a.dep_ == "relcl"), None)
            return self._subject_actor(relative.head) if relative is not None else None
        pronouns = [c for c in force.children if c.dep_ == "poss" and c.lower_ in PRONOUNS]
        return self._pronoun_antecedent(clause, pronouns[0]) if pronouns else None

    def _noun_mention(self, noun: Token) -> _Mention | None:
        """A deployment noun ("the deployment of X's troops to Y"), its slots read off the clause it stands in."""
        if _wanted_or_denied(noun):
            return None
        governor = noun.head
        force = self._force_of_noun(noun) or _keeper_force(noun)
        if noun.lemma_.lower() in lex.QUALIFIED_EVENT_NOUNS and force is None and not _military(noun):
            return None  # "the presence of journalists"
        sender = self._noun_sender(noun, force)
        # An indefinite mention with no sender names no particular deployment, unless its sentence names one.
        indefinite = sender is None and not any(c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
        # A deployment that is the subject of its clause is described by that clause.
        clause = governor if noun.dep_ in ("nsubj", "nsubjpass") and governor.pos_ in ("VERB", "AUX") else noun
        if self._is_exercise(clause):
            return None
        anchor = _clause_span(clause)
        mention = _Mention(trigger=noun, anchor=anchor, sender=sender, force=force, triggers=[_token_span(noun)])
        self._fill_slots(mention, clause, force, with_relative_clauses=True)
        if mention.location is None and noun.dep_ == "dobj":
            # The parser often hangs "to X" right after the object on the verb: "condemned the deployment ... to X".
            follower = [c for c in governor.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
            for prep in follower:
                mention.location = self._location(list(prep.subtree), noun, sender, force)
        if indefinite:
            mention.sentence = (noun.sent.start_char, noun.sent.end_char)
        _set_noun_status(mention, noun)
        if sender is None and not _has_definite_determiner(noun) and not _has_slot(mention):
            return None  # a bare "a deployment" names none in particular
        return mention

    def _noun_sender(self, noun: Token, force: Token | None) -> str | None:
        """Who sends the forces a deployment noun speaks of: the force's owner, the noun's possessor, or the
        subject of a clause that keeps them ("X has a military presence in Y")."""
        sender = self._owner(noun) if any(c.dep_ == "poss" for c in noun.children) else None
        if force is not None:
            sender = self._owner(force) or sender or self._possessor(noun, force)  # "the withdrawal of its troops"
        if sender is None and _kept(noun):
            sender = self._subject_sender(noun.head, noun)  # "X has a military presence in Y"
        return sender

    def _force_noun_mention(self, noun: Token) -> _Mention | None:
        """Peacekeepers or a contingent of a named sender at a named place are a deployment by themselves."""
        if _negated(noun) or noun.head.lemma_.lower() in lex.TRANSITIVE_TRIGGERS | lex.INTRANSITIVE_TRIGGERS:
            return None  # the verb's own mention covers it
        sender = self._owner(noun)
        if sender is None:
            return None
        anchor = _clause_span(noun)
        mention = _Mention(trigger=noun, anchor=anchor, sender=sender, force=noun, triggers=[_token_span(noun)])
        self._fill_slots(mention, noun, noun)
        return mention if mention.location else None

    def _force_of_verb(self, verb: Token) -> Token | None:
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        candidates: list[Token] = []
        if verb.dep_ in ("acl", "relcl") and _is_force(verb.head):
            candidates.append(verb.head)  # "troops stationed in ...", "soldiers sent to ..."
        for child in verb.children:
            moved = child.dep_ == "nsubjpass" or (child.dep_ == "dobj" and lemma in lex.TRANSITIVE_TRIGGERS)
            arriving = child.dep_ == "nsubj" and lemma in lex.INTRANSITIVE_TRIGGERS and not passive
            if moved or arriving:
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ == "with" and lemma in lex.TRANSITIVE_TRIGGERS:
                # "reinforced X with troops"; "sent a ship with 200 marines" (its object may not parse as a force)
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
        if lemma in lex.ORDER_VERBS:
            # "ordered the strike group to sail to X": the order sends it; a triggering xcomp has its own mention.
            motions = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.MOTION_VERBS]
            if not motions or any(m.lemma_.lower() in lex.TRANSITIVE_TRIGGERS for m in motions):
                return None
            candidates = [c for c in verb.children if c.dep_ == "dobj"]
        for candidate in candidates:
            force = _force_in_phrase(candidate) or self._named_before(candidate)
            if force is None:
                continue
            if lemma == "participate" and not self._joins_operation(verb):
                return None
            return force
        return None

    def _named_before(self, noun: Token) -> Token | None:
        """ "The advisers" after "special forces advisers": the definite noun (or a bare plural, "has had
        instructors in X") refers back to the force."""
        lemma = _noun_lemma(noun)
        first = self.named_forces.get(lemma)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
        bare_plural = noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)
        return noun if first is not None and first < noun.i and (definite or bare_plural) else None

    def _is_force_or_named(self, noun: Token) -> bool:
        return _is_force(noun) or self._named_before(noun) is not None

    @staticmethod
    def _joins_operation(verb: Token) -> bool:
        return any(
            p.lemma_.lower() in lex.OPERATION_NOUNS
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in prep.children
            if p.dep_ == "pobj"
        )

    @staticmethod
    def _force_of_noun(noun: Token) -> Token | None:
        for child in noun.children:
            if child.dep_ == "compound" and _is_force(child):
                return child  # "the troop surge"
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (force := _force_in_phrase(pobj)) is not None:
                        return force
        return None

    # -- reality

    def _is_real(self, verb: Token) -> bool:
        """False for threats, conditionals, refusals, hypotheticals and negated sendings."""
        if _negated(verb):
            return False
        for child in verb.children:
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return False
            if child.dep_ == "aux" and child.lower_ in lex.HYPOTHETICAL_MODALS and not _reported_future(verb, child):
                return False
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                return False  # "if the talks fail, X will deploy ..."
        governor = verb
        while governor.dep_ in ("xcomp", "ccomp", "conj", "acl") and governor.head.i != governor.i:
            reported = governor.dep_ == "ccomp"
            # "would not renew X and would instead send Y": a conjunct has its own polarity and mood.
            sibling = governor.dep_ == "conj"
            governor = governor.head
            if sibling:
                continue
            lemma = governor.lemma_.lower()
            # "threatened to send" is unreal; "warned that X had sent" reports a real sending.
            unreal = lex.DENYING_GOVERNORS if reported else lex.UNREAL_GOVERNORS
            if lemma in unreal or (_negated(governor) and not reported):
                return False
            if any(c.dep_ == "aux" and c.lower_ in lex.HYPOTHETICAL_MODALS for c in governor.children):
                return False
            if lemma in lex.PLANNED_GOVERNORS or governor.pos_ == "NOUN":
                break
        return True

    @staticmethod
    def _is_exercise(head: Token) -> bool:
        """An exercise in the clause, or the exercise a relative clause describes ("the drills, which bring ...")."""
        described = {t.i for r in head.subtree if r.dep_ == "relcl" and r.head.i != head.i for t in r.subtree}
        if any(t.lemma_.lower() in lex.EXERCISE_NOUNS for t in head.subtree if t.i not in described):
            return True  # "ships, which will take part in exercises": about the ships, not the sending
        clause = head
        while clause.dep_ in ("xcomp", "ccomp", "conj", "acl") and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ == "relcl" and clause.head.lemma_.lower() in lex.EXERCISE_NOUNS

    def _status(self, verb: Token) -> str | None:
        lemma = verb.lemma_.lower()
        if _withdrawing(verb):
            return "withdrawn"
        if any(c.dep_ == "aux" and (c.lower_ in lex.FUTURE_MODALS or _reported_future(verb, c)) for c in verb.children):
            return "planned"
        governor = verb
        while governor.dep_ in ("xcomp", "conj", "acl") and governor.head.i != governor.i:
            governor = governor.head
            if governor.lemma_.lower() in lex.PLANNED_GOVERNORS or any(
                c.dep_ == "aux" and c.lower_ in lex.FUTURE_MODALS for c in governor.children
            ):
                return "planned"
        if lemma in ("arrive", "land"):
            return "arriving"
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            return None  # "had been stationed": before the time of the story, maybe over by now
        if lemma == "station" or lemma in lex.KEEPING_VERBS or any(c.lower_ == "remain" for c in verb.ancestors):
            return "ongoing"
        return None

    # -- slots

    def _fill_slots(
        self, mention: _Mention, head: Token, force: Token | None, with_relative_clauses: bool = False
    ) -> None:
        clause = _clause_tokens(head, with_relative_clauses)
        mention.legal_basis = self._legal_basis(clause)
        if mention.legal_basis is not None:
            # Where and when the mandate was given is not where and when the forces went.
            basis = mention.legal_basis
            clause = [t for t in clause if not basis.begin <= t.idx < basis.end and not self._legal_tail(t, basis)]
        mention.location = None
        # "operated off X": the parser takes "off" for a particle and X for the object.
        off = any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
        if head.lemma_.lower() in lex.GUARDING_VERBS or off:
            guarded = [c for c in head.children if c.dep_ == "dobj"]  # "the soldiers guard X and the road to Y"
            mention.location = next((k for c in guarded if (k := self._place_or_state(c, whole=False))), None)
            mention.offshore = off and mention.location is not None
        mention.location = mention.location or self._location(clause, head, mention.sender, force)
        if mention.location is None and _withdrawing(head) and head.lemma_.lower() in lex.LEAVING_VERBS:
            left = [c for c in head.children if c.dep_ == "dobj"]  # "the last soldiers left X"
            mention.location = next((k for c in left if (k := self._place_or_state(c))), None)
        mention.supported = self._supported(clause, mention.sender, mention.location)
        mention.location = mention.location or self._country_in_name(mention.supported)
        mention.opponent = self._opponent(clause, mention.sender, mention.supported)
        mention.size = self._size(force) or self._size_where_they_are(head)
        mention.start = None if _withdrawing(head) else self._start(head, clause)
        mention.purpose = self._purpose(head)

    def _location(self, clause: list[Token], head: Token, sender: str | None, force: Token | None) -> str | None:
        prepositions = set(lex.LOCATION_PREPOSITIONS)
        if _withdrawing(head):
            prepositions.add("from")
        elif head.lemma_.lower() in lex.LEAVING_VERBS:
            prepositions.add("for")  # "left X for Y"
        force_tokens = {t.i for t in force.subtree} if force is not None and force.i != head.i else set()
        # Where the sending goes comes before where the forces are from ("soldiers in X were sent to Y"), and a
        # preposition of the trigger itself before one buried in a description ("..., a mission to the region").
        tiers: list[list[Token]] = [[], [], []]
        for token in clause:
            tiers[2 if token.i in force_tokens else 0 if token.head.i == head.i else 1].append(token)
        for tier in tiers:
            found = self._location_in(tier, prepositions, sender)
            if found is not None:
                return found
        return None

    def _location_in(self, tokens: list[Token], prepositions: set[str], sender: str | None) -> str | None:
        """The first place these prepositions name, else the first state other than the sender."""
        states: list[str] = []
        for prep in tokens:
            out_of = prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"
            is_preposition = prep.dep_ in ("prep", "dative")
            if not is_preposition or (prep.lower_ not in prepositions and not out_of):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                begin, end = _phrase_chars(pobj)  # "in X, where ... near Y" is in X
                described = self._described_state(pobj, sender)
                if described is not None:  # "the Baltic state": a state, whatever place names modify it
                    states.append(described)
                    continue
                region = self._described_place(pobj)
                if region is not None:  # "in the province": the place named last
                    return region
                place = self._common_state(pobj) or self.index.place_at(begin, end)
                if place is not None:
                    return place
                if any(t.lower_ in lex.FRONT_WORDS for t in pobj.subtree):
                    return self._front_place(pobj)
                actor = self._resolve(begin, end)
                if actor is not None and actor != sender and self._is_state(actor):
                    states.append(actor)
        return states[0] if states else None

    def _place_or_state(self, phrase: Token, whole: bool = True) -> str | None:
        begin, end = _subtree_chars(phrase) if whole else _token_chars(phrase)
        place = self.index.place_at(begin, end)
        if place is not None:
            return place
        actor = self._resolve(begin, end)
        return actor if actor is not None and self._is_state(actor) else None

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
                elif (actor := self.index.actor_at(name.idx, name.idx + len(name.text))) and self._is_state(actor):
                    states.add(actor)  # "in X and Y", Y a state: one state only when X lies in Y
            state = states.pop() if len(states) == 1 else None
            return state if state is not None and self._is_state(state) else None
        return None

    def _described_state(self, noun: Token, sender: str | None) -> str | None:
        """ "in the country", "to the Baltic state": the state named last before it, other than the sender."""
        if noun.lemma_.lower() not in lex.STATE_DESCRIPTIONS or not any(c.lower_ == "the" for c in noun.children):
            return None
        # A place named last stands for its state too: "... sites in the capital X. ... in the country".
        # A state already sending forces is rarely the country another sender's forces are in.
        fallback: str | None = None
        for mention in reversed(self.index.mentions()):
            if mention.span.end > noun.idx:
                continue
            actor = _country(mention.key, self.index) if mention.is_place else self._as_state(mention.key)
            if actor != sender and self._is_state(actor):
                if actor not in self.senders:
                    return actor
                fallback = fallback or actor
        return fallback

    def _described_actor(self, noun: Token) -> str | None:
        """ "the bloc", "the alliance", "the country": the organization or state named last before it."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        wanted = (
            ActorType.STATE
            if lemma in lex.STATE_DESCRIPTIONS
            else ActorType.ORGANIZATION
            if lemma in lex.ORGANIZATION_DESCRIPTIONS
            else None
        )
        if wanted is None:
            return None
        for mention in self.index.actor_mentions_before(noun.idx):
            actor = self.index.actor(mention.key)
            if actor is not None and actor.type is wanted:
                return actor.key
        return None

    def _described_place(self, noun: Token) -> str | None:
        """ "the province", "the area": the place named last before it (a state's own places only)."""
        if noun.lemma_.lower() not in lex.PLACE_DESCRIPTIONS:
            return None
        if (
            not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            or len(list(noun.subtree)) > MAX_PLACE_DESCRIPTION_TOKENS
        ):
            return None  # "the area around X" names its own place
        wide = noun.lemma_.lower() != "area"  # "the province" is no city; "the area" may be around one
        for mention in reversed(self.index.mentions()):
            place = self.index.place(mention.key) if mention.is_place else None
            if place is not None and mention.span.end <= noun.idx and not (wide and place.type == "City"):
                return mention.key
        return None

    def _front_place(self, pobj: Token) -> str:
        """The front line: a place every war has, added to the index when the actor stage did not."""
        span = _subtree_span(pobj)
        key = place_key("front")
        if self.index.place(key) is None:
            self.index.add_place(Place(key=key, name="the front", type="Region", mentions=[span]))
        else:
            self.index.add_mention(key, span)
        return key

    def _supported(self, clause: list[Token], sender: str | None, location: str | None = None) -> str | None:
        for token in clause:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in lex.SUPPORT_VERBS:
                # "help X fight Y" is often parsed with X the subject of "fight".
                helped = [c for c in token.children if c.dep_ == "dobj"] + [
                    s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"
                ]
                for obj in helped:
                    actor = self._resolve_phrase(obj)
                    if obj.lemma_.lower() in lex.GOVERNMENT_NOUNS and (actor is None or not self._is_state(actor)):
                        # "X's government" with X a person: the government of the state the forces go to
                        actor = self._host_government(obj, location, named=True) or actor
                    actor = actor or self._host_government(obj, location)
                    if actor is not None and actor != sender:
                        return actor
            if token.pos_ == "VERB" and lemma in lex.FIGHT_VERBS:
                for obj in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.ATTACK_NOUNS):
                    targets = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
                    actor = next((a for p in targets if (a := self._pobj_actor(p))), None)
                    if actor is not None and actor != sender:
                        return actor  # "to deter attacks on X"
            if token.dep_ == "prep" and token.lower_ == "alongside":
                actor = self._pobj_actor(token)
                if actor is not None and actor != sender:
                    return actor
            mission = self._mission_party(token)
            if mission is not None and mission != sender:
                return mission
            if token.dep_ == "pobj" and (token.head.lower_, token.lower_) in lex.SUPPORT_PHRASES:
                for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                    actor = self._pobj_actor(of)
                    if actor is not None and actor != sender:
                        return actor
        return None

    def _mission_party(self, noun: Token) -> str | None:
        """The organization whose mission the forces serve: "to UNIFIL", "for MINUSCA", "join the AU mission",
        "1,200 personnel in the mission" (the organization named last)."""
        mission_noun = _noun_lemma(noun) in lex.MISSION_NOUNS
        served = noun.dep_ == "pobj" and (
            noun.head.lower_ in ("to", "for") or (mission_noun and noun.head.lower_ == "in")
        )
        joined = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.MISSION_VERBS - lex.MISSION_ENDING_VERBS
        if not (served or joined):
            return None
        actor = self._resolve_phrase(noun) or (self._described_actor(noun) if mission_noun else None)
        found = self.index.actor(actor) if actor is not None else None
        if found is None or found.type is not ActorType.ORGANIZATION:
            return None
        # "MINUSCA, the UN mission there" (the parser may not hang the apposition on the name)
        after = noun.doc[noun.i + 1 : noun.i + 7]
        described = len(after) > 1 and after[0].text == "," and any(_noun_lemma(t) in lex.MISSION_NOUNS for t in after)
        named = found.name.isupper() or any(word in lex.MISSION_NAME_WORDS for word in found.name.lower().split())
        return actor if mission_noun or described or named else None  # "to the Indo-Pacific" is no mission

    def _country_in_name(self, organization: str | None) -> str | None:
        """The state a mission's name places it in: "... Force in X", "Mission in Y" (the name as the text has it,
        which may run past the mention the actor stage recorded)."""
        actor = self.index.actor(organization) if organization is not None else None
        if actor is None or actor.type is not ActorType.ORGANIZATION:
            return None
        for mention in actor.mentions:
            inside = re.search(r"\bin\s+", mention.text)
            after = re.match(r"\s+in\s+", self.doc.text[mention.end :])
            starts = [mention.begin + inside.end()] if inside else []
            starts += [mention.end + after.end()] if after else []
            for begin in starts:
                state = self._state_named_at(begin)
                if state is not None:
                    return state
        return None

    def _state_named_at(self, begin: int) -> str | None:
        """The indexed state whose name (or a form of it) the text starts with at ``begin``."""
        following = _fold(self.doc.text[begin : begin + STATE_NAME_CHARS])
        for state in sorted(self.index.actors, key=lambda a: (-len(a.name), a.key)):
            if state.type is not ActorType.STATE:
                continue
            for form in sorted({state.name, *state.aliases, *(m.text for m in state.mentions)}, key=len, reverse=True):
                if re.match(rf"{re.escape(_fold(form))}\b", following):
                    return state.key
        return None

    def _host_government(self, noun: Token, location: str | None, named: bool = False) -> str | None:
        """ "to help the government" with no state named: the government of the state the forces go to."""
        if location is None:
            return None
        if noun.lemma_.lower() not in lex.GOVERNMENT_NOUNS:
            # "to help government troops": the forces of the host state's government
            if not (
                _is_force(noun)
                and any(c.dep_ in ("compound", "amod") and c.lower_ == "government" for c in noun.children)
            ):
                return None
            state = _country(location, self.index)
            return state if self._is_state(state) else None
        if not named and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        state = _country(location, self.index)
        return state if self._is_state(state) else None

    def _opponent(self, clause: list[Token], sender: str | None, supported: str | None) -> str | None:
        excluded = {sender, supported}
        for token in clause:
            lemma = token.lemma_.lower()
            found: str | None = None
            if token.dep_ == "prep" and token.lower_ == "against":
                found = self._pobj_actor(token)
                objects = [c for c in token.children if c.dep_ == "pobj"]
                found = found or next((a for o in objects if (a := self._unnamed_opponent(o))), None)
            elif token.pos_ == "VERB" and lemma in lex.FIGHT_VERBS:
                objects = [c for c in token.children if c.dep_ == "dobj"]
                found = next((a for o in objects if (a := self._resolve_phrase(o))), None)
                found = found or next((a for o in objects if (a := self._unnamed_opponent(o))), None)
            elif token.pos_ == "VERB" and lemma in lex.RECLAIM_VERBS:
                froms = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "from"]
                found = next((a for p in froms if (a := self._pobj_actor(p))), None)
            elif token.lower_ in lex.ENEMY_NOUNS and token.pos_ == "NOUN":
                found = self._salient_state(excluded)
            if found is not None and found not in excluded:
                return found
        return None

    def _unnamed_opponent(self, noun: Token) -> str | None:
        """ "against armed groups", "to fight Islamist insurgents": a group known only by what it is.

        The group is added to the index (scoped to this article) under the phrase the text uses, without its
        article: it acts in the story, as the forces' opponent.
        """
        words = {_noun_lemma(noun), noun.lower_}
        armed = any(c.dep_ == "amod" and c.lower_ == "armed" for c in noun.children) and _noun_lemma(noun) == "group"
        if not (words & lex.OPPONENT_NOUNS or armed) or noun.pos_ != "NOUN":
            return None
        tokens = [noun, *(t for c in noun.children if c.dep_ in ("amod", "compound") for t in c.subtree)]
        names = [t for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.OPPONENT_NOUNS]
        if names:
            tokens = names  # "M-19 rebels" are the group named M-19 (the actor stage may have missed the name)
        span = _tokens_span(self.doc, sorted(tokens, key=lambda t: t.i))
        return self.index.ensure_actor(ActorType.GROUP, span.text, span)

    def _size(self, force: Token | None) -> Quantity | None:
        """How many people: "3,000 marines" in "two destroyers and 3,000 marines", "a contingent of 650"."""
        if force is None:
            return None
        # The parser gives "a frigate and 200 sailors" as conjuncts or as two objects of the verb.
        siblings = [c for c in force.head.children if c.dep_ == force.dep_ and c.i != force.i] if force.dep_ else []
        # "a destroyer and two aircraft with 260 military personnel": the crew rides along.
        crews = [
            p
            for noun in (force, *force.conjuncts, force.head)  # the parser may hang "with" on the verb
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        companions = sorted({*force.conjuncts, *siblings, *crews}, key=lambda t: t.i)
        members = [
            p
            for prep in force.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj" and _is_force(p)
        ]  # "a battalion of about 750 peacekeepers": the people in the unit
        for noun in (force, *members, *(c for c in companions if _is_force(c) and c.i > force.i)):
            if _noun_lemma(noun) in lex.COUNTED_IN_UNITS:
                continue
            found = self._count_of(noun)
            if found is not None:
                return found
        return None

    def _size_where_they_are(self, head: Token) -> Quantity | None:
        """ "a presence in X, where roughly 150 troops operate ...": the count in the clause about the place."""
        for where in (t for t in head.subtree if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)):
            for subject in (c for c in where.children if c.dep_ == "nsubj" and _is_force(c)):
                found = self._count_of(subject)
                if found is not None:
                    return found
        return None

    def _count_of(self, noun: Token) -> Quantity | None:
        phrase = noun
        while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "NUM"):
            phrase = phrase.head.head  # "thousands of troops": the count heads the phrase
        begin = phrase.left_edge.idx
        found = [q for q in find_quantities(self.doc.text[begin : noun.idx], begin) if not is_year_like(q)]
        if found:
            return found[-1]
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for count in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NUM"):
                begin, end = _subtree_chars(count)
                quantities = find_quantities(self.doc.text[begin:end], begin)  # "a contingent of about 650"
                if quantities and not is_year_like(quantities[0]):
                    return quantities[0]
        return None

    def _start(self, head: Token, clause: list[Token]) -> TimeValue | None:
        if not clause:
            return None
        begin = min(t.idx for t in clause)
        end = max(t.idx + len(t) for t in clause)
        values = find_times(self.doc.text[begin:end], self.article.meta.published, offset=begin)
        return latest_of(v for v in values if _starts_inside(v, clause) and not self._is_end_bound(v))

    def _is_end_bound(self, value: TimeValue) -> bool:
        """ "until the end of 2026", "through 2027": when the forces stay until, not when they went."""
        if value.span is None:
            return False
        before = self.doc.text[max(0, value.span.begin - 30) : value.span.begin].lower()
        return bool(END_BOUND_BEFORE.search(before) or END_BOUND_START.match(value.span.text.lower()))

    def _legal_basis(self, clause: list[Token]) -> Span | None:
        for prep in clause:
            if prep.dep_ != "prep" or prep.lower_ not in lex.LEGAL_PREPOSITIONS:
                continue
            for pobj in _nested_pobjs(prep):
                if pobj.lemma_.lower() in lex.LEGAL_NOUNS:
                    # "a mandate approved by X at a summit in Y on Z": the occasion is not part of the name.
                    occasions = {
                        t.i
                        for verb in pobj.subtree
                        if verb.pos_ == "VERB" and verb.i > pobj.i
                        for prep in verb.children
                        if prep.dep_ == "prep" and prep.lower_ in lex.OCCASION_PREPOSITIONS
                        for t in prep.subtree
                    }
                    # "an agreement, separate from ...": what follows a comma describes it, it is not its name.
                    commas = [c.i for c in pobj.children if c.text == "," and c.i > pobj.i]
                    occasions |= {t.i for t in pobj.subtree if commas and t.i >= commas[0]}
                    tokens = [
                        t
                        for t in pobj.subtree
                        if t.i not in occasions and not (t.dep_ == "det" and t.i < pobj.i and t.head.i == pobj.i)
                    ]
                    return _tokens_span(self.doc, tokens)
        return None

    def _legal_tail(self, token: Token, basis: Span) -> bool:
        """A token of the occasion cut from the legal basis ("at a summit in Y on Z" after "a mandate approved")."""
        return any(
            a.idx < basis.end and a.idx >= basis.begin and a.pos_ == "VERB" and token.i > a.i for a in token.ancestors
        )

    def _purpose(self, head: Token) -> Span | None:
        for child in head.children:
            if child.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return _subtree_span(child)
        return None

    # -- resolving names

    def _resolve(self, begin: int, end: int) -> str | None:
        """The actor named in ``[begin, end)``, as the state when it is a state's organ; a capital as its state."""
        key = self.index.actor_at(begin, end)
        if key is None:
            place_key_found = self.index.place_at(begin, end)
            place = self.index.place(place_key_found) if place_key_found else None
            return place.in_state if place is not None else None
        return self._as_state(key)

    def _as_state(self, key: str) -> str:
        actor = self.index.actor(key)
        if actor is None or actor.type is ActorType.STATE:
            return key
        for parent in (actor.part_of, actor.member_of):
            parent_actor = self.index.actor(parent) if parent else None
            if (
                parent_actor is not None
                and parent_actor.type is ActorType.STATE
                and actor.type
                in (
                    ActorType.ORGANIZATION,
                    ActorType.GROUP,
                )
            ):
                return parent_actor.key
        return key

    def _subject_actor(self, subject: Token) -> str | None:
        """The actor a subject names: by its own phrase first ("X, which borders Y," is X), else anywhere in it."""
        return self._resolve_phrase(subject) or self._resolve(*_subtree_chars(subject))

    def _resolve_phrase(self, head: Token) -> str | None:
        """The actor a noun phrase names by its head and modifiers, not by clauses attached to it."""
        tokens = [head]
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "det", "appos") or (
                child.dep_ == "prep" and child.lower_ == "of"
            ):
                tokens.extend(child.subtree)
        # The head first: "Sudan's Rapid Support Forces" are the forces, not Sudan.
        for token in sorted(tokens, key=lambda t: (t.i != head.i, t.i)):
            actor = self._resolve(token.idx, token.idx + len(token.text))
            if actor is not None:
                return actor
        return self._by_name(head)

    def _by_name(self, head: Token) -> str | None:
        """An indexed actor whose name or alias is this phrase, for a mention the actor stage did not record."""
        words = [t for t in head.subtree if not (t.dep_ == "det" and t.i < head.i)]
        if not words:
            return None
        surface = _fold(head.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)])
        for actor in sorted(self.index.actors, key=lambda a: a.key):
            if surface in {_fold(actor.name), *(_fold(alias) for alias in actor.aliases)}:
                return self._as_state(actor.key)
        return None

    def _is_state(self, key: str) -> bool:
        actor = self.index.actor(key)
        return actor is not None and actor.type is ActorType.STATE

    def _pobj_actor(self, prep: Token) -> str | None:
        """The first actor a preposition's object names: "troops from X"."""
        return _first_key(_children(prep, "pobj"), self._resolve_phrase)

    def _owner(self, noun: Token) -> str | None:
        """Whose forces: "Chilean troops", "Chad's soldiers", "commanders of the army", "troops from Peru", "USS X"."""
        ship_state = self._ship_state(noun)
        if ship_state is not None:
            return ship_state
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and child.lower_ not in PRONOUNS:
                actor = self._resolve(*_subtree_chars(child)) or self._demonym_state(child)
                if actor is not None:
                    return actor
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                actor = self._pobj_actor(child)
                if actor is not None:
                    return actor
        return None

    def _ship_state(self, noun: Token) -> str | None:
        """The state a warship's name prefix stands for, when the article names that state."""
        for code in _ship_prefix(noun):
            country = load_gazetteer().by_code(code)
            key = actor_key(ActorType.STATE, country.name) if country is not None else None
            if key is not None and self._is_state(key):
                return key
        return None

    def _demonym_state(self, word: Token) -> str | None:
        """ "the Peruvian deployment" where the actor stage did not record the demonym: its indexed state."""
        country = load_gazetteer().demonym(word.text)
        if country is None:
            return None
        key = actor_key(ActorType.STATE, country.name)
        return key if self._is_state(key) else None

    def _agent(self, verb: Token) -> str | None:
        """The actor of a passive's by-phrase: "troops sent by X"."""
        return _first_key(_children(verb, "agent"), self._pobj_actor)

    def _subject_sender(self, verb: Token, force: Token, named_only: bool = False) -> str | None:
        """The subject of the sending clause (or of the clause it is the complement of).

        With ``named_only``, a pronoun or a force as the subject gives None.
        """
        clause = verb
        while True:
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i != force.i and not _in_dateline(c)]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in PRONOUNS:
                    return None if named_only else self._pronoun_antecedent(clause, subject)
                if _is_force(subject):
                    return None if named_only else self._owner(subject) or self._subject_actor(subject)
                if subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
                    subject = clause.head  # "Chile, which has 900 soldiers in X": the noun the clause describes
                return self._subject_actor(subject) or self._described_actor(subject)
            if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
                return None
            clause = clause.head

    def _pronoun_antecedent(self, clause: Token, pronoun: Token) -> str | None:
        """ "X confirmed that it has sent ...": the subject of the governing clause, else the nearest actor."""
        governor = clause
        while governor.dep_ in ("ccomp", "xcomp", "conj", "advcl") and governor.head.i != governor.i:
            governor = governor.head
            for subject in (c for c in governor.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS):
                actor = self._subject_actor(subject)
                if actor is not None and self._can_send(actor):
                    return actor
        for mention in self.index.actor_mentions_before(pronoun.idx):
            actor = self._as_state(mention.key)
            if self._can_send(actor):
                return actor
        return None

    def _can_send(self, key: str) -> bool:
        actor = self.index.actor(key)
        return actor is not None and actor.type in (ActorType.STATE, ActorType.ORGANIZATION)

    def _salient_state(self, excluded: set[str | None]) -> str | None:
        """ "The enemy" in a sender's words: the most mentioned other state of the article."""
        states = [a for a in self.index.actors if a.type is ActorType.STATE and a.key not in excluded]
        if not states:
            return None
        return max(states, key=lambda a: (len(a.mentions), a.key)).key

    # -- casualties

    def casualties(self, deployment: Deployment) -> bool | None:
        """True when the text says the sender's forces were killed or wounded, False when it says none were."""
        verdict: bool | None = None
        for token in self.doc:
            word = token.lower_
            if word not in lex.CASUALTY_WORDS and token.lemma_.lower() not in lex.CASUALTY_WORDS:
                continue
            if not self._concerns(token, deployment):
                continue
            if _negated(token) or any(t.lower_ in lex.NEGATORS or _negated(t) for t in token.children):
                verdict = False if verdict is None else verdict
            else:
                return True
        return verdict

    def _concerns(self, casualty: Token, deployment: Deployment) -> bool:
        """The casualty word is about forces of this deployment's sender."""
        related = [*casualty.children, casualty.head]
        for prep in (c for c in casualty.children if c.dep_ == "prep" and c.lower_ in ("among", "of")):
            related.extend(c for c in prep.children if c.dep_ == "pobj")
        counted: list[Token] = []  # "two of its soldiers", "40 of the Colombians were killed"
        for token in related:
            if token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass"):
                counted.extend(p for prep in token.children if prep.lower_ == "of" for p in prep.children)
        for token in related + counted:
            if _is_force(token) and (self._owner(token) or self._possessor(casualty, token)) == deployment.sender:
                return True
            if token.dep_ == "poss" and self._resolve(*_subtree_chars(token)) == deployment.sender:
                return True
            if token in counted and token.tag_ == "NNPS" and self._nationals_of(token) == deployment.sender:
                return True  # the sender's nationals, in an article about its forces
        return False

    def _nationals_of(self, token: Token) -> str | None:
        """The state whose people a plural demonym names: "the Chileans" (the index may know only "Chilean")."""
        found = self._resolve(token.idx, token.idx + len(token))
        if found is not None or not token.lower_.endswith("s"):
            return found
        singular = _fold(token.text[:-1])
        for actor in sorted(self.index.actors, key=lambda a: a.key):
            forms = {_fold(actor.name), *(_fold(x) for x in actor.aliases), *(_fold(m.text) for m in actor.mentions)}
            if actor.type is ActorType.STATE and singular in forms:
                return actor.key
        return None


# -- merging


def _merge(mentions: list[_Mention], index: EntityIndex) -> list[Deployment]:
    deployments: list[Deployment] = []
    last: Deployment | None = None
    # Mentions before any deployment with no sender of their own ("The first troops landed in X on Saturday"):
    # the lead often names the sender a sentence later.
    pending: list[_Mention] = []
    stated: set[int] = set()  # deployments whose size a sentence of its own gives
    # The state a deployment was placed in before a place of unknown state replaced it ("in X ... based at Y").
    homes: dict[int, str] = {}
    body = sorted((m for m in mentions if not m.in_heading), key=lambda m: (m.anchor.begin, m.trigger.i))
    for mention in body:
        target: Deployment | None
        if mention.sender is None:
            target = last
            if mention.sentence is not None and not _mentioned_in(last, mention.sentence):
                target = None
            if (
                target is not None
                and not _same_country(target.location, mention.location, index)
                and not _unplaced_near(target, mention, index)
            ):
                target = None  # "In X, forces ..." with no sender is not about the last deployment elsewhere
        else:
            target = next((d for d in deployments if _compatible(d, mention, index, homes.get(id(d)))), None)
        if target is None:
            if _arrival_without_owner(mention, deployments):
                pending.append(mention)
            if mention.sender is None or mention.merge_only:
                continue
            target = Deployment(key="", sender=mention.sender)
            deployments.append(target)
            for early in pending:
                if _same_country(early.location, mention.location, index):
                    _absorb(target, early)
            pending = []
        size_before = target.size
        _absorb(target, mention)
        if target.location is not None and not _is_place_key(home := _country(target.location, index)):
            homes[id(target)] = home
        if mention.stated_size and mention.size is not None and id(target) not in stated:
            target.size = mention.size
            stated.add(id(target))
        elif id(target) in stated:
            target.size = size_before
        last = target
    for mention in sorted((m for m in mentions if m.in_heading), key=lambda m: (m.anchor.begin, m.trigger.i)):
        target = next(
            (d for d in deployments if mention.sender and _compatible(d, mention, index, homes.get(id(d)))), None
        )
        if target is not None:
            _absorb(target, mention, fill_only=True)
    return _fold_officials(deployments, index)


def _arrival_without_owner(mention: _Mention, deployments: list[Deployment]) -> bool:
    """Forces arriving whose sender is not named, before any deployment is ("Troops landed in X on Saturday").

    Only forces that arrive, land or cross: a sending with an unnamed sender is someone else's act.
    """
    arriving = mention.trigger.lemma_.lower() in lex.INTRANSITIVE_TRIGGERS - lex.WITHDRAWAL_VERBS
    return arriving and mention.sender is None and not deployments and not mention.merge_only


def _fold_officials(deployments: list[Deployment], index: EntityIndex) -> list[Deployment]:
    """A person who orders forces somewhere acts for a state: their sending joins that state's deployment there."""
    kept: list[Deployment] = []
    for deployment in deployments:
        person = index.actor(deployment.sender)
        if person is None or person.type is not ActorType.PERSON:
            kept.append(deployment)
            continue
        target = next(
            (
                d
                for d in deployments
                if d is not deployment
                and (a := index.actor(d.sender)) is not None
                and a.type is not ActorType.PERSON
                and _same_country(d.location, deployment.location, index)
            ),
            None,
        )
        if target is None:
            kept.append(deployment)
            continue
        target.anchors = sorted({*target.anchors, *deployment.anchors})
        target.triggers = sorted({*target.triggers, *deployment.triggers})
        for name in ("supported", "opponent", "size", "legal_basis", "purpose", "status", "force_kind"):
            if getattr(target, name) is None:
                setattr(target, name, getattr(deployment, name))
        if deployment.location is not None and (target.location is None or _is_place_key(deployment.location)):
            target.location = deployment.location
        if deployment.start is not None and (target.start is None or _latest(deployment.start) < _latest(target.start)):
            target.start = deployment.start
    return kept


def _same_country(a: str | None, b: str | None, index: EntityIndex) -> bool:
    return a is None or b is None or _country(a, index) == _country(b, index)


def _unplaced_near(deployment: Deployment, mention: _Mention, index: EntityIndex) -> bool:
    """``mention`` names a place whose state is unknown, in or right after a sentence about ``deployment``: the
    place most likely lies where that deployment is ("... troops in X. They serve in a battlegroup based at Y")."""
    if not mention.in_formation or mention.location is None or not _is_place_key(mention.location):
        return False
    if _country(mention.location, index) != mention.location:
        return False  # the place's state is known and differs
    sentence = mention.trigger.sent
    doc = mention.trigger.doc
    begin = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return _mentioned_in(deployment, (begin, sentence.end_char))


def _mentioned_in(deployment: Deployment | None, sentence: tuple[int, int]) -> bool:
    begin, end = sentence
    return deployment is not None and any(begin <= a.begin < end for a in deployment.anchors)


def _compatible(deployment: Deployment, mention: _Mention, index: EntityIndex, home: str | None = None) -> bool:
    """``mention`` is about ``deployment``; ``home`` is the state the deployment was placed in, if its place's
    state is unknown."""
    if deployment.sender != mention.sender:
        return False
    if deployment.location is None or mention.location is None or deployment.location == mention.location:
        return True
    country = _country(deployment.location, index)
    if _is_place_key(country) and home is not None:
        country = home
    # One sender's forces in one country are one deployment, whichever of its places a sentence names.
    if country == _country(mention.location, index):
        return True
    # A ship in a gulf is not the garrison in a state on its shore; a place of unknown state may still be a port.
    mention_country = _country(mention.location, index)
    if _at_sea(country, index) and not mention.offshore and not _is_place_key(mention_country):
        return False
    if _at_sea(mention.location, index) and not _is_place_key(country):
        return False
    # A place whose state the index does not know may lie in the deployment's country: one sender, one deployment.
    return any(_is_place_key(k) and _country(k, index) == k for k in (country, mention.location))


def _at_sea(location: str, index: EntityIndex) -> bool:
    """``location`` is a body of water ("the Gulf of X"), which lies in no state."""
    place = index.place(location)
    return place is not None and any(word in lex.WATER_NOUNS for word in place.name.lower().split())


def _country(location: str, index: EntityIndex) -> str:
    place = index.place(location)
    return place.in_state if place is not None and place.in_state else location


def _absorb(deployment: Deployment, mention: _Mention, fill_only: bool = False) -> None:
    """Add ``mention`` to ``deployment``; with ``fill_only`` its slots only fill slots still empty."""
    if fill_only:
        filler = _Mention(mention.trigger, mention.anchor, mention.sender, triggers=mention.triggers)
        for name in ("supported", "opponent", "location", "size", "start", "legal_basis", "purpose", "status", "force"):
            if getattr(deployment, "force_kind" if name == "force" else name) is None:
                setattr(filler, name, getattr(mention, name))
        mention = filler
    if mention.anchor not in deployment.anchors:
        deployment.anchors.append(mention.anchor)
        deployment.anchors.sort()
    for span in mention.triggers:
        if span not in deployment.triggers:
            deployment.triggers.append(span)
    deployment.triggers.sort()
    deployment.supported = deployment.supported or mention.supported
    deployment.opponent = deployment.opponent or mention.opponent
    # A place is more specific than a state: it replaces one, never the other way round.
    if mention.location is not None and (
        deployment.location is None or (_is_place_key(mention.location) and not _is_place_key(deployment.location))
    ):
        deployment.location = mention.location
    if deployment.force_kind is None and mention.force is not None:
        deployment.force_kind = mention.force.lower_
    if mention.size is not None and (deployment.size is None or (deployment.size.vague and not mention.size.vague)):
        deployment.size = mention.size
    if mention.start is not None and (deployment.start is None or _latest(mention.start) < _latest(deployment.start)):
        deployment.start = mention.start
    deployment.legal_basis = deployment.legal_basis or mention.legal_basis
    deployment.purpose = deployment.purpose or mention.purpose
    deployment.status = mention.status or deployment.status


def _latest(value: TimeValue) -> tuple[int, str]:
    """Sort key: the upper bound of a start, undated last."""
    return (value.latest.toordinal() if value.latest else _UNDATED, value.latest.isoformat() if value.latest else "")


def _is_place_key(key: str) -> bool:
    return key.startswith("place/")


def _link_statements(deployments: list[Deployment], statements: list[Statement]) -> None:
    for deployment in deployments:
        for statement in statements:
            if any(_overlap(statement.content, anchor) for anchor in deployment.anchors):
                if statement.key not in deployment.reported_by:
                    deployment.reported_by.append(statement.key)
                if deployment.key not in statement.about_deployments:
                    statement.about_deployments.append(deployment.key)
                    statement.about_deployments.sort(key=lambda k: (len(k), k))
        deployment.reported_by.sort()


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


# -- token helpers


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _noun_lemma(token: Token) -> str:
    """The lemma, also for capitalised plurals the tagger leaves unlemmatised ("Marines")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def _kept(noun: Token) -> bool:
    """ "has a presence", "maintains a deployment": the event noun is the object of a keeping verb."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.KEEPING_VERBS


def _keeper_force(noun: Token) -> Token | None:
    """ "the Dutch military has a presence in X": the force keeping it is the subject."""
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"] if _kept(noun) else []
    return next((s for s in subjects if _is_force(s)), None)


def _aboard(verb: Token) -> bool:
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in ("aboard", "onboard") for c in verb.children)


def _withdrawing(head: Token) -> bool:
    """The trigger takes forces away ("withdrew", "the withdrawal", "ended its mission"), unless they leave one
    place for a deployment elsewhere ("left X for a deployment to Y", "left X for Y")."""
    lemma = head.lemma_.lower()
    if lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False
    return lemma in lex.WITHDRAWAL_VERBS | lex.MISSION_ENDING_VERBS | {"withdrawal"}


def _stays_home(force: Token) -> bool:
    """Police or a whole armed service: sent somewhere only when they go abroad (at home they police or train)."""
    return _is_police(force) or (_noun_lemma(force) in lex.SERVICE_NOUNS and force.pos_ == "NOUN")


def _is_police(token: Token) -> bool:
    """Police officers or a police unit.

    Rule 6 counts armed forces. Armed police sent abroad on a security mission (a formed police unit of a
    multinational mission) are armed forces sent by their state, so they count; police deployed at home are
    law enforcement, so they do not (`_Finder.mention` keeps a police mention only when it goes abroad).
    """
    if _noun_lemma(token) in lex.POLICE_NOUNS or token.lower_ in lex.POLICE_NOUNS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in lex.POLICE_MODIFIERS for c in token.children)


def _military(token: Token) -> bool:
    """A military modifier: "military advisers", "naval presence", "task force"."""
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    return bool(modifiers & (lex.MILITARY_MODIFIERS | lex.UNIT_MODIFIERS))


def _children(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]


def _first_key(tokens: Iterable[Token], resolve: Callable[[Token], str | None]) -> str | None:
    """The first key ``resolve`` finds for one of ``tokens``, in order."""
    for token in tokens:
        key = resolve(token)
        if key is not None:
            return key
    return None


def _sized_force(word: Token) -> Token | None:
    """The force a size word is about, by the word's kind: an estimating verb ("put the contingent at 300"), a
    size verb ("the contingent numbered 1,100"), a size adjective ("900 strong") or a size noun ("the number of
    soldiers"); None when the word is none of these or names no force."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in lex.ESTIMATING_VERBS:
        # "officials put the French contingent at roughly 300" (a size noun as the object is read at the noun)
        force = next((c for c in word.children if c.dep_ == "dobj" and _is_force(c)), None)
        return force if any(c.dep_ == "prep" and c.lower_ == "at" for c in word.children) else None
    if word.pos_ in ("VERB", "AUX") and lemma in lex.SIZE_VERBS:
        return next((c for c in word.children if c.dep_ == "nsubj" and _is_force(c)), None)
    if word.pos_ == "ADJ" and lemma in lex.SIZE_ADJECTIVES:
        # "the contingent, about 900 strong," (or "the contingent, now 900 strong, guards X")
        subjects = [c for c in word.children if c.dep_ == "nsubj" and _is_force(c)]
        return word.head if _is_force(word.head) else subjects[0] if subjects else None
    if word.pos_ == "NOUN" and lemma in lex.SIZE_NOUNS:
        of_objects = _size_of_objects(word)
        if of_objects:
            # "the number of refugees" names no force; "estimates of their number" is read at "number"
            return next((f for p in of_objects if (f := _force_in_phrase(p)) is not None), None)
        if _pronoun_possessor(word):
            return None  # "their number": see `_their_size`
        return next((t for t in word.sent if _is_force(t) and not _is_police(t)), None)
    return None


def _their_size(word: Token) -> bool:
    """ "their number", "its strength": a size noun whose force is the deployment mentioned last."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in lex.SIZE_NOUNS or _size_of_objects(word):
        return False
    return _pronoun_possessor(word)


def _pronoun_possessor(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in noun.children)


def _size_of_objects(noun: Token) -> list[Token]:
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]


def _wanted_or_denied(noun: Token) -> bool:
    """A deployment only asked for or denied: "called for the deployment", "no deployment".

    "called the deployment a provocation" names a real one."""
    governor = noun.head
    naming = governor.lemma_.lower() == "call" and noun.dep_ == "dobj"
    wanted = noun.dep_ == "pobj" and governor.head.lemma_.lower() in lex.UNREAL_GOVERNORS  # "called for", "asked for"
    return (governor.lemma_.lower() in lex.UNREAL_GOVERNORS and not naming) or wanted or _negated(noun)


def _set_noun_status(mention: _Mention, noun: Token) -> None:
    """A withdrawal or an arrival says where the forces stand now."""
    if noun.lemma_.lower() == "withdrawal":
        mention.status = "withdrawn"
        mention.start = None  # "the withdrawal followed a decision in November": not when they were sent
    elif noun.lemma_.lower() == "arrival":
        mention.status = "arriving"


def _has_definite_determiner(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _has_slot(mention: _Mention) -> bool:
    """The mention says something particular: a legal basis, a place, a size, a start or a party."""
    return bool(
        mention.legal_basis
        or mention.location
        or mention.size
        or mention.start
        or mention.supported
        or mention.opponent
    )


def _is_force(token: Token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if _ship_prefix(token):
        return True  # "USS X", "the destroyer HMS Y": a warship
    if _is_police(token) and (_noun_lemma(token) in lex.POLICE_NOUNS | lex.QUALIFIED_FORCE_NOUNS):
        return True
    lemma = _noun_lemma(token)
    if lemma in lex.SERVICE_NOUNS:
        return token.pos_ == "NOUN"  # "the navy"; "Navy" in a name is an organization
    if lemma in lex.UNIT_NOUNS and _of_people(token):
        return True  # "an engineering company of 222 personnel"
    military = _military(token)
    if lemma in lex.QUALIFIED_FORCE_NOUNS:
        return military or _counted_in_mission(token)
    if lemma not in lex.FORCE_NOUNS:
        return False
    if token.pos_ == "PROPN" and (token.tag_ != "NNPS" and not token.lower_.endswith("s")):
        return False  # "Air Force", "Marine Corps": names of organizations; "US Marines" are a force
    if lemma in lex.AMBIGUOUS_FORCE_NOUNS:
        return military or token.lower_ == "forces"
    return True


def _ship_prefix(token: Token) -> tuple[str, ...]:
    """Country codes a warship name's prefix stands for: "USS X", or "the destroyer USS X" (the name in apposition)."""
    names = [token] if token.pos_ == "PROPN" else [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for name in names:
        for word in (name, *name.children):
            if word.i <= name.i and word.text in lex.SHIP_PREFIXES:
                return lex.SHIP_PREFIXES[word.text]
    return ()


def _of_people(unit: Token) -> bool:
    """ "a company of 222 personnel", "a unit of 184 engineers": the unit is made of counted people."""
    return any(
        p.dep_ == "pobj" and _noun_lemma(p) in lex.UNIT_MEMBERS | lex.FORCE_NOUNS and _counted(p)
        for prep in unit.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
    )


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _counted_in_mission(noun: Token) -> bool:
    """ "1,200 personnel in the mission", "2,500 personnel aboard the ships", "a unit of 184 engineers": counted
    people where the sentence is about a mission, ships or a unit."""
    if not _counted(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _noun_lemma(noun.head.head) in lex.UNIT_NOUNS:
        return True
    return any(t.lemma_.lower() in lex.MISSION_CONTEXT for t in noun.sent)


def _force_in_phrase(token: Token) -> Token | None:
    """The force noun a phrase is about: the phrase head, or X in "thousands of X" / "a battalion of X"."""
    if _is_force(token):
        return token
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for noun in (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
                if _is_force(noun):
                    return noun
    for conj in (c for c in token.children if c.dep_ == "conj"):
        if _is_force(conj):
            return conj
    return None


def _reported_future(verb: Token, auxiliary: Token) -> bool:
    """ "X said it would send troops": "would" is the reported "will", not a hypothesis."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it would stay and would send ...": the report governs both conjuncts
    return (
        auxiliary.lower_ == "would"
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in lex.REPORTING_VERBS
        and not _negated(clause.head)
    )


def _present_tense(verb: Token) -> bool:
    """ "are fighting", "now fight": going on at the time of the story (not "fought", "had fought")."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VB" and any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return not any(c.dep_ == "aux" for c in verb.children)  # "now fight", not "will now fight"
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _clause_tokens(head: Token, with_relative_clauses: bool = False) -> list[Token]:
    """The tokens of ``head``'s clause, leaving out embedded reported clauses (and relative clauses unless asked)."""
    boundaries = CLAUSE_BOUNDARIES - {"relcl"} if with_relative_clauses else CLAUSE_BOUNDARIES
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        # "helped X fight Y": the complement of a helping verb is part of what the forces do, not a report.
        helping = token.lemma_.lower() in lex.SUPPORT_VERBS
        stack.extend(c for c in token.children if c.dep_ not in boundaries or (helping and c.dep_ == "ccomp"))
    return sorted((t for t in tokens if not _in_dateline(t)), key=lambda t: t.i)


DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _dateline_end(sentence: TokenSpan | Token) -> int:
    """Index of the first token after a dateline ("CITY, Sept 17 (Agency) - ..."), or the sentence start.

    A dateline is a verbless prefix of place, date and agency ended by a dash; it is the article's origin,
    not part of the clause (its place is no destination, its date no start).
    """
    sent = sentence.sent if isinstance(sentence, Token) else sentence
    for token in sent[:DATELINE_TOKENS]:
        if token.text in DATELINE_DASHES:
            prefix = sent.doc[sent.start : token.i]
            if (
                prefix
                and not any(t.pos_ in ("VERB", "AUX") for t in prefix)
                and any(t.pos_ in ("PROPN", "NUM") for t in prefix)
            ):
                return token.i + 1
            return sent.start
    return sent.start


def _in_dateline(token: Token) -> bool:
    return token.i < _dateline_end(token)


def _nested_pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, through "in accordance with" / "pursuant to" chains."""
    found: list[Token] = []
    for pobj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
        found.append(pobj)
        for inner in (c for c in pobj.children if c.dep_ == "prep"):
            found.extend(c for c in inner.children if c.dep_ == "pobj")
    for inner in (c for c in prep.children if c.dep_ == "prep"):  # "pursuant to X"
        found.extend(c for c in inner.children if c.dep_ == "pobj")
    return found


def _starts_inside(value: TimeValue, clause: list[Token]) -> bool:
    return value.span is not None and any(t.idx <= value.span.begin < t.idx + len(t) for t in clause)


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def _token_chars(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def _subtree_chars(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def _phrase_chars(token: Token) -> tuple[int, int]:
    """The characters of a noun phrase without the relative clauses that describe it."""
    described = {t.i for c in token.children if c.dep_ in ("relcl", "acl") and c.i > token.i for t in c.subtree}
    kept = [t for t in token.subtree if t.i not in described and not t.is_punct] or [token]
    return min(t.idx for t in kept), max(t.idx + len(t.text) for t in kept)


def _subtree_span(token: Token) -> Span:
    begin, end = _subtree_chars(token)
    return Span(begin, end, token.doc.text[begin:end])


def _tokens_span(doc: Doc, tokens: list[Token]) -> Span:
    begin = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(begin, end, doc.text[begin:end])


def _clause_span(head: Token) -> Span:
    """The clause describing the deployment: ``head``'s subtree without its conjunction, leading frame or tail."""
    dropped: set[int] = set()
    commas = [c for c in head.children if c.dep_ == "punct" and c.text == ","]
    for child in head.children:
        if child.dep_ in ("mark", "cc", "punct") or child.dep_ in CLAUSE_BOUNDARIES - {"ccomp"}:
            dropped.update(t.i for t in child.subtree)
        elif child.dep_ not in SUBJECTS and any(
            (child.i < comma.i < head.i) or (head.i < comma.i < child.i) for comma in commas
        ):
            dropped.update(t.i for t in child.subtree)  # "According to X, ..." / ", marking a shift ..."
    kept = [
        t for t in head.subtree if t.i not in dropped and not t.is_punct and not t.is_space and not _in_dateline(t)
    ] or [head]
    return _tokens_span(head.doc, kept)
