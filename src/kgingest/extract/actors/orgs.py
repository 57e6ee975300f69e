"""Organizations: names extended, acronyms and short forms merged, parties and state organs."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    NO_SHORT_FORM_NAMES,
    POST_HEADS,
    STATE_ORGAN_HEADS,
    STATE_POST_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actor_states import POSSESSIVE, find_country_forms
from kgingest.extract.actors.base import Draft, Mention
from kgingest.extract.actors.names import (
    _abbreviates,
    _country_spelling_variants,
    _last_word,
    _next_word_starts_with,
    _org_canonical,
    _org_head,
    _org_initials,
    _party_stem,
)
from kgingest.extract.actors.patterns import (
    ACRONYM_AFTER,
    HONORIFIC_WORD,
    INSTITUTION_HEADS,
    OF_NAME_AFTER,
    ORG_HEAD_NOUNS,
    ORG_TAIL,
    TIME_TAIL,
)
from kgingest.extract.actors.persons import PersonFinder
from kgingest.extract.index import literal_matches
from kgingest.extract.lexicon import word_set
from kgingest.gazetteer import Country
from kgingest.model import Span

# The roles stage's articles, read here because importing that stage would import this one again.
ARTICLES = word_set("roles", "articles")
PARTY_NOUNS = word_set("roles", "party_nouns")

# "<post> of (the)" right before a body's name.
_POST_OF_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+of\s+(?:the\s+)?$")
# "<post> for " right before a name: "Minister for ...".
_POST_FOR_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+for\s+$")
# Initials with a small word's letter in lowercase: "MoD", "DoE", "HoC".
_MIXED_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
# "-led", "-run" after a word: a compound adjective it opens.
_HYPHENED_PARTICIPLE = re.compile(r"-[a-z]")
# "'s office" after a post's name: the post's office, a body.
_POST_OFFICE = re.compile(r"\s+(?:[Oo]ffice|[Dd]epartment)\b")


class PersonAndPartyClaims(PersonFinder):
    """What spaCy's organizations turn out to be before any organization is made: persons, parties, portfolios and
    states' forces."""

    def _claimed_before_orgs(self, entity: Mention, person_of: dict[str, Draft | None], parties: list[Mention]) -> bool:
        """Whether ``entity``, which spaCy may call a body, is a person's mention, a party word, a portfolio or a
        state's forces, and is taken as such (a party's in ``parties``)."""
        name = entity.name(self.text)
        if " " not in name and name not in person_of:
            person_of[name] = self._person_by_token(name) or self._lone_person(name)
        # A person's full name spaCy also took for a body ("X Y’" with a curly possessive) is that person.
        person = person_of[name] if " " not in name else self._lone_person(name)
        if person is None and " " not in name:
            person = self._nearest_person_with_surname(name, entity.begin)
        if person is not None and entity.label in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"):
            person.mentions.append(entity.span(self.text))
            self._take(entity.begin, entity.end)
            return True
        if entity.label == "ORG" and self._state_post_portfolio(entity):
            self._take(entity.begin, entity.end)  # "Minister for Veterans Affairs X": the post's portfolio
            return True
        if entity.label in ("NORP", "ORG") and " " not in name and _party_stem(name) and self._portfolio(entity):
            self._take(entity.begin, entity.end)  # "Labour Minister X": a portfolio, not the party
            return True
        if entity.label in ("NORP", "ORG") and " " not in name and _party_stem(name):
            # "Conservative voters", "the Republican incumbent": a party word describing people, no mention of
            # the party (the people it describes speak, not the party).
            if not self._opens_longer_name(entity) and not self._party_adjective(entity):
                parties.append(entity)
            return True
        if entity.label == "ORG" and (country := self._forces_of_state(entity)) is not None:
            self._add_state_mention(country, entity.span(self.text))  # "U.S. Forces": the state's own troops
            self._take(entity.begin, entity.end)
            return True
        return False

    def _add_parties(self, parties: list[Mention]) -> None:
        """A party word naming the party ("Labour said") makes it an actor; one describing a member ("a Democrat",
        "Tory MP X") is only another mention of a party the article names."""
        describing = [party for party in parties if self._describes_member(party)]
        for party in parties:
            if not any(party is d for d in describing):
                self._add_party_mention(party)
        for party in describing:
            self._add_party_mention(party, only_to_named=True)

    def _forces_of_state(self, entity: Mention) -> Country | None:
        """The state a name stands for when it is only a country's name, acronym or demonym and "Forces"
        ("Ruritanian Forces"): the state's own troops, no body with a name of its own."""
        words = entity.name(self.text).split()
        if len(words) < 2 or words[-1] != "Forces":
            return None
        country = " ".join(words[:-1])
        forms = find_country_forms(country)
        if len(forms) != 1 or forms[0].begin != 0 or forms[0].end != len(country) or forms[0].kind == "capital":
            return None
        return forms[0].country

    def _nearest_person_with_surname(self, word: str, offset: int) -> Draft | None:
        """ "Ruiz" where several persons of the article bear that surname: the one named last before it (the
        nearer context decides), or the one named most often when none is named before it."""
        bearers = [d for d in self.persons if len(d.name.split()) > 1 and d.name.split()[-1] == word and d.mentions]
        if len(bearers) < 2:
            return None

        def last_before(draft: Draft) -> int:
            return max((m.begin for m in draft.mentions if m.begin < offset), default=-1)

        if any(last_before(d) >= 0 for d in bearers):
            return max(bearers, key=last_before)
        return max(bearers, key=lambda d: len(d.mentions))

    def _lone_person(self, name: str) -> Draft | None:
        """The person known by this one word alone ("Marisol"), whom spaCy also took for an organization once; a
        surname in capitals ("RUIZ:" before a transcript's line) is the one person who bears it."""
        person = next((d for d in self.persons if d.name == name), None)
        if person is None and name.isupper() and len(name) > 2 and " " not in name:
            bearers = [d for d in self.persons if len(d.name.split()) > 1 and d.name.split()[-1].upper() == name]
            person = bearers[0] if len(bearers) == 1 else None
        return person

    def _state_post_portfolio(self, entity: Mention) -> bool:
        """ "Veterans Affairs" in "Deputy Minister for Veterans Affairs": after a state's post and "for", words
        ending in a portfolio's word name the post's field, no body (a body's name ends in its own head noun)."""
        post = _POST_FOR_BEFORE.search(self.text, max(0, entity.begin - 40), entity.begin)
        words = entity.name(self.text).split()
        return (
            post is not None
            and post.group(1).lower() in STATE_POST_HEADS
            and words[-1].lower() in TITLE_MODIFIERS
            and words[-1].lower() not in ORG_HEAD_NOUNS
        )

    def _portfolio(self, entity: Mention) -> bool:
        """A party word right before "Minister"/"Secretary"/"Ministry" names a portfolio ("Labour Minister")."""
        after = self._token_after(entity.full_end)
        return (
            entity.full_end == entity.end
            and after is not None
            and after.lower_ in ("minister", "secretary", "ministry")
            and after.idx == entity.end + 1
        )

    def _party_adjective(self, entity: Mention) -> bool:
        """ "Conservative voters", "a Democrat senator": a party word before a lowercase noun describes people; it
        names no organization."""
        if entity.full_end == entity.end and _HYPHENED_PARTICIPLE.match(self.text, entity.end):
            return True  # "the Labour-run council", "a Republican-led chamber": one adjective of two words
        after = self._token_after(entity.full_end)
        return (
            entity.full_end == entity.end
            and after is not None
            and after.idx == entity.end + 1
            and after.text.islower()
            and after.pos_ in ("NOUN", "ADJ")  # "Democratic presidential nominee": an adjective before one too
        )

    def _opens_longer_name(self, entity: Mention) -> bool:
        """A party word that begins a longer capitalised name ("Republican Renewal party") is not the party."""
        after = self._token_after(entity.full_end)
        return (
            after is not None
            and after.text[:1].isupper()
            and re.fullmatch(HONORIFIC_WORD, after.text) is None  # "Republican Sen. X": the party, then a title
            and after.lower_ not in TITLE_HEADS
            and after.lower_ not in TITLE_MODIFIERS
            and "\n" not in self.text[entity.full_end : after.idx]
            and after.idx == entity.full_end + 1
        )

    def _describes_member(self, party: Mention) -> bool:
        """ "a Democrat", "the Democrat from Xstate", "Republican Sen. X", "a Tory MP": a singular party word for
        one member, before a title or a name or after an article, which names no party by itself."""
        if party.full_end != party.end or party.name(self.text).lower().endswith("s"):
            return False
        before = self._token_before(party.begin)
        if before is not None and before.lower_ in ARTICLES:
            # "the Democrat and Republican parties": the word describes the party noun after it, so names the party.
            last = self._tokens(party.begin, party.end)[-1:]
            return not (
                last
                and last[0].dep_ in ("amod", "compound")
                and last[0].head.i > last[0].i
                and last[0].head.lemma_.lower() in PARTY_NOUNS
            )
        after = self._token_after(party.end)
        return after is not None and after.idx == party.end + 1 and after.text[:1].isupper()

    def _add_party_mention(self, party: Mention, only_to_named: bool = False) -> None:
        text = party.name(self.text)
        stem = _party_stem(text) or text
        named = [d for d in self.orgs if d.name.lower().startswith(stem) and _last_word(d.name).lower() == "party"]
        if named:
            draft = named[0]
        else:
            existing = [d for d in self.orgs if _party_stem(d.name) == stem]
            if not existing and only_to_named:
                self._take(party.begin, party.end)
                return
            draft = existing[0] if existing else self._org_draft(text)
        draft.mentions.append(party.span(self.text))
        self._take(party.begin, party.end)


class OrgFinder(PersonAndPartyClaims):
    """Organizations and parties, with acronyms and shorter forms joined to their fullest name."""

    def _find_orgs(self, entities: list[Mention]) -> None:
        raw: list[Mention] = []
        parties: list[Mention] = []
        person_of: dict[str, Draft | None] = {}  # no person is added while organizations are found
        for entity in entities:
            if self._is_taken(entity.begin, entity.end):
                continue
            if self._claimed_before_orgs(entity, person_of, parties):
                continue
            institution = entity.label == "FAC" and _last_word(entity.name(self.text)).lower() in INSTITUTION_HEADS
            if (
                (entity.label == "ORG" or institution)
                and not self._place_context(entity)
                and not self._title_part(entity)
            ):
                portfolio = self._without_post_portfolio(entity)
                raw.append(portfolio if portfolio is not None else self._extend_org(entity))
        names = [m.name(self.text) for m in raw]
        acronyms = self._parenthesised_acronyms(raw)
        variants = _country_spelling_variants(names)
        canonical_of: dict[str, str] = {}  # the same name has the same canonical form: work it out once
        state_ends = self._state_mention_ends()  # no state is added while organizations are found
        for mention in raw:
            name = mention.name(self.text)
            if name not in canonical_of:
                canonical_of[name] = _org_canonical(variants.get(name, name), names, acronyms)
            canonical = canonical_of[name]
            if canonical == name and " " not in name:
                canonical = self._nearest_longer_org(name, mention.begin) or name
            draft = self._org_draft(canonical)
            draft.mentions.append(mention.span(self.text))
            self._take(mention.begin, mention.end)
            country = self.org_countries.get((mention.begin, mention.end))
            if country is None:
                country = self._possessive_country_before(mention.begin, state_ends)
            if country is not None and _org_head(canonical).lower() in STATE_ORGAN_HEADS:
                draft.part_of_country = draft.part_of_country or country
            acronym = ACRONYM_AFTER.match(self.text, mention.full_end)
            if acronym:
                b, e = acronym.span(1)
                draft.mentions.append(Span(b, e, self.text[b:e]))
                self._take(b, e)
        self._acronym_mentions(acronyms)
        self._add_parties(parties)

    def _without_post_portfolio(self, entity: Mention) -> Mention | None:
        """ "Deputy Commissioner of the Coast Guard for Procurement": after "<post> of", the words from "for" on are the
        post's portfolio, no part of the body; the body without them, or None when there are none."""
        post = _POST_OF_BEFORE.search(self.text, max(0, entity.begin - 40), entity.begin)
        if post is None or post.group(1).lower() not in TITLE_HEADS:
            return None
        tail = self.text.find(" for ", entity.begin, entity.end)
        if tail < 0:
            tail = entity.end if ORG_TAIL.match(self.text, entity.end) else -1
        # ("the Centre for X", "the Office for Y": after a body's own head noun, "for" goes on with its name.)
        if tail <= entity.begin or _last_word(self.text[entity.begin : tail]).lower() in ORG_HEAD_NOUNS:
            return None
        return Mention(entity.begin, tail, tail, "ORG")

    def _nearest_longer_org(self, name: str, offset: int) -> str | None:
        """ "the Commission" when two longer "... Commission" names fit: the one named last before it; "the Bank"
        after "the Bank of Ruritania": a name's head noun before "of"/"for" is its short form too."""
        named = [
            (d.mentions[-1].begin, d.name)
            for d in self.orgs
            if (d.name.endswith(" " + name) or d.name.startswith((name + " of ", name + " for ")))
            and d.name.lower() not in NO_SHORT_FORM_NAMES
            and d.mentions
            and d.mentions[-1].begin < offset
        ]
        return max(named)[1] if named else None

    def _title_part(self, entity: Mention) -> bool:
        """spaCy's ORG "Shadow Home" in "Shadow Home Secretary": words of a title, not an organization."""
        words = [w.strip(",") for w in entity.name(self.text).lower().split()]
        if not all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in words):
            return False
        # "State" in "Secretary of State": right after "<title> of".
        before = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", self.text[max(0, entity.begin - 30) : entity.begin])
        if before and before.group(1).lower() in TITLE_HEADS:
            return True
        after = self._token_after(entity.end)
        # "Caretaker" before "Prime Minister": a title word before the rest of a title.
        titled = after is not None and (
            after.lower_ in TITLE_HEADS or (after.lower_ in TITLE_MODIFIERS and after.text[:1].isupper())
        )
        return after is not None and titled and "\n" not in self.text[entity.end : after.idx]

    def _extend_org(self, entity: Mention) -> Mention:
        """Reach over "for the Welfare of Workers" that spaCy cut off, stopping before a country; and over "'s
        office" after a post ("the Marlow County Sheriff's office"): the office of a post is a body."""
        words_of_name = entity.name(self.text).split()
        office = _POST_OFFICE.match(self.text, entity.full_end) if entity.full_end > entity.end else None
        if office is not None and words_of_name[-1].lower() in POST_HEADS and words_of_name[-1][:1].isupper():
            return Mention(entity.begin, office.end(), office.end(), "ORG")
        tail = ORG_TAIL.match(self.text, entity.end) if entity.full_end == entity.end else None
        if not tail:
            return entity
        words = tail.group(1)
        time_tail = TIME_TAIL.search(words)
        if time_tail:
            words = words[: time_tail.start()]
        # Trim trailing function words and stop before a country, which makes it part_of instead.
        words = re.sub(r"(\s+(?:of|and|for|the|on))+$", "", words)
        for match in find_country_forms(words):
            if match.kind in ("name", "acronym", "capital"):
                cut = re.sub(r"(\s+(?:of|and|for|the|on))+\s*$", "", words[: match.begin])
                if match.kind != "capital" and _next_word_starts_with(self.text, entity.end + len(cut), "of"):
                    self.org_countries[(entity.begin, entity.end + len(cut))] = match.country
                words = cut
                break
        if not words.strip() or not re.search(r"[A-Z]", words):
            if (entity.begin, entity.end) not in self.org_countries:
                country = self._country_after_of(entity.end)
                if country is not None:
                    self.org_countries[(entity.begin, entity.end)] = country
            return entity
        end = entity.end + len(words)
        if self._is_taken(entity.end, end):
            return entity  # "the Navy for Procurement Ana Ruiz": the tail runs into a person already found
        after = POSSESSIVE.match(self.text, end)
        extended = Mention(entity.begin, end, after.end() if after else end, "ORG")
        # "Undersecretary of the Navy for Acquisition Ana Ruiz": the tail ends before the post holder's name.
        person = self._person_after_body(extended)
        return Mention(entity.begin, person[0], person[0], "ORG") if person else extended

    def _country_after_of(self, offset: int) -> Country | None:
        match = OF_NAME_AFTER.match(self.text, offset)
        return self.gazetteer.country(match.group(1)) if match else None

    def _state_mention_ends(self) -> dict[int, tuple[tuple[int, int], Country | None]]:
        """Where a state's mentions end, each with the first mention (in the order of the states and their
        mentions) ending there and its country: looked up by offset, not searched for each organization."""
        ends: dict[int, tuple[tuple[int, int], Country | None]] = {}
        for n, draft in enumerate(self.states.values()):
            for m, span in enumerate(draft.mentions):
                ends.setdefault(span.end, ((n, m), draft.country))
        return ends

    def _possessive_country_before(
        self, offset: int, ends: dict[int, tuple[tuple[int, int], Country | None]]
    ) -> Country | None:
        """The state whose organ it is: "Ruritania's Ministry of Finance", "the Ruritanian Foreign Ministry"."""
        found = [
            ends[end] for end in range(offset - 2, offset + 1) if end in ends and not self.text[end:offset].strip()
        ]
        return min(found, key=lambda item: item[0])[1] if found else None

    def _parenthesised_acronyms(self, raw: list[Mention]) -> dict[str, str]:
        """Acronym -> long form, from "Long Form (LF)" and from initials of the long forms in the text."""
        acronyms: dict[str, str] = {}
        names = sorted({m.name(self.text) for m in raw}, key=lambda n: (-len(n), n))
        canonical_of: dict[str, str] = {}

        def canonical(name: str) -> str:
            if name not in canonical_of:
                canonical_of[name] = _org_canonical(name, names, {})
            return canonical_of[name]

        for mention in raw:
            match = ACRONYM_AFTER.match(self.text, mention.full_end)
            if match:
                acronyms.setdefault(match.group(1), canonical(mention.name(self.text)))
        for name in names:
            if " " in name:
                letters = _org_initials(name)
                if len(letters) >= 2 and letters not in acronyms:
                    acronyms.setdefault(letters, canonical(name))
        # "ASEAN" for the "Association of Southeast Asian Nations" named elsewhere: letters from inside words too.
        long_forms = [n for n in names if " " in n]
        for name in names:
            if name in acronyms or not re.fullmatch(r"[A-Z]{3,8}", name):
                continue
            fits = sorted({canonical(n) for n in long_forms if _abbreviates(name, n)})
            if len(fits) == 1:
                acronyms[name] = fits[0]
        # "MoD" for the "Ministry of Defence": initials keeping a small word's letter in lowercase.
        mixed: dict[str, set[str]] = {}
        for name in long_forms:
            initials = "".join(word[0] for word in name.split())
            if _MIXED_INITIALS.fullmatch(initials) and not initials.isupper():
                mixed.setdefault(initials, set()).add(canonical(name))
        for initials, long_names in sorted(mixed.items()):
            if len(long_names) == 1:
                acronyms.setdefault(initials, next(iter(long_names)))
        return acronyms

    def _acronym_mentions(self, acronyms: dict[str, str]) -> None:
        """Bare acronym tokens spaCy missed ("the NPA fired") join their long form."""
        for acronym, long_form in sorted(acronyms.items()):
            draft = next((d for d in self.orgs if d.name == long_form), None)
            if draft is None:
                continue
            bare = re.compile(rf"(?<![\w.]){re.escape(acronym)}(?!\w)")
            for match in literal_matches(bare, acronym, self.text):
                b, e = match.span()
                if self._in_heading(b, e) or self._is_taken(b, e):
                    continue
                after = POSSESSIVE.match(self.text, e)
                full = after.end() if after else e
                draft.mentions.append(Span(b, full, self.text[b:full]))
                self._take(b, e)

    # places
