"""Whether a deployment's forces were killed or wounded."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import SUBJECTS, has_label, is_det, is_dobj, is_label, is_pobj, is_poss, is_prep
from kgingest.extract.deployments.grammar import PRONOUNS, is_force, negated, subtree_chars
from kgingest.extract.deployments.resolver import fold_text
from kgingest.model import ActorType, Deployment

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


class CasualtyReader:
    """Whether a deployment's forces were killed or wounded."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.index = ctx.index

    def casualties(self, deployment: Deployment, deployments: Sequence[Deployment] = ()) -> bool | None:
        """True when the text says the sender's forces were killed or wounded, False when it says none were.

        ``deployments`` (all the article's) tell whether "two of them", "the soldiers" can only be this one's."""
        verdict: bool | None = None
        for token in self._casualty_words:
            if not (self._concerns(token, deployment) or self._only_one_near(token, deployment, deployments)):
                continue
            if negated(token) or any(t.lower_ in lex.NEGATORS or negated(t) for t in token.children):
                verdict = False if verdict is None else verdict
            else:
                return True
        return verdict

    @functools.cached_property
    def _casualty_words(self) -> list[Token]:
        """The article's casualty words ("killed", "wounded"), in text order: listed once, asked per deployment."""
        return [
            token
            for token in self.doc
            if token.lower_ in lex.CASUALTY_WORDS or token.lemma_.lower() in lex.CASUALTY_WORDS
        ]

    def _concerns(self, casualty: Token, deployment: Deployment) -> bool:
        """The casualty word is about forces of this deployment's sender."""
        related = [*casualty.children, casualty.head]
        for prep in (c for c in casualty.children if is_prep(c, "among", "of")):
            related.extend(c for c in prep.children if is_pobj(c))
        counted: list[Token] = []  # "two of its soldiers", "40 of the Colombians were killed"
        for token in related:
            if token.pos_ == "NUM" and has_label(token, SUBJECTS):
                counted.extend(p for prep in token.children if prep.lower_ == "of" for p in prep.children)
        for token in related + counted:
            if (
                is_force(token)
                and (self.ctx.actors.owner(token) or self.ctx.actors.possessor(casualty, token)) in deployment.senders
            ):
                return True
            if is_poss(token) and self.ctx.actors.resolve(*subtree_chars(token)) in deployment.senders:
                return True
            if token in counted and token.tag_ == "NNPS" and self._nationals_of(token) in deployment.senders:
                return True  # the sender's nationals, in an article about its forces
        return False

    def _only_one_near(self, casualty: Token, deployment: Deployment, deployments: Sequence[Deployment]) -> bool:
        """ "Norway sent 300 soldiers to X. Two of them were killed": forces named by a pronoun or a definite noun
        with no owner are those of the one deployment told of in this sentence or the one before; a bare count ("three
        have been wounded") those of the one in this sentence. A pronoun or a count stands for the last people named
        before it: another plural noun in between ("... attacked villagers; two of them were killed") takes it."""
        victims = self._victims(casualty)
        sentence = casualty.sent
        pronouns = [t for t in victims if t.lower_ in PRONOUNS]
        counts = [t for t in victims if t.pos_ == "NUM" and not any(is_prep(c, "of") for c in t.children)]
        if any(self._points_back(t) for t in victims):
            begin = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        elif counts:
            begin = sentence.start_char
        else:
            return False
        if any(not self._stands_for_force(t, deployment) for t in pronouns + counts):
            return False
        near = [d for d in deployments if any(begin <= a.begin < sentence.end_char for a in d.anchors)]
        return len(near) == 1 and near[0] is deployment

    def _stands_for_force(self, token: Token, deployment: Deployment) -> bool:
        """The last plural noun before the pronoun or count is a force the deployment's own words name."""
        before = (t for t in reversed(self.doc[: token.left_edge.i]) if t.tag_ in ("NNS", "NNPS"))
        last = next(before, None)
        return last is not None and is_force(last) and any(a.begin <= last.idx < a.end for a in deployment.anchors)

    @staticmethod
    def _victims(casualty: Token) -> list[Token]:
        """Who was hit: the object of an active "killed" ("they killed two policemen": the policemen), else the
        subject ("two of them were killed", "three died"), and what a count or "none" counts ("two of them")."""
        passive = any(is_label(c, "nsubjpass") or is_label(c, "auxpass") for c in casualty.children)
        objects = [c for c in casualty.children if is_dobj(c)]
        hit = objects if objects and not passive else [c for c in casualty.children if has_label(c, SUBJECTS)]
        counted = [
            p
            for s in hit
            if s.pos_ == "NUM" or s.lower_ in lex.NEGATORS
            for prep in s.children
            if is_prep(prep, "of")
            for p in prep.children
            if is_pobj(p)
        ]
        return hit + counted

    def _points_back(self, token: Token) -> bool:
        """ "them", "the soldiers": forces named before, whose owner these words do not say."""
        if token.lower_ in PRONOUNS:
            return True
        definite = any(is_det(c) and c.lower_ in ("the", "these", "those") for c in token.children)
        return is_force(token) and definite and self.ctx.actors.owner(token) is None

    def _nationals_of(self, token: Token) -> str | None:
        """The state whose people a plural demonym names: "the Chileans" (the index may know only "Chilean")."""
        found = self.ctx.actors.resolve(token.idx, token.idx + len(token))
        if found is not None or not token.lower_.endswith("s"):
            return found
        singular = fold_text(token.text[:-1])
        for actor in sorted(self.index.actors, key=lambda a: a.key):
            forms = {
                fold_text(actor.name),
                *(fold_text(x) for x in actor.aliases),
                *(fold_text(m.text) for m in actor.mentions),
            }
            if actor.type is ActorType.STATE and singular in forms:
                return actor.key
        return None
