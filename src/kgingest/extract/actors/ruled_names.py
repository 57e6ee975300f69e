"""Names the entity ruler finds that spaCy missed or cut: companies, bodies before posts, outlets."""

from __future__ import annotations

from kgingest.extract.actor_lexicon import (
    NON_NAME_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actor_states import POSSESSIVE, find_country_forms
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.names import (
    _is_common_noun,
    _party_stem,
)
from kgingest.extract.actors.splits import NameSplitting
from kgingest.extract.components import pattern_words, rule_spans, without_overlaps
from kgingest.timex import TIME_ENTITIES

# Head nouns of bodies named before a post ("City Council President X"), as the entity ruler matches them.
TITLED_BODY_HEADS = pattern_words("titled_body_heads")


class RuledNames(NameSplitting):
    """Mentions added from the entity ruler's spans (`extract.components`), where spaCy saw no name."""

    def _orgs_before_titles(self, mentions: list[Mention]) -> list[Mention]:
        """ "Common Council President X": capitalised words ending in an organization's head noun right before a
        title are that organization, when spaCy saw nothing there (the entity ruler's BODY_BEFORE_POST)."""
        found: list[Mention] = []
        for match in without_overlaps(rule_spans(self.doc, "BODY_BEFORE_POST")):
            head = max(token.i for token in match[:-1] if token.text in TITLED_BODY_HEADS)
            begin, end = match.start_char, self.doc[head].idx + len(self.doc[head].text)
            words = self.text[begin:end].split()
            while len(words) > 1 and (words[0].lower() in NON_NAME_WORDS or words[0].lower() in TITLE_MODIFIERS):
                begin += len(words[0]) + 1
                words = words[1:]
            if self._in_heading(begin, end) or any(m.begin < end and begin < m.end for m in mentions):
                continue
            found.append(Mention(begin, end, end, "ORG"))
        found += self._names_before_posts([*mentions, *found])
        found += self._organs_before_posts([*mentions, *found])
        found += self._names_after_org_nouns([*mentions, *found])
        return sorted([*mentions, *found], key=lambda m: (m.begin, m.end))

    def _names_after_org_nouns(self, mentions: list[Mention]) -> list[Mention]:
        """ "consulting firm Acme": proper nouns spaCy left unnamed right after a lowercase noun for an organization
        (the entity ruler's NAME_AFTER_ORG_NOUN) are that organization's name."""
        found: list[Mention] = []
        for match in without_overlaps(rule_spans(self.doc, "NAME_AFTER_ORG_NOUN")):
            words = [token for token in match[1:] if token.text != ","]
            begin, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if (
                self._in_heading(begin, end)
                or any(m.begin < end and begin < m.end for m in [*mentions, *found])
                or any(w.ent_type_ in TIME_ENTITIES or w.lower_ in NON_NAME_WORDS for w in words)
                or words[0].lower_ in TITLE_HEADS
                or words[0].lower_ in TITLE_MODIFIERS
                or find_country_forms(self.text[begin:end])
            ):
                continue
            possessive = POSSESSIVE.match(self.text, end)
            found.append(Mention(begin, end, possessive.end() if possessive else end, "ORG"))
        return found

    def _names_before_posts(self, mentions: list[Mention]) -> list[Mention]:
        """ "Acme chief executive Ana Ruiz": capitalised words spaCy left unnamed before a post and a person's
        name are the organization the post is in (the entity ruler's NAME_BEFORE_POST)."""
        found: list[Mention] = []
        for match in without_overlaps(rule_spans(self.doc, "NAME_BEFORE_POST")):
            words = [token for token in match[:-1] if not token.is_lower and token.text != "-"]
            post = list(match[len(words) : -1])
            if not words or not post or not all(token.is_lower or token.text == "-" for token in post):
                continue
            begin, end = words[0].idx, words[-1].idx + len(words[-1].text)
            name = self.text[begin:end]
            if (
                self._in_heading(begin, end)
                or any(m.begin < end and begin < m.end for m in [*mentions, *found])
                or any(
                    w.lower_ in NON_NAME_WORDS or w.lower_ in TITLE_MODIFIERS or w.lower_ in TITLE_HEADS for w in words
                )
                or find_country_forms(name)
                or _party_stem(name)
                or (len(words) == 1 and words[0].is_sent_start and _is_common_noun(self.doc, words[0].lower_))
            ):
                continue
            found.append(Mention(begin, end, end, "ORG"))
        return found

    def _organs_before_posts(self, mentions: list[Mention]) -> list[Mention]:
        """ "Ruritanian interior ministry spokesman X": after a demonym, the lowercase field and organ noun before a
        post and a name are the state's organ, the body the post is held in (the entity ruler's
        ORGAN_BEFORE_POST); the demonym stays the state's mention."""
        found: list[Mention] = []
        for match in without_overlaps(rule_spans(self.doc, "ORGAN_BEFORE_POST")):
            demonym, organ = match[0], match[-3]
            begin, end = match[1].idx, organ.idx + len(organ.text)
            forms = find_country_forms(demonym.text)
            if (
                self._in_heading(begin, end)
                or not forms
                or any(form.kind != "demonym" for form in forms)
                or any(m.begin < end and begin < m.end for m in [*mentions, *found])
                or any(t.lower_ in TITLE_HEADS for t in match[1:-3])
            ):
                continue
            found.append(Mention(begin, end, end, "ORG"))
        return found

    def _after_counted_number(self, begin: int, end: int) -> int:
        """ "Two Acme Corp. employees": a number counting the people or things after a name is no part of it."""
        tokens = self._tokens(begin, end)
        if (
            len(tokens) > 1
            and tokens[0].like_num
            and tokens[0].text[:1].isupper()
            and tokens[1].text[:1].isupper()
            and (after := self._token_after(end)) is not None
            and after.tag_ == "NNS"
            and after.text.islower()
        ):
            return tokens[1].idx
        return begin

    def _company_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Acme Shipping ASA" that spaCy missed or cut: capitalised words ending in a legal form are a company
        (the entity ruler's COMPANY)."""
        for match in without_overlaps(rule_spans(self.doc, "COMPANY")):
            begin, end = match.start_char, match.end_char
            begin = self._after_counted_number(begin, end)
            if self._in_heading(begin, end) or "\n" in self.text[begin:end]:
                continue
            if find_country_forms(self.text[begin:end]):
                continue
            inside = [m for m in mentions if m.begin < end and begin < m.end]
            if any(m.begin < begin or m.end > end for m in inside) or any(m.label == "PERSON" for m in inside):
                continue
            possessive = POSSESSIVE.match(self.text, end)
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(begin, end, possessive.end() if possessive else end, "ORG"))
        return sorted(mentions, key=lambda m: (m.begin, m.end))

    def _outlet_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "The Valley News observed": capitalised words closed by a newspaper's word (the entity ruler's OUTLET)
        are a news outlet, an organization, whether spaCy missed the name or called it an event or a place."""
        for match in without_overlaps(rule_spans(self.doc, "OUTLET")):
            begin, end = match.start_char, match.end_char
            if self._in_heading(begin, end) or find_country_forms(self.text[begin:end]):
                continue
            inside = [m for m in mentions if m.begin < end and begin < m.end]
            if len(inside) == 1 and (inside[0].begin, inside[0].end) == (begin, end):
                inside[0].label = "ORG"
            elif not inside:
                possessive = POSSESSIVE.match(self.text, end)
                mentions.append(Mention(begin, end, possessive.end() if possessive else end, "ORG"))
        return sorted(mentions, key=lambda m: (m.begin, m.end))
