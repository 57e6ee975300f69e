"""Who is speaking: a subject noun phrase, pronoun or description resolved to an actor key.

Resolution goes only through the `EntityIndex`: a name the actor stage found,
a pronoun or a definite description ("the ministry", "the report") pointing
back to an actor already mentioned, or an unnamed speaker ("analysts", "an
agency spokeswoman") added to the index as a Group or Person actor.

Entry point: `SpeakerResolver.resolve` (one resolver per article; `remember`
feeds it the speakers found so far, for "the report said" references). The
rules are plain functions over the resolver, by job: `names`, `descriptions`,
`earlier`, `unnamed`, `documents`; shared word classes in `grammar`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kgingest.extract.antecedents import Antecedents, is_subject, pronoun_types
from kgingest.extract.dependencies import (
    ADVERBIAL_CLAUSES,
    CONJUNCTS,
    COUNTERS,
    DETERMINERS,
    NAME_APPOSITIONS,
    NOUN_MODIFIERS,
    NOUN_PARTICIPLES,
    PARENTHETICALS,
    QUANTIFIER_LINKS,
    RELATIVE_CLAUSES,
    ROOTS,
    SUBJECTS,
)
from kgingest.extract.document import dateline_at
from kgingest.extract.index import EntityIndex, MentionRef, OffsetIndex, SentenceIndex, doc_text
from kgingest.extract.lexicon import (
    GROUP_QUANTIFIERS,
    PARTITIVE_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)
from kgingest.extract.quotes import Quote, quote_index
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers.descriptions import described_actor
from kgingest.extract.speakers.grammar import (
    names_no_one,
    partitive_whole,
    ratio_whole,
    unspecified_people,
    unspecified_person,
)
from kgingest.extract.speakers.names import named_actor
from kgingest.extract.speakers.unnamed import member_of_named, ratio_of_group, share_of_group
from kgingest.model import ActorType, Span
from kgingest.timex import TIME_ENTITIES

# How many heads up from a pronoun its clause may be found: "before it was due to report" (report, due).
CLAUSE_HOPS = 3


class SpeakerResolver:
    """Resolves speaker phrases of one article to actor keys: the entry points, and the lookups every rule shares."""

    def __init__(
        self, doc: Doc, index: EntityIndex, quotes: Sequence[Quote], sentences: SentenceIndex | None = None
    ) -> None:
        self.doc = doc
        self.index = index
        self.quotes = quotes if isinstance(quotes, OffsetIndex) else quote_index(quotes)
        self.sentences = sentences or SentenceIndex(doc)
        self.antecedents = Antecedents(doc, index, sentences=self.sentences, quotes=self.quotes)
        self.recent_speakers: list[tuple[int, str]] = []  # (offset, actor key) of statements found so far
        # (offset, document lemma, actor key) of the unnamed authors given to documents that spoke
        self.document_authors: list[tuple[int, str, str]] = []

    def resolve(self, head: Token, *, create: bool = True) -> str | None:
        """The actor key for the noun phrase headed by ``head``, or None."""
        if names_no_one(head):
            return None
        if self.quoted_away(head):
            # the parser may give the verb a second subject after it: '"Prices," said Ortiz'
            other = next((c for c in head.head.children if c.dep_ in SUBJECTS and c.i > head.head.i), None)
            return self.resolve(other, create=create) if other is not None else None
        counted = ratio_whole(head)
        if counted is not None:  # "three in ten nurses said": a share of the nurses, not "three" people
            return ratio_of_group(self, head, counted, create=create)
        part = partitive_whole(head)
        if part is not None and head.lemma_.lower() not in PARTITIVE_NOUNS:
            # "one of the guards, Tomas Reyes, said": the name set beside the count says which one speaks
            key = self.named(head)
            if key is not None and (self.actor_type(key) is ActorType.PERSON or self.apposed_name(head) == key):
                # "one of them, Norvik Health, said": a firm's name set beside the count names it as well
                return key
        if part is not None and head.lemma_.lower() in PARTITIVE_NOUNS:
            # "79 percent of the voters", "half of the delegates": a share of the group speaks, not all of it
            return share_of_group(self, head, part, create=create)
        if part is not None:  # "two of the sources", "one of the officials": the group they belong to speaks
            key = self.named(part)
            if key is not None and plural_noun(part) and self.actor_type(key) is not ActorType.PERSON:
                # "most of the Greens", "several of the Liberals": some of the party's people, not the party
                # a name the parser set in apposition ("the state Greens") names them better than its head
                named = next((c for c in part.rights if c.dep_ in NAME_APPOSITIONS and self.token_key(c) == key), part)
                return member_of_named(self, named, key, create=create, actor_type=ActorType.GROUP)
            head = part
        if quantified_plural(head):
            # "some Democrats said", "many officials say": part of a group, not the party or body it names
            return self.described(head, create=create)
        key = self.named(head)
        if (
            key is not None
            and one_member(head)
            and self.token_key(head) == key
            and self.actor_type(key) is not ActorType.PERSON
        ):
            # "one Ohio Republican said", "a Labour official": a person of the party or body named
            return member_of_named(self, head, key, create=create)
        if key is not None and self.token_key(head) == key and self.members_named(head, key):
            # "Liberals warned", "Greens who backed her said": people of the party, not the party
            return member_of_named(self, head, key, create=create, actor_type=ActorType.GROUP)
        if key is not None:
            return key
        if unspecified_people(head) or unspecified_person(head):
            return self.described(head, create=create)  # "others say", "some said": not a pronoun to resolve
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            return (
                self.conjoined_people(head)
                or self.resolve_pronoun(head)
                or self.cataphoric_subject(head)
                or self.last_fitting_speaker(head)
            )
        return self.described(head, create=create)

    def written_source(self, head: Token | None) -> Span | None:
        """The speaker phrase as the article words it: the noun phrase of ``head`` with its of-phrases, appositions
        and joined names ("the authors of the study", "Roe, the fund's treasurer", "Roe and Lund"), without a
        relative clause ("who chairs the board"), an aside the parser hung on it ("voters, Roe notes,") or the
        punctuation around them."""
        if head is None:
            return None
        if self.quoted_away(head):  # '"Prices," said Roe': the quoted word is not the speaker
            head = next((c for c in head.head.children if c.dep_ in SUBJECTS and c.i > head.head.i), None)
            if head is None:
                return None
        end = head.right_edge.i
        for word in head.subtree:
            if word.i > head.i and aside(word, head):
                end = min(end, word.left_edge.i - 1)
        # a dateline opening the sentence is where the story was filed, not part of the speaker's name
        start = max(head.left_edge.i, after_dateline(head))
        while start < head.i and (self.doc[start].is_punct or leading_adverbial(self.doc[start], head)):
            start += 1
        end = balanced_end(self.doc, start, end, head)
        while end > head.i and (self.doc[end].is_punct or self.doc[end].is_space):
            end -= 1
        if end < start:
            return None
        words = self.doc[start : end + 1]
        return Span(words.start_char, words.end_char, words.text)

    def apposed_name(self, head: Token) -> str | None:
        """The actor named by a proper-noun apposition of ``head``: "one of the firms, Norvik Health,"."""
        for child in head.rights:
            if child.dep_ in NAME_APPOSITIONS and child.pos_ == "PROPN":
                key = next((k for k in map(self.token_key, child.subtree) if k is not None), None)
                if key is not None:
                    return key
        return None

    def quoted_away(self, head: Token) -> bool:
        """'"Safety," said Roe', 'on the show "Morning Talk," calling ...': a closed quotation that holds the
        word but not the verb it hangs on is quoted words or a title the parser took for a subject, no speaker."""
        quote = self.quotes.at(head.idx)
        if quote is None or not quote.closed:
            return False
        verb = head.head
        return head.dep_ in SUBJECTS and not quote.begin <= verb.idx < quote.end

    def members_named(self, head: Token, key: str) -> bool:
        """ "Democrats", "Conservatives in the council": a bare plural of a member noun ("Democrat") standing for
        an organization whose name does not hold that plural ("Liberal Party"), so for some of its people."""
        actor = self.index.actor(key)
        if actor is None or actor.type is not ActorType.ORGANIZATION or head.tag_ not in ("NNS", "NNPS"):
            return False
        if any(c.dep_ in DETERMINERS for c in head.lefts) or not head.lower_.endswith("s"):
            return False
        return head.lower_ not in {w.lower() for w in re.findall(r"[\w-]+", actor.name)}

    def remember(self, offset: int, speaker: str) -> None:
        """Record a statement's speaker, for later "the report" style references."""
        self.recent_speakers.append((offset, speaker))

    def token_key(self, token: Token) -> str | None:
        return self.index.actor_at(token.idx, token.idx + len(token.text))

    def named(self, head: Token) -> str | None:
        """An indexed actor mentioned by the head word itself or by its apposition."""
        return named_actor(self, head)

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        """The nearest fitting actor mentioned before ``pronoun``, preferring sentence subjects."""
        return self.antecedents.resolve_pronoun(pronoun)

    def is_subject(self, span: Span) -> bool:
        """The mention is (part of) a clause subject, directly or through compounds and appositions."""
        tokens = tokens_in(self.doc, span.begin, span.end)
        return tokens is not None and is_subject(tokens.root)

    def described(self, head: Token, *, create: bool) -> str | None:
        """The actor a description stands for ("the ministry", "the minister", "analysts"), by the noun's kind."""
        return described_actor(self, head, create=create)

    def noun_phrase(self, head: Token) -> SpacySpan:
        """The head with its left modifiers: "Ostravian and Nordic border agencies"."""
        start = head.left_edge.i
        # "Later the governor said": an adverb the parser hung on the noun is no part of the description
        while start < head.i and (self.doc[start].is_punct or leading_adverbial(self.doc[start], head)):
            start += 1
        return self.doc[start : head.i + 1]

    def actor_type(self, key: str) -> ActorType | None:
        actor = self.index.actor(key)
        return actor.type if actor is not None else None

    def nearest_of_type(
        self, head: Token, types: set[ActorType], sentences: int, *, subjects_first: bool = False
    ) -> str | None:
        fitting = [m for m in self.mentions_back(head, sentences) if self.actor_type(m.key) in types]
        if subjects_first:
            fitting = [m for m in fitting if self.is_subject(m.span)] + fitting
        return fitting[0].key if fitting else None

    def mentions_back(self, head: Token, sentences: int) -> list[MentionRef]:
        """Actor mentions before ``head`` (nearest first) within ``sentences`` sentences, those inside another
        quotation than the one ``head`` stands in skipped: the narrator's words do not point into them."""
        return self.antecedents.mentions_back(head, sentences)

    @functools.cached_property
    def noun_positions(self) -> dict[str, list[int]]:
        """Lowercase lemma -> the positions of the nouns with it, in text order (listed once per article)."""
        positions: dict[str, list[int]] = {}
        for token in self.doc:
            if token.pos_ == "NOUN":
                positions.setdefault(token.lemma_.lower(), []).append(token.i)
        return positions

    def conjoined_people(self, pronoun: Token) -> str | None:
        """ "Roe and Lund met on Sunday. They said ...": a plural pronoun after people joined by "and" as a subject,
        in its sentence or the one before, stands for them together; the first of them speaks for both, as
        when the joined names are the subject of the reporting verb itself."""
        if pronoun.lower_ not in PLURAL_PRONOUNS:
            return None
        for mention in self.mentions_back(pronoun, 1):
            if self.actor_type(mention.key) is not ActorType.PERSON or not self.is_subject(mention.span):
                continue
            tokens = tokens_in(self.doc, mention.span.begin, mention.span.end)
            if tokens is None:
                continue
            first = tokens.root
            while first.dep_ in CONJUNCTS:
                first = first.head
            joined = [c for c in first.children if c.dep_ in CONJUNCTS]
            people = [self.token_key(first), *(self.token_key(c) for c in joined)]
            if joined and all(k is not None and self.actor_type(k) is ActorType.PERSON for k in people):
                # "Roe and Lund met the nurses. They said ...": the nurses named since may be "they" as well
                return None if self.plural_noun_between(mention.span.end, pronoun) else people[0]
        return None

    def plural_noun_between(self, begin: int, pronoun: Token) -> bool:
        """A plural noun phrase, not a span of time ("for two hours"), stands between ``begin`` and ``pronoun``."""
        between = tokens_in(self.doc, begin, pronoun.idx)
        return between is not None and any(
            t.tag_ in ("NNS", "NNPS") and t.dep_ not in NOUN_MODIFIERS and t.ent_type_ not in TIME_ENTITIES
            for t in between
        )

    def cataphoric_subject(self, pronoun: Token) -> str | None:
        """ "Days before it was due to report, the airline said ...": a pronoun in a clause set before the main
        clause may point forward to that clause's subject, when nothing before it fits."""
        fits = pronoun_types(pronoun.lower_)
        clause = pronoun.head
        for _ in range(CLAUSE_HOPS):
            if clause.dep_ in ADVERBIAL_CLAUSES or clause.dep_ in ROOTS:
                break
            clause = clause.head
        if not fits or clause.dep_ not in ADVERBIAL_CLAUSES or clause.i > clause.head.i:
            return None
        subject = next((c for c in clause.head.children if c.dep_ in SUBJECTS and c.i > clause.right_edge.i), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        key = self.named(subject) or self.described(subject, create=False)
        return key if key is not None and self.actor_type(key) in fits else None

    def last_fitting_speaker(self, pronoun: Token) -> str | None:
        """ "..., he said" far from any name: news keeps to one speaker until it names another, so the last
        speaker found before, when the pronoun fits them."""
        fits = pronoun_types(pronoun.lower_)
        for at, key in reversed(self.recent_speakers):
            if at < pronoun.idx and fits and self.actor_type(key) in fits:
                return key
        return None

    def dominant_state(self) -> str | None:
        """The State mentioned most often (ties broken by key), for an unnamed "the government"."""
        states = {a.key for a in self.index.actors if a.type is ActorType.STATE}
        counts = Counter(m.key for m in self.index.mentions() if m.key in states)
        if not counts:
            return None
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# Words a parser may hang on a noun from the clause around it: "Later the minister said", "But the mayor said".
_CLAUSE_WORD_LINKS = frozenset({"advmod", "npadvmod", "cc", "intj"})


def aside(word: Token, head: Token) -> bool:
    """A clause in the speaker phrase that says something about the speaker rather than naming them: a relative
    clause anywhere ("Acme Bank, which was founded in 1902"), or after a comma a participle ("engineers, pointing
    to cracks in the pier"), a clause beside it ("voters, Roe notes") or a verb with its own subject."""
    if word.dep_ in RELATIVE_CLAUSES:
        return True
    if word.dep_ in PARENTHETICALS and word.head.i == head.i:
        return True
    before = word.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    # the parser may tag the verb of "Roe notes" a noun; its own subject still makes it a clause
    own_subject = any(c.dep_ in SUBJECTS for c in word.children)
    return word.dep_ in NOUN_PARTICIPLES or word.dep_ in PARENTHETICALS or own_subject


def after_dateline(head: Token) -> int:
    """The first token after a wire dateline opening the line of ``head``'s sentence ("VELM, Norway --"), or the
    sentence's first; the dateline's pattern wants a spaced dash, so "long-serving" ends none."""
    sent = head.sent
    dateline = dateline_at(doc_text(head.doc), sent.start_char)
    if dateline is None:
        return sent.start
    return next((t.i for t in sent if t.idx >= dateline.end), sent.end)


def balanced_end(doc: Doc, start: int, end: int, head: Token) -> int:
    """``end`` moved back before a quotation mark the phrase opens but does not close ('The ad, titled "Second
    Chance,"' cut inside the title), never before ``head``."""
    marks = [i for i in range(start, end + 1) if doc[i].is_quote]
    while len(marks) % 2 and marks[-1] > head.i:
        end = marks.pop() - 1
    return end


def leading_adverbial(token: Token, head: Token) -> bool:
    """A clause's adverb or conjunction the parser hung on the noun ``head``, standing before its determiner."""
    return (
        token.head == head
        and token.dep_ in _CLAUSE_WORD_LINKS
        and token.pos_ in ("ADV", "CCONJ", "INTJ", "SCONJ")
        and any(c.dep_ in DETERMINERS and c.i > token.i for c in head.lefts)
    )


def quantified_plural(head: Token) -> bool:
    """ "some Democrats", "many officials", "other voters": a plural noun counted out by a quantifier."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in QUANTIFIER_LINKS and c.lower_ in GROUP_QUANTIFIERS for c in head.lefts)


def plural_noun(head: Token) -> bool:
    """ "the Greens", "the state Greens": a plural noun, or a plural name set beside the head (the parser may
    take "state Greens" for "state" with the name in apposition, and tags names by case, not number)."""
    words = [head, *(c for c in head.rights if c.dep_ in NAME_APPOSITIONS)]
    return any(
        t.tag_ in ("NNS", "NNPS") or (t.pos_ == "PROPN" and t.lower_.endswith("s") and not t.lower_.endswith("ss"))
        for t in words
    )


# Determiners that pick out one member of what the noun names: "a Democrat", "one Liberal", "another Tory".
ONE_OF = frozenset({"a", "an", "one", "another"})


def one_member(head: Token) -> bool:
    """ "a Democrat", "one New Hampshire Republican": a singular noun counted out as one."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    return any(c.dep_ in COUNTERS and c.lower_ in ONE_OF for c in head.lefts)
