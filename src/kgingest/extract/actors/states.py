"""States and datelines: which country forms stand for a state."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    NON_NAME_WORDS,
    PLACE_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actor_states import CountryMatch, capital_acts, find_country_forms
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.mentions import MentionCollector
from kgingest.extract.actors.names import (
    _resolve_shared_short_names,
)
from kgingest.extract.actors.patterns import (
    COMPASS_BEFORE,
    CONTAINER_LABELS,
    FEATURE_AFTER,
    FEATURE_BEFORE,
    LANGUAGE_USE,
)
from kgingest.extract.document import find_datelines
from kgingest.extract.index import OffsetIndex
from kgingest.gazetteer import Country, Gazetteer
from kgingest.model import Span


class StateFinder(MentionCollector):
    """States by their gazetteer forms, and the dateline's city and agency."""

    def _find_datelines(self) -> None:
        """ "BEIRUT (Reuters) -": the city is where the story was filed, the agency an organization."""
        for dateline in find_datelines(self.text):
            begin, end = dateline.city
            if self._in_heading(begin, end):
                continue
            name = self.text[begin:end].title()
            state = next((m.country for m in find_country_forms(name) if m.kind == "capital"), None)
            self._add_place(begin, end, end, name, "City", state)
            self._take(begin, end)
            if dateline.agency is not None:
                b, e = dateline.agency
                self._org_draft(self.text[b:e]).mentions.append(Span(b, e, self.text[b:e]))
                self._take(b, e)

    # states

    def _find_states(self, entities: list[Mention]) -> None:
        matches = _resolve_shared_short_names(
            [m for m in find_country_forms(self.text) if not self._in_heading(m.begin, m.end)], self.gazetteer.countries
        )
        named = {m.country.alpha2 for m in matches if m.kind == "name"}
        ent_spans = {(e.begin, e.end): e.label for e in entities}
        containers = OffsetIndex(entities, lambda e: (e.begin, e.end))
        for match in sorted(matches, key=lambda m: (-(m.end - m.begin), m.begin)):
            if self._is_taken(match.begin, match.end):
                continue
            feature = FEATURE_AFTER.match(self.text, match.end) if match.full_end == match.end else None
            before = self.text[max(0, match.begin - 30) : match.begin]
            feature_before = FEATURE_BEFORE.search(before) if match.kind == "name" else None
            if (feature is not None and match.kind in ("name", "demonym")) or feature_before is not None:
                # "the X Sea", "the South X Sea", "the Gulf of X": a place named after the state, not the state
                if feature is not None:
                    noun, end = feature.group(1), feature.end()
                    full_end = end
                    compass = COMPASS_BEFORE.search(before)
                    begin = match.begin - len(compass.group(0)) if compass is not None else match.begin
                else:
                    assert feature_before is not None
                    # "the Gulf of X's fishermen": the possessive is no part of the name
                    noun, end, full_end = feature_before.group(1), match.end, match.full_end
                    begin = match.begin - (len(before) - feature_before.start(1))
                place_type = PLACE_NOUNS.get(noun.lower(), PLACE_NOUNS.get(noun.lower().rstrip("s"), "Place"))
                self._add_place(begin, end, full_end, self.text[begin:end], place_type, None)
                self._take(begin, full_end)
                continue
            container = self._container(containers, match)
            if container is not None:
                self._note_org_country(container, match)
                continue
            if not self._country_match_accepted(match, named, ent_spans):
                # Part of a longer name ("Nazi Germany", "New Jersey"): neither the state nor a place of its own;
                # the whole name, when spaCy found it, is left to be a place.
                if not any(
                    entity.begin < match.begin and match.end <= entity.end and entity.label in ("GPE", "LOC")
                    for entity in containers.enclosing(match.begin, match.end)
                ):
                    self._take(match.begin, match.end)
                continue
            if match.kind == "capital" and not capital_acts(self.doc, match, self.text):
                self._add_place(match.begin, match.end, match.full_end, match.form, "City", match.country)
                self._take(match.begin, match.end)
                continue
            self._add_state_mention(
                match.country, Span(match.begin, match.full_end, self.text[match.begin : match.full_end])
            )
            self._take(match.begin, match.end)
        self._find_stem_demonyms(entities)

    def _find_stem_demonyms(self, entities: list[Mention]) -> None:
        """A national adjective missing from the data ("Philippine") that spaCy tagged: the country it is built on."""
        for entity in entities:
            word = entity.name(self.text)
            if entity.label not in ("NORP", "GPE") or " " in word or self._is_taken(entity.begin, entity.end):
                continue
            if word.endswith("s") or len(word) < 5:
                continue
            stem = word[:5].lower()
            fits = _countries_by_stem(self.gazetteer, stem)
            # A place's own name ("Indiana") that merely begins like a country's or its demonym's is no national
            # adjective: a country form matches whole words only.
            if entity.label == "GPE" and any(
                word.startswith(form) and word != form for c in fits for form in (c.name, *c.demonyms)
            ):
                continue
            if not (len(fits) == 1 and abs(len(fits[0].name) - len(word)) <= 3):
                # "Saudi" for the demonym "Saudi Arabian": the first word of one country's two-word demonym.
                fits = self.gazetteer.by_demonym_opening.get(word, [])
                if entity.label != "NORP" or len(fits) != 1:
                    continue
            self._add_state_mention(fits[0], entity.span(self.text))
            self._take(entity.begin, entity.end)

    def _container(self, entities: OffsetIndex[Mention], match: CountryMatch) -> Mention | None:
        """A named entity that holds this country form as part of its own name."""
        for entity in entities.enclosing(match.begin, match.end):
            if entity.label not in CONTAINER_LABELS:
                continue
            if (
                entity.begin <= match.begin
                and match.end <= entity.end
                and (entity.begin, entity.end)
                != (
                    match.begin,
                    match.end,
                )
            ):
                # "Japan's Ministry of Finance" tagged as one ORG: the possessive country stands apart.
                if entity.begin == match.begin and match.full_end > match.end:
                    return None
                # "Ruritanian Sports" in "Ruritanian Sports Minister X": a demonym and the words of a title.
                if entity.begin == match.begin and self._title_words_follow(match.full_end, entity.end):
                    return None
                return entity
        return None

    def _title_words_follow(self, begin: int, end: int) -> bool:
        """Whether ``[begin, end)`` holds only title words and a title's head comes right after it."""
        words = self.text[begin:end].lower().split()
        if not words or not all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in words):
            return False
        after = self._token_after(end)
        return after is not None and (after.lower_ in TITLE_HEADS or words[-1] in TITLE_HEADS)

    def _note_org_country(self, container: Mention, match: CountryMatch) -> None:
        if container.label != "ORG":
            return
        name = container.name(self.text)
        inner = self.text[match.begin : match.end]
        # Only a country that opens the name ("United States Senate") or closes it ("... of Ruritania").
        if name.startswith(inner) or name.endswith(" of " + inner):
            self.org_countries[(container.begin, container.end)] = match.country
            self.inner_country_spans.setdefault(match.country.alpha2, Span(match.begin, match.end, inner))

    def _country_match_accepted(
        self, match: CountryMatch, named: set[str], ent_spans: dict[tuple[int, int], str]
    ) -> bool:
        if match.kind == "demonym" and self.text[match.end : match.end + 1] == "s":
            return False
        # "its Spanish initials", "the French word": a language, not the state.
        if match.kind == "demonym" and LANGUAGE_USE.match(self.text, match.full_end):
            return False
        if match.kind == "derived" and match.country.alpha2 not in named:
            return False
        if match.kind == "acronym" and len(match.form.replace(".", "")) == 2:
            tagged = ent_spans.get((match.begin, match.end)) in ("GPE", "ORG", "NORP", "LOC")
            if not tagged and match.country.alpha2 not in named:
                return False
        before = self._token_before(match.begin)
        # "Nazi Germany", "New Jersey": part of a longer capitalised name, at the start of a sentence too when the
        # word before is a proper noun joined to the form ("New Jersey lawmakers passed ...").
        return not (
            before is not None
            and before.text[:1].isupper()
            and (not before.is_sent_start or (before.tag_ == "NNP" and before.dep_ == "compound"))
            and before.lower_ not in NON_NAME_WORDS
            and before.lower_ not in TITLE_HEADS
            and before.lower_ not in TITLE_MODIFIERS
            and not self._is_taken(before.idx, before.idx + len(before.text))
            and "\n" not in before.whitespace_
        )

    def _find_the_north_south(self) -> None:
        """The words "the North" / "the South" for the one state of the article named by that word."""
        for match in re.finditer(r"\b[Tt]he (North|South|East|West)\b(?!\s*[A-Z-])", self.text):
            begin, end = match.start(1), match.end(1)
            if self._in_heading(begin, end) or self._is_taken(begin, end):
                continue
            word = match.group(1)
            states = [d for d in self.states.values() if d.name.startswith(word + " ")]
            if len(states) == 1:
                states[0].mentions.append(Span(begin, end, word))
                self._take(begin, end)

    # persons


def _countries_by_stem(gazetteer: Gazetteer, stem: str) -> list[Country]:
    """The countries with a one-word name that begins with ``stem`` (five letters), in the gazetteer's order."""
    if len(stem) != 5:  # a letter whose lowercase is longer: search them all
        return [c for c in gazetteer.countries if c.name.lower().startswith(stem) and " " not in c.name]
    return list(gazetteer.by_name_stem.get(stem, []))
