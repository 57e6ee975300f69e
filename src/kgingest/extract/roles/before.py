"""A title written right before the name: "[qualifier] TITLE Name", where the qualifier is a state, a demonym,
a place or an organization ("Ruritanian Foreign Minister Ana Vel", "Acme's chief executive X"), or "TITLE of
ORG Name"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import POST_HEADS, TITLE_DROP, TITLE_HEADS, TITLE_MODIFIERS
from kgingest.extract.index import MentionRef
from kgingest.extract.roles.context import Found
from kgingest.extract.roles.owners import PostReader
from kgingest.extract.roles.words import (
    COMPANY_NOUNS,
    ORGAN_NOUNS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    SEAT_INSTITUTIONS,
    canonical,
    head_of,
    is_company_post,
    is_state_post,
    span_text,
    trim,
)
from kgingest.model import ActorType, Span


class TitleBefore(PostReader):
    def find(self, first: Token, span: Span, earlier: dict[str, str | None]) -> Found | None:
        title_tokens, qualifier, i = self._title_and_qualifier(first, span)
        sent_start = first.sent.start
        title_tokens = trim(title_tokens)
        if qualifier is not None and not title_tokens:
            return self._title_of_org_before(qualifier, span)
        if not title_tokens or not any(canonical(t) in TITLE_HEADS for t in title_tokens):
            return None
        title = span_text(self.text, title_tokens)
        head = head_of(title_tokens)
        begin = qualifier.span.begin if qualifier is not None else title_tokens[0].idx
        if qualifier is None and i >= sent_start and self.doc[i].lower_ in POSSESSIVE_PRONOUNS:
            qualifier = self.context.antecedents.possessive_owner(self.doc[i])
            if qualifier is None:
                return None  # "..., whose chief executive X": whose it is, the text does not let us tell
            begin = self.doc[i].idx
        described = None
        if qualifier is None and i > sent_start and self.doc[i].text in POSSESSIVE_MARKS:
            described = self.owners.described_owner(i)  # "the company's vice president X"
        if qualifier is None and len(title_tokens) > 1 and title_tokens[0].lower_ in COMPANY_NOUNS:
            # "company CEO X": the company the story is about, the noun no part of the title.
            key = self.owners.described(title_tokens[0].lower_, title_tokens[0].idx)
            described = (key, title_tokens[0].idx) if key is not None else None
            title_tokens = title_tokens[1:] if key is not None else title_tokens
            title = span_text(self.text, title_tokens)
        adjacent = qualifier is not None and not self.text[qualifier.span.end : title_tokens[0].idx].strip()
        if qualifier is not None and head not in POST_HEADS and self.owners.nationality(qualifier):
            qualifier = None  # "the Ruritanian investor X": a nationality, not a post held in the state
        of, member_of = self.owners.of_for(qualifier, head, adjacent)
        if of is None and described is not None:
            of, begin = described
        if of is None:
            of, after_member_of = self.owners.of_after(span, head)
            member_of = member_of or after_member_of
        if of is None:
            of = self._default_owner(first, title, head, title_tokens, earlier)
        # A formal post written before the name stays a role when nobody owns it in the text ("Mayor X").
        bare = (
            qualifier is None
            and described is None
            and not self.context.quoted(first)
            and (head in POST_HEADS or (title_tokens[0].text[:1].isupper() and not title_tokens[0].is_sent_start))
        )
        return Found(title, of, begin, span.end, member_of, bare=bare)

    def _title_and_qualifier(self, first: Token, span: Span) -> tuple[list[Token], MentionRef | None, int]:
        """The title words walking back from the name, the actor named right before them, and where the walk
        stopped."""
        title_tokens: list[Token] = []
        qualifier: MentionRef | None = None
        i = first.i - 1
        sent_start = first.sent.start
        while i >= sent_start:
            token = self.doc[i]
            if "\n" in token.whitespace_ or "\n" in token.text:
                break
            ref = self.context.mention_at(token)
            if ref is not None:
                actor = self.index.actor(ref.key)
                # Another person's name ("X and Ruritanian President Y") bounds the title but qualifies nothing.
                if ref.key != self.context.holder_key(span) and (actor is None or actor.type is not ActorType.PERSON):
                    qualifier = ref
                break
            if token.text in POSSESSIVE_MARKS:
                break
            if self.context.title_word(token):
                title_tokens.insert(0, token)
                i -= 1
                continue
            if title_tokens and token.lower_ in ORGAN_NOUNS and token.text.islower():
                qualifier, i = self._owner_over_organ(i, sent_start)
            break
        return title_tokens, qualifier, i

    def _default_owner(
        self, first: Token, title: str, head: str, title_tokens: list[Token], earlier: dict[str, str | None]
    ) -> str | None:
        """The owner of a post no qualifier gives: a state's post in the state the sentence or article is about,
        a seat in its assembly, a company post in the organization just named."""
        if head in POST_HEADS and not self.context.quoted(first):
            of = self.owners.sibling_post_owner(first, title, head)
            if of is not None:
                return of
        if is_state_post(head, title_tokens):
            of = earlier.get(title.lower()) or self.owners.institution(head) or self.owners.state_for(first)
            if of is not None:
                return of
        if head in SEAT_INSTITUTIONS:
            of = self.owners.institution(head)
            if of is not None:
                return of
        if is_company_post(head, title_tokens):
            company = self.context.nearest_organization(first.idx)
            return company.key if company is not None else None
        return None

    def _owner_over_organ(self, i: int, sent_start: int) -> tuple[MentionRef | None, int]:
        """ "Ruritanian foreign ministry spokesperson X": the owner named before a lowercase organ noun, which
        is no part of the title."""
        k = i - 1
        while (
            k >= max(sent_start, i - 3) and self.doc[k].text.islower() and self.context.mention_at(self.doc[k]) is None
        ):
            k -= 1
        ref = self.context.mention_at(self.doc[k]) if k >= sent_start else None
        actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
        if ref is None or actor is None or actor.type is ActorType.PERSON:
            return None, i
        return ref, k

    def _named(self, token: Token) -> bool:
        return self.context.mention_at(token) is not None

    def _title_of_org_before(self, qualifier: MentionRef, span: Span) -> Found | None:
        """A title before the organization before the name: "chief executive of the Acme Group Jo Bloggs"."""
        head_text = self.text[max(0, qualifier.span.begin - 60) : qualifier.span.begin]
        match = re.search(r"(?:^|[\s,(])((?:[A-Za-z\-]+\s+){0,3}?[A-Za-z\-]+)\s+(?:of|at)\s+(?:the\s+)?$", head_text)
        if not match or self.index.actor(qualifier.key) is None:
            return None
        words = match.group(1).split()
        while words and (words[0].lower() not in TITLE_HEADS and words[0].lower() not in TITLE_MODIFIERS):
            words = words[1:]
        while words and words[0].lower() in TITLE_DROP:
            words = words[1:]
        if not words or words[-1].lower() not in TITLE_HEADS:
            return None
        title = " ".join(words)
        begin = qualifier.span.begin - len(head_text) + head_text.rindex(title)
        return Found(title, qualifier.key, begin, span.end)
