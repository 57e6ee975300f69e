"""Legal bases an article names outside a mention's own clause.

Three constructions of English name an instrument together with the forces it is about:

- provision: a verb of providing, with the instrument as its subject, governs words about forces ("the treaty
  permits A's troops to remain", "the resolution authorizes 900 troops");
- complement: the instrument's own complement sets up or sends a force ("the decree sending units to X", "the
  resolution creating the mission");
- signing: an instrument is signed or adopted in the sentence that tells of the forces, naming the same place or
  sender ("after A signed a defence pact with B, it sent 300 troops to B").

Each instrument goes to the deployments the words it governs are about: one with a mention inside them, one whose
sender owns a force they name, one whose place they name. A force they name with no owner and no place is no
deployment's in particular. A deployment keeps the basis its own clause gives ("under X"), else takes the first
instrument in text order. A bare instrument noun, with no force or mention beside it, gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    COMPLEMENT_LABELS,
    has_label,
    is_det,
    is_dobj,
    is_label,
    is_nsubj,
    is_pobj,
    is_relcl,
)
from kgingest.extract.deployments.grammar import is_force, negated, noun_lemma, nouns, tokens_span, withdrawing
from kgingest.extract.deployments.reality import is_real
from kgingest.extract.deployments.resolver import country_of, fold_text
from kgingest.extract.document import sentence_after_in_paragraph
from kgingest.model import Deployment, Span
from kgingest.timex import find_times

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext

# How long before a sending an instrument signed in the sentence before may still be what it was sent under.
_BASIS_LEAD_DAYS = 366


@dataclass(frozen=True)
class Instrument:
    """An instrument's name and the words that say which forces it is about."""

    name: Span
    scope: tuple[Token, ...]
    # Signed or adopted only: it reaches the forces its sentence tells of, not only forces in its own words.
    signed: bool = False


def _force_like(token: Token) -> bool:
    """A force, a unit or a mission, as the object of setting up ("establish a battalion", "create the mission")."""
    return is_force(token) or noun_lemma(token) in lex.FORCE_NOUNS | lex.UNIT_NOUNS | lex.MISSION_NOUNS


def _taken_away(force: Token) -> bool:
    """ "for all foreign troops to leave", "the withdrawal of foreign troops": forces an instrument sends home."""
    governor = force.head.head if is_pobj(force) and force.head.lower_ == "of" else force.head
    return withdrawing(governor) or governor.lemma_.lower() in lex.LEAVING_VERBS


def _speaks_of_forces(tokens: tuple[Token, ...]) -> bool:
    """Words that tell of armed forces sent or kept: a force noun, or a verb of sending ("it will be deployed"); an
    instrument that only takes forces away is no basis for them."""
    return any(
        (is_force(t) and not _taken_away(t)) or (t.pos_ == "VERB" and t.lemma_.lower() in lex.BASIS_SENDING_VERBS)
        for t in tokens
    )


def _name(noun: Token) -> Span:
    """The instrument's phrase without its leading determiner, a relative clause or what follows a comma."""
    commas = [c.i for c in noun.children if c.text == "," and c.i > noun.i]
    cut = {t.i for c in noun.children if is_relcl(c) for t in c.subtree}
    tokens = [
        t
        for t in noun.subtree
        if t.i not in cut
        and not (commas and t.i >= commas[0])
        and not (is_det(t) and t.head.i == noun.i and t.i < noun.i)
        and not (t.is_punct and t.i in (noun.left_edge.i, noun.right_edge.i))
    ]
    return tokens_span(noun.doc, tokens)


class BasisReader:
    """Instruments named beside the forces they provide for, and the deployments they go to."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx

    def instruments(self) -> list[Instrument]:
        found: list[Instrument] = []
        for noun in nouns(self.ctx.doc):
            lemma = noun.lemma_.lower()
            instrument = lemma in lex.BASIS_INSTRUMENT_NOUNS
            # The words first: negation is a walk over the children, and few nouns are instruments.
            if not (instrument or lemma in lex.SIGNED_DOCUMENT_NOUNS) or negated(noun):
                continue
            if instrument:
                found += self._provision(noun) + self._complement(noun)
            if instrument or lemma in lex.SIGNED_DOCUMENT_NOUNS:
                found += self._signing(noun)
        # One noun read by two constructions: the one that ties it to the forces in its own words first.
        return sorted(found, key=lambda i: (i.name.begin, i.signed, -i.name.end))

    def _provision(self, noun: Token) -> list[Instrument]:
        """ "the treaty permits A's troops to remain ...", "the mandate, which authorizes 900 troops", "the resolution
        established the mission": the words the providing verb governs."""
        verbs = [noun.head] if is_nsubj(noun) else []
        # "the mandate, which authorizes ...": a relative clause whose subject stands for the instrument
        verbs += [c for c in noun.children if is_relcl(c) and any(is_nsubj(s) and s.tag_ == "WDT" for s in c.children)]
        found = []
        for verb in verbs:
            if verb.lemma_.lower() not in lex.PROVIDING_VERBS or negated(verb):
                continue
            said = tuple(
                t
                for c in verb.children
                if c.i != noun.i and not is_label(c, "punct") and not (is_nsubj(c) and c.tag_ == "WDT")
                for t in c.subtree
            )
            # "a charter for the unit states that it ...": what the instrument is for is what it speaks of
            own = tuple(t for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree)
            # "established the mission": a force or mission set up by the instrument itself
            set_up = any(is_dobj(o) and _force_like(o) for o in verb.children)
            if _speaks_of_forces(said) or set_up:
                found.append(Instrument(_name(noun), said + own))
        return found

    def _complement(self, noun: Token) -> list[Instrument]:
        """ "the decree sending units to X", "the resolution creating the mission"."""
        found = []
        clauses = [c for c in noun.children if is_label(c, "acl") or has_label(c, COMPLEMENT_LABELS)]
        if is_dobj(noun) and noun.head.lemma_.lower() in lex.APPROVING_VERBS:
            # "passed a bill on Monday to station troops": the infinitive hung on the approving verb
            clauses += [
                c
                for c in noun.head.children
                if is_label(c, "advcl")
                and c.i > noun.i
                and any(is_label(a, "aux") and a.lower_ == "to" for a in c.children)
            ]
        for clause in clauses:
            if clause.lemma_.lower() not in lex.FORCE_CREATING_VERBS or negated(clause):
                continue
            if any(is_dobj(o) and _force_like(o) for o in clause.children) or _speaks_of_forces(tuple(clause.subtree)):
                found.append(Instrument(_name(noun), tuple(clause.subtree)))
        return found

    def _signing(self, noun: Token) -> list[Instrument]:
        """ "A and B signed an accord on a truce in X": the signing clause, reaching the rest of its sentence."""
        verb = noun.head
        # "refused to sign an accord", "would sign a truce": an instrument nobody signed founds nothing
        if not is_dobj(noun) or verb.lemma_.lower() not in lex.SIGNING_VERBS or not is_real(verb):
            return []
        # "signed a statement on climate, and X sent troops to Y": a clause conjoined to the signing tells of no
        # place or signer of the instrument
        joined = {t.i for c in verb.children if is_label(c, "conj") and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        return [Instrument(_name(noun), tuple(t for t in verb.subtree if t.i not in joined), signed=True)]

    def attach(self, deployments: list[Deployment]) -> None:
        """Give each deployment without a basis the first instrument that is about it."""
        chosen: dict[int, Span] = {}
        for instrument in self.instruments():
            for deployment in self._about(instrument, deployments):
                chosen.setdefault(id(deployment), instrument.name)
        for deployment in deployments:
            if deployment.legal_basis is None and id(deployment) in chosen:
                deployment.legal_basis = chosen[id(deployment)]

    def _about(self, instrument: Instrument, deployments: list[Deployment]) -> list[Deployment]:
        if instrument.signed:
            return self._signed_for(instrument, deployments)
        begin = min(t.idx for t in instrument.scope)
        end = max(t.idx + len(t) for t in instrument.scope)
        forces = [t for t in instrument.scope if is_force(t) or _force_like(t)]
        # "that guards may be posted there": whom a verb of sending moves is a force, whatever the noun
        forces += [
            c
            for t in instrument.scope
            if t.pos_ == "VERB" and t.lemma_.lower() in lex.BASIS_SENDING_VERBS
            for c in t.children
            if (is_dobj(c) or is_label(c, "nsubjpass")) and c.pos_ in ("NOUN", "PROPN") and c not in forces
        ]
        owners = {o for f in forces if (o := self.ctx.actors.owner(f)) is not None}
        places = self._places(instrument.scope)
        linked = [
            d
            for d in deployments
            if any(begin < a.end and a.begin < end for a in d.anchors)
            or owners & set(d.senders)
            or self._placed(d, places)
        ]
        return linked

    def _signed_for(self, instrument: Instrument, deployments: list[Deployment]) -> list[Deployment]:
        """A signed instrument is about the forces its own sentence tells of, in a place or of a sender its signing
        names; and, when it is on a truce or on security, about the forces one of its signers sends, in the next
        sentence of its paragraph, into a place it names ("A and B signed a ceasefire accord for X. A's troops will
        be deployed to X")."""
        sentence = instrument.scope[0].sent
        end = sentence.end_char
        places = self._places(instrument.scope)
        signers = {
            state
            for t in instrument.scope
            if (key := self.ctx.index.actor_at(t.idx, t.idx + len(t))) is not None
            for state in (key, self.ctx.actors.leader_state(key))
            if state is not None
        }
        here = [
            d
            for d in deployments
            if any(sentence.start_char <= a.begin < end for a in d.anchors)
            and (self._placed(d, places) or signers & set(d.senders))
        ]
        following = sentence_after_in_paragraph(sentence)
        if following is None or not self._on_security(instrument):
            return here
        # a withdrawal ends forces, and a denied or alleged sending is none the instrument provides for
        next_sentence = [
            d
            for d in deployments
            if d not in here
            and any(following.start_char <= a.begin < following.end_char for a in d.anchors)
            and self._placed(d, places)
            and signers & set(d.senders)
            and d.status not in ("withdrawn", "denied", "alleged")
            and not self._dated_apart(instrument, d)
        ]
        return here + next_sentence

    def _dated_apart(self, instrument: Instrument, deployment: Deployment) -> bool:
        """The text dates the signing and the sending apart: signed after the forces went, or more than a year before
        ("signed a pact in 1990 ... in 2031 X sent troops"), so the next sentence's sending is not its work."""
        start = deployment.start
        if start is None or start.earliest is None or start.latest is None:
            return False
        scope = instrument.scope
        words = self.ctx.doc[scope[0].i : scope[-1].i + 1]
        for signed in find_times(words, self.ctx.article.meta.published):
            if signed.earliest is None or signed.latest is None:
                continue
            if signed.earliest > start.latest or (start.earliest - signed.latest).days > _BASIS_LEAD_DAYS:
                return True
        return False

    def _on_security(self, instrument: Instrument) -> bool:
        """The signing's own words say the instrument is about fighting or keeping the peace ("signed a ceasefire
        accord", "signed a joint declaration about a truce", "a security pact")."""
        return any(
            t.lemma_.lower() in lex.SECURITY_TOPIC_WORDS or t.lower_ in lex.SECURITY_TOPIC_WORDS
            for t in instrument.scope
        )

    def _places(self, tokens: tuple[Token, ...]) -> set[str]:
        """The places and states the words name."""
        return {
            mention.key
            for token in tokens
            for mention in self.ctx.index.mentions_in(token.idx, token.idx + len(token))
            if mention.is_place or self.ctx.actors.is_state(mention.key)
        }

    def _placed(self, deployment: Deployment, places: set[str]) -> bool:
        """The deployment's place, its state, or a place its own mentions name is among ``places``."""
        if deployment.location is None:
            return False
        where = {deployment.location, country_of(deployment.location, self.ctx.index)}
        for anchor in deployment.anchors:
            where |= {m.key for m in self.ctx.index.mentions_in(anchor.begin, anchor.end) if m.is_place}
        where -= set(deployment.senders)
        if where & places:
            return True
        # Why the raw text too: the place index holds only the spans the actor stage recorded, and misses a place
        # named again in other letters (another case, or inside a longer name); matching folded names over the
        # anchors' text finds it until the index records such mentions.
        said = f" {fold_text(' '.join(a.text for a in deployment.anchors))} "
        return any(
            f" {fold_text(name)} " in said
            for key in places
            if (place := self.ctx.index.place(key)) is not None
            for name in (place.name, *place.aliases)
        )
