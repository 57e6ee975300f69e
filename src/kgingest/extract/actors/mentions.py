"""Collecting name mentions: spaCy's entities trimmed, joined, split and completed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    GIVEN_NAMES,
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_NAME_WORDS,
    PERSON_ONLY_PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    person_only_post,
)
from kgingest.extract.actor_states import POSSESSIVE, find_country_forms
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.names import (
    _abbreviates,
    _last_word,
    _org_head,
)
from kgingest.extract.actors.patterns import (
    ABBREVIATION_END,
    DANGLING_TAIL,
    DOCUMENT_TITLE,
    EDGE_JUNK,
    ENTITY_LABELS,
    FLIGHT_TAIL,
    GIVEN_NAME_WITH_SIGN,
    HONORIFIC_NAME,
    NAME_COMMA_BARE_TITLE,
    NAME_COMMA_TITLE,
    ORG_HEAD_NOUNS,
    PHOTO_CREDIT,
    POSTNOMINALS,
    TIME_TAIL,
    TITLE_BEFORE_NAME,
    TITLE_COMMA_NAME,
)
from kgingest.extract.actors.ruled_names import RuledNames
from kgingest.extract.components import rule_spans
from kgingest.extract.index import bounded_literal, token_facts
from kgingest.timex import TIME_ENTITIES

# A country's dotted initials opening a name, and the name after them.
_SENTENCE_END_INITIALS = re.compile(r"((?:[A-Z]\.){2,3})\s+([A-Z].*)")
# Capitalised words and small words between a name and an acronym in brackets: " and Development (OXD)".
_WORDS_BEFORE_ACRONYM = re.compile(r"((?:\s+(?:and|of|for|on|the|&)|\s+[A-Z][\w\-]*)+)\s*\(([A-Z][A-Za-z&]{1,10})\)")
# A number closing a name, and the rest of a scoreline after it.
SCORE_TAIL = re.compile(r"\s+\d{1,2}$")
SCORE_REST = re.compile(r"\s*[–—-]\s*\d{1,2}(?!\d)")
WHOLE_SCORE_TAIL = re.compile(r"\s+\d{1,2}\s*[–—-]\s*\d{1,2}$")


# A capitalised word joined by a hyphen to the name's edge: "Roque-Almada" that spaCy cut at its hyphen.
_HYPHEN_TAIL = re.compile(r"-[A-Z][a-z]+\b(?!-)")
_HYPHEN_HEAD = re.compile(r"\b[A-Z][a-z]+-$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NAME_CHARACTER = re.compile(r"[\w-]")


def _without_photo_credit(text: str, begin: int, end: int) -> tuple[int, int]:
    """ "Pictora/Ana Ruiz", "Ana Ruiz/Snapfold": a caption's credit puts the site or agency that gave a photo and
    the person shown on either side of a slash; the one-word side is the source, the name is the other side.
    A credit takes no article: "the Brenwick/Talmor Group" is one body's name, "a Pictora/Quorvia poll" one thing's.
    Called once a leading article is off the span, or "The Kelso/Marwick" reads as a two-word side and a credit."""
    credit = PHOTO_CREDIT.fullmatch(text, begin, end)
    if credit is None or _ARTICLE_BEFORE.search(text, max(0, begin - 8), begin):
        return begin, end
    first, second = credit.group(1), credit.group(2)
    if " " in second and " " not in first:
        return credit.start(2), end
    if " " in first and " " not in second:
        return begin, credit.end(1)
    return begin, end


def _whole_hyphenated_name(text: str, begin: int, end: int) -> tuple[int, int]:
    """ "Roque-Almada": a name is never cut inside a hyphenated word, so a capitalised part joined to its edge by a
    hyphen is taken in, unless that part is a name of its own: a country's ("US-Mexico") or one the text also
    gives alone ("the Lund-Berg ticket" where Berg is named apart)."""
    tail = _HYPHEN_TAIL.match(text, end) if end < len(text) and text[end - 1 : end].isalpha() else None
    if tail is not None and _joined_part(text, text[tail.start() + 1 : tail.end()]):
        end = tail.end()
    head = _HYPHEN_HEAD.search(text, max(0, begin - 30), begin) if text[begin : begin + 1].isupper() else None
    if head is not None and _joined_part(text, text[head.start() : head.end() - 1]):
        begin = head.start()
    return begin, end


def _joined_part(text: str, part: str) -> bool:
    """The part of a hyphenated word is no name of its own: no country's, and never written apart."""
    if find_country_forms(part):
        return False
    return next(bounded_literal(part, text, _NAME_CHARACTER, _NAME_CHARACTER), None) is None


class MentionCollector(RuledNames):
    """spaCy's entities cleaned, with names it missed or cut added and its types corrected."""

    def _entities(self) -> list[Mention]:
        found = []
        for ent in self.doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            mention = self._clean(ent.start_char, ent.end_char, ent.label_)
            if mention is not None and not self._in_heading(mention.begin, mention.end):
                found.append(mention)
        found = self._after_sentence_ending_abbreviation(found)
        found = self._company_names(found)
        found = self._outlet_names(found)
        found = self._orgs_before_titles(found)
        found = self._missed_person_names(found)
        found = self._split_person_of_body(found)
        found = self._split_body_then_person(found)
        found = self._split_listed_bodies(found)
        found = self._split_at_phrase_comma(found)
        found = self._titled_surnames(found)
        found = self._names_reaching_their_acronym(found)
        self._retype(found)
        found = self._joined_org_names(found)
        found = self._org_names_reaching_back(found)
        return self._particle_names(found)

    def _names_reaching_their_acronym(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Organisation for X and Development (OXD)" that spaCy cut before "and Development": an organization's
        name goes on to the acronym in brackets after it when only the longer name gives that acronym."""
        out: list[Mention] = []
        reached: Mention | None = None
        for mention in mentions:
            if reached is not None and mention.begin < reached.end:
                continue  # a piece of the name just reached over
            tail = _WORDS_BEFORE_ACRONYM.match(self.text, mention.end) if mention.full_end == mention.end else None
            if mention.label == "ORG" and tail is not None and "\n" not in tail.group(1):
                name = mention.name(self.text)
                longer = name + tail.group(1)
                acronym = tail.group(2)
                if _abbreviates(acronym, longer) and not _abbreviates(acronym, name):
                    end = mention.end + len(tail.group(1))
                    reached = Mention(mention.begin, end, end, "ORG")
                    out.append(reached)
                    continue
            out.append(mention)
        return out

    def _titled_surnames(self, mentions: list[Mention]) -> list[Mention]:
        """ "General Tolliver", "Minister Quintero" that spaCy took for a body or a place: a title, then the surname
        of a person the article names in full, is that person."""
        surnames = {
            words[-1]
            for m in mentions
            if m.label == "PERSON" and len(words := m.name(self.text).split()) > 1 and words[-1][:1].isupper()
        }
        out = []
        for mention in mentions:
            words = mention.name(self.text).split()
            if (
                mention.label in ("ORG", "GPE", "NORP", "FAC")
                and len(words) > 1
                and words[-1] in surnames
                and all(w.lower() in TITLE_HEADS or w.lower() in TITLE_MODIFIERS for w in words[:-1])
            ):
                begin = mention.end - len(words[-1])
                out.append(Mention(begin, mention.end, mention.full_end, "PERSON"))
                continue
            out.append(mention)
        return out

    def _after_sentence_ending_abbreviation(self, mentions: list[Mention]) -> list[Mention]:
        """ "... rose in the U.K. Marsh also said": a country's dotted initials close a sentence, and spaCy ran them
        into the next sentence's first name. The name is a person's when a person of the article bears it, a body's
        when it names a country of its own ("Kreditbank of Austria")."""
        full_names = [m.name(self.text) for m in mentions if m.label == "PERSON" and " " in m.name(self.text)]
        person_words = {word for name in full_names for word in name.split()}
        out = []
        for mention in mentions:
            split = _SENTENCE_END_INITIALS.match(mention.name(self.text))
            if mention.label not in ("ORG", "PERSON", "GPE", "NORP") or split is None:
                out.append(mention)
                continue
            initials = [f for f in find_country_forms(split.group(1)) if f.kind == "acronym"]
            rest = split.group(2) + self.text[mention.end : mention.end + 40]  # "of Ruritania" spaCy may leave out
            own_country = [f for f in find_country_forms(rest) if f.kind == "name" and rest[: f.begin].endswith(" of ")]
            person = split.group(2).split()[-1] in person_words
            if not initials or not (person or any(f.country != initials[0].country for f in own_country)):
                out.append(mention)
                continue
            begin = mention.begin + split.start(2)
            out.append(Mention(mention.begin, mention.begin + split.end(1), mention.begin + split.end(1), "GPE"))
            out.append(Mention(begin, mention.end, mention.full_end, "PERSON" if person else "ORG"))
        return out

    def _joined_org_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Malaria Research" + "and" + "Training Center": one organization spaCy cut at the "and" (the first
        part has no head noun of its own, the second ends in one)."""
        ordered = sorted(mentions, key=lambda m: (m.begin, m.end))
        out: list[Mention] = []
        for mention in ordered:
            previous = out[-1] if out else None
            if (
                previous is not None
                and previous.label == "ORG"
                and previous.full_end == previous.end
                and self.text[previous.end : mention.begin] == " and "
                and _last_word(mention.name(self.text)).lower() in ORG_HEAD_NOUNS
                and _last_word(previous.name(self.text)).lower() not in ORG_HEAD_NOUNS
                and _org_head(previous.name(self.text)).lower() not in ORG_HEAD_NOUNS
                and _last_word(previous.name(self.text)).lower().rstrip(".") not in LEGAL_SUFFIXES
                and not _last_word(previous.name(self.text)).isupper()
            ):
                out[-1] = Mention(previous.begin, mention.end, mention.full_end, "ORG")
                continue
            out.append(mention)
        return out

    def _org_names_reaching_back(self, mentions: list[Mention]) -> list[Mention]:
        """ "Kite Flying" + "Society of Freedonia": an organization's name that opens with its head noun takes the
        proper nouns right before it, which spaCy cut off (and may have called something else)."""
        out = list(mentions)
        for mention in mentions:
            words = mention.name(self.text).split()
            if mention.label != "ORG" or len(words) < 2 or words[0].lower() not in ORG_HEAD_NOUNS:
                continue
            tokens = self._tokens(mention.begin, mention.end)
            first = tokens[0].i if tokens else 0
            while (
                first > 0
                and tokens[0].i - first < 3
                and (previous := self.doc[first - 1]).pos_ == "PROPN"
                and previous.text[:1].isupper()
                and previous.lower_ not in NON_NAME_WORDS
                and "\n" not in previous.whitespace_
            ):
                first -= 1
            if not tokens or first == tokens[0].i:
                continue
            begin = self.doc[first].idx
            out = [m for m in out if m is not mention and not (m.begin < mention.begin and begin < m.end)]
            out.append(Mention(begin, mention.end, mention.full_end, "ORG"))
        return sorted(out, key=lambda m: (m.begin, m.end))

    def _missed_person_names(self, mentions: list[Mention]) -> list[Mention]:
        """Names spaCy did not see at all: after "Dr"/"Professor", set off after a title ("the chairman,
        Per-Arne Berg, said"), or a known given name and a surname before "said", an age or "who"."""
        found: list[Mention] = []
        patterns = (HONORIFIC_NAME, TITLE_COMMA_NAME, NAME_COMMA_TITLE, NAME_COMMA_BARE_TITLE, TITLE_BEFORE_NAME)
        for pattern in (*patterns, GIVEN_NAME_WITH_SIGN):
            for match in pattern.finditer(self.text):
                if _unnamed_by_its_words(pattern, match):
                    continue
                if pattern is NAME_COMMA_BARE_TITLE and _no_name_before_bare_post(
                    match.group("title"), self._tokens(*match.span("name"))
                ):
                    continue
                begin, end = match.span("name")
                words = match.group("name").split()
                # A name never runs over a line break (a heading block's lines are separate names, if any).
                if "\n" in self.text[match.start() : end]:
                    continue
                if self._in_heading(begin, end) or any(m.begin < end and begin < m.end for m in [*mentions, *found]):
                    continue
                if _no_persons_name(words):
                    continue
                possessive = POSSESSIVE.match(self.text, end)
                found.append(Mention(begin, end, possessive.end() if possessive else end, "PERSON"))
        return sorted([*mentions, *found], key=lambda m: (m.begin, m.end))

    def _particle_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Anna van der Berg" that spaCy split into two places: one person, replacing the pieces."""
        doc = self.doc
        joined: list[Mention] = []
        for i, text in enumerate(token_facts(doc).texts):
            if text not in PERSON_ONLY_PARTICLES or i == 0:
                continue
            token = doc[i]
            before = doc[token.i - 1]
            if (
                before.text in PERSON_ONLY_PARTICLES
                or not before.text[:1].isupper()
                or not before.is_alpha
                or before.pos_ != "PROPN"
                or before.lower_ in NON_NAME_WORDS
            ):
                continue
            k = token.i
            while k < len(doc) and doc[k].text in PERSON_ONLY_PARTICLES:
                k += 1
            if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
                continue
            if "\n" in doc[before.i : k + 1].text:
                continue
            begin, end = before.idx, doc[k].idx + len(doc[k].text)
            overlapping = [m for m in mentions if m.begin < end and begin < m.end]
            # Only where spaCy saw no person or organization around it: otherwise its span is kept.
            if any(m.label in ("PERSON", "ORG") for m in overlapping):
                continue
            possessive = POSSESSIVE.match(self.text, end)
            joined.append(Mention(begin, end, possessive.end() if possessive else end, "PERSON"))
            mentions = [m for m in mentions if m not in overlapping]
        return sorted([*mentions, *joined], key=lambda m: (m.begin, m.end))

    def _without_title_or_flight(self, begin: int, end: int, label: str) -> tuple[int, int, str]:
        """Cut what only frames a name: "Readout of the" before it, "A" before an organization's name ("A
        European Commission spokesman"), and "Flight 574" after an airline's."""
        text = self.text
        title = DOCUMENT_TITLE.match(text, begin, end)
        if title and title.end() < end and text[title.end()].isupper():
            begin = title.end()
        article = re.match(r"(?:A|An)\s+(?=[A-Z])", text[begin:end])
        if label == "ORG" and article:
            begin += article.end()
        flight = FLIGHT_TAIL.search(text, begin, end)
        if flight and flight.start() > begin:
            return begin, flight.start(), "ORG"
        return begin, end, label

    def _after_honorific(self, begin: int, end: int) -> int:
        """Where the name begins after an abbreviated honorific at ``begin`` ("Sen. X", "Dr Y"), found by the
        entity ruler; ``begin`` when there is none."""
        if self._honorifics is None:
            self._honorifics = {span.start_char: span for span in rule_spans(self.doc, "HONORIFIC")}
        honorific = self._honorifics.get(begin)
        if honorific is None or not honorific[-1].whitespace_:
            return begin
        at = honorific.end
        while at < len(self.doc) and self.doc[at].is_space:
            at += 1
        return self.doc[at].idx if at < len(self.doc) and self.doc[at].idx < end else begin

    def _before_scoreline(self, begin: int, end: int) -> int:
        """ "Ruritania 1 – 0 Freedonia": a scoreline's first number is no part of the name before it."""
        score = SCORE_TAIL.search(self.text, begin, end)
        if score and SCORE_REST.match(self.text, end):
            return score.start()
        whole = WHOLE_SCORE_TAIL.search(self.text, begin, end)  # "Ruritania 2-1": the scoreline inside the name
        return whole.start() if whole and whole.start() > begin else end

    def _clean(self, begin: int, end: int, label: str) -> Mention | None:
        """Trim white space, quotes, punctuation, a leading article and a trailing possessive."""
        text = self.text
        while begin < end and text[begin] in EDGE_JUNK:
            begin += 1
        while end > begin and text[end - 1] in EDGE_JUNK:
            end -= 1
        # "Jr.", "Inc.", "J.": an abbreviation keeps its dot (a surname ending a sentence does not).
        if end < len(text) and text[end] == "." and re.search(ABBREVIATION_END, text[begin:end]):
            end += 1
        # "X KC", "Y MP": honours and professions after a name are not part of it.
        while (
            label == "PERSON"
            and (post := re.search(r"\s+(\S+)$", text[begin:end]))
            and post.group(1).rstrip(".,") in POSTNOMINALS
        ):
            end = begin + post.start()
        lead = re.match(r"(?:the|The|THE)\s+|(?:a|an)\s+(?=[A-Z])", text[begin:end])
        if lead and lead.end() < end - begin:
            begin += lead.end()
        begin, end = _without_photo_credit(text, begin, end)
        begin, end = _whole_hyphenated_name(text, begin, end)
        begin = self._after_counted_number(begin, end)
        begin, end, label = self._without_title_or_flight(begin, end, label)
        begin = self._after_honorific(begin, end)
        if "\n" in text[begin:end]:
            end = begin + text[begin:end].index("\n")
        # "Court of X (CX": an opening bracket spaCy ran into ends the name.
        if "(" in text[begin:end] and ")" not in text[begin:end]:
            end = begin + text[begin:end].index("(")
            while end > begin and text[end - 1] in EDGE_JUNK:
                end -= 1
        # "the X Movement party": a lowercase noun after an organization's name describes it.
        while label == "ORG" and (tail := re.search(r"\s+([a-z]+)$", text[begin:end])):
            if tail.group(1) in NAME_PARTICLES or tail.group(1) in ("of", "for", "and", "on", "the"):
                break
            end = begin + tail.start()
        # "the Ministry of Health of" before a country spaCy left out: a name never ends in a function word.
        while dangling := DANGLING_TAIL.search(text, begin, end):
            end = dangling.start()
        end = self._before_scoreline(begin, end)
        time_tail = TIME_TAIL.search(text, begin, end)
        if time_tail:
            end = time_tail.start()
            while dangling := DANGLING_TAIL.search(text, begin, end):
                end = dangling.start()
        full_end = end
        possessive = re.search(r"['’]s$", text[begin:end])
        if possessive:
            end = begin + possessive.start()
        else:
            after = POSSESSIVE.match(text, end)
            if after:
                full_end = after.end()
        if end <= begin or not any(ch.isupper() for ch in text[begin:end]):
            return None
        # "X, SC, said": letters set off after a name are its bearer's honours, no name of their own.
        if text[begin:end] in POSTNOMINALS and text[:begin].rstrip().endswith(","):
            return None
        return Mention(begin, end, full_end, label)


def _unnamed_by_its_words(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """A match whose title is no post ("the Chairs, X") or whose given name is not a listed one."""
    if "title" in match.groupdict() and match.group("title").lower().split("-")[-1] not in TITLE_HEADS:
        return True
    return pattern is GIVEN_NAME_WITH_SIGN and match.group("given").lower() not in GIVEN_NAMES


def _no_name_before_bare_post(title: str, tokens: Iterable[Token]) -> bool:
    """ "Acme Holdings, owner of ...", "Last Friday, head of ...", "Open Letter, governor of ...": a post a body
    may hold, a time, or a common word (every word of a name spaCy did not see is a proper noun) before a bare post
    makes no person's name."""
    if not person_only_post(title.lower()):
        return True
    return any(t.ent_type_ in TIME_ENTITIES or not (t.pos_ == "PROPN" or t.is_punct) for t in tokens)


def _no_persons_name(words: list[str]) -> bool:
    """Words no person's name is made of: a title's or a body's word, or a country's name or demonym (a capital's
    name is also a first name, "Sofia")."""
    if any(w.lower() in NON_NAME_WORDS or w.lower() in TITLE_HEADS or w.lower() in ORG_NAME_WORDS for w in words):
        return True
    return any(form.kind != "capital" for form in find_country_forms(" ".join(words)))
