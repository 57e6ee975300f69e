"""Roles: posts and titles held by people, and their affiliations.

Read off the words around each mention of a person:

- before the name: "[qualifier] TITLE Name", where the qualifier is a state, a
  demonym or an organization ("Ruritanian Foreign Minister Ana Vel", "Senate
  Minority leader X", "Acme's chief executive X"), or "TITLE of ORG Name";
- after the name: "Name, TITLE of ORG", "Name, ORG's TITLE", "Name of ORG"
  (an affiliation with no title), and "TITLE Name of STATE".

A post with no qualifier ("Prime Minister X") is held in the institution its
title implies when the article names it (a senator in the Senate), else in the
state the article is mostly about; an occupation ("barrister") needs a named
organization.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kgingest.extract.actor_lexicon import (
    NON_NAME_WORDS,
    PARTY_STEMS,
    POST_HEADS,
    SPOKESPERSON_HEADS,
    STATE_POST_HEADS,
    TITLE_DROP,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actors import DATELINE, ORG_HEAD_NOUNS
from kgingest.extract.index import EntityIndex, MentionRef, actor_key
from kgingest.gazetteer import load_gazetteer
from kgingest.model import Actor, ActorType, Article, Role, Span

# A story filed from a city of a state is about that state as much as this many more mentions of it.
DATELINE_WEIGHT = 3
# Seats whose holder sits in a named assembly: the assembly's head noun.
SEAT_INSTITUTIONS = {
    "senator": ("senate",),
    "congressman": ("congress", "house"),
    "congresswoman": ("congress", "house"),
    "representative": ("house", "congress"),
    "mp": ("parliament", "house", "commons"),
    "lawmaker": ("parliament", "congress", "assembly", "senate"),
    "legislator": ("legislature", "assembly", "parliament"),
    # A judge's bench: the court the article names.
    "justice": ("court",),
    "judge": ("court", "tribunal"),
}
# "Name, who leads the Party": the post a present-tense verb gives (a founder stays one).
RELATIVE_POSTS = {
    "leads": "leader",
    "heads": "head",
    "chairs": "chair",
    "directs": "director",
    "runs": "head",
    "founded": "founder",
    "co-founded": "co-founder",
}
RELATIVE_POST = re.compile(r",\s+who\s+(?:also\s+|now\s+|still\s+)?(" + "|".join(RELATIVE_POSTS) + r")\s+(?:the\s+)?")
# Possessive pronouns before a title that point back to the organization just named ("its head X").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "whose"})
# Abbreviated titles before a name ("Sen. X"): the post they stand for.
TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "adm.": "admiral",
    "sgt.": "sergeant",
    "atty.": "attorney",
    "supt.": "superintendent",
    "prof.": "professor",
}
# "the company's chief executive, X": the common noun says which kind of actor the title belongs to.
ANTECEDENT_NOUNS = {
    "country": ActorType.STATE,
    "nation": ActorType.STATE,
    "state": ActorType.STATE,
    "company": ActorType.ORGANIZATION,
    "firm": ActorType.ORGANIZATION,
    "group": ActorType.ORGANIZATION,
    "bank": ActorType.ORGANIZATION,
    "party": ActorType.ORGANIZATION,
    "agency": ActorType.ORGANIZATION,
    "organization": ActorType.ORGANIZATION,
    "organisation": ActorType.ORGANIZATION,
    "body": ActorType.ORGANIZATION,
    "federation": ActorType.ORGANIZATION,
    "alliance": ActorType.ORGANIZATION,
    "bloc": ActorType.ORGANIZATION,
    "system": ActorType.ORGANIZATION,
    "fund": ActorType.ORGANIZATION,
    "university": ActorType.ORGANIZATION,
    "institute": ActorType.ORGANIZATION,
    "court": ActorType.ORGANIZATION,
    "union": ActorType.ORGANIZATION,
    "commission": ActorType.ORGANIZATION,
    "council": ActorType.ORGANIZATION,
    "committee": ActorType.ORGANIZATION,
    "authority": ActorType.ORGANIZATION,
    "ministry": ActorType.ORGANIZATION,
    "department": ActorType.ORGANIZATION,
    "association": ActorType.ORGANIZATION,
    "centre": ActorType.ORGANIZATION,
    "center": ActorType.ORGANIZATION,
    "regulator": ActorType.ORGANIZATION,
    "board": ActorType.ORGANIZATION,
    "club": ActorType.ORGANIZATION,
    "league": ActorType.ORGANIZATION,
    "network": ActorType.ORGANIZATION,
    "school": ActorType.ORGANIZATION,
    "hospital": ActorType.ORGANIZATION,
    "charity": ActorType.ORGANIZATION,
    "service": ActorType.ORGANIZATION,
    "office": ActorType.ORGANIZATION,
}
# Common nouns for a company: "the company's" points to the one the story is about.
COMPANY_NOUNS = frozenset({"company", "firm", "group", "bank", "carrier", "airline", "insurer", "lender", "maker"})
# Lowercase organ nouns between an owner and a title ("the Ruritanian foreign ministry spokesperson").
ORGAN_NOUNS = frozenset({"ministry", "department", "office", "agency", "army", "navy", "embassy", "government"})
# Heads of posts in a company or similar body: with no owner named, the organization just named holds them.
COMPANY_POST_HEADS = frozenset({"executive", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "treasurer"})
# After "Name, a": a title (its words lowercase but for names inside it), "at/of/for/with", maybe "the" and
# describing words ("Xville-based think tank"), then the organization.
APPOSITIVE_WORDS = re.compile(r"[a-z][\w\-]*(?:[ \t]+[\w\-]+){1,9}")
ORGANIZATION_LEAD = re.compile(
    r"\s*(?P<the>the\s+)?(?P<describers>(?:(?!(?:at|of|for|with|in|and)\s)(?:[a-z][\w]*|[A-Z][\w]*-based)\s+){0,3})"
)
# "Name, 58, was ...", "Name is ...": a post said of the person in the predicate.
PREDICATE_POST = re.compile(
    r"(?:,\s+\d{1,3},)?\s+(?:was|is|has\s+been|had\s+been|became|becomes|served\s+as|remains)\s+"
    r"(?:(?:the|a|an)\s+)?"
)
# A capitalised post and its portfolio: "Minister of Trade and Industry", "Chief Executive of Acme".
CAPITALISED_POST = re.compile(
    r"(?P<post>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})"
    r"(?:[ ](?:of|for)[ ](?:the[ ])?(?P<portfolio>[A-Z][\w\-]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\w\-]*){0,4}))?"
)
CONNECTORS = frozenset({"of", "at", "for", "with", "from"})
FUNCTION_EDGES = frozenset({"of", "the", "and", "for", "a", "an", "at", "'s", "’s", ","})


@dataclass
class _Found:
    title: str | None
    of: str | None
    begin: int
    end: int
    member_of: str | None = None
    bare: bool = False  # a post named before the name with no owner in the text ("Mayor X"): kept, of unknown


def find_roles(doc: Doc, article: Article, index: EntityIndex) -> list[Role]:
    """Every post or affiliation the text gives a person, once per (holder, title, organization)."""
    return _RoleFinder(doc, article, index).run()


class _RoleFinder:
    def __init__(self, doc: Doc, article: Article, index: EntityIndex) -> None:
        self.doc = doc
        self.text = article.text
        self.index = index
        self.headings = [(h.begin, h.end) for h in article.headings]
        self.main_state = _main_state(index, article.text)
        self.known_roles: list[Role] = []  # roles of the people handled so far, for "X's foreign minister"

    def run(self) -> list[Role]:
        roles: list[Role] = []
        seen: set[tuple[str, str, str | None]] = set()
        people = sorted((a for a in self.index.actors if a.type is ActorType.PERSON), key=lambda a: a.mentions[0])
        for person in people:
            earlier: dict[str, str | None] = {}
            for span in person.mentions:
                if any(b <= span.begin < e for b, e in self.headings):
                    continue
                for found in self._roles_at(person, span, earlier):
                    if found.member_of and person.member_of is None:
                        person.member_of = found.member_of
                    if found.of is None and not (found.bare and found.title):
                        continue
                    title_key = (found.title or "").lower()
                    if (person.key, title_key, found.of) in seen:
                        continue
                    # An affiliation adds nothing once a titled post in the same body is known.
                    if found.title is None and any(k[0] == person.key and k[2] == found.of for k in seen):
                        continue
                    seen.add((person.key, title_key, found.of))
                    if found.title:
                        earlier.setdefault(title_key, found.of)
                    roles.append(
                        Role(
                            person.key,
                            found.title,
                            found.of,
                            Span(found.begin, found.end, self.text[found.begin : found.end]),
                        )
                    )
            self.known_roles.extend(r for r in roles if r.holder == person.key)
        owned = {(r.holder, (r.title or "").lower()) for r in roles if r.of is not None}
        roles = [r for r in roles if r.of is not None or (r.holder, (r.title or "").lower()) not in owned]
        return sorted(roles, key=lambda r: (r.evidence.begin, r.holder))

    def _roles_at(self, person: Actor, span: Span, earlier: dict[str, str | None]) -> list[_Found]:
        tokens = self._tokens(span.begin, span.end)
        if not tokens:
            return []
        found: list[_Found] = []
        before = self._title_before(tokens[0], span, earlier) or self._title_before_comma(tokens[0], span)
        if before is not None:
            found.append(before)
        after = self._after(tokens[-1], span, before)
        if after is not None:
            found.append(after)
        return found

    # before the name

    def _title_before(self, first: Token, span: Span, earlier: dict[str, str | None]) -> _Found | None:
        title_tokens: list[Token] = []
        qualifier: MentionRef | None = None
        i = first.i - 1
        sent_start = first.sent.start
        while i >= sent_start:
            token = self.doc[i]
            if "\n" in token.whitespace_ or "\n" in token.text:
                break
            ref = self._mention_at(token)
            if ref is not None:
                actor = self.index.actor(ref.key)
                # Another person's name ("X and Ruritanian President Y") bounds the title but qualifies nothing.
                if ref.key != self._holder_key(span) and (actor is None or actor.type is not ActorType.PERSON):
                    qualifier = ref
                break
            if token.text in ("'s", "’s"):
                break
            if self._title_word(token):
                title_tokens.insert(0, token)
                i -= 1
                continue
            if title_tokens and token.lower_ in ORGAN_NOUNS and token.text.islower():
                qualifier, i = self._owner_over_organ(i, sent_start)
            break
        title_tokens = _trim(title_tokens)
        if qualifier is not None and not title_tokens:
            return self._title_of_org_before(qualifier, span)
        if not title_tokens or not any(_canonical(t) in TITLE_HEADS for t in title_tokens):
            return None
        title = self.text[title_tokens[0].idx : title_tokens[-1].idx + len(title_tokens[-1].text)]
        head = _head(title_tokens)
        begin = qualifier.span.begin if qualifier is not None else title_tokens[0].idx
        if qualifier is None and i >= sent_start and self.doc[i].lower_ in POSSESSIVE_PRONOUNS:
            qualifier = self._pronoun_owner(self.doc[i])
            if qualifier is None:
                return None  # "..., whose chief executive X": whose it is, the text does not let us tell
            begin = self.doc[i].idx
        adjacent = qualifier is not None and not self.text[qualifier.span.end : title_tokens[0].idx].strip()
        if qualifier is not None and head not in POST_HEADS and self._nationality(qualifier):
            qualifier = None  # "the Ruritanian investor X": a nationality, not a post held in the state
        of, member_of = self._of_for(qualifier, head, adjacent)
        if of is None:
            of, after_member_of = self._of_after(span, head)
            member_of = member_of or after_member_of
        if of is None and _is_state_post(head, title_tokens):
            of = earlier.get(title.lower()) or self._institution(head) or self._state_for(first)
        if of is None and head in SEAT_INSTITUTIONS:
            of = self._institution(head)
        if of is None and _is_company_post(head, title_tokens):
            company = self._nearest_organization(first.idx)
            of = company.key if company is not None else None
        # A formal post written before the name stays a role when nobody owns it in the text ("Mayor X").
        bare = (
            qualifier is None
            and not self._quoted(first)
            and (head in POST_HEADS or (title_tokens[0].text[:1].isupper() and not title_tokens[0].is_sent_start))
        )
        return _Found(title, of, begin, span.end, member_of, bare=bare)

    def _owner_over_organ(self, i: int, sent_start: int) -> tuple[MentionRef | None, int]:
        """ "Ruritanian foreign ministry spokesperson X": the owner named before a lowercase organ noun, which
        is no part of the title."""
        k = i - 1
        while k >= max(sent_start, i - 3) and self.doc[k].text.islower() and self._mention_at(self.doc[k]) is None:
            k -= 1
        ref = self._mention_at(self.doc[k]) if k >= sent_start else None
        actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
        if ref is None or actor is None or actor.type is ActorType.PERSON:
            return None, i
        return ref, k

    def _quoted(self, token: Token) -> bool:
        """Whether the token stands inside quotation marks in its paragraph (a speaker's words, not the text's)."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        before = self.text[start : token.idx]
        opened = before.count("“") - before.count("”")
        return opened > 0 or (before.count('"') % 2 == 1)

    def _nationality(self, qualifier: MentionRef) -> bool:
        """A state named by its demonym (no possessive): "Ruritanian" rather than "Ruritania's"."""
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is not ActorType.STATE:
            return False
        text = qualifier.span.text
        return not text.endswith(("'s", "’s")) and text.lower() != actor.name.lower()

    def _state_for(self, first: Token) -> str | None:
        """Whose post an unqualified "President X" is: the state the sentence is about when its subject is
        (or belongs to) a state named before the post ("Ruritania, which ..., was represented by Prime Minister
        X", "Ruritania's ministry said ... President X"), else the state the article is mostly about."""
        sentence = first.sent
        for ref in self.index.actor_mentions_before(first.idx):
            if ref.span.begin < sentence.start_char:
                break
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.STATE:
                continue
            if any(_subject_of_sentence(t) for t in self._tokens(ref.span.begin, ref.span.end)):
                return ref.key
        # "Ruritania's President X ... will send Secretary of State Y": the state of the person the sentence is about.
        verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
        for subject in verb.children if verb is not None else ():
            if subject.dep_ != "nsubj" or subject.i >= first.i:
                continue
            subject_ref = self._mention_at(subject)
            actor = self.index.actor(subject_ref.key) if subject_ref is not None and not subject_ref.is_place else None
            if actor is not None and actor.type is ActorType.PERSON:
                state = self._state_of_person(actor.key)
                if state is not None:
                    return state
        return self._capital_state_near(first) or self.main_state

    def _capital_state_near(self, first: Token) -> str | None:
        """ "Defence Minister X told reporters in <capital>": officials speak in their own capital, so "in <capital>"
        in the post's sentence (else the sentence before) gives the state."""
        sentence = first.sent
        previous = self.doc[sentence.start - 1].sent if sentence.start > 0 else None
        gazetteer = load_gazetteer()
        for window in (sentence, previous):
            if window is None:
                continue
            for ref in self.index.mentions_in(window.start_char, window.end_char):
                place = self.index.place(ref.key) if ref.is_place else None
                if place is None or place.in_state is None or not self.text.endswith(" in ", 0, ref.span.begin):
                    continue
                country = gazetteer.capital(place.name)
                if country is not None and place.in_state == actor_key(ActorType.STATE, country.name):
                    return place.in_state
        return None

    def _nearest_organization(self, offset: int) -> MentionRef | None:
        """The organization named last before ``offset``, in this sentence or the one before."""
        return self._last_actor_before(offset, lambda a: a.type is ActorType.ORGANIZATION and not _is_party(a))

    def _last_actor_before(self, offset: int, accept: Callable[[Actor], bool]) -> MentionRef | None:
        """The last mention before ``offset``, in this sentence or the one before, of an actor ``accept`` takes."""
        tokens = self._tokens(offset, offset + 1)
        if not tokens:
            return None
        sentence = tokens[0].sent
        window_start = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        for ref in self.index.actor_mentions_before(offset):
            if ref.span.begin < window_start:
                break
            actor = self.index.actor(ref.key)
            if actor is not None and accept(actor):
                return ref
        return None

    def _title_before_comma(self, first: Token, span: Span) -> _Found | None:
        """A sentence that opens with the post: "A spokesman, Name, said ..."; a spokesperson speaks for the
        organization or state named just before."""
        sent_start = first.sent.start
        i = first.i - 1
        if i <= sent_start or self.doc[i].text != ",":
            return None
        j = i - 1
        # "the Fund's mission chief for Ruritania, X": the place or state the post covers is not its owner.
        covered = self._mention_at(self.doc[j]) if j > sent_start else None
        if covered is not None:
            k = self._tokens(covered.span.begin, covered.span.end)[0].i - 1
            if k > sent_start and self.doc[k].lower_ in ("for", "in"):
                j = k - 1
            elif k > sent_start:
                found = self._title_of_before_comma(covered, k, sent_start, span)
                if found is not None:
                    return found
        title_tokens: list[Token] = []
        while (
            j >= sent_start
            and self._mention_at(self.doc[j]) is None
            and (self._title_part(self.doc[j]) or self._list_comma(j, title_tokens))
        ):
            title_tokens.insert(0, self.doc[j])
            j -= 1
        if title_tokens and j > sent_start and self.doc[j].lower_ in ORGAN_NOUNS and self.doc[j].text.islower():
            # "Ruritania's foreign ministry spokesman, X": the organ is no part of the title; its owner is.
            k = j - 1
            while k > max(sent_start, j - 3) and self.doc[k].text.islower() and self.doc[k].text not in ("'s", "’s"):
                k -= 1
            if self.doc[k].text in ("'s", "’s") or self._mention_at(self.doc[k]) is not None:
                j = k
        owner = self._owner_before(j) if title_tokens and j >= sent_start else None
        if owner is None and title_tokens and self._common_noun_owner(j):
            # "the president's chief of staff, X": a post whose owner the text does not name.
            trimmed = _trim(title_tokens)
            if trimmed and _head(trimmed) in POST_HEADS:
                title = self.text[trimmed[0].idx : trimmed[-1].idx + len(trimmed[-1].text)]
                return _Found(title, None, self.doc[j - 2].idx, span.end, bare=True)
        if owner is None and (not title_tokens or j != sent_start or self.doc[j].lower_ not in ("a", "an", "the")):
            return None
        title_tokens = _trim(title_tokens)
        # The head ends the title ("chief executive") or comes before its "of" ("Minister of Trade").
        of_title = any(t.lower_ == "of" for t in title_tokens) and _head(title_tokens) in TITLE_HEADS
        if not title_tokens or (_canonical(title_tokens[-1]) not in TITLE_HEADS and not of_title):
            return None
        head = _head(title_tokens)
        title = self.text[title_tokens[0].idx : title_tokens[-1].idx + len(title_tokens[-1].text)]
        of: str | None = None
        if owner is not None:
            # "Acme's chief executive, Name," / "Its president, Name," / "The country's minister, Name,".
            owner_actor = self.index.actor(owner[0])
            if owner_actor is not None and owner_actor.type is ActorType.PERSON and _is_state_post(head, title_tokens):
                state = self._state_of_person(owner_actor.key)
                return _Found(title, state, owner[1], span.end) if state is not None else None
            return _Found(title, owner[0], owner[1], span.end)
        if head in SPOKESPERSON_HEADS:
            antecedent = self._antecedent(self.doc[j].idx)
            of = antecedent.key if antecedent is not None else None
        elif _is_state_post(head, title_tokens):
            of = self._institution(head) or self.main_state
        return _Found(title, of, title_tokens[0].idx, span.end)

    def _list_comma(self, j: int, title_tokens: list[Token]) -> bool:
        """A comma inside a portfolio list ("Minister of Economy, Trade and Industry")."""
        return (
            self.doc[j].text == ","
            and j > 0
            and any(t.lower_ == "and" for t in title_tokens)
            and self.doc[j - 1].text[:1].isupper()
            and self.doc[j - 1].lower_ in TITLE_MODIFIERS
        )

    def _title_of_before_comma(self, owner: MentionRef, k: int, sent_start: int, span: Span) -> _Found | None:
        """ "the speaker of the Assembly, X": a title, "of", then the organization or state, then the name."""
        actor = self.index.actor(owner.key) if not owner.is_place else None
        if actor is None or actor.type is ActorType.PERSON:
            return None
        if self.doc[k].lower_ == "the":
            k -= 1
        if k <= sent_start or self.doc[k].lower_ != "of":
            return None
        title_tokens: list[Token] = []
        j = k - 1
        while j >= sent_start and self._mention_at(self.doc[j]) is None and self._title_part(self.doc[j]):
            title_tokens.insert(0, self.doc[j])
            j -= 1
        title_tokens = _trim(title_tokens)
        if not title_tokens or _canonical(title_tokens[-1]) not in TITLE_HEADS:
            return None
        title = self.text[title_tokens[0].idx : title_tokens[-1].idx + len(title_tokens[-1].text)]
        return _Found(title, actor.key, title_tokens[0].idx, span.end)

    def _title_part(self, token: Token) -> bool:
        """A word of a title written before a comma: a title word, a dropped one ("new"), or a noun or adjective
        modifying the title's head ("sports minister", "junta leader")."""
        if token.lower_ in ("a", "an", "the") or (token.lower_ in ORGAN_NOUNS and token.text.islower()):
            return False
        if self._title_word(token) or token.lower_ in TITLE_DROP:
            return True
        return token.pos_ in ("NOUN", "ADJ") and token.dep_ in ("compound", "amod") and token.head.i > token.i

    def _owner_before(self, j: int) -> tuple[str, int] | None:
        """Whose title it is, from the words before it: "Acme's", "its"/"whose", "the company's", a demonym."""
        token = self.doc[j]
        if token.lower_ in POSSESSIVE_PRONOUNS:
            ref = self._pronoun_owner(token)
            return (ref.key, token.idx) if ref is not None else None
        if token.lower_ in ("his", "her"):
            # "His finance minister, X": the person named last before (the caller turns a state post into
            # that person's state).
            person_ref = next(
                (r for r in self.index.actor_mentions_before(token.idx) if self._is_type(r, ActorType.PERSON)), None
            )
            return (person_ref.key, token.idx) if person_ref is not None else None
        possessive = token.text in ("'s", "’s") or (token.text in ("'", "’") and self.doc[j - 1].text.endswith("s"))
        direct = self._mention_at(token) if not possessive else None
        if direct is not None and not direct.is_place:
            # "his Ruritanian counterpart, X" / "the Acme board chairman, X".
            actor = self.index.actor(direct.key)
            if actor is not None and actor.type is not ActorType.PERSON:
                return direct.key, direct.span.begin
            return None
        if not possessive or j == 0:
            return None
        ref = self._mention_at(self.doc[j - 1])
        if ref is not None and not ref.is_place:
            actor = self.index.actor(ref.key)
            if actor is not None and actor.type is ActorType.PERSON:
                # A person's: "the President's foreign minister, X" (the state, decided by the caller) or
                # "Y's lawyer, X" (the person).
                return actor.key, ref.span.begin
            return (ref.key, ref.span.begin) if actor is not None else None
        noun = self.doc[j - 1]
        wanted = ANTECEDENT_NOUNS.get(_singular(noun.lower_))
        if wanted is None or j < 2 or self.doc[j - 2].lower_ != "the":
            return None
        named = (
            self._organization_named_by(noun.lower_, self.doc[j - 2].idx) if wanted is ActorType.ORGANIZATION else None
        )
        if named is not None:
            return named.key, self.doc[j - 2].idx
        candidates = [r for r in self.index.actor_mentions_before(self.doc[j - 2].idx) if self._is_type(r, wanted)]
        if not candidates:
            return None
        if noun.lower_ in COMPANY_NOUNS:
            # "the company's chief executive": the company the story is about so far, the nearest on a tie.
            counts = Counter(r.key for r in candidates)
            best = max(candidates, key=lambda r: counts[r.key])
            return best.key, self.doc[j - 2].idx
        return candidates[0].key, self.doc[j - 2].idx

    def _is_type(self, ref: MentionRef, wanted: ActorType) -> bool:
        actor = self.index.actor(ref.key)
        return actor is not None and actor.type is wanted

    def _pronoun_owner(self, pronoun: Token) -> MentionRef | None:
        """Whom "its"/"their"/"whose" points to: for "whose" the name right before it ("Acme, whose ..."), for
        "its" the organization the last sentence's subject describes, else the last one named."""
        if pronoun.lower_ == "whose":
            before = _end_before_comma(self.text, pronoun.idx)
            refs = [r for r in self.index.actor_mentions_before(before) if r.span.end == before]
            actor = self.index.actor(refs[0].key) if refs else None
            return refs[0] if actor is not None and actor.type is not ActorType.PERSON else None
        if pronoun.lower_ == "its":
            described = self._described_subject_before(pronoun) or self._named_subject_before(pronoun)
            if described is not None:
                return described
        return self._antecedent(pronoun.idx)

    def _named_subject_before(self, pronoun: Token) -> MentionRef | None:
        """ "Acme, the group that fought Ruritania, rejected it. Its leader ...": a sentence opening with "Its"
        continues about the subject of the sentence before, when that names an organization or state."""
        sentence = pronoun.sent
        if sentence.start == 0 or pronoun.i != sentence.start:
            return None
        previous = self.doc[sentence.start - 1].sent
        subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is None:
            return None
        for token in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            ref = self._mention_at(token)
            actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
            if ref is not None and actor is not None and actor.type is not ActorType.PERSON:
                return ref
        return None

    def _common_noun_owner(self, j: int) -> bool:
        """Whether the words before a title are "the <noun>'s" naming no actor ("the president's")."""
        return (
            j >= 2
            and self.doc[j].text in ("'s", "’s")
            and self.doc[j - 2].lower_ == "the"
            and self.doc[j - 1].pos_ == "NOUN"
            and self._mention_at(self.doc[j - 1]) is None
        )

    def _state_of_person(self, key: str) -> str | None:
        """The state a person holds a post in, by the roles found so far."""
        for role in self.known_roles:
            if role.holder != key or role.of is None:
                continue
            actor = self.index.actor(role.of)
            if actor is not None and actor.type is ActorType.STATE:
                return actor.key
        return None

    def _organization_named_by(self, noun: str, offset: int) -> MentionRef | None:
        """The organization named last before ``offset`` whose name has this common noun as a word ("the
        commission" for the "Fire and Police Commission")."""
        wanted = _singular(noun).replace("centre", "center")
        for ref in self.index.actor_mentions_before(offset):
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                continue
            words = {w.lower().replace("centre", "center") for w in re.findall(r"[\w\-]+", actor.name)}
            if wanted in words:
                return ref
        return None

    def _described_subject_before(self, pronoun: Token) -> MentionRef | None:
        """ "Ruritania's handball federation called it unfair. Its president ...": the organization the
        subject of the sentence before describes, by the words its name shares with that description."""
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        previous = self.doc[sentence.start - 1].sent
        subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self._mention_at(subject) is not None:
            return None
        if ANTECEDENT_NOUNS.get(subject.lower_) is not ActorType.ORGANIZATION:
            return None
        described = {t.lower_ for t in subject.subtree if t.is_alpha and t.lower_ not in FUNCTION_EDGES}
        owners = {r.key for t in subject.subtree for r in self.index.mentions_in(t.idx, t.idx + len(t.text))}
        best: tuple[int, int, MentionRef] | None = None
        for ref in self.index.actor_mentions_before(pronoun.idx):
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                continue
            words = {w.lower() for w in re.findall(r"[\w\-]+", actor.name)}
            if subject.lower_ not in words:
                continue
            shared = len(words & described) + (actor.part_of in owners) + self._names_owner(actor, owners)
            if best is None or (shared, ref.span.begin) > best[:2]:
                best = (shared, ref.span.begin, ref)
        return best[2] if best is not None else None

    def _names_owner(self, actor: Actor, owners: set[str]) -> int:
        """1 when the organization's name contains a name of one of ``owners`` ("Federation of Ruritania")."""
        for key in owners:
            owner = self.index.actor(key)
            if owner is None:
                continue
            for form in {owner.name, *owner.aliases}:
                core = re.sub(r"['’]s$", "", form)
                if core and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", actor.name):
                    return 1
        return 0

    def _antecedent(self, offset: int) -> MentionRef | None:
        """The organization or state named last before ``offset``, in this sentence or the one before."""
        return self._last_actor_before(offset, lambda a: a.type is not ActorType.PERSON)

    def _title_of_org_before(self, qualifier: MentionRef, span: Span) -> _Found | None:
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
        return _Found(title, qualifier.key, begin, span.end)

    def _of_for(self, qualifier: MentionRef | None, head: str, adjacent: bool = False) -> tuple[str | None, str | None]:
        """The organization or state a qualifier gives (a place right before a title gives itself: "Xville
        Mayor Y"); a party before a seat is membership instead."""
        if qualifier is None:
            return None, None
        if qualifier.is_place:
            return (qualifier.key, None) if adjacent else (None, None)
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is ActorType.PERSON:
            return None, None
        possessive = qualifier.span.text.endswith(("'s", "’s"))
        if _is_party(actor) and head in SEAT_INSTITUTIONS and not possessive:
            return self._institution(head) or self.main_state, actor.key
        return actor.key, None

    def _of_after(self, span: Span, head: str) -> tuple[str | None, str | None]:
        """The state or organization after the name: "Prime Minister Ana Vel of Ruritania"."""
        match = re.match(r"\s+of\s+(?:the\s+)?", self.text[span.end : span.end + 12])
        if not match:
            return None, None
        ref = self._mention_starting(span.end + match.end())
        if ref is None or ref.is_place:
            return None, None
        actor = self.index.actor(ref.key)
        if actor is not None and _is_party(actor) and head in SEAT_INSTITUTIONS:
            return self._institution(head) or self.main_state, actor.key
        return ref.key, None

    def _institution(self, head: str) -> str | None:
        """The assembly a seat belongs to ("senator" -> the article's Senate), when the text names one."""
        for noun in SEAT_INSTITUTIONS.get(head, ()):
            for actor in sorted(self.index.actors, key=lambda a: a.key):
                if actor.type is ActorType.ORGANIZATION and actor.name.lower().split()[-1] == noun:
                    return actor.key
        return None

    # after the name

    def _after(self, last: Token, span: Span, before: _Found | None) -> _Found | None:
        rest = self.text[span.end : span.end + 160]
        predicate = PREDICATE_POST.match(rest)
        if predicate and before is None:
            found = self._predicate_post(last, span, span.end + predicate.end())
            if found is not None:
                return found
        # "Name, president of the Institute" / "Name, the Institute's spokesman" / "Name, a Ruritanian diplomat"
        appositive = re.match(r",\s+(?:the\s+|a\s+|an\s+)?", rest)
        if appositive:
            found = self._appositive(span, span.end + appositive.end())
            found = found or self._appositive_phrase(span, span.end + appositive.end())
            if found is not None:
                return found
        relative = RELATIVE_POST.match(rest)
        if relative:
            ref = self._mention_starting(span.end + relative.end())
            actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
            if ref is not None and actor is not None and actor.type is ActorType.ORGANIZATION:
                return _Found(RELATIVE_POSTS[relative.group(1)], actor.key, span.begin, ref.span.end)
        # "Name of the Institute": an affiliation (no title), unless a title came before.
        of_match = re.match(r"\s+(?:of|from|at)\s+(?:the\s+)?", rest)
        if of_match and before is None:
            ref = self._mention_starting(span.end + of_match.end())
            if ref is not None and not ref.is_place:
                actor = self.index.actor(ref.key)
                if actor is not None and actor.type is ActorType.ORGANIZATION:
                    return _Found(None, actor.key, span.begin, ref.span.end)
        return None

    def _predicate_post(self, last: Token, span: Span, offset: int) -> _Found | None:
        """ "Name, 58, was Minister of Trade and Industry": a capitalised post after "was/is/became"; a state's
        post belongs to the state the sentence is about, another's to the organization named after "of/at"."""
        match = CAPITALISED_POST.match(self.text, offset)
        if match is None:
            return None
        words = match.group("post").split()
        heads = [w.lower() for w in words]
        if not any(h in POST_HEADS for h in heads) or heads[0] in TITLE_DROP:
            return None
        head = next(h for h in reversed(heads) if h in POST_HEADS)
        end = match.end("post")
        tail = match.group("portfolio")
        ref = self._mention_starting(match.start("portfolio")) if tail else None
        if ref is not None and not ref.is_place:
            actor = self.index.actor(ref.key)
            # "Minister of Mining and Energy": a portfolio spaCy took for a body is no owner of a state's post.
            portfolio = head in STATE_POST_HEADS and actor is not None and _last_word(actor.name) not in ORG_HEAD_NOUNS
            if actor is not None and actor.type is ActorType.ORGANIZATION and not portfolio:
                return _Found(match.group("post"), actor.key, span.begin, ref.span.end)
        if tail:
            end = match.end("portfolio")
        title = self.text[offset:end]
        if head not in STATE_POST_HEADS:
            return None
        return _Found(title, self._state_for(last), span.begin, end)

    def _appositive(self, span: Span, offset: int) -> _Found | None:
        tokens = self._tokens_from(offset)
        title_tokens: list[Token] = []
        qualifier: MentionRef | None = None
        for token in tokens[:8]:
            ref = self._mention_at(token)
            if ref is not None:
                if title_tokens:
                    break
                qualifier = ref  # "Name, the Institute's spokesman"
                continue
            if token.text in ("'s", "’s"):
                continue
            if self._title_word(token):
                title_tokens.append(token)
                continue
            break
        title_tokens = _trim(title_tokens)
        if not title_tokens or not any(t.lower_ in TITLE_HEADS for t in title_tokens):
            return None
        head = _head(title_tokens)
        last = title_tokens[-1]
        end = last.idx + len(last.text)
        title = self.text[title_tokens[0].idx : end]
        of: str | None = None
        if qualifier is not None:
            of, _ = self._of_for(qualifier, head)
        connector = re.match(r"\s+(?:of|at|for|with)\s+(?:the\s+)?", self.text[end : end + 12])
        if of is None and connector:
            ref = self._mention_starting(end + connector.end())
            if ref is not None and ref.span.text.endswith(("'s", "’s")):
                # "director of Oxford's Jenner Institute": the body after the possessive is the one meant.
                inner = self._mention_starting(ref.span.end + 1)
                ref = inner if inner is not None and not inner.is_place else ref
            if ref is not None and not ref.is_place:
                of, end = ref.key, ref.span.end
        if of is None and head in STATE_POST_HEADS and qualifier is None and not connector:
            return None
        if of is None:
            return None
        return _Found(title, of, span.begin, max(end, qualifier.span.end if qualifier else end))

    def _appositive_phrase(self, span: Span, offset: int) -> _Found | None:
        """ "Name, a professor of epidemiology at the London School", "Name, head of European research at
        Acme", "Name, an economist at the Xville-based think tank Acme", "Name, a surgeon at the centre".

        The title ends at the first "at/with/for/of" after which the organization follows; shorter titles are
        tried first."""
        phrase = APPOSITIVE_WORDS.match(self.text, offset)
        if not phrase:
            return None
        words = list(re.finditer(r"\S+", phrase.group(0)))
        for k in range(1, len(words)):
            if words[k].group(0) not in ("at", "with", "for", "of"):
                continue
            title_words = [w.group(0) for w in words[:k]]
            cut = next((i for i, w in enumerate(title_words) if w in ("of", "for", "on")), len(title_words))
            heads = [w.lower() for w in title_words[:cut]]
            if not heads or heads[-1] not in TITLE_HEADS or title_words[0].lower() in TITLE_DROP:
                continue
            title = self.text[offset + words[0].start() : offset + words[k - 1].end()]
            found = self._organization_after(span, title, offset + words[k].end())
            if found is not None:
                return found
        return None

    def _organization_after(self, span: Span, title: str, position: int) -> _Found | None:
        """The organization after a title's "at": maybe "the" and describing words first ("the Xville-based
        think tank Acme"), or just "the <noun>" naming one named before ("the centre")."""
        match = ORGANIZATION_LEAD.match(self.text, position)
        if match is None:
            return None
        target = match.end()
        ref = self._mention_starting(target)
        if ref is not None and not ref.is_place:
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                return None
            return _Found(title, ref.key, span.begin, ref.span.end)
        noun = re.match(r"[a-z]+\b", self.text[target : target + 20])
        if ref is None and noun and match.group("the") and not match.group("describers"):
            named = self._organization_named_by(noun.group(0), span.begin)
            if named is not None:
                return _Found(title, named.key, span.begin, target + noun.end())
        return None

    # tokens and mentions

    def _title_word(self, token: Token) -> bool:
        lower = _canonical(token)
        if lower in TITLE_HEADS or lower in TITLE_MODIFIERS:
            return True
        # "secretary-general": a hyphen inside a word joins the parts of one title.
        if token.text in ("-", "‑") and not token.whitespace_ and token.i > 0 and not self.doc[token.i - 1].whitespace_:
            return True
        # Capitalised words inside a title ("Majority leader") that name nothing themselves.
        return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") and lower not in NON_NAME_WORDS

    def _mention_at(self, token: Token) -> MentionRef | None:
        refs = self.index.mentions_in(token.idx, token.idx + len(token.text))
        return refs[-1] if refs else None

    def _mention_starting(self, offset: int) -> MentionRef | None:
        refs = [r for r in self.index.mentions_in(offset, offset + 1) if r.span.begin == offset]
        return max(refs, key=lambda r: r.span.end) if refs else None

    def _holder_key(self, span: Span) -> str | None:
        refs = [r for r in self.index.mentions_in(span.begin, span.end) if r.span == span]
        return refs[0].key if refs else None

    def _tokens(self, begin: int, end: int) -> list[Token]:
        found = self.doc.char_span(begin, end, alignment_mode="expand")
        return list(found) if found is not None else []

    def _tokens_from(self, offset: int) -> list[Token]:
        found = self.doc.char_span(offset, min(len(self.text), offset + 1), alignment_mode="expand")
        if found is None:
            return []
        start = found[0].i
        return [t for t in self.doc[start : start + 12] if t.sent == found[0].sent]


def _end_before_comma(text: str, offset: int) -> int:
    """``len(text[:offset].rstrip().rstrip(",").rstrip())``, without copying the text before ``offset``."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    while offset > 0 and text[offset - 1] == ",":
        offset -= 1
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _canonical(token: Token) -> str:
    """The lowercase word, with an abbreviated title spelled out ("Sen." -> "senator")."""
    return TITLE_ABBREVIATIONS.get(token.lower_, token.lower_)


def _trim(tokens: list[Token]) -> list[Token]:
    """A title without leading descriptive words ("former") or function words at either edge."""
    while tokens and (tokens[0].lower_ in TITLE_DROP or tokens[0].lower_ in FUNCTION_EDGES):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in FUNCTION_EDGES:
        tokens = tokens[:-1]
    return tokens


def _head(tokens: list[Token]) -> str:
    """The title's head noun: the first title head before an "of" ("Chief of Staff"), else the last one."""
    heads = [_canonical(t) for t in tokens if _canonical(t) in TITLE_HEADS]
    words = [t.lower_ for t in tokens]
    if "of" in words:
        before_of = [w for w in words[: words.index("of")] if w in TITLE_HEADS]
        if before_of:
            return before_of[-1]
    return heads[-1] if heads else ""


def _is_state_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a state when nothing else is named: "President X", "Opposition leader X"."""
    if head in STATE_POST_HEADS:
        return True
    return head == "leader" and any(t.lower_ == "opposition" for t in title_tokens)


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _is_company_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a company or other body ("Chief Executive X", "board member Y"), never in a state."""
    if head in COMPANY_POST_HEADS:
        return True
    # "Chief Executive Officer", "Chief Financial Officer": the officer's kind names the company post.
    if head == "officer" and any(
        t.lower_ in ("executive", "financial", "operating", "technology") for t in title_tokens
    ):
        return True
    return head == "member" and any(t.lower_ == "board" for t in title_tokens)


def _last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def _is_party(actor: Actor) -> bool:
    lowered = actor.name.lower()
    return lowered.endswith(" party") or any(lowered in (s, s + "s") for s in PARTY_STEMS)


def _subject_of_sentence(token: Token) -> bool:
    """Whether the token is the subject of its sentence's main verb, or the owner of that subject."""
    if token.dep_ == "poss":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


def _main_state(index: EntityIndex, text: str) -> str | None:
    """The state the article is mostly about: its mentions and those of its places, plus the weight of the
    dateline when the story was filed from one of its places (earliest first on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in index.actors:
        if actor.type is ActorType.STATE and actor.mentions:
            counts[actor.key] = len(actor.mentions)
            first[actor.key] = actor.mentions[0].begin
    if not counts:
        return None
    dateline = DATELINE.search(text)
    for place in index.places:
        state = place.in_state
        if state is not None and state in counts:
            counts[state] += len(place.mentions)
            if dateline and any(m.begin == dateline.start("city") for m in place.mentions):
                counts[state] += DATELINE_WEIGHT
    return max(counts, key=lambda k: (counts[k], -first[k]))
