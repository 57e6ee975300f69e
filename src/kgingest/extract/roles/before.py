"""A title written right before the name: "[qualifier] TITLE Name", where the qualifier is a state, a demonym,
a place or an organization ("Ruritanian Foreign Minister Ana Vel", "Acme's chief executive X"), or "TITLE of
ORG Name"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import LEGAL_SUFFIXES, POST_HEADS, TITLE_DROP, TITLE_HEADS, TITLE_MODIFIERS
from kgingest.extract.actor_states import find_country_forms
from kgingest.extract.antecedents import is_main_subject
from kgingest.extract.dependencies import NOUN_MODIFIERS
from kgingest.extract.index import MentionRef, sentence_of, sentence_start
from kgingest.extract.roles.context import Found
from kgingest.extract.roles.owners import PostReader, has_government
from kgingest.extract.roles.words import (
    COMPANY_NOUNS,
    DEFINITE_ARTICLES,
    DESTINATION_PREPOSITIONS,
    HONORIFIC_TITLES,
    INDEFINITE_ARTICLES,
    ORGAN_NOUNS,
    ORGANIZATION_PART,
    PARTY_NOUNS,
    PERSONAL_HONORIFICS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    RANK_HEADS,
    SEAT_INSTITUTIONS,
    SERVING_PREPOSITIONS,
    TITLE_ABBREVIATIONS,
    canonical,
    head_of,
    is_company_post,
    is_party_word,
    is_split_abbreviation,
    is_state_post,
    span_text,
    trim,
)
from kgingest.model import ActorType, Span

# The title's words, "of/at", maybe "the", maybe a part of the organization ("the Xville chapter of the"), right
# before the organization's name.
_TITLE_OF_ORG = re.compile(
    r"(?:^|[\s,(])((?:[A-Za-z\-]+\s+){0,3}?[A-Za-z\-]+)\s+(?:of|at)\s+(?:the\s+)?"
    r"(?:" + ORGANIZATION_PART.pattern + r")?$"
)


# No-break spaces, which join a post to the name after it in some typesetting.
_NO_BREAK_SPACES = "\u00a0\u202f"


class TitleBefore(PostReader):
    def find(self, first: Token, span: Span, earlier: dict[str, str | None]) -> Found | None:
        title_tokens, qualifier, i = self._title_and_qualifier(first, span, first.i - 1)
        sent_start = _sentence_start(first)
        if qualifier is not None and not title_tokens and self._covered(qualifier, sent_start):
            # "Ruritanian ambassador to Xland X": the state a post is sent to is not its owner.
            title_tokens, qualifier, i = self._title_and_qualifier(first, span, i - 2)
        if title_tokens and title_tokens[0].pos_ == "CCONJ":
            # "X of Acme and Professor Y": the body before "and" belongs to the first conjunct, not Y's title.
            title_tokens, qualifier = title_tokens[1:], None
        if _name_is_object(title_tokens):
            return None  # "a spokeswoman for the X campaign", "an official and X": the post is someone else's
        title_tokens, qualifier = self._title_proper(title_tokens, qualifier)
        if qualifier is not None and not title_tokens:
            return self._title_of_org_before(qualifier, span) or self._possessive_affiliation(qualifier, span)
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
        if qualifier is None and described is None:
            described, title_tokens = self._owner_inside_title(title_tokens)
            title = span_text(self.text, title_tokens)
        title_tokens, title, qualifier = self._world_region_in_title(qualifier, title_tokens, title)
        adjacent = qualifier is not None and self._adjacent(qualifier, title_tokens[0])
        if qualifier is not None and head not in POST_HEADS and self.owners.nationality(qualifier):
            qualifier = None  # "the Ruritanian investor X": a nationality, not a post held in the state
        of, member_of = self.owners.of_for(qualifier, head, adjacent)
        if of is None and described is not None:
            of, begin = described
        if of is None:
            of, after_member_of = self.owners.of_after(span, head)
            member_of = member_of or after_member_of
        guessed = False
        if of is None:
            of = self._default_owner(first, title, head, title_tokens, earlier)
            state_owned = of is None or self.context.is_type_key(of, ActorType.STATE)
            guessed = is_state_post(head, title_tokens) and state_owned
        # A formal post written before the name stays a role when nobody owns it in the text ("Mayor X").
        bare = (
            qualifier is None
            and described is None
            # In a quotation only a seat ("Judge X") or a post written in full ("then-Deputy Chief of Staff X"):
            # a speaker's "Chief X" is a form of address, and may be anyone's.
            and (not self.context.quoted(first) or _formal_in_quote(head, title_tokens))
            # An occupation counts as a formal post only when written as one, its head noun too ("Senior
            # Researcher X"): "Automotive analyst X" is an analyst, whose firm the text does not give.
            and (head in POST_HEADS or (_capitalised(title_tokens) and not title_tokens[0].is_sent_start))
            # "Professor X", "Emeritus Professor X": an academic form of address, no post when nobody owns it.
            and not all(t.lower_ in HONORIFIC_TITLES for t in title_tokens)
        )
        return Found(title, of, begin, span.end, member_of, bare=bare, guessed=guessed)

    def _world_region_in_title(
        self, qualifier: MentionRef | None, title_tokens: list[Token], title: str
    ) -> tuple[list[Token], str, MentionRef | None]:
        """ "Asia director X": a world region is the post's area, a word of the title; whose post it is, is found as
        for a title with no owner before it (it was dropped with the region as its only owner)."""
        if qualifier is None or not qualifier.is_place or has_government(self.index, qualifier.key):
            return title_tokens, title, qualifier
        title_tokens = [*self.context.tokens(qualifier.span.begin, qualifier.span.end), *title_tokens]
        return title_tokens, span_text(self.text, title_tokens), None

    def _adjacent(self, qualifier: MentionRef, first: Token) -> bool:
        """Nothing but the holder's party between the qualifier and the title ("Xshire Republican Governor X")."""
        return all(is_party_word(t) for t in self.context.tokens(qualifier.span.end, first.idx))

    def _title_proper(
        self, title_tokens: list[Token], qualifier: MentionRef | None
    ) -> tuple[list[Token], MentionRef | None]:
        """The title's own words and its qualifier, without leading words that are no part of it."""
        trimmed = trim(title_tokens)
        title_tokens = _own_part(trimmed)
        if len(title_tokens) < len(trimmed):
            qualifier = None  # "the Acme director under President X": Acme qualifies the director, not X's post
        return title_tokens, qualifier

    def _covered(self, qualifier: MentionRef, sent_start: int) -> bool:
        """The actor right before the name follows "to" after a title head: "ambassador to Xland"."""
        tokens = self.context.tokens(qualifier.span.begin, qualifier.span.end)
        k = tokens[0].i - 1 if tokens else sent_start
        if k - 1 < sent_start or self.doc[k].lower_ not in DESTINATION_PREPOSITIONS:
            return False
        return canonical(self.doc[k - 1]) in TITLE_HEADS

    def _title_and_qualifier(self, first: Token, span: Span, start: int) -> tuple[list[Token], MentionRef | None, int]:
        """The title words walking back from ``start`` before the name, the actor named right before them, and
        where the walk stopped."""
        title_tokens: list[Token] = []
        qualifier: MentionRef | None = None
        i = start
        sent_start = _sentence_start(first)
        while i >= sent_start:
            token = self.doc[i]
            if "\n" in token.whitespace_ or "\n" in token.text:
                break
            if token.is_space and token.text.strip(_NO_BREAK_SPACES) == "":
                i -= 1  # a no-break space the tokenizer kept as a token ("reporter\xa0X") parts nothing
                continue
            ref = self.context.mention_at(token)
            if ref is not None:
                actor = self.index.actor(ref.key)
                # Another person's name ("X and Ruritanian President Y") bounds the title but qualifies nothing.
                if ref.key != self.context.holder_key(span) and (actor is None or actor.type is not ActorType.PERSON):
                    qualifier = ref
                break
            if title_tokens and is_party_word(token) and self._place_before(i, sent_start, title_tokens):
                i -= 1  # "Xshire Republican Governor X": the party is the holder's; the post is the place's
                continue
            if token.text in POSSESSIVE_MARKS or (title_tokens and is_party_word(token)):
                break
            if self.context.title_word(token):
                title_tokens.insert(0, token)
                i -= 1
                continue
            if title_tokens and token.lower_ in ORGAN_NOUNS and token.text.islower():
                qualifier, i = self._owner_over_organ(i, sent_start)
            elif title_tokens and token.lower_ in PARTY_NOUNS and token.text.islower():
                party, stop = self._owner_over_organ(i, sent_start)
                if (
                    party is not None
                    and self.context.is_type(party, ActorType.ORGANIZATION)
                    and _holds_party_post(party.span.text, token.lower_, self.doc[i - 1])
                ):
                    qualifier, i = party, stop
            elif title_tokens and token.lower_ in COMPANY_NOUNS and self._definite_noun(i, sent_start):
                title_tokens.insert(0, token)  # "company CEO X": the company the story is about
                i -= 1
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
        if head in RANK_HEADS and not self.context.quoted(first):
            # "Gen. X" with no force named: the armed forces of the state the text writes from, when it shows one.
            return self.context.home_state
        if is_company_post(head, title_tokens) and not self.owners.person_owned(title_tokens[0].idx):
            # "Acme cut jobs. Chief Executive X said": the organization just named, when the sentence names it or
            # the sentence before is about it (its subject); a body named there in passing may be anyone's.
            company = self.context.nearest_organization(first.idx)
            if company is None:
                return None
            same_sentence = company.span.begin >= sentence_of(first).start_char
            topic = any(_in_main_subject(t) for t in self.context.tokens(company.span.begin, company.span.end))
            main = company.key == self.context.main_organization
            return company.key if same_sentence or topic or main else None
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
        if ref is None:
            return self._named_organ(i, sent_start)
        actor = self.index.actor(ref.key) if not ref.is_place else None
        if actor is None or actor.type is ActorType.PERSON:
            return None, i
        return ref, k

    def _named_organ(self, i: int, sent_start: int) -> tuple[MentionRef | None, int]:
        """ "Foreign ministry spokeswoman X" with no owner before it: the one organization the text names with
        the organ noun and its portfolio ("the Ministry of Foreign Affairs", "the Foreign Ministry")."""
        organ = self.doc[i]
        k = i - 1
        # The portfolio: up to two words before the organ noun, each of which the body's name must hold.
        while (
            k >= max(sent_start, i - 2)
            and self.doc[k].is_alpha
            and self.doc[k].pos_ in ("NOUN", "PROPN", "ADJ")
            and self.context.mention_at(self.doc[k]) is None
        ):
            k -= 1
        portfolio = [t.lower_ for t in self.doc[k + 1 : i]]
        if not portfolio:
            return None, i
        named = {
            a.key
            for a in self.index.actors
            if a.type is ActorType.ORGANIZATION
            and organ.lower_ in (words := a.name.lower().split())
            and all(p in words for p in portfolio)
            and _only_portfolio(a.name, organ.lower_, portfolio)
        }
        if len(named) != 1:
            return None, i
        return MentionRef(Span(organ.idx, organ.idx + len(organ.text), organ.text), named.pop()), k + 1

    def _owner_inside_title(self, title_tokens: list[Token]) -> tuple[tuple[str, int] | None, list[Token]]:
        """An owner the title's first words give and the title without them: "company CEO X" (the organization
        just named, else the company the story is about), "Acme Computer CEO X" (an organization the article
        names "Acme", the words being no title words)."""
        first = title_tokens[0]
        if len(title_tokens) > 1 and first.is_sent_start and first.lower_ in ORGAN_NOUNS:
            # "Ministry spokesman X" opening a sentence: the ministry named before, whose name has that noun.
            organ = self.context.antecedents.organization_named_by(first.lower_, first.idx)
            if organ is not None:
                return (organ.key, first.idx), title_tokens[1:]
        if len(title_tokens) > 1 and first.lower_ in COMPANY_NOUNS:
            nearest = self.context.nearest_organization(first.idx)
            key = nearest.key if nearest is not None else self.owners.described(first.lower_, first.idx)
            return ((key, first.idx), title_tokens[1:]) if key is not None else (None, title_tokens)
        named = self.owners.named_in_title(title_tokens)
        return ((named[0], first.idx), named[1]) if named is not None else (None, title_tokens)

    def _definite_noun(self, i: int, sent_start: int) -> bool:
        """A lowercase noun with no article or with "the" before it ("company CEO X", "the company CEO X"), not
        "a company CEO X"."""
        return self.doc[i].text.islower() and (i == sent_start or self.doc[i - 1].lower_ not in INDEFINITE_ARTICLES)

    def _possessive_affiliation(self, qualifier: MentionRef, span: Span) -> Found | None:
        """ "Acme's Jo Bloggs said": an organization's possessive right before the name gives an affiliation."""
        if not qualifier.span.text.endswith(POSSESSIVE_MARKS) or self.text[qualifier.span.end : span.begin].strip():
            return None
        if qualifier.is_place or not self.context.is_type_key(qualifier.key, ActorType.ORGANIZATION):
            return None
        return Found(None, qualifier.key, qualifier.span.begin, span.end)

    def _title_of_org_before(self, qualifier: MentionRef, span: Span) -> Found | None:
        """A title before the organization before the name: "chief executive of the Acme Group Jo Bloggs"."""
        base = max(0, qualifier.span.begin - 90)
        head_text = self.text[base : qualifier.span.begin]
        match = _TITLE_OF_ORG.search(head_text)
        if not match or self.index.actor(qualifier.key) is None:
            return None
        words = list(re.finditer(r"\S+", match.group(1)))
        while words and not self._keeps_title_word(words, base + match.start(1)):
            words = words[1:]
        while words and words[0].group(0).lower() in TITLE_DROP:
            words = words[1:]
        if not words or words[-1].group(0).lower() not in TITLE_HEADS:
            return None
        begin = base + match.start(1) + words[0].start()
        end = base + match.start(1) + words[-1].end()
        return Found(self.text[begin:end], qualifier.key, begin, span.end)

    def _keeps_title_word(self, words: list[re.Match[str]], offset: int) -> bool:
        """Whether the first word opens the title: a title word, or a noun naming the field of the title head
        after it ("psychology major", "equity strategist")."""
        word = words[0].group(0).lower()
        if word in TITLE_HEADS or word in TITLE_MODIFIERS:
            return True
        if len(words) < 2 or words[1].group(0).lower() not in TITLE_HEADS:
            return False
        tokens = self.context.tokens(offset + words[0].start(), offset + words[0].end())
        return (
            len(tokens) == 1
            and tokens[0].pos_ in ("NOUN", "PROPN")
            and tokens[0].dep_ in NOUN_MODIFIERS
            and tokens[0].head.i == tokens[0].i + 1
            and self.context.mention_at(tokens[0]) is None
        )


def _sentence_start(first: Token) -> int:
    """Where the sentence of a name starts; a break the parser made inside or right after an abbreviated title
    ("Sgt." "Jo Bloggs", "Brig." "Gen. Jo Bloggs") is none, so the whole title before it is read."""
    start = sentence_start(first)
    doc = first.doc
    while start >= 1 and all(_abbreviation_part(t) for t in doc[start : first.i]):
        if start >= 2 and doc[start - 1].text == "." and _capitalised_abbreviation(doc[start - 2]):
            earlier = sentence_start(doc[start - 2])
        elif _capitalised_abbreviation(doc[start - 1]):
            earlier = sentence_start(doc[start - 1])
        else:
            break
        if earlier >= start:
            break
        start = earlier
    return start


def _capitalised_abbreviation(token: Token) -> bool:
    """ "Brig." or "Brig" before its split-off full stop; not a lowercase word that ends a sentence ("the brig.")."""
    return token.text[:1].isupper() and (token.lower_ in TITLE_ABBREVIATIONS or is_split_abbreviation(token))


def _abbreviation_part(token: Token) -> bool:
    return token.text == "." or _capitalised_abbreviation(token)


def _in_main_subject(token: Token) -> bool:
    """The token names (or owns, or qualifies) the subject of its sentence's main verb: "Acme", "Acme's chief
    executive X", "Acme's" in "Acme's CEO X is ..."."""
    for _ in range(4):
        if is_main_subject(token):
            return True
        if token.dep_ not in ("compound", "poss") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _name_is_object(title_tokens: list[Token]) -> bool:
    """The title words end in a preposition or "and" with only an article, a possessive or a form of address
    after it ("spokeswoman for the", "representative for Mr.", "official and"): the name is that preposition's
    object or a second conjunct, not the title's holder ("Minister for Foreign Affairs X" goes on with words of
    the post)."""
    for k in range(len(title_tokens) - 1, -1, -1):
        token = title_tokens[k]
        if token.pos_ in ("ADP", "CCONJ"):
            return all(_only_leads_a_name(t) for t in title_tokens[k + 1 :])
        if not _only_leads_a_name(token):
            return False
    return False


def _only_leads_a_name(token: Token) -> bool:
    """An article, a possessive pronoun or a form of address ("Mr", "Dr", and its full stop)."""
    return (
        token.lower_ in DEFINITE_ARTICLES
        or token.lower_ in INDEFINITE_ARTICLES
        or token.lower_ in POSSESSIVE_PRONOUNS
        or token.lower_.rstrip(".") in PERSONAL_HONORIFICS
        or token.text == "."
    )


def _formal_in_quote(head: str, title_tokens: list[Token]) -> bool:
    """A capitalised post a quotation gives as a post: a seat, or a title of several words."""
    words = [t for t in title_tokens if t.is_alpha]
    return _capitalised(title_tokens) and head in POST_HEADS and (head in SEAT_INSTITUTIONS or len(words) > 1)


def _capitalised(title_tokens: list[Token]) -> bool:
    return title_tokens[0].text[:1].isupper() and title_tokens[-1].text[:1].isupper()


def _own_part(title_tokens: list[Token]) -> list[Token]:
    """ "spokesman for Mayor X", "adviser to President X": the post after "for/to" is the named person's, the one
    before it someone else's ("Minister for Foreign Affairs X" names no second post and stays whole)."""
    for k in range(len(title_tokens) - 2, -1, -1):
        if title_tokens[k].lower_ in SERVING_PREPOSITIONS and any(
            canonical(t) in POST_HEADS for t in title_tokens[k + 1 :]
        ):
            return title_tokens[k + 1 :]
    return title_tokens


# Chambers whose seats a post names ("senate", "house"): before a party word, a caucus, no party's name.
_CHAMBERS = frozenset(word for words in SEAT_INSTITUTIONS.values() for word in words)


def _holds_party_post(name: str, noun: str, last: Token) -> bool:
    """Whether the body named before a lowercase "party" or "union" holds the post after it: not a chamber's
    caucus ("Senate Republican party leader X" leads the caucus of a party not named), nor a company with its
    legal form ("Acme Corp union chief X" leads the union at Acme)."""
    words = name.lower().replace(".", "").split()
    if len(words) > 1 and words[0] in _CHAMBERS and is_party_word(last):
        return False
    return not (noun == "union" and words and words[-1] in LEGAL_SUFFIXES)


# Words a ministry's full name adds to its portfolio ("the Ministry of Foreign Affairs" for "foreign ministry").
_ORGAN_NAME_GLUE = frozenset({"of", "the", "for", "affairs"})


def _only_portfolio(name: str, organ: str, portfolio: list[str]) -> bool:
    """Whether one of the portfolios a body's name joins by "and" is the organ's, with no word more than its
    state's: "the Xlandic Ministry of Foreign Affairs" and "the Ministry of Agriculture and Rural Development"
    are the "foreign" and "agriculture" ministries, "the Ministry of Foreign Trade" is no "foreign ministry"."""
    state_words = {w for form in find_country_forms(name) for w in name[form.begin : form.end].lower().split()}
    skipped = _ORGAN_NAME_GLUE | state_words | {organ}
    parts = re.split(r"\s+(?:and|&)\s+", name.lower())
    return any({w for w in part.split() if w not in skipped} == set(portfolio) for part in parts)
