"""Persons: names completed over particles and left-out words, surnames merged."""

from __future__ import annotations

import difflib
import re
from itertools import pairwise

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    MONTHS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
)
from kgingest.extract.actor_states import POSSESSIVE, find_country_forms
from kgingest.extract.actors.base import Draft, Mention
from kgingest.extract.actors.names import (
    MISSPELLING_SIMILARITY,
    _is_part_of_name,
    _misspelt_surname_of,
)
from kgingest.extract.actors.patterns import (
    GENERATIONAL,
    HONORIFIC_WORD,
    PERSON_NOUNS,
)
from kgingest.extract.actors.states import StateFinder
from kgingest.extract.index import bounded_literal
from kgingest.extract.lexicon import word_lists
from kgingest.extract.spans import tokens_in
from kgingest.model import Span

# Common short forms of first names and the full names each shortens ("tim": "timothy"), lowercase.
SHORT_FIRST_NAMES = word_lists("actors", "short_first_names")
# What may not touch a surname standing alone: a word's letters, a hyphen, an apostrophe or a full stop before it.
_BEFORE_SURNAME = re.compile(r"[\w\-’'.]")
_AFTER_SURNAME = re.compile(r"[\w\-]")


def _plural_of_person_noun(word: str) -> bool:
    """ "Candidates", "Justices": the plural of a post or of a noun for a person."""
    lower = word.lower()
    if not lower.endswith("s"):
        return False
    singulars = (lower[:-1], lower[:-2]) if lower.endswith("es") else (lower[:-1],)
    return any(s in TITLE_HEADS or s in PERSON_NOUNS for s in singulars)


def _shortens(short: str, full: str) -> bool:
    """One first name is a known short form of the other ("Bill", "William"), in either order."""
    a, b = short.lower(), full.lower()
    return b in SHORT_FIRST_NAMES.get(a, ()) or a in SHORT_FIRST_NAMES.get(b, ())


def _short_first_names(names: list[str], listed_together: set[frozenset[str]]) -> dict[str, str]:
    """ "Bill Varga" and later "William J. Varga": one person when one first name is a known short form of the
    other and the surnames agree, with at most initials between; the later name maps to the first one seen.
    Not when two people of the article share the surname with other first names, nor for two names listed
    together ("Bill Varga and William Varga" are two)."""
    first_seen: dict[str, str] = {}
    for name in names:
        first_seen.setdefault(name, name)
    same: dict[str, str] = {}
    by_surname: dict[str, list[str]] = {}
    for name in first_seen:
        by_surname.setdefault(name.split()[-1], []).append(name)
    for group in by_surname.values():
        if len(group) < 2:
            continue
        firsts = {name.split()[0] for name in group}
        # Every first name must shorten or lengthen another: "Ana Berg" and "Anders Berg" are two people.
        if not all(any(o != f and _shortens(o, f) for o in firsts) for f in firsts):
            continue
        head = group[0]
        for name in group[1:]:
            a, b = head.split()[0], name.split()[0]
            middle = name.split()[1:-1]
            if (
                _shortens(a, b)
                and frozenset((head, name)) not in listed_together
                and all(re.fullmatch(r"[A-Z]\.?", word) for word in middle)
            ):
                same[name] = head
    return same


def _middle_initial_variants(names: list[str], listed_together: set[frozenset[str]]) -> dict[str, str]:
    """ "Ada K. Morrow" and "Ada Morrow": one person when first and last names agree and only initials stand
    between them; the shorter form maps to the longer (the fullest form names the person). Not for two names
    listed together."""

    def core(name: str) -> tuple[str, str] | None:
        words = name.split()
        if len(words) < 2 or not all(re.fullmatch(r"[A-Z]\.?", w) for w in words[1:-1]):
            return None
        return words[0], words[-1]

    by_core: dict[tuple[str, str], list[str]] = {}
    for name in dict.fromkeys(names):
        key = core(name)
        if key is not None:
            by_core.setdefault(key, []).append(name)
    same: dict[str, str] = {}
    for group in by_core.values():
        longest = max(group, key=lambda n: (len(n.split()), n))
        if len({n for n in group if len(n.split()) > 2}) > 1:
            continue  # "Ana B. Ruiz" and "Ana C. Ruiz": two people
        for name in group:
            if name != longest and frozenset((name, longest)) not in listed_together:
                same[name] = longest
    return same


def _misspelt_full_names(names: list[str], listed_together: set[frozenset[str]]) -> dict[str, str]:
    """ "Jonathon Pereira" after "Jonathan Pereira": a later full name that differs from exactly one earlier one in
    one word, that word nearly the same letters (same first letter, four letters or more) and of the same length
    with one letter changed, is that person. "Daniel" and "Daniela", "Christian" and "Christina" are two people
    (names of relatives often differ so), and so are two names listed side by side."""
    seen: list[str] = []
    same: dict[str, str] = {}
    for name in names:
        if name in seen or name in same:
            continue
        words = name.split()
        fits = [
            earlier
            for earlier in seen
            if len(other := earlier.split()) == len(words)
            and len(diff := [(a, b) for a, b in zip(other, words, strict=True) if a != b]) == 1
            and frozenset((earlier, name)) not in listed_together
            and diff[0][0][:1] == diff[0][1][:1]
            and len(diff[0][0]) == len(diff[0][1])
            and sum(a != b for a, b in zip(diff[0][0].lower(), diff[0][1].lower(), strict=True)) == 1
            and min(len(diff[0][0]), len(diff[0][1])) >= 4
            and difflib.SequenceMatcher(None, diff[0][0].lower(), diff[0][1].lower()).ratio() >= MISSPELLING_SIMILARITY
        ]
        if len(fits) == 1:
            same[name] = fits[0]
        else:
            seen.append(name)
    return same


class PersonFinder(StateFinder):
    """Persons, with surnames and partial names joined to the full name they stand for."""

    def _find_persons(self, entities: list[Mention]) -> None:
        raw: list[Mention] = []
        for entity in entities:
            if entity.label != "PERSON" or self._is_taken(entity.begin, entity.end):
                continue
            mention = self._person_mention(entity)
            if mention is not None:
                raw.append(mention)
        full = sorted({m.name(self.text) for m in raw if " " in m.name(self.text)}, key=lambda n: (-len(n), n))
        fits_of: dict[str, list[str]] = {}  # the full names a name may stand for, worked out once per name
        ordered = sorted(raw, key=lambda m: m.begin)
        full_named = [m for m in ordered if " " in m.name(self.text)]
        listed_together = self._listed_together(full_named)
        full_in_order = [m.name(self.text) for m in full_named]
        short_first = (
            _middle_initial_variants(full_in_order, listed_together)
            | _misspelt_full_names(full_in_order, listed_together)
            | _short_first_names(full_in_order, listed_together)
        )
        for mention in ordered:
            name = mention.name(self.text)
            if name not in fits_of:
                words = name.split()
                fits_of[name] = [f for f in full if f != name and _is_part_of_name(words, f.split())]
                if not fits_of[name] and (self._after_personal_honorific(mention) or self._speaks(mention)):
                    fits_of[name] = _misspelt_surname_of(name, full)
            canonical = self._person_for(fits_of[name], mention.begin) or name
            self._add_person_mention(short_first.get(canonical, canonical), mention)

    def _listed_together(self, mentions: list[Mention]) -> set[frozenset[str]]:
        """Pairs of names set side by side ("X and Y", "X, Y") or coordinated by the parser: two people."""
        pairs: set[frozenset[str]] = set()
        for one, other in pairwise(mentions):
            if re.fullmatch(r"\s*(?:,|,?\s*(?:and|or|&))?\s*", self.text[one.full_end : other.begin]):
                pairs.add(frozenset((one.name(self.text), other.name(self.text))))
        roots = [(m.name(self.text), span.root) for m in mentions if (span := tokens_in(self.doc, m.begin, m.end))]
        names_at: dict[int, list[str]] = {}
        for name, root in roots:
            names_at.setdefault(root.i, []).append(name)
        for name, root in roots:  # a token's conjuncts once, not once per other name
            for conjunct in root.conjuncts:
                pairs.update(frozenset((name, other)) for other in names_at.get(conjunct.i, ()))
        return pairs

    def _person_mention(self, entity: Mention) -> Mention | None:
        """Drop titles spaCy put inside the name; reach back over first names it left out."""
        tokens = self._tokens(entity.begin, entity.end)
        while tokens and (
            tokens[0].lower_ in TITLE_HEADS or tokens[0].lower_ in TITLE_MODIFIERS or self._opens_as_no_name(tokens)
        ):
            tokens = tokens[1:]
        if not tokens:
            return None
        if len(tokens) >= 3 and self._after_post_for(tokens[0]):
            tokens = tokens[1:]  # "Secretary of the Navy for Logistics Ana Ruiz": the post's portfolio
        begin = tokens[0].idx
        first = tokens[0]
        while first.i > 0:
            previous = self.doc[first.i - 1]
            # "von der" before "Leyen": particles belong to the surname.
            if previous.text in NAME_PARTICLES and not previous.whitespace_.count("\n"):
                first = previous
                begin = previous.idx
                continue
            if (
                previous.pos_ == "PROPN"
                and previous.text[:1].isupper()
                and not previous.ent_type_
                and previous.lower_ not in TITLE_HEADS
                and previous.lower_ not in TITLE_MODIFIERS
                and previous.lower_ not in NON_NAME_WORDS
                and not _plural_of_person_noun(previous.text)
                and not re.fullmatch(HONORIFIC_WORD, previous.text)
                and not previous.whitespace_.count("\n")
                and not self._is_taken(previous.idx, previous.idx + len(previous.text))
                and not self._after_post_for(previous)
            ):
                first = previous
                begin = previous.idx
            else:
                break
        end, full_end = self._particle_end(tokens[-1], entity)
        if end == entity.end and full_end == end:
            end, full_end = self._last_word_left_out(end)
        if end <= begin:
            return None
        if self.gazetteer.country(self.text[begin:end]) or self.gazetteer.demonym(self.text[begin:end]):
            return None
        return Mention(begin, end, full_end, "PERSON")

    def _opens_as_no_name(self, tokens: list[Token]) -> bool:
        """ "Certainly X Y", "Candidates X Y", "Justices X Y" opening a sentence: an adverb, or the plural of a post
        or of a noun for a person, capitalised before a name, is no part of it."""
        first = tokens[0]
        if len(tokens) < 3 or not first.is_sent_start:
            return False
        if first.pos_ == "ADV" and first.text.endswith("ly"):
            return True
        return _plural_of_person_noun(first.text)

    def _after_post_for(self, token: Token) -> bool:
        """Whether ``token`` follows "for" after a post: "Minister of State for Europe", "Secretary for Trade"."""
        if token.i < 2 or self.doc[token.i - 1].lower_ != "for":
            return False
        return any(t.lower_ in TITLE_HEADS for t in self.doc[max(0, token.i - 7) : token.i - 1])

    def _missed_surnames(self) -> None:
        """ "Ruiz, 47, was ...": a known person's surname on its own that spaCy did not tag is that person, when
        only one person of the article bears it and nothing else claimed the word."""
        by_surname: dict[str, list[Draft]] = {}
        for draft in self.persons:
            words = [w for w in draft.name.split() if w.rstrip(".") not in GENERATIONAL]
            if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
                by_surname.setdefault(words[-1], []).append(draft)
        for surname, drafts in sorted(by_surname.items()):
            if len(drafts) != 1 or find_country_forms(surname):
                continue
            for begin, end in bounded_literal(surname, self.text, _BEFORE_SURNAME, _AFTER_SURNAME):
                if self._in_heading(begin, end) or self._is_taken(begin, end):
                    continue
                before = self._token_before(begin)
                # "Maria Ruiz" of another name: the word is a surname only when no capitalised word comes right before.
                if before is not None and before.text[:1].isupper() and not before.is_sent_start and before.is_alpha:
                    continue
                possessive = POSSESSIVE.match(self.text, end)
                full_end = possessive.end() if possessive else end
                drafts[0].mentions.append(Span(begin, full_end, self.text[begin:full_end]))
                self._take(begin, end)

    def _last_word_left_out(self, end: int) -> tuple[int, int]:
        """ "Pham Minh" + "Chinh": a capitalised word right after the name that spaCy left out and that names
        nothing else is the name's last word."""
        after = self._token_after(end)
        if (
            after is None
            or after.idx != end + 1
            or self.text[end] != " "
            or not after.text[:1].isupper()
            or not after.is_alpha
            or after.pos_ != "PROPN"
            or after.ent_type_
            or after.lower_ in TITLE_HEADS
            or after.lower_ in TITLE_MODIFIERS
            or after.lower_ in NON_NAME_WORDS
            or after.text in WEEKDAYS
            or after.text in MONTHS
            or self._is_taken(after.idx, after.idx + len(after.text))
            or find_country_forms(after.text)
        ):
            return end, end
        new_end = after.idx + len(after.text)
        possessive = POSSESSIVE.match(self.text, new_end)
        return new_end, possessive.end() if possessive else new_end

    def _particle_end(self, last: Token, entity: Mention) -> tuple[int, int]:
        """The name's end over particles and the surname after them ("Ursula von der" + "Leyen")."""
        k = last.i + 1
        while k < len(self.doc) and self.doc[k].text in NAME_PARTICLES and "\n" not in self.doc[k - 1].whitespace_:
            k += 1
        # "Lung-bin": a particle's letters joined to the word before by a hyphen are that word's end.
        hyphened = last.i > 1 and self.doc[last.i - 1].text == "-" and not self.doc[last.i - 1].whitespace_
        particle_last = last.text in NAME_PARTICLES and not hyphened
        after_particles = k > last.i + 1 or particle_last
        if (
            after_particles
            and k < len(self.doc)
            and self.doc[k].text[:1].isupper()
            and self.doc[k].is_alpha
            and "\n" not in self.doc[k - 1].whitespace_
        ):
            end = self.doc[k].idx + len(self.doc[k].text)
            possessive = POSSESSIVE.match(self.text, end)
            return end, possessive.end() if possessive else end
        if particle_last:
            # Particles with no surname after them are not part of the name.
            j = last.i
            while j > 0 and self.doc[j].text in NAME_PARTICLES:
                j -= 1
            end = self.doc[j].idx + len(self.doc[j].text)
            return end, end
        return entity.end, entity.full_end

    def _person_for(self, fits: list[str], offset: int) -> str | None:
        """The full name (of ``fits``, those a surname or partial name may stand for) it stands for, nearest
        preceding first when several fit."""
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        before = [
            (d.mentions[-1].begin, d.name) for d in self.persons if d.name in fits and d.mentions[0].begin < offset
        ]
        return max(before)[1] if before else fits[0]

    def _person_by_token(self, word: str) -> Draft | None:
        """The person whose name has ``word`` as its last (else first) word, when only one does."""
        for position in (-1, 0):
            hits = [d for d in self.persons if len(d.name.split()) > 1 and d.name.split()[position] == word]
            if len(hits) == 1:
                return hits[0]
        return None

    # organizations
