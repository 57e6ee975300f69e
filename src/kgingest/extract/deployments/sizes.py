"""Sentences that only give a force's size ("the contingent numbered 1,100")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import is_nsubjpass
from kgingest.extract.deployments.grammar import (
    composition,
    sized_force,
    subtree_chars,
    their_size,
    token_span,
    tokens_span,
)
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.document import in_dateline
from kgingest.extract.index import doc_text
from kgingest.model import Quantity
from kgingest.quantities import find_quantities, is_year_like

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


class SizeStatementReader:
    """Sentences that only give a force's size ("the contingent numbered 1,100")."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc

    def size_mention(self, word: Token) -> Mention | None:
        """A sentence giving a force's size: "officials put the number at around 500 soldiers", "estimates of
        their number ranged from 8,000 to 10,000", "the contingent numbered about 1,100", "about 900 strong".

        It names the force by a force noun (whose owner is the sender) or by "their"/"its" (the deployment
        mentioned last); it only ever adds to a deployment found elsewhere.
        """
        sentence = word.sent
        if any(t.lemma_.lower() in lex.CASUALTY_WORDS or t.lower_ in lex.CASUALTY_WORDS for t in sentence):
            return None  # "the figure of dead soldiers": a toll, not a size
        force = sized_force(word)
        if force is None and not their_size(word):
            return None
        if word.head.lemma_.lower() in lex.REDUCING_VERBS:
            return None  # "pledged to reduce troop numbers to 50,000": a target, not the force's size
        member = composition(force) if force is not None and word.lemma_.lower() in lex.COMPOSING_VERBS else None
        counted = self.ctx.slots.count_of(member) if member is not None else None
        stated = [counted] if counted is not None else self._stated_quantities(word)
        quantities = [q for q in stated if not is_year_like(q) and not q.vague]
        if not quantities:
            return None
        sender = self.ctx.actors.owner(force) if force is not None else None
        passive = force is not None and is_nsubjpass(force)
        if sender is None and force is not None and passive and force.head.lemma_.lower() in lex.STAFFING_VERBS:
            sender = self.ctx.actors.agent(force.head)  # "a regiment staffed by X": X provides its soldiers
        led = passive and force is not None and force.head.lemma_.lower() in lex.LEADING_VERBS
        leader = self.ctx.actors.agent(force.head) if led and force is not None else None
        if sender is None and leader is not None and self.ctx.actors.can_send(leader):
            return None  # "a regiment there is commanded by X": X's lead role; whose soldiers it has is unsaid
        tokens = [t for t in sentence if not t.is_punct and not t.is_space and not in_dateline(t)] or [word]
        return Mention(
            trigger=word,
            anchor=tokens_span(self.doc, tokens),
            sender=sender,
            force=force,
            size=quantities[0],
            triggers=[token_span(word)],
            merge_only=True,
            # "the contingent includes 40 engineers": what a force includes is a part of it, the whole only when the
            # text gives no other count
            stated_size=word.lemma_.lower() not in lex.PART_VERBS,
        )

    def _stated_quantities(self, word: Token) -> list[Quantity]:
        """The numbers a size word gives: the count before "strong", else every count from the word on."""
        if word.pos_ == "ADJ":
            counts = [c for c in word.children if c.pos_ == "NUM" and c.i < word.i]
            begin, end = subtree_chars(counts[0]) if counts else (word.idx, word.idx)
            return find_quantities(doc_text(self.doc)[begin:end], begin)
        return find_quantities(doc_text(self.doc)[word.idx : word.sent.end_char], word.idx)
