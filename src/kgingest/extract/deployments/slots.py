"""Fills a mention's slots from its clause: legal basis, place, parties, size, start, purpose."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    COMPLEMENT_LABELS,
    PURPOSE_LABELS,
    has_label,
    is_aux,
    is_det,
    is_dobj,
    is_label,
    is_nsubj,
    is_pobj,
    is_prep,
    is_relcl,
    is_to_infinitive,
)
from kgingest.extract.deployments.grammar import (
    PRONOUNS,
    clause_tokens,
    composition,
    is_force,
    noun_lemma,
    starts_inside,
    subtree_chars,
    subtree_span,
    tokens_span,
    withdrawing,
)
from kgingest.extract.deployments.legal import LegalPhrase, inviter_in, legal_phrase
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.resolver import country_of
from kgingest.extract.index import doc_text
from kgingest.extract.lexicon import FUTURE_REPORTING_VERBS as REPORTING_VERBS
from kgingest.model import Quantity, Span, TimeValue
from kgingest.quantities import find_quantities, is_year_like
from kgingest.timex import TIME_ENTITIES, find_times, latest_of

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


# A time after these words ends a stay: "until the end of 2026", "through 2027".
END_BOUND_BEFORE = re.compile(r"(?:\b(?:until|till|through)(?: the (?:end|close))?|\b(?:end|close))(?: of)?\s*$")

END_BOUND_START = re.compile(r"(?:until|till|through)\b")
# "more than a week ago", "over a month ago": strictly before the day the distance names.
MORE_THAN_BEFORE = re.compile(r"\b(?:more than|over)\s*$")


def _strength_after(force: Token) -> Quantity | None:
    """ "the contingent, some 400 strong,": a strength given after the force."""
    for adjective in (c for c in force.children if c.i > force.i and c.lower_ in lex.SIZE_ADJECTIVES):
        counts = [c for c in adjective.children if c.pos_ == "NUM" and c.i < adjective.i]
        if counts:
            begin = counts[0].left_edge.idx
            found = find_quantities(doc_text(force.doc)[begin : adjective.idx], begin)
            found = [q for q in found if not is_year_like(q) and not q.vague]
            if found:
                return found[-1]
    return None


def _times(clause: list[Token], published: dt.date | None) -> list[TimeValue]:
    """The times the clause's text gives."""
    if not clause:
        return []
    begin = min(t.idx for t in clause)
    end = max(t.idx + len(t) for t in clause)
    return find_times(doc_text(clause[0].doc)[begin:end], published, offset=begin)


def _forces_where_clauses(clause: list[Token]) -> list[Token]:
    """Where-clauses on a place of the clause whose subject is the forces ("they", "the troops")."""
    return [
        c
        for t in clause
        for c in t.children
        if is_relcl(c)
        and any(w.lower_ == "where" for w in c.children)
        and any(is_nsubj(s) and (s.lower_ in PRONOUNS or is_force(s)) for s in c.children)
    ]


def _misread_relatives(clause: list[Token], head: Token) -> list[Token]:
    """Complement clauses whose subject is a relative pronoun ("that will augment ..."): relative clauses the parser
    hung on a verb of the clause, or on a verb above it when they follow the clause right away."""
    if not clause:
        return []
    end = max(t.i for t in clause)
    hosts = [*clause, *(a for a in head.ancestors if a.sent == head.sent)]
    return [
        c
        for token in hosts
        for c in token.children
        if has_label(c, COMPLEMENT_LABELS)
        and any(is_nsubj(s) and s.tag_ == "WDT" for s in c.children)
        and (token in clause or c.left_edge.i == end + 1)
    ]


# The clause a reporting verb reports: "X has sent troops, officials said" (often parsed as parataxis).
REPORTED_CLAUSE_LABELS = frozenset({"ccomp", "parataxis"})
# A reporting clause the parser hangs on the reported one: "X has sent troops, the agency reported".
REPORTING_CLAUSE_LABELS = frozenset({"advcl", "parataxis"})

# What joins the two ends of a range of counts: "1,000 to 1,500", "1,000-1,500".
RANGE_WORDS = frozenset({"to", "-", "\u2013"})


class SlotReader:
    """Fills a mention's slots from its clause: legal basis, place, parties, size, start, purpose."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.article = ctx.article

    def fill_slots(
        self, mention: Mention, head: Token, force: Token | None, with_relative_clauses: bool = False
    ) -> None:
        clause = clause_tokens(head, with_relative_clauses)
        legal = self._legal_basis(clause)
        mention.legal_basis = legal[0] if legal is not None else None
        if legal is not None:
            # Where and when the mandate was given is not where and when the forces went.
            basis, phrase, cited = legal
            frame = cited.frame
            clause = [
                t
                for t in clause
                if not basis.begin <= t.idx < basis.end
                and not self._legal_tail(t, basis)
                and not (t.i in phrase and (t.idx >= basis.end or frame is not None))
            ]
        mention.location = None
        # "operated off X": the parser takes "off" for a particle and X for the object.
        off = any(is_label(c, "prt") and c.lower_ == "off" for c in head.children)
        if head.lemma_.lower() in lex.GUARDING_VERBS or off:
            guarded = [c for c in head.children if is_dobj(c)]  # "the soldiers guard X and the road to Y"
            mention.location = next((k for c in guarded if (k := self.ctx.places.place_or_state(c, whole=False))), None)
            mention.offshore = off and mention.location is not None
        mention.location = mention.location or self.ctx.places.location(clause, head, mention.sender, force)
        if mention.location is None and head.lemma_.lower() in lex.ENTERING_VERBS:
            entered = [c for c in head.children if is_dobj(c)]  # "the troops entered X"
            mention.location = next((k for c in entered if (k := self.ctx.places.place_or_state(c))), None)
        if mention.location is None and withdrawing(head) and head.lemma_.lower() in lex.LEAVING_VERBS:
            left = [c for c in head.children if is_dobj(c)]  # "the last soldiers left X"
            mention.location = next((k for c in left if (k := self.ctx.places.place_or_state(c))), None)
        if mention.location is None:
            # "X, where Y has deployed 500 troops": the place the where-clause describes
            described_place = self.ctx.places.where_clause_place(head)
            mention.location = described_place if described_place != mention.sender else None
        mention.shares = self._shares(head, clause, mention.sender) if mention.location is not None else []
        self._more_places(mention, clause)
        # "French troops, who are supporting the government, ...": what the force itself is said to do
        described = [t for c in (force.children if force is not None else ()) if is_relcl(c) for t in c.subtree]
        # a relative clause the parser took for a complement; what the forces do where they went ("where they fight")
        described += [t for c in (*_misread_relatives(clause, head), *_forces_where_clauses(clause)) for t in c.subtree]
        parties_clause = clause + [t for t in described if t not in clause]
        inviter = inviter_in(clause)  # "at X's invitation": X is helped
        mention.supported = self.ctx.parties.supported(parties_clause, mention.sender, mention.location, inviter)
        mention.helps_host = mention.supported is None and self.ctx.parties.helps_host(parties_clause)
        mention.location = mention.location or self.ctx.actors.country_in_name(mention.supported)
        mention.opponent = self.ctx.parties.opponent(parties_clause, mention.sender, mention.supported)
        if mention.location is not None and mention.location == mention.opponent and mention.supported is not None:
            # "sent troops to help X in its war with Y": they fight Y on X's side, not in Y
            host = country_of(mention.supported, self.ctx.index)
            mention.location = host if self.ctx.actors.is_state(host) and host != mention.sender else mention.location
        if mention.supported is None and mention.opponent is not None and mention.location is not None:
            # "sent troops to X to fight militants": forces sent to fight in a state fight on its side
            host = country_of(mention.location, self.ctx.index)
            if self.ctx.actors.is_state(host) and host not in (mention.sender, mention.opponent):
                mention.supported = host
        mention.size = self.size(force) or self._size_where_they_are(head)
        mention.start = self._begun(head) if withdrawing(head) else self._start(head, clause)
        mention.start = mention.start or self._report_day(head)
        mention.purpose = self._purpose(head)

    def _shares(self, head: Token, clause: list[Token], sender: str | None) -> list[tuple[str, Quantity]]:
        """ "deploy 300 soldiers to A, 200 to B and 100 to C": the verb and the force noun left out after the first
        share, each later count with a place of its own."""
        shares = []
        for count in _share_counts(head, clause):
            place = self.ctx.places.location_in(_share_wheres(head, count), lex.LOCATION_PREPOSITIONS, sender)
            quantities = [q for q in find_quantities(count.text, count.idx) if not is_year_like(q)]
            if place is not None and quantities:
                shares.append((place, quantities[0]))
        return shares

    def size(self, force: Token | None) -> Quantity | None:
        """How many people: "3,000 marines" in "two destroyers and 3,000 marines", "a contingent of 650"."""
        if force is None:
            return None
        # The parser gives "a frigate and 200 sailors" as conjuncts or as two objects of the verb.
        siblings = [c for c in force.head.children if c.dep_ == force.dep_ and c.i != force.i] if force.dep_ else []
        # "a destroyer and two aircraft with 260 military personnel": the crew rides along.
        crews = [
            p
            # the parser may hang "with" on the verb; "bolster its forces with 600 soldiers" adds them, no crew
            for noun in (
                force,
                *force.conjuncts,
                *([] if force.head.lemma_.lower() in lex.REINFORCING_VERBS else [force.head]),
            )
            for prep in noun.children
            if is_prep(prep, "with")
            for p in prep.children
            if is_pobj(p)
        ]
        companions = sorted({*force.conjuncts, *siblings, *crews}, key=lambda t: t.i)
        members = [
            p for prep in force.children if is_prep(prep, "of") for p in prep.children if is_pobj(p) and is_force(p)
        ]  # "a battalion of about 750 peacekeepers": the people in the unit
        members += [member] if (member := composition(force)) is not None else []
        # "two companies, about 300 soldiers,": the people the unit is, in apposition
        members += [c for c in force.children if is_label(c, "appos") and is_force(c)]
        for noun in (force, *members, *(c for c in companions if is_force(c) and c.i > force.i)):
            if noun_lemma(noun) in lex.COUNTED_IN_UNITS:
                continue
            found = self.count_of(noun)
            if found is not None:
                return found
        return _strength_after(force)

    def _size_where_they_are(self, head: Token) -> Quantity | None:
        """ "a presence in X, where roughly 150 troops operate ...": the count in the clause about the place."""
        for where in (t for t in head.subtree if is_relcl(t) and any(c.lower_ == "where" for c in t.children)):
            for subject in (c for c in where.children if is_nsubj(c) and is_force(c)):
                found = self.count_of(subject)
                if found is not None:
                    return found
        return None

    def count_of(self, noun: Token) -> Quantity | None:
        phrase = noun
        while _counted_by_head(phrase):
            phrase = phrase.head.head  # "thousands of troops": the count heads the phrase
        begin = phrase.left_edge.idx
        first = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "NUM" else None
        if first is not None and is_pobj(first) and first.head.lower_ in ("between", "from"):
            begin = first.head.idx  # "between 1,000 and 1,500 soldiers", parsed as a list of the two
        if is_pobj(noun) and noun.head.lower_ == "between":
            begin = noun.head.idx  # "between 500 and 700 soldiers", the counted force the object of "between"
        elif (
            is_pobj(noun) and noun.head.lower_ == "to" and noun.head.i > 0 and self.doc[noun.head.i - 1].lower_ == "up"
        ):
            begin = self.doc[noun.head.i - 1].idx  # "up to 900 soldiers", "up" read as the verb's particle
        ranged = is_pobj(noun) and noun.head.lower_ == "to" and noun.head.i > 0
        if ranged and (number := noun.doc[noun.head.i - 1]).pos_ == "NUM":
            # "1,000 to 1,500 soldiers", "from 1,000 to ...": the range starts at the first number
            begin = number.left_edge.idx
            if number.i > 0 and number.doc[number.i - 1].lower_ in ("from", "between"):
                begin = number.doc[number.i - 1].idx
        found = [q for q in find_quantities(doc_text(self.doc)[begin : noun.idx], begin) if not is_year_like(q)]
        # "some 2,000 to 3,000 soldiers": a hedge before the range's first number leaves it a range
        low = (found[-2].exact or found[-2].approximate) if len(found) > 1 else None
        if low is not None and (high := found[-1].exact) is not None:
            lower, upper = found[-2].span, found[-1].span
            if doc_text(self.doc)[lower.end : upper.begin].strip() in RANGE_WORDS and low < high:
                span = Span(lower.begin, upper.end, doc_text(self.doc)[lower.begin : upper.end])
                return Quantity(span, minimum=low, maximum=high)  # "1,000 to 1,500"
        if found:
            return found[-1]
        for prep in (c for c in noun.children if is_prep(c, "of")):
            for count in (c for c in prep.children if is_pobj(c) and c.pos_ == "NUM"):
                begin, end = subtree_chars(count)
                quantities = find_quantities(doc_text(self.doc)[begin:end], begin)  # "a contingent of about 650"
                if quantities and not is_year_like(quantities[0]):
                    return quantities[0]
        return None

    def start_in(self, tokens: list[Token]) -> TimeValue | None:
        """The latest start the words give ("since 2028")."""
        return self._start(tokens[0], tokens)

    def _more_places(self, mention: Mention, clause: list[Token]) -> None:
        """ "to A, B and C": the places after the first; "to A in May and to B in July": each with its own time."""
        listed = self.ctx.places.conjoined_states(clause, mention.location, mention.sender)
        mention.more_locations = [p.state for p in listed]
        mention.dated_locations = [p.state for p in listed if p.own_time] + _dated_shares(mention.shares, clause)

    def _start(self, head: Token, clause: list[Token]) -> TimeValue | None:
        if not clause:
            return None
        values = _times(clause, self.article.meta.published)
        return latest_of(
            self._strictly_before(v) for v in values if starts_inside(v, clause) and not self._is_end_bound(v)
        )

    def _report_day(self, head: Token) -> TimeValue | None:
        """ "X has deployed 900 soldiers to Y, the agency reported on Tuesday": forces reported sent were sent by the
        day of the report (a bound, not the day they went)."""
        perfect = head.tag_ == "VBN" and any(is_aux(c, "has", "have", "had") for c in head.children)
        done = head.tag_ == "VBD" or perfect
        if not done or any(c.tag_ == "MD" for c in head.children):
            return None
        reporting = [head.head] if has_label(head, REPORTED_CLAUSE_LABELS) else []
        # the parser may hang the reporting clause on the reported one: "..., the agency reported on Tuesday"
        # (or even on a noun of it, as a relative clause without a relative pronoun), after a comma
        reporting += [
            c
            for c in head.subtree
            if has_label(c, REPORTING_CLAUSE_LABELS | {"relcl"})
            and c.i > head.i
            and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == ","
            and any(is_nsubj(s) and s.tag_ not in ("WDT", "WP") for s in c.children)
        ]
        for verb in (v for v in reporting if v.lemma_.lower() in REPORTING_VERBS):
            if verb.i == head.i:
                continue  # the root reports itself: no reporting clause
            # the reporting clause's own words, not the reported clause nor a clause hung on it ("citing ...")
            times = [
                t
                for c in verb.children
                if c.i != head.i and not has_label(c, REPORTED_CLAUSE_LABELS | REPORTING_CLAUSE_LABELS)
                for t in c.subtree
            ]
            start = self._start(verb, times) if times else None
            if start is not None and start.latest is not None:
                return TimeValue(None, start.latest, start.precision, start.span)
        return None

    def _begun(self, head: Token) -> TimeValue | None:
        """ "ending a mission that began in May 2019": when what ends began bounds the start."""
        for ended in (c for c in head.children if is_dobj(c)):
            for clause in (c for c in ended.children if is_relcl(c) and c.lemma_.lower() in lex.BEGINNING_VERBS):
                return self._start(clause, clause_tokens(clause))
        return None

    def _strictly_before(self, value: TimeValue) -> TimeValue:
        """ "more than a week ago": earlier than the day a week ago, so the latest it can be is the day before."""
        if value.span is None or value.latest is None or not value.span.text.lower().endswith("ago"):
            return value
        before = doc_text(self.doc)[max(0, value.span.begin - 12) : value.span.begin].lower()
        if not MORE_THAN_BEFORE.search(before):
            return value
        return dataclasses.replace(value, earliest=None, latest=value.latest - dt.timedelta(days=1))

    def _is_end_bound(self, value: TimeValue) -> bool:
        """ "until the end of 2026", "through 2027": when the forces stay until, not when they went."""
        if value.span is None:
            return False
        before = doc_text(self.doc)[max(0, value.span.begin - 30) : value.span.begin].lower()
        return bool(END_BOUND_BEFORE.search(before) or END_BOUND_START.match(value.span.text.lower()))

    def _legal_basis(self, clause: list[Token]) -> tuple[Span, set[int], LegalPhrase] | None:
        """The name of the mandate the clause cites, and the token indices of its whole phrase, the occasion included
        ("an agreement signed in 2019")."""
        found = legal_phrase(clause)
        if found is None:
            return None
        noun = found.noun
        # "a mandate approved by X at a summit in Y on Z": the occasion belongs to no name.
        occasions = {
            t.i
            for verb in noun.subtree
            if verb.pos_ == "VERB" and verb.i > noun.i
            for prep in verb.children
            if is_prep(prep) and prep.lower_ in lex.OCCASION_PREPOSITIONS
            for t in prep.subtree
        }
        # "an accord in May": a time the instrument was made, hung on the noun itself
        occasions |= {
            t.i
            for prep in noun.children
            if is_prep(prep) and prep.lower_ in lex.OCCASION_PREPOSITIONS and prep.i > noun.i
            if any(o.ent_type_ in TIME_ENTITIES for o in prep.subtree)
            for t in prep.subtree
        }
        # "an agreement signed in 2019": a participle that only gives the occasion goes with it
        occasions |= {
            verb.i
            for verb in noun.subtree
            if verb.pos_ == "VERB"
            and verb.i > noun.i
            and any(c.i in occasions for c in verb.children)
            and all(c.i in occasions or c.is_punct for c in verb.children)
        }
        # "an agreement, separate from ...": what follows a comma describes it, it is not its name; nor is a
        # clause after a relative pronoun ("the accord under which ...").
        commas = [c.i for c in noun.children if c.text == "," and c.i > noun.i]
        occasions |= {t.i for t in noun.subtree if commas and t.i >= commas[0]}
        relative = {t.i for c in noun.children if is_relcl(c) for t in c.subtree}
        occasions |= relative
        tokens = [
            t for t in noun.subtree if t.i not in occasions and not (is_det(t) and t.i < noun.i and t.head.i == noun.i)
        ]
        phrase = {t.i for t in noun.subtree} - relative
        if found.frame is not None:
            phrase |= {t.i for t in found.frame.subtree}
        return tokens_span(self.doc, tokens), phrase, found

    def _legal_tail(self, token: Token, basis: Span) -> bool:
        """A token of the occasion cut from the legal basis ("at a summit in Y on Z" after "a mandate approved")."""
        return any(
            a.idx < basis.end and a.idx >= basis.begin and a.pos_ == "VERB" and token.i > a.i for a in token.ancestors
        )

    def _purpose(self, head: Token) -> Span | None:
        for child in head.children:
            if has_label(child, PURPOSE_LABELS) and is_to_infinitive(child):
                return subtree_span(child)
        return None


def _counted_by_head(noun: Token) -> bool:
    """ "thousands of troops": the noun's count is the noun it is "of"; not "two companies of soldiers", a count of
    units, not of the soldiers."""
    if not (is_pobj(noun) and noun.head.lower_ == "of"):
        return False
    counter = noun.head.head
    return counter.pos_ in ("NOUN", "NUM") and noun_lemma(counter) not in lex.COUNTED_IN_UNITS


def _share_wheres(head: Token, count: Token) -> list[Token]:
    """The prepositions that place a share's count: its own, or one the parser hangs on the verb right after it
    ("300 to A, 200 to B")."""
    wheres = [c for c in count.children if is_prep(c) and c.lower_ in lex.LOCATION_PREPOSITIONS]
    return wheres or [
        p for p in head.children if is_prep(p) and p.i == count.i + 1 and p.lower_ in lex.LOCATION_PREPOSITIONS
    ]


def _dated_shares(shares: list[tuple[str, Quantity]], clause: list[Token]) -> list[str]:
    """ "300 to A in May, 200 to B in June": the places of shares whose words, up to the next share, hold a date
    when the first share's do too; a date after the last share alone ("... and 100 to C last year") is all of
    theirs."""
    bounds = [q.span.begin for _, q in shares] + [max((t.idx + len(t) for t in clause), default=0)]
    if not shares or not any(t.ent_type_ == "DATE" and t.idx < bounds[0] for t in clause):
        return []
    return [
        place
        for (place, _), begin, end in zip(shares, bounds, bounds[1:], strict=False)
        if any(t.ent_type_ == "DATE" and begin <= t.idx < end for t in clause)
    ]


def _share_counts(head: Token, clause: list[Token]) -> list[Token]:
    """The counts of the later shares, in text order: on the verb, or joined to the first place ("to A and 200 to
    B", as the parser may read it), and their conjuncts."""
    counts = [c for c in head.children if c.pos_ == "NUM" and c.dep_ != "nummod" and c in clause]
    counts += [n for p in head.children if is_prep(p) for o in p.children if is_pobj(o) for n in o.conjuncts]
    # "to A, 200 to B and 100 to C", as the parser may also read it: a count set beside the first place, or joined
    # to its preposition
    objects = [o for p in head.children if is_prep(p) for o in p.children if is_pobj(o)]
    counts += [a for o in objects for a in o.children if is_label(a, "appos")]
    counts += [n for p in head.children if is_prep(p) for n in p.conjuncts]
    counts += [n for c in counts for n in c.conjuncts if n not in counts]
    return sorted((c for c in dict.fromkeys(counts) if c.pos_ == "NUM"), key=lambda t: t.i)
