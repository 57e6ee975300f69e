"""Splitting one name spaCy ran together: a person and the body they speak for, a body and its post holder,
two bodies listed with "and", two names of two phrases on either side of a comma."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    ORG_NAME_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actor_states import find_country_forms
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.names import _is_common_noun, _last_word, _org_head, _personal_name_word
from kgingest.extract.actors.patterns import (
    ORG_HEAD_NOUNS,
    PERSON_OF_BODY,
    POST_OF_BODY_BEFORE,
)
from kgingest.extract.actors.typing_evidence import PersonEvidence
from kgingest.extract.spans import tokens_in


class NameSplitting(PersonEvidence):
    """Names spaCy ran together, taken apart where the grammar around them shows two."""

    def _split_body_then_person(self, mentions: list[Mention]) -> list[Mention]:
        """ "Director of the Union of Bakers Maria Lopez said" taken as one name: after "<post> of the", the body
        and then the person who holds the post."""
        out: list[Mention] = []
        for mention in mentions:
            person = self._person_after_body(mention) if mention.label == "ORG" else None
            if person is None:
                out.append(mention)
                continue
            body_end, person_begin = person
            out.append(Mention(mention.begin, body_end, body_end, "ORG"))
            out.append(Mention(person_begin, mention.end, mention.full_end, "PERSON"))
        return out

    def _person_after_body(self, mention: Mention) -> tuple[int, int] | None:
        """(end of the body, start of the person) when the name closes on a two-word personal name right after
        a plural or a body's noun, and a post "of" it comes before; else None."""
        name = mention.name(self.text)
        words = name.split()
        tail = re.search(r"\s+(\S+)\s+(\S+)$", name)
        if len(words) < 4 or tail is None:
            return None
        post = POST_OF_BODY_BEFORE.search(self.text, max(0, mention.begin - 80), mention.begin)
        if post is None or post.group(1).lower() not in TITLE_HEADS:
            return None
        # The body's name ends in a noun ("... for Acquisition", "... of Bakers"), the person's opens with none.
        before = words[-3].lower()
        noun = before in ORG_HEAD_NOUNS or before in ORG_NAME_WORDS or before.endswith("s")
        if not noun and not (_is_common_noun(self.doc, before) and not _is_common_noun(self.doc, words[-2].lower())):
            return None
        for word in words[-2:]:
            lower = word.lower()
            if not _personal_name_word(word):
                return None
            if lower in TITLE_HEADS or lower in TITLE_MODIFIERS or find_country_forms(word):
                return None
        return mention.begin + tail.start(), mention.begin + tail.start(1)

    def _split_person_of_body(self, mentions: list[Mention]) -> list[Mention]:
        """ "Ana Ruiz of ACME" taken as one name: the person, and the body she speaks for."""
        out: list[Mention] = []
        for mention in mentions:
            match = PERSON_OF_BODY.fullmatch(mention.name(self.text))
            if mention.label not in ("PERSON", "ORG") or match is None:
                out.append(mention)
                continue
            person_words = match.group("person").split()
            body = match.group("body")
            body_words = [w.lower() for w in body.split()]
            if any(w.lower() in ORG_NAME_WORDS or w.lower() in TITLE_HEADS for w in person_words) or not (
                body.isupper() or any(w in ORG_NAME_WORDS or w in ORG_HEAD_NOUNS for w in body_words)
            ):
                out.append(mention)
                continue
            person_end = mention.begin + match.end("person")
            body_begin = mention.begin + match.start("body")
            out.append(Mention(mention.begin, person_end, person_end, "PERSON"))
            out.append(Mention(body_begin, mention.end, mention.full_end, "ORG"))
        return out

    def _split_listed_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Institute of Oceanography and Northfield State University" taken as one name: two bodies, each
        with its own head noun, listed with "and"."""
        out: list[Mention] = []
        for mention in mentions:
            name = mention.name(self.text)
            joint = re.search(r"\s+and\s+(?=[A-Z])", name) if mention.label == "ORG" else None
            first, second = (name[: joint.start()], name[joint.end() :]) if joint else ("", "")
            if joint is None or " and " in second or len(second.split()) < 2:
                out.append(mention)
                continue
            if _org_head(first).lower() not in ORG_HEAD_NOUNS or _last_word(second).lower() not in ORG_HEAD_NOUNS:
                out.append(mention)
                continue
            first_end = mention.begin + joint.start()
            out.append(Mention(mention.begin, first_end, first_end, "ORG"))
            out.append(Mention(mention.begin + joint.end(), mention.end, mention.full_end, "ORG"))
        return out

    def _split_at_phrase_comma(self, mentions: list[Mention]) -> list[Mention]:
        """ "According to the Daily Ledger, Ivo Brandt said" taken as one name: a comma inside a name that no parse
        arc crosses, with each side hanging on a word outside the name, parts two phrases ("Smith, Barney & Co."
        keeps its arcs across the comma, one name). The side after the comma is a person when it has a personal
        name's shape."""
        out: list[Mention] = []
        for mention in mentions:
            cut = self._phrase_comma(mention) if mention.label in ("ORG", "PERSON") else None
            if cut is None:
                out.append(mention)
                continue
            first_end, second_begin = cut
            out.append(Mention(mention.begin, first_end, first_end, mention.label))
            second = Mention(second_begin, mention.end, mention.full_end, mention.label)
            if _personal_name(second.name(self.text)):
                second.label = "PERSON"
            out.extend(self._split_at_phrase_comma([second]))
        return out

    def _phrase_comma(self, mention: Mention) -> tuple[int, int] | None:
        """(end of the first name, start of the second) at the first comma of ``mention`` that parts two phrases."""
        tokens = tokens_in(self.doc, mention.begin, mention.end)
        if tokens is None:
            return None
        inside = range(tokens.start, tokens.end)
        heads = {i: self.doc[i].head.i for i in inside}
        for comma in tokens:
            if comma.text != "," or comma.i in (tokens.start, tokens.end - 1):
                continue
            before, after = range(tokens.start, comma.i), range(comma.i + 1, tokens.end)
            if not self.doc[after.start].text[:1].isupper():
                continue
            crossing = any(heads[i] in after for i in before) or any(heads[i] in before for i in after)
            # each side has exactly one word hanging outside the name: its head
            outer = [i for i in [*before, *after] if heads[i] not in inside or heads[i] == i]
            if crossing or len(outer) != 2 or heads[outer[0]] == heads[outer[1]]:
                continue
            first_end = self.doc[comma.i - 1].idx + len(self.doc[comma.i - 1].text)
            return first_end, self.doc[comma.i + 1].idx
        return None


def _personal_name(name: str) -> bool:
    """Two or three capitalised words, none a word of a body's name: "Ivo Brandt"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(_personal_name_word(w) for w in words)
