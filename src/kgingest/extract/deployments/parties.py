"""The parties a deployment helps or fights, from purpose, mission and enemy phrases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    COMPLEMENT_LABELS,
    NOUN_MODIFIERS,
    PREPOSITION_LABELS,
    has_label,
    is_det,
    is_dobj,
    is_label,
    is_nsubj,
    is_pobj,
    is_poss,
    is_prep,
)
from kgingest.extract.deployments.grammar import PRONOUNS, is_force, negated, noun_lemma, tokens_span
from kgingest.extract.deployments.resolver import country_of
from kgingest.model import ActorType

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


class PartyReader:
    """The parties a deployment helps or fights, from purpose, mission and enemy phrases."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.index = ctx.index

    def supported(
        self, clause: list[Token], sender: str | None, location: str | None = None, inviter: Token | None = None
    ) -> str | None:
        for token in clause:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in lex.SUPPORT_VERBS:
                helped = _helped_words(token)
                for obj in helped:
                    actor = self.ctx.actors.resolve_phrase(obj)
                    if obj.lemma_.lower() in lex.GOVERNMENT_NOUNS and (
                        actor is None or not self.ctx.actors.is_state(actor)
                    ):
                        # "X's government" with X a person: the government of the state the forces go to
                        actor = self._host_government(obj, location, named=True) or actor
                    actor = actor or self._host_government(obj, location) or self._helped_host(obj, location)
                    # "to augment Ruritanian forces": the forces' state
                    actor = actor or (self.ctx.actors.owner(obj) if is_force(obj) else None)
                    # "to back the separatists": an armed group known only by what it is
                    actor = actor or self._unnamed_group(obj)
                    if actor is not None and actor != sender:
                        return actor
            if token.pos_ == "VERB" and lemma in lex.FIGHT_VERBS:
                for obj in (c for c in token.children if is_dobj(c) and c.lemma_.lower() in lex.ATTACK_NOUNS):
                    targets = [p for p in obj.children if is_prep(p, "on", "against")]
                    actor = next((a for p in targets if (a := self.ctx.actors.pobj_actor(p))), None)
                    if actor is not None and actor != sender:
                        return actor  # "to deter attacks on X"
            fighting_for = is_prep(token, "for") and token.head.lemma_.lower() in lex.FIGHT_VERBS
            if is_prep(token, "alongside") or fighting_for:  # "fight alongside X", "fight for X"
                objects = [c for c in token.children if is_pobj(c)]
                actor = self.ctx.actors.pobj_actor(token)
                if actor == sender:
                    actor = None  # "alongside pro-X separatists": the group, not the state its name leans to
                actor = actor or next((a for o in objects if (a := self._unnamed_group(o))), None)
                if actor is not None and actor != sender:
                    return actor
            actor = self._given_support(token) if token.pos_ == "NOUN" and lemma in lex.SUPPORT_NOUNS else None
            actor = actor or self._asker_of_help(token)  # "after X asked for help", "X requested assistance"
            if actor is not None and actor != sender:
                return actor
            mission = self._mission_party(token)
            if mission is not None and mission != sender:
                return mission
            if is_pobj(token) and (token.head.lower_, token.lower_) in lex.SUPPORT_PHRASES:
                for of in (c for c in token.children if is_prep(c, "of")):
                    # "at the invitation of the government": the government of the state the forces go to
                    actor = self.ctx.actors.pobj_actor(of) or self._inviting_host(of, location)
                    if actor is not None and actor != sender:
                        return actor
                # "at X's request", "at the Bahraini government's invitation"
                owners = [c for c in token.children if is_poss(c)]
                actor = next(
                    (a for o in owners if o.lower_ not in PRONOUNS and (a := self.ctx.actors.resolve_phrase(o))), None
                )
                actor = actor or next((a for o in owners if (a := self._helped_host(o, location))), None)
                if actor is not None and actor != sender:
                    return actor
        return self.inviter(inviter, sender, location) if inviter is not None else None

    def _asker_of_help(self, verb: Token) -> str | None:
        """Who asks for help ("X appealed for assistance", "the Y president requested military aid"): the state
        asking, or the one whose leader or government asks."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.ASKING_VERBS or negated(verb):
            return None
        asked = [c for c in verb.children if is_dobj(c)]
        asked += [o for p in verb.children if is_prep(p, "for") for o in p.children if is_pobj(o)]
        if not any(noun_lemma(o) in lex.SUPPORT_NOUNS for o in asked):
            return None
        for subject in (c for c in verb.children if is_nsubj(c)):
            state = self._state_asking(subject)
            if state is not None:
                return state
        return None

    def _state_asking(self, subject: Token) -> str | None:
        """The state that asks by these words: itself, its government, or its leader ("the Ruritanian president");
        fans, rebels, an opposition, a federation or a mayor ask for no state."""
        # the head word itself: "Bolivian rebels" resolve to the state by their adjective, yet are not it
        named = self.ctx.index.actor_at(subject.idx, subject.idx + len(subject))
        if named is not None and self.ctx.actors.is_state(named):
            return named
        if (leader := self.ctx.actors.leader_state(named or self.ctx.actors.resolve_phrase(subject))) is not None:
            return leader
        if noun_lemma(subject) in lex.GOVERNMENT_NOUNS:
            owner = self.ctx.actors.owner(subject)  # "the Ruritanian government"
            return owner if owner is not None and self.ctx.actors.is_state(owner) else None
        return None

    def _inviting_host(self, of: Token, location: str | None) -> str | None:
        return next((a for o in of.children if is_pobj(o) and (a := self._host_government(o, location))), None)

    def inviter(self, inviter: Token, sender: str | None, location: str | None) -> str | None:
        """Who invites the forces in ("of Gabon", "of the government", "its"): the party they help."""
        actor = self.ctx.actors.resolve_phrase(inviter) if inviter.lower_ not in PRONOUNS else None
        actor = actor or self._host_government(inviter, location) or self._helped_host(inviter, location)
        return actor if actor != sender else None

    def _given_support(self, noun: Token) -> str | None:
        """ "provide logistical support to X": X is helped. The parser may hang "to" on the verb or on the head of a
        list the noun ends ("planning, transport and medical support to X")."""
        holders = [noun]
        for ancestor in noun.ancestors:
            holders.append(ancestor)
            if ancestor.pos_ in ("VERB", "AUX"):
                break
        helped = [
            p
            for h in holders
            for p in h.children
            if has_label(p, PREPOSITION_LABELS) and p.lower_ in ("to", "for") and p.i > noun.i
        ]
        return next((a for p in helped if (a := self.ctx.actors.pobj_actor(p))), None)

    def helps_host(self, clause: list[Token]) -> bool:
        """ "to stabilize the country", "to help the government", "to support it": the forces help the state they go
        to, whichever that is."""
        for token in clause:
            if token.pos_ != "VERB" or token.lemma_.lower() not in lex.SUPPORT_VERBS:
                continue
            for obj in helped_objects(token):
                the = any(is_det(c, "the") for c in obj.children)
                # "the Ruritanian government", "X's government" name their state; "the new government" does not
                owned = any(
                    is_poss(c) or (has_label(c, NOUN_MODIFIERS) and (c.pos_ == "PROPN" or c.text[:1].isupper()))
                    for c in obj.children
                )
                host_noun = obj.lemma_.lower() in lex.GOVERNMENT_NOUNS | lex.STATE_DESCRIPTIONS
                if (the and host_noun and not owned) or obj.lower_ in ("it", "them"):
                    return True
        return False

    def _helped_host(self, pronoun: Token, location: str | None) -> str | None:
        """ "sent troops to X to help it", "... at its request": the pronoun stands for the state the forces go to."""
        described = pronoun.lemma_.lower() in lex.STATE_DESCRIPTIONS and any(is_det(c, "the") for c in pronoun.children)
        if (pronoun.lower_ not in ("it", "them", "its", "their") and not described) or location is None:
            return None  # "to stabilize the country": the state the forces go to
        state = country_of(location, self.index)
        return state if self.ctx.actors.is_state(state) else None

    def _mission_party(self, noun: Token) -> str | None:
        """The organization whose mission the forces serve: "to UNIFIL", "for MINUSCA", "join the AU mission",
        "1,200 personnel in the mission" (the organization named last), "as part of the UN mission"."""
        mission_noun = noun_lemma(noun) in lex.MISSION_NOUNS
        served = is_pobj(noun) and (noun.head.lower_ in ("to", "for") or (mission_noun and noun.head.lower_ == "in"))
        served = served or (mission_noun and is_pobj(noun) and _part_of(noun.head))
        joined = is_dobj(noun) and noun.head.lemma_.lower() in lex.MISSION_VERBS - lex.MISSION_ENDING_VERBS
        if not (served or joined):
            return None
        actor = self.ctx.actors.resolve_phrase(noun) or (
            self.ctx.actors.described_actor(noun) if mission_noun else None
        )
        found = self.index.actor(actor) if actor is not None else None
        if found is None or found.type is not ActorType.ORGANIZATION:
            return None
        # "MINUSCA, the UN mission there" (the parser may not hang the apposition on the name)
        after = noun.doc[noun.i + 1 : noun.i + 7]
        described = len(after) > 1 and after[0].text == "," and any(noun_lemma(t) in lex.MISSION_NOUNS for t in after)
        named = found.name.isupper() or any(word in lex.MISSION_NAME_WORDS for word in found.name.lower().split())
        return actor if mission_noun or described or named else None  # "to the Indo-Pacific" is no mission

    def _host_government(self, noun: Token, location: str | None, named: bool = False) -> str | None:
        """ "to help the government" with no state named: the government of the state the forces go to; when the
        text does not say which state that place lies in, the one state whose leader the text names."""
        if noun.lemma_.lower() not in lex.GOVERNMENT_NOUNS:
            # "to help government troops": the forces of the host state's government
            if not (
                is_force(noun) and any(has_label(c, NOUN_MODIFIERS) and c.lower_ == "government" for c in noun.children)
            ):
                return None
            return self._host_state(location)
        # "at the invitation of its government": the pronoun, like "the", points to the state the forces go to
        if not named and not any(is_det(c, "the") or (is_poss(c) and c.lower_ == "its") for c in noun.children):
            return None
        return self._host_state(location)

    def _host_state(self, location: str | None) -> str | None:
        if location is None:
            return None
        state = country_of(location, self.index)
        if self.ctx.actors.is_state(state):
            return state
        # "sent to Y (a town of unknown state) to support the regime", the text naming "President X" of Z
        governed = {r.of for r in self.ctx.roles if r.of is not None and self.ctx.actors.is_state(r.of)}
        return governed.pop() if len(governed) == 1 else None

    def opponent(self, clause: list[Token], sender: str | None, supported: str | None) -> str | None:
        excluded = {sender, supported}
        for token in clause:
            lemma = token.lemma_.lower()
            found: str | None = None
            # "against X", "the war with X"
            if is_prep(token, "against") and any(
                is_pobj(c) and c.lemma_.lower() in lex.STANCE_NOUNS for c in token.children
            ):
                continue  # "against the wishes of X": X's stance is defied, X is not fought
            if is_prep(token, "against") or (is_prep(token, "with") and token.head.lemma_.lower() in lex.WAR_NOUNS):
                found = self.ctx.actors.pobj_actor(token)
                objects = [c for c in token.children if is_pobj(c)]
                found = found or next((a for o in objects if (a := self._unnamed_group(o) or self._held_by(o))), None)
            elif token.pos_ == "VERB" and (lemma in lex.FIGHT_VERBS or _fights_by_particle(token)):
                objects = [c for c in token.children if is_dobj(c)]
                found = next((a for o in objects if (a := self.ctx.actors.resolve_phrase(o))), None)
                # "militants of the X Party": the group they belong to
                found = found or next((a for o in objects if (a := self._members_group(o))), None)
                found = found or next((a for o in objects if (a := self._unnamed_group(o))), None)
            elif token.pos_ == "VERB" and lemma in lex.RECLAIM_VERBS:
                froms = [t for t in token.subtree if is_prep(t, "from")]
                found = next((a for p in froms if (a := self.ctx.actors.pobj_actor(p))), None)
                # "to retake the town from insurgents": a group known only by what it is
                held = [o for p in froms for o in p.children if is_pobj(o)]
                found = found or next((a for o in held if (a := self._unnamed_group(o))), None)
                # "to push back militants": the group driven back
                found = found or next((a for o in token.children if is_dobj(o) and (a := self._unnamed_group(o))), None)
                if found is None and _drives_away(token):
                    # "to drive the X Front out of Y", "push X back": whoever is driven away is fought
                    found = next(
                        (a for o in token.children if is_dobj(o) and (a := self.ctx.actors.resolve_phrase(o))), None
                    )
            elif token.pos_ == "NOUN" and lemma in lex.ATTACK_NOUNS and _backed(token):
                # "to back the army's offensive on the separatist enclave": the side attacked is fought
                targets = [p for p in token.children if is_prep(p, "on", "against")]
                # the parser may hang "on X" on the verb: "support the assault on X"
                targets += [
                    p for p in token.head.children if is_prep(p, "on", "against") and p.i == token.right_edge.i + 1
                ]
                found = next((a for p in targets if (a := self.ctx.actors.pobj_actor(p))), None)
                objects = [o for p in targets for o in p.children if is_pobj(o)]
                found = found or next((a for o in objects if (a := self._unnamed_group(o) or self._held_by(o))), None)
            elif is_prep(token, "from") and token.head.lemma_.lower() in lex.PROTECTING_VERBS:
                # "to protect civilians from rebel attacks", "to defend the town from the militia"
                found = next((a for o in token.children if is_pobj(o) and (a := self._attacker(o))), None)
            elif token.pos_ == "VERB" and lemma in lex.SUPPORT_VERBS:
                # "help the government fight rebels", read as one noun phrase: the rebels are fought
                misread = [(o, m[1]) for o in token.children if is_dobj(o) and (m := misread_action(o)) is not None]
                found = next((a for o, action in misread if (a := self._unnamed_group(o, skip=action))), None)
            elif token.lower_ in lex.ENEMY_NOUNS and token.pos_ == "NOUN":
                found = self.ctx.actors.salient_state(excluded)
            if found is not None and found not in excluded:
                return found
        return None

    def _attacker(self, noun: Token) -> str | None:
        """Who a protection is from: a party named ("from X"), or the side whose attacks they are ("from rebel
        attacks", "from attacks by X", "from X's raids")."""
        if noun.lemma_.lower() not in lex.ATTACK_NOUNS:
            return self.ctx.actors.resolve_phrase(noun) or self._unnamed_group(noun)
        owners = [c for c in noun.children if is_poss(c)]
        owners += [o for p in noun.children if is_prep(p, "by", "from", "of") for o in p.children if is_pobj(o)]
        found = next((a for o in owners if (a := self.ctx.actors.resolve_phrase(o) or self._unnamed_group(o))), None)
        return found or self._held_by(noun)

    def _members_group(self, noun: Token) -> str | None:
        """ "militants of the X Front", "fighters from X": the named group whose members they are."""
        if noun_lemma(noun) not in lex.OPPONENT_MEMBERS | lex.OPPONENT_NOUNS:
            return None
        return next(
            (a for p in noun.children if is_prep(p, "of", "from") and (a := self.ctx.actors.pobj_actor(p))), None
        )

    def _held_by(self, noun: Token) -> str | None:
        """ "the separatist enclave", "militant positions": the group a place is named after, known by what it is."""
        for modifier in (c for c in noun.children if has_label(c, NOUN_MODIFIERS)):
            word = modifier.lemma_.lower()
            if word in lex.OPPONENT_NOUNS and word in lex.OPPONENT_MEMBERS:
                span = tokens_span(self.doc, [modifier])
                return self.index.ensure_actor(ActorType.GROUP, f"{word}s", span)
        return None

    def _unnamed_group(self, noun: Token, skip: Token | None = None) -> str | None:
        """ "against armed groups", "to back the rebels": a group known only by what it is.

        The group is added to the index (scoped to this article) under the phrase the text uses, without its
        article: it acts in the story, as the forces' opponent.
        """
        words = {noun_lemma(noun), noun.lower_}
        if not (words & lex.OPPONENT_NOUNS or _armed_group(noun)) or noun.pos_ != "NOUN":
            return None
        # "push back rebels": a verb's particle the parser hangs on the noun is no part of the group's name
        modifiers = [
            c
            for c in noun.children
            if has_label(c, NOUN_MODIFIERS) and c.lower_ not in lex.VERB_PARTICLES and (skip is None or c.i != skip.i)
        ]
        tokens = [noun, *(t for c in modifiers for t in c.subtree)]
        names = [t for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.OPPONENT_NOUNS]
        if names:
            tokens = names  # "M-19 rebels" are the group named M-19 (the actor stage may have missed the name)
        span = tokens_span(self.doc, sorted(tokens, key=lambda t: t.i))
        return self.index.ensure_actor(ActorType.GROUP, span.text, span)


def _armed_group(noun: Token) -> bool:
    """ "armed groups", "jihadist groups", "rebel factions": a group noun an opponent's word describes."""
    return noun_lemma(noun) in lex.OPPONENT_GROUP_NOUNS and any(
        has_label(c, NOUN_MODIFIERS)
        and (c.lower_ == "armed" or c.lemma_.lower() in lex.OPPONENT_MEMBERS | lex.OPPONENT_NOUNS)
        for c in noun.children
    )


def helped_objects(verb: Token) -> list[Token]:
    """Whom a verb of helping helps: its object, or the subject of what they are helped to do ("help X fight Y").

    The parser may read "help the government rebuild roads" with "government" the subject of a verb inside the
    object, or "help the government fight rebels" as one noun phrase with "fight" a noun: the helped party is then
    the words before that verb.
    """
    objects = [c for c in verb.children if is_dobj(c)]
    helped = [s for c in verb.children if has_label(c, COMPLEMENT_LABELS) for s in c.children if is_nsubj(s)]
    for obj in objects:
        inner = [t for t in obj.subtree if is_nsubj(t) and t.head.pos_ == "VERB" and t.head.i > t.i]
        acting = misread_action(obj)
        helped += inner or ([acting[0]] if acting is not None else [obj])
    return helped


def misread_action(noun: Token) -> tuple[Token, Token] | None:
    """ "the government fight rebels" read as one noun: (the party that acts, the verb read as a noun)."""
    for action in (c for c in noun.children if is_label(c, "compound") and c.lemma_.lower() in lex.FIGHT_VERBS):
        actors = [c for c in action.children if is_label(c, "compound")]
        if actors:
            return actors[0], action
    return None


def _backed(attack: Token) -> bool:
    """ "support the assault", "back X's offensive", "join the attack": an attack the forces take part in."""
    return is_dobj(attack) and attack.head.lemma_.lower() in lex.SUPPORT_VERBS | lex.JOINING_VERBS


def _part_of(preposition: Token) -> bool:
    """ "as part of", "a part of": the preposition "of" after "part"."""
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() == "part"


def _drives_away(verb: Token) -> bool:
    """ "drive X out (of Y)", "push X back", "drive X from Y": the object is sent away, not a place taken back."""
    return any(c.lower_ in lex.AWAY_PARTICLES or is_prep(c, "from") for c in verb.children)


def _fights_by_particle(verb: Token) -> bool:
    """ "take out", "root out": a verb whose particle makes it one of fighting."""
    particles = [c.lower_ for c in verb.children if is_label(c, "prt")]
    return any((verb.lemma_.lower(), p) in lex.FIGHTING_PHRASAL_VERBS for p in particles)


def _helped_words(verb: Token) -> list[Token]:
    """What a verb of help helps: its objects ("help X fight Y": X, however the parser reads it), and whose a thing
    helped is ("to support the regime's assault"); not "X reinforced its base", whose pronoun is bound by the verb's
    own subject, the sender."""
    helped = helped_objects(verb)
    bound = any(is_nsubj(c) and c.lower_ not in PRONOUNS for c in verb.children)
    owners = [p for o in helped if not is_force(o) for p in o.children if is_poss(p)]
    return helped + [p for p in owners if not (bound and p.lower_ in PRONOUNS)]
