"""Whether a deployment's forces were killed or wounded."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import SUBJECTS, has_label, is_pobj, is_poss, is_prep
from kgingest.extract.deployments.grammar import is_force, negated, subtree_chars
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

    def casualties(self, deployment: Deployment) -> bool | None:
        """True when the text says the sender's forces were killed or wounded, False when it says none were."""
        verdict: bool | None = None
        for token in self._casualty_words:
            if not self._concerns(token, deployment):
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
