"""A post before a comma before the name: "A spokesman, Name, said ...", "Acme's chief executive, Name,",
"the speaker of the Assembly, Name"; the owner is the one named or pointed to before the post."""

from __future__ import annotations

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    POST_HEADS,
    SPOKESPERSON_HEADS,
    STATE_POST_HEADS,
    TITLE_DROP,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.dependencies import NOUN_MODIFIERS
from kgingest.extract.index import MentionRef, sentence_start
from kgingest.extract.roles.context import Found
from kgingest.extract.roles.owners import PostReader, has_government, place_post
from kgingest.extract.roles.words import (
    APPOSITIVE_CONNECTORS,
    ARTICLES,
    CONJUNCTIONS,
    COVERAGE_PREPOSITIONS,
    DEFINITE_ARTICLES,
    ORGAN_NOUNS,
    OWNER_PREPOSITIONS,
    PERSONAL_POSSESSIVES,
    PLACE_POST_HEADS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    WORKPLACE_PREPOSITIONS,
    canonical,
    head_of,
    is_party_word,
    is_state_post,
    span_text,
    tells_how_chosen,
    trim,
)
from kgingest.model import ActorType, Span

# A portfolio or body after a post: "Minister of Finance", "Minister for Foreign Affairs".
_PORTFOLIO_PREPOSITIONS = OWNER_PREPOSITIONS | {"for"}


class TitleBeforeComma(PostReader):
    def find(self, first: Token, span: Span) -> Found | None:
        """A sentence that opens with the post: "A spokesman, Name, said ..."; a spokesperson speaks for the
        organization or state named just before."""
        sent_start = sentence_start(first)
        i = first.i - 1
        if i <= sent_start or self.doc[i].text != ",":
            return None
        j = i - 1
        # "the Fund's mission chief for Ruritania, X": the place or state the post covers is not its owner.
        covered = self.context.mention_at(self.doc[j]) if j > sent_start else None
        if covered is not None:
            k = self.context.tokens(covered.span.begin, covered.span.end)[0].i - 1
            if k > sent_start and self.doc[k].lower_ in COVERAGE_PREPOSITIONS:
                j = k - 1
            elif k > sent_start:
                found = self._title_of_before_comma(covered, k, sent_start, span)
                if found is not None:
                    return found
        if covered is None and self.doc[j].lower_ in ORGAN_NOUNS and self.doc[j].text.islower():
            return self._title_of_organ(j, sent_start, span)
        portfolio = self._portfolio_back(j, sent_start)
        title_tokens, j = self._title_words_back(j - len(portfolio), sent_start)
        title_tokens = title_tokens + portfolio if title_tokens else []
        owner = self._owner_before(j, head_of(trim(title_tokens))) if title_tokens and j >= sent_start else None
        if owner is None and title_tokens and self._common_noun_owner(j):
            # "the president's chief of staff, X": a post whose owner the text does not name.
            trimmed = trim(title_tokens)
            if trimmed and head_of(trimmed) in POST_HEADS:
                return Found(span_text(self.text, trimmed), None, self.doc[j - 2].idx, span.end, bare=True)
        trimmed = trim(title_tokens)
        named = self.owners.named_in_title(trimmed) if owner is None and trimmed else None
        if named is not None and head_of(named[1]) in TITLE_HEADS and canonical(named[1][-1]) in TITLE_HEADS:
            # "a Acme attorney, X": an organization the article names opens the title.
            return Found(span_text(self.text, named[1]), named[0], trimmed[0].idx, span.end)
        if owner is None and (not title_tokens or j != sent_start or self.doc[j].lower_ not in ARTICLES):
            return None
        return self._post_with_owner(trimmed, owner, j, span)

    def _portfolio_back(self, j: int, sent_start: int) -> list[Token]:
        """ "of safety" in "Acme's head of safety, X": "of" and up to two lowercase nouns after a title head, that
        are no title words themselves; also "for" after a state's post or after a post written with its own "of"
        ("minister for housing", "minister for the young": "the" and an adjective for a group of
        people)."""
        k = j
        while k > sent_start and j - k < 2 and self.doc[k].is_alpha and self.doc[k].text.islower():
            word = self.doc[k]
            if word.lower_ in _PORTFOLIO_PREPOSITIONS and k < j:
                break
            group = word.pos_ == "ADJ" and k == j and self.doc[k - 1].lower_ in DEFINITE_ARTICLES
            article = k < j and word.lower_ in DEFINITE_ARTICLES and self.doc[k - 1].lower_ in _PORTFOLIO_PREPOSITIONS
            # (The parser may hang "the elderly" on the name as a modifier: no title word for all that.)
            if not article and not group and (self._title_part(word) or word.pos_ != "NOUN"):
                return []
            k -= 1
        if k == j:
            return self._capitalised_portfolio_back(j, sent_start)
        preposition, before = self.doc[k].lower_, self.doc[k - 1]
        if k - 1 <= sent_start or preposition not in _PORTFOLIO_PREPOSITIONS:
            return []
        if preposition in OWNER_PREPOSITIONS:
            return list(self.doc[k : j + 1]) if canonical(before) in TITLE_HEADS else []
        if canonical(before) in STATE_POST_HEADS:
            return list(self.doc[k : j + 1])
        title_tokens, _ = self._title_words_back(k - 1, sent_start)
        of_post = any(t.lower_ in OWNER_PREPOSITIONS for t in title_tokens) and head_of(title_tokens) in TITLE_HEADS
        return list(self.doc[k : j + 1]) if of_post else []

    def _capitalised_portfolio_back(self, j: int, sent_start: int) -> list[Token]:
        """ "for Foreign Affairs" in "Xland's Minister for Foreign Affairs, Y": "of" or "for" and up to three
        capitalised words naming no actor or place, after a state's post."""
        k = j
        while k > sent_start and j - k < 4 and self.context.mention_at(self.doc[k]) is None:
            word = self.doc[k]
            if word.lower_ in _PORTFOLIO_PREPOSITIONS:
                break
            if not (word.is_alpha and (word.text[:1].isupper() or word.lower_ == "and")):
                return []
            k -= 1
        if (
            k == j
            or k <= sent_start
            or self.doc[k].lower_ not in _PORTFOLIO_PREPOSITIONS
            or self.doc[k + 1].lower_ == "and"
        ):
            return []
        if canonical(self.doc[k - 1]) not in STATE_POST_HEADS:
            return []
        return list(self.doc[k : j + 1])

    def _title_words_back(self, j: int, sent_start: int) -> tuple[list[Token], int]:
        """The title's words walking back from ``j``, and where the walk stopped (past a lowercase organ noun,
        whose owner is the title's: "Ruritania's foreign ministry spokesman, X")."""
        title_tokens: list[Token] = []
        while (
            j >= sent_start
            and self.context.mention_at(self.doc[j]) is None
            and (self._title_part(self.doc[j]) or self._list_comma(j, title_tokens))
        ):
            if title_tokens and is_party_word(self.doc[j]) and self._place_before(j, sent_start, title_tokens):
                j -= 1  # "Xshire Republican Governor, X": the party is the holder's, the post the place's
                break
            title_tokens.insert(0, self.doc[j])
            j -= 1
        party = self._party_after_place(j, sent_start, title_tokens) if title_tokens else None
        if party is not None:
            j = party - 1  # "Xshire Democratic Governor, X": the party is the holder's, the post the place's
        if title_tokens and j > sent_start and self.doc[j].lower_ in ORGAN_NOUNS and self.doc[j].text.islower():
            k = j - 1
            while (
                k > max(sent_start, j - 3) and self.doc[k].text.islower() and self.doc[k].text not in POSSESSIVE_MARKS
            ):
                k -= 1
            if self.doc[k].text in POSSESSIVE_MARKS or self.context.mention_at(self.doc[k]) is not None:
                j = k
        return title_tokens, j

    def _post_with_owner(
        self, title_tokens: list[Token], owner: tuple[str, int] | None, j: int, span: Span
    ) -> Found | None:
        """The post once its words are known: held in the owner named before it, else a spokesperson's in the
        body named just before, a state's post in the article's state."""
        # The head ends the title ("chief executive") or comes before its "of" ("Minister of Trade").
        of_title = any(t.lower_ in _PORTFOLIO_PREPOSITIONS for t in title_tokens) and (
            head_of(title_tokens) in TITLE_HEADS
        )
        if not title_tokens or (canonical(title_tokens[-1]) not in TITLE_HEADS and not of_title):
            return None
        head = head_of(title_tokens)
        title = span_text(self.text, title_tokens)
        if owner is not None:
            # "Acme's chief executive, Name," / "Its president, Name," / "The country's minister, Name,".
            owner_actor = self.index.actor(owner[0])
            named_by = self.context.mention_starting(owner[1])
            if head not in POST_HEADS and named_by is not None and self.owners.nationality(named_by):
                return None  # "the Ruritanian sociologist, X": a nationality and an occupation, no post
            if owner_actor is not None and owner_actor.type is ActorType.PERSON and is_state_post(head, title_tokens):
                state = self.owners.state_of_person(owner_actor.key)
                return Found(title, state, owner[1], span.end) if state is not None else None
            return Found(title, owner[0], owner[1], span.end)
        of: str | None = None
        if head in SPOKESPERSON_HEADS:
            antecedent = self.context.antecedents.last_non_person_before(self.doc[j].idx)
            of = antecedent.key if antecedent is not None else None
        elif is_state_post(head, title_tokens):
            of = self.owners.institution(head)
            if of is None:
                state = self.owners.state_for(title_tokens[0])
                return Found(title, state, title_tokens[0].idx, span.end, guessed=True)
        return Found(title, of, title_tokens[0].idx, span.end)

    def _list_comma(self, j: int, title_tokens: list[Token]) -> bool:
        """A comma inside a portfolio list ("Minister of Economy, Trade and Industry")."""
        return (
            self.doc[j].text == ","
            and j > 0
            and any(t.lower_ in CONJUNCTIONS for t in title_tokens)
            and self.doc[j - 1].text[:1].isupper()
            and self.doc[j - 1].lower_ in TITLE_MODIFIERS
        )

    def _title_of_before_comma(self, owner: MentionRef, k: int, sent_start: int, span: Span) -> Found | None:
        """ "the speaker of the Assembly, X": a title, "of", then the organization or state (or the place of a
        local post: "the mayor of Xville, X"), then the name."""
        actor = self.index.actor(owner.key) if not owner.is_place else None
        if not owner.is_place and (actor is None or actor.type is ActorType.PERSON):
            return None
        # "of the British union Unite": describing words between "the" and the name.
        describers = 0
        while k > sent_start and describers < 3 and self._describes(self.doc[k]):
            k, describers = k - 1, describers + 1
        if self.doc[k].lower_ in DEFINITE_ARTICLES:
            k -= 1
        # "the chief economist at Acme, X": a post "at" an organization is held in it, as one "of" it.
        at_body = self.doc[k].lower_ in WORKPLACE_PREPOSITIONS and self.context.is_type(owner, ActorType.ORGANIZATION)
        if k <= sent_start or (self.doc[k].lower_ not in _PORTFOLIO_PREPOSITIONS and not at_body):
            return None
        title_tokens: list[Token] = []
        j = k - 1
        while j >= sent_start and self.context.mention_at(self.doc[j]) is None and self._title_part(self.doc[j]):
            title_tokens.insert(0, self.doc[j])
            j -= 1
        party = self._party_after_place(j, sent_start, title_tokens) if title_tokens else None
        if party is not None:
            j = party - 1  # "Xshire Democratic Governor, X": the party is the holder's, the post the place's
        title_tokens = trim(title_tokens)
        if not title_tokens or canonical(title_tokens[-1]) not in TITLE_HEADS:
            return None
        if owner.is_place and head_of(title_tokens) not in PLACE_POST_HEADS:
            return None
        if self.doc[k].lower_ == "for" and not self._speaks_for(owner, head_of(title_tokens)):
            return None
        return Found(span_text(self.text, title_tokens), owner.key, title_tokens[0].idx, span.end)

    def _speaks_for(self, owner: MentionRef, head: str) -> bool:
        """ "A spokeswoman for the Ruritanian Foreign Ministry, X": a post "for" an organization is held in it, and
        a spokesperson "for" a state speaks for it; other posts "for" a state or place cover it ("the Fund's
        mission chief for Ruritania")."""
        if owner.is_place:
            return False
        return self.context.is_type(owner, ActorType.ORGANIZATION) or head in SPOKESPERSON_HEADS

    def _title_of_organ(self, j: int, sent_start: int, span: Span) -> Found | None:
        """ "A spokeswoman for the Ruritanian foreign ministry, X": a post in an organ the text names by its
        state and a lowercase noun; held in that state."""
        k = j - 1
        while k > max(sent_start, j - 3) and self.doc[k].text.islower() and self.doc[k].pos_ in ("NOUN", "ADJ"):
            k -= 1
        ref = self.context.mention_at(self.doc[k])
        if ref is None or ref.is_place or not self.context.is_type(ref, ActorType.STATE):
            return None
        k = self.context.tokens(ref.span.begin, ref.span.end)[0].i - 1
        if k > sent_start and self.doc[k].lower_ in DEFINITE_ARTICLES:
            k -= 1
        if k <= sent_start or self.doc[k].lower_ not in APPOSITIVE_CONNECTORS:
            return None
        title_tokens, _ = self._title_words_back(k - 1, sent_start)
        title_tokens = trim(title_tokens)
        if not title_tokens or canonical(title_tokens[-1]) not in TITLE_HEADS:
            return None
        return Found(span_text(self.text, title_tokens), ref.key, title_tokens[0].idx, span.end)

    def _describes(self, token: Token) -> bool:
        """A lowercase noun or a demonym before a name: "union" or "British" in "the British union Unite"."""
        if token.text.islower() and token.pos_ == "NOUN":
            return True
        ref = self.context.mention_at(token)
        return ref is not None and not ref.is_place and self.owners.nationality(ref)

    def _title_part(self, token: Token) -> bool:
        """A word of a title written before a comma: a title word, a dropped one ("new"), or a noun or adjective
        modifying the title's head ("sports minister", "junta leader")."""
        if token.lower_ in ARTICLES or (token.lower_ in ORGAN_NOUNS and token.text.islower()):
            return False
        if self.context.title_word(token) or token.lower_ in TITLE_DROP or tells_how_chosen(token):
            return True
        return token.pos_ in ("NOUN", "ADJ") and token.dep_ in NOUN_MODIFIERS and token.head.i > token.i

    def _owner_before(self, j: int, head: str) -> tuple[str, int] | None:
        """Whose title it is, from the words before it: "Acme's", "its"/"whose", "the company's", a demonym, or a
        place whose public post it is ("the Xville police chief", "Xshire's governor")."""
        token = self.doc[j]
        if token.lower_ in POSSESSIVE_PRONOUNS:
            ref = self.context.antecedents.possessive_owner(token)
            return (ref.key, token.idx) if ref is not None else None
        if token.lower_ in PERSONAL_POSSESSIVES:
            # "His finance minister, X": the person named last before (the caller turns a state post into
            # that person's state).
            person_ref = next(
                (r for r in self.index.actor_mentions_before(token.idx) if self.context.is_type(r, ActorType.PERSON)),
                None,
            )
            return (person_ref.key, token.idx) if person_ref is not None else None
        possessive = token.text in POSSESSIVE_MARKS or (token.text in ("'", "’") and self.doc[j - 1].text.endswith("s"))
        direct = self.context.mention_at(token) if not possessive else None
        if direct is not None and direct.is_place and not has_government(self.index, direct.key):
            # "Acme's South Asia director, X": the region is the post's area; the owner comes before it.
            first = self.context.tokens(direct.span.begin, direct.span.begin + 1)
            return self._owner_before(first[0].i - 1, head) if first and first[0].i > 0 else None
        if direct is not None and direct.is_place and place_post(head):
            return direct.key, direct.span.begin
        if direct is not None and not direct.is_place:
            # "his Ruritanian counterpart, X" / "the Acme board chairman, X".
            actor = self.index.actor(direct.key)
            if actor is not None and actor.type is not ActorType.PERSON:
                return direct.key, direct.span.begin
            return None
        if not possessive or j == 0:
            return None
        ref = self.context.mention_at(self.doc[j - 1])
        if ref is None and j >= 2 and self.doc[j - 1].lower_ in ORGAN_NOUNS and self.doc[j - 1].text.islower():
            # "the Ruritanian government's spokesman, X": the state whose organ it is.
            state = self.context.mention_at(self.doc[j - 2])
            if state is not None and not state.is_place and self.context.is_type(state, ActorType.STATE):
                return state.key, state.span.begin
        if ref is not None and ref.is_place and place_post(head) and has_government(self.index, ref.key):
            return ref.key, ref.span.begin
        if ref is not None and not ref.is_place:
            # A person's: "the President's foreign minister, X" (the state, decided by the caller) or "Y's
            # lawyer, X" (the person).
            actor = self.index.actor(ref.key)
            if actor is not None and actor.type is ActorType.PERSON:
                return actor.key, ref.span.begin
            return (ref.key, ref.span.begin) if actor is not None else None
        return self.owners.described_owner(j)

    def _common_noun_owner(self, j: int) -> bool:
        """Whether the words before a title are "the <noun>'s" naming no actor ("the president's")."""
        return (
            j >= 2
            and self.doc[j].text in POSSESSIVE_MARKS
            and self.doc[j - 2].lower_ in DEFINITE_ARTICLES
            and self.doc[j - 1].pos_ == "NOUN"
            and self.context.mention_at(self.doc[j - 1]) is None
        )
