"""Statements: who said or claimed what, when, and how it is reported.

Two passes over the article. The first finds reporting cues (a reporting verb
from the lexicon with its subject, or "according to X") and reads the content
off the parse: the complement clause or object. The second takes every
quotation no cue has covered and looks for its speaker by position: an
attribution right after it ('"...," she said'), a cue that introduces it
('he told reporters: "..."'), the quotation before it in the same paragraph
(a quote split by its attribution), or the quotation that closed the
paragraph before (a speaker quoted in two paragraphs).

Entry point: `find_statements`. Speakers are resolved by `speakers.SpeakerResolver`,
quotations found by `quotes.find_quotes`, reporting words come from `lexicon`,
and dates from `kgingest.timex`. Drafts from both passes are then merged:
split quotations joined, glosses folded into the statement they gloss, one
draft kept per act of saying.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kgingest.extract.index import EntityIndex, LineBreaks, OffsetIndex, SentenceIndex
from kgingest.extract.lexicon import (
    ADDING_VERBS,
    ADDRESSEE_VERBS,
    CHANNEL_VERBS,
    CLAUSE_PREPOSITIONS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    CONTENT_PREPOSITIONS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    MEDIA_WORDS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PHRASAL_CUES,
    PLURAL_PRONOUNS,
    REFERRING_NOUNS,
    REFUSAL_HEADS,
    RULING_VERBS,
    SPEAKING_VERBS,
    THING_PRONOUNS,
    Frame,
    verb_frame,
    word_set,
)
from kgingest.extract.quotes import Paragraph, Quote, find_quotes, paragraph_index, quote_index
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers import SpeakerResolver
from kgingest.model import ActorType, Article, Mode, Precision, Span, Statement, TimeValue
from kgingest.timex import resolve_time

# A wire dateline opening a paragraph: "CITY, Country (Agency) — ", "CITY, May 14 (Agency) - ", "CITY — ".
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^\n()—–-]{1,40})?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+")

# Tokens allowed between a quotation and its trailing attribution ('", he later said').
MAX_ATTRIBUTION_GAP_TOKENS = 12
# How far back a colon-introduced quotation may look for its reporting verb.
MAX_INTRODUCER_TOKENS = 40
# Without a colon, only a short run of connectives may separate a cue from its quotation: 'it added; and, later, "'.
MAX_CONNECTIVE_GAP_TOKENS = 8
# A dateline stands in the first body paragraph (after at most a title and a byline) and within its first
# characters: "CITY, May 2 (Agency) -".
DATELINE_PARAGRAPHS = 3
DATELINE_CHARS = 80
# "these claims", "the criticism": a pointer back to reported words is a determiner and a noun or two.
MAX_REFERRING_TOKENS = 3
# A bare number after a name is an age below this ("said Jane Roe, 71"), never a year.
MAX_AGE = 130
# Bounds on climbing the parse from a word towards the root: the relations read here are local, so a word
# further up belongs to another clause.
SUBJECT_HOPS = 4
ANTECEDENT_HOPS = 6
ATTACHMENT_HOPS = 8
# Words before a colon that introduce an example, not a new quotation: "questions including: '...'".
LIST_INTRODUCERS = word_set("including include includes included such like as follows following")
# Verbs that report a statement when they name something: "called the plan 'reckless'".
NAMING_VERBS = word_set("call")
# Prepositions before a participle that still report an act of saying: "with X stating", "whilst promising".
TEMPORAL_PREPOSITIONS = word_set("with whilst while after before when upon in as")
# Day words spaCy may leave outside a DATE entity but that still date a statement.
RELATIVE_DAYS = word_set("today yesterday tonight tomorrow")
# Nouns of a moment in a prepositional phrase: "at one point telling ...", "at the time saying ...".
OCCASION_NOUNS = word_set("point time moment stage")
# Participles that date the document or interview a statement was made in: "a report published on Monday".
PUBLISHING_VERBS = word_set("publish release issue broadcast air post")
# Active subjects only: a speaker is the active subject of its verb (passive reporting verbs are no cues).
SUBJECT_DEPS = ("nsubj",)


@dataclass
class _Cue:
    """A reporting word with its speaker and, when the parse gives one, its content."""

    token: Token
    span: Span
    lemma: str
    speaker: str | None
    attribution_end: int  # end offset of the cue and its speaker phrase
    content: tuple[int, int] | None = None
    channel: str | None = None
    date_tokens: list[Token] = field(default_factory=list)
    speaker_head: Token | None = None  # resolved to a new unnamed actor only once a statement needs it


@dataclass
class _Draft:
    cue: _Cue
    speaker: str
    begin: int
    end: int
    mode: Mode
    quote: Span | None
    channel: str | None
    by_quote: bool = False  # found in the quotation pass


def find_statements(doc: Doc, article: Article, index: EntityIndex) -> list[Statement]:
    """Every attributed statement of the article, keyed s1, s2, ... in text order."""
    return _Extractor(doc, article, index).run()


class _Extractor:
    def __init__(self, doc: Doc, article: Article, index: EntityIndex) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        self.index = index
        self.quotes = quote_index(find_quotes(self.text, article.headings))
        self.sentences = SentenceIndex(doc)
        self.resolver = SpeakerResolver(doc, index, self.quotes, self.sentences)
        self.paragraphs = paragraph_index(self.text)
        self.headings = OffsetIndex(article.headings, lambda heading: (heading.begin, heading.end))
        self.line_breaks = LineBreaks(self.text)
        self.consumed: set[int] = set()  # token indices used as part of another cue (channels, participles)
        self.drafts: OffsetIndex[_Draft] = OffsetIndex([], _draft_extent)

    # ------------------------------------------------------------ driver

    def run(self) -> list[Statement]:
        cues = self._find_cues()
        self._separate_nested(cues)
        drafts: list[_Draft] = []
        for cue in cues:
            draft = self._draft_from_cue(cue)
            if draft is not None:
                drafts.append(draft)
                self.resolver.remember(draft.begin, draft.speaker)
        drafts = self._attribute_quotes(cues, drafts)
        drafts = [d for d in drafts if not self._elaborates(d, drafts)]
        drafts = self._join_split_quotes(drafts)
        drafts = self._according_as_channel(drafts)
        drafts = _deduplicate(drafts)
        drafts.sort(key=lambda d: (d.begin, d.end, d.speaker))
        self.drafts = OffsetIndex(drafts, _draft_extent)
        return [self._statement(n, draft) for n, draft in enumerate(drafts, start=1)]

    # ------------------------------------------------------------ cues

    def _in_heading(self, offset: int) -> bool:
        return self.headings.at(offset) is not None

    def _in_closed_quote(self, offset: int) -> bool:
        quote = self.quotes.at(offset)
        return quote is not None and quote.closed

    def _find_cues(self) -> list[_Cue]:
        cues: list[_Cue] = []
        for token in self.doc:
            if token.i in self.consumed or self._in_heading(token.idx) or self._in_closed_quote(token.idx):
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                cue = self._according_cue(token)
            else:
                cue = self._verb_cue(token)
            if cue is not None:
                cues.append(cue)
        return [c for c in cues if c.token.i not in self.consumed]

    def _verb_cue(self, token: Token) -> _Cue | None:
        """A reporting verb with its speaker and content, or None when ``token`` reports no act of saying."""
        reading = _reporting_reading(token)
        if reading is None or not _is_act_of_saying(token):
            return None
        lemma, frame, cue_end = reading
        inverted = self._after_closing_quote(token)
        if not inverted and _used_as_adjective(token):
            return None  # "the stated aim", "reported cases": an adjective, not an act of saying
        subject, speaker = self._cue_subject(token, inverted=inverted)
        span = self._span(token.idx, _end(cue_end))
        cue = _Cue(token, span, lemma, speaker, self._attribution_end(token, subject), speaker_head=subject)
        if lemma in CHANNEL_VERBS and self._channel_chain(cue):
            return cue
        self._read_content(cue, frame)
        return cue

    def _cue_subject(self, verb: Token, *, inverted: bool) -> tuple[Token | None, str | None]:
        """The verb's subject phrase and, when it names a known actor, that actor's key."""
        subject = _subject(verb)
        if subject is None and inverted:
            subject = _following_noun(verb)  # '"...", added the agency', however the parser hung "the agency"
        if subject is None and verb.dep_ == "ROOT":
            return self._name_before(verb)
        # A pronoun waits until the statements before it are drafted: "A farmer said ... '...,' he said" points
        # to the unnamed farmer, who becomes an actor only when his first statement is drafted.
        if subject is not None and not _is_pronoun(subject):
            return subject, self.resolver.resolve(subject, create=False)
        return subject, None

    def _read_content(self, cue: _Cue, frame: Frame) -> None:
        """Fill in what a verb cue said, to whom (the medium) and when, moving a leading day out of the content."""
        token = cue.token
        cue.content = self._content(token, frame)
        cue.channel = self._medium(token)
        self._apply_channel_participle(cue)
        cue.date_tokens = self._date_tokens(token, cue.content)
        leading = self._leading_time(token, cue.content)
        if leading and cue.content is not None:
            cue.date_tokens = cue.date_tokens or [t for t in leading if t.ent_type_ in ("DATE", "TIME")]
            cue.content = self._clip(_end(leading[-1]), cue.content[1], token)

    def _span(self, begin: int, end: int) -> Span:
        return Span(begin, end, self.text[begin:end])

    def _leading_time(self, verb: Token, content: tuple[int, int] | None) -> list[Token]:
        """ "said on Thursday the government ...": a day right after the verb that the parser put into the clause
        is when it was said, not part of what was said. Only when the clause goes on after it."""
        if content is None or verb.i + 1 >= len(self.doc) or content[0] != self.doc[verb.i + 1].idx:
            return []
        at = verb.i + 1
        phrase: list[Token] = []
        if self.doc[at].lower_ in ("on", "late", "early") and self.doc[at].pos_ == "ADP":
            phrase.append(self.doc[at])
            at += 1
        while at < len(self.doc) and self.doc[at].ent_type_ in ("DATE", "TIME") and self.doc[at].ent_iob_ != "O":
            if phrase and phrase[-1].ent_type_ in ("DATE", "TIME") and self.doc[at].ent_iob_ == "B":
                break
            phrase.append(self.doc[at])
            at += 1
        if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase) or at >= len(self.doc):
            return []
        following = self.doc[at]
        if following.tag_ == "POS" or following.is_punct or _end(following) > content[1]:
            return []  # "said Thursday's vote ...": the day belongs to the clause's subject
        return phrase

    def _medium(self, verb: Token) -> str | None:
        """The news outlet the words were said to: "told the Daily Courier", "in an interview with X",
        "speaking to X's morning programme". Only an Organization that the phrase marks as a medium counts."""
        for noun, interview in _medium_candidates(verb):
            key = self._medium_actor(noun, interview=interview)
            if key is not None:
                return key
        return None

    def _medium_actor(self, noun: Token, *, interview: bool) -> str | None:
        """The Organization ``noun`` (or its possessor or compound) names, when the phrase marks it as a medium:
        an interview partner, a media word in the phrase or the name, or the outlet credited in the dateline."""
        phrase = noun.head.head if noun.head.head.lemma_.lower() in SPEAKING_VERBS else noun
        words = {t.lower_ for t in phrase.subtree}  # "speaking to X's morning programme", however parsed
        for token in [noun, *(c for c in noun.children if c.dep_ in ("poss", "compound"))]:
            key = self.resolver.resolve(token, create=False)
            actor = self.index.actor(key) if key is not None else None
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                continue
            name_words = {w.lower() for w in re.findall(r"\w+", actor.name)}
            if interview or (words | name_words) & MEDIA_WORDS or self._credited_in_dateline(actor.mentions):
                return key
        return None

    def _credited_in_dateline(self, mentions: list[Span]) -> bool:
        """ "CITY, May 2 (Agency) -": the outlet credited in the dateline is a news medium."""
        first = self.paragraphs[0] if self.paragraphs else None
        for paragraph in self.paragraphs[:DATELINE_PARAGRAPHS]:
            if not self._in_heading(paragraph.begin):
                first = paragraph
                break
        if first is None:
            return False
        return any(
            first.begin <= m.begin < first.begin + DATELINE_CHARS
            and self.text[m.begin - 1 : m.begin] == "("
            and re.match(r"\)\s*[-–—]", self.text[m.end : m.end + 4]) is not None
            for m in mentions
            if m.begin > 0
        )

    def _name_before(self, verb: Token) -> tuple[Token | None, str | None]:
        """A known actor named right before a main verb the parser left without a subject.

        'In a post on X, her aide, Jane Roe, wrote that ...': the parser may hang the name on the place phrase.
        """
        previous = verb.i - 1
        while previous >= verb.sent.start and self.doc[previous].is_punct:
            previous -= 1
        if previous < verb.sent.start or self.doc[previous].pos_ != "PROPN":
            return None, None
        name = self.doc[previous]
        speaker = self.resolver.resolve(name, create=False)
        return (name, speaker) if speaker is not None else (None, None)

    def _after_closing_quote(self, token: Token) -> bool:
        """The word follows a quotation directly: '"...", said X' / '"..." added X'."""
        at = token.idx
        while at > 0 and self.text[at - 1] in " ,":
            at -= 1
        quote = self.quotes.at(at - 1) if at > 0 else None
        return quote is not None and quote.end == at

    def _attribution_end(self, cue: Token, subject: Token | None) -> int:
        last = cue
        if subject is not None and subject.i > cue.i:
            last = subject.right_edge
        return last.idx + len(last.text)

    def _according_cue(self, token: Token) -> _Cue | None:
        """ "According to X, ...": X speaks the rest of the sentence, before and after the phrase."""
        to = self.doc[token.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        speaker = self.resolver.resolve(source, create=False)
        phrase_end = source.right_edge
        span = self._span(token.idx, _end(to))
        cue = _Cue(token, span, "according to", speaker, _end(phrase_end), speaker_head=source)
        skip_to = self._take_quoting_participle(cue, phrase_end)
        words = [t for t in token.sent if (t.i < token.i or t.i > skip_to.i) and not (t.is_punct or t.is_space)]
        if not words:
            return None
        cue.content = self._extend_over_quotes(words[0].idx, _end(words[-1]))
        cue.date_tokens = self._date_tokens(token, cue.content)
        return cue

    def _take_quoting_participle(self, cue: _Cue, phrase_end: Token) -> Token:
        """ "According to X, quoting Y, ...": Y is the speaker, X the channel that carried it.

        Returns the last word of the attribution (the participle phrase when there is one)."""
        after = self._next_word(phrase_end)
        if after is None or after.lemma_.lower() not in CHANNEL_VERBS or after.tag_ != "VBG":
            return phrase_end
        principal = self._channel_object(after)
        if principal is None:
            return phrase_end
        cue.channel, cue.speaker, cue.speaker_head = cue.speaker, principal, None
        self.consumed.add(after.i)
        return after.right_edge

    def _next_word(self, token: Token) -> Token | None:
        for candidate in self.doc[token.i + 1 : token.i + 4]:
            if not candidate.is_punct:
                return candidate
        return None

    def _channel_object(self, verb: Token) -> str | None:
        """The actor a "quoting"/"citing" participle names, when it names one."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "pobj")), None)
        if obj is None:
            return None
        return self.resolver.resolve(obj, create=False)

    def _channel_chain(self, cue: _Cue) -> bool:
        """ "X cited Y expressing ...": Y speaks, X is the channel. True when the verb was only a channel."""
        token = cue.token
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is None:
            return False
        principal = self.resolver.resolve(obj, create=False)
        human = obj.lemma_.lower() in PERSON_NOUNS or obj.lower_ in PERSON_NOUNS
        if principal is None and not human:
            return False  # "cited figures": the subject's own statement
        participle = self._speaking_participle(token, obj)
        if participle is None or principal is None:
            return True  # "quoted unnamed officials ...": no content of its own
        self.consumed.add(participle.i)
        cue.channel, cue.speaker, cue.speaker_head = cue.speaker, principal, None
        cue.content = self._extend_over_quotes(obj.left_edge.idx, _end(participle.right_edge))
        cue.date_tokens = self._date_tokens(token, cue.content)
        return True

    def _speaking_participle(self, verb: Token, obj: Token) -> Token | None:
        """ "cited Y expressing ...", "quoted Y as saying ...": the participle that says what Y said."""
        for child in [*obj.children, *verb.children]:
            if child.i <= obj.i:
                continue
            if child.dep_ in ("xcomp", "acl", "advcl") and child.tag_ == "VBG" and child.i - obj.right_edge.i <= 2:
                return child
            if child.dep_ == "prep" and child.lower_ == "as":
                participle = next((c for c in child.children if c.tag_ == "VBG"), None)
                if participle is not None:
                    return participle
        return None

    def _apply_channel_participle(self, cue: _Cue) -> None:
        """ "X said, quoting Y, ...": Y is the speaker and X the channel."""
        subject = _subject(cue.token)
        around = [*cue.token.children, *(subject.children if subject is not None else [])]
        for child in around:
            if child.lemma_.lower() in CHANNEL_VERBS and child.tag_ == "VBG":
                principal = self._channel_object(child)
                self.consumed.add(child.i)
                if principal is not None:
                    cue.channel, cue.speaker, cue.speaker_head = cue.speaker, principal, None
                if cue.content is not None and child.idx <= cue.content[0] < _end(child.right_edge):
                    cue.content = None

    # ------------------------------------------------------------ content

    def _content(self, verb: Token, frame: Frame) -> tuple[int, int] | None:
        """Offsets of what was said, read off the verb's complements."""
        before = _clause_before(verb)
        if before is not None:
            return self._clip(before.left_edge.idx, _end(before.right_edge), verb)
        chosen = self._content_heads(verb, frame)
        if any(c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children) and verb.dep_ == "relcl":
            antecedent = verb.head  # "..., which the ministry denies": the content is what "which" stands for
            return (antecedent.left_edge.idx, _end(antecedent))
        if frame is Frame.QUOTE:
            chosen = [c for c in chosen if self._mostly_quoted(c)]
        hung = verb.dep_ == "parataxis" or _comma_attribution(verb)
        if not chosen and hung and verb.head.i < verb.i and frame is not Frame.QUOTE:
            # "The sides remain apart, the sources said, speaking ...": the parser hung the attribution on the
            # reported clause; that clause, up to the attribution, is the content.
            return self._clip(verb.head.left_edge.idx, verb.left_edge.idx, verb)
        if not chosen:
            clause = self._clause_after(verb) if frame is not Frame.QUOTE else None
            if clause is None:
                return None
            chosen = [clause]
        begin = min(c.left_edge.idx for c in chosen)
        end = _cut_before_coordinated(chosen, verb, max(_end(c.right_edge) for c in chosen))
        return self._clip(begin, end, verb)

    def _content_heads(self, verb: Token, frame: Frame) -> list[Token]:
        """The verb's complements after it that carry what was said, as the frame allows."""
        lemma = verb.lemma_.lower()
        chosen: list[Token] = []
        for child in verb.rights:
            dep = child.dep_
            if dep == "ccomp":
                chosen.append(child)
            elif dep in ("oprd", "attr") and frame is Frame.OBJECT:
                chosen.append(child)  # "called the strike 'illegal'"
            elif dep == "xcomp" and frame is not Frame.QUOTE:
                chosen.append(child)
            elif dep in ("dobj", "dative"):
                quoted = self._mostly_quoted(child)
                if quoted or (frame is Frame.OBJECT and lemma not in ADDRESSEE_VERBS and child.lower_ != "which"):
                    chosen.append(child)
            elif dep == "prep":
                allowed = CONTENT_PREPOSITIONS if frame is Frame.OBJECT else CLAUSE_PREPOSITIONS
                if child.lower_ in allowed and not _is_time(child):
                    chosen.append(child)
                else:
                    chosen.extend(_clause_on_document(child))
        return chosen

    def _clause_after(self, verb: Token) -> Token | None:
        """A clause that starts right after the verb but that the parser hung elsewhere ("with X reporting Y will")."""
        if verb.i + 1 >= len(self.doc):
            return None
        first = self.doc[verb.i + 1]
        found = None
        current = first
        for _ in range(ATTACHMENT_HOPS):
            is_clause = current.pos_ in ("VERB", "AUX") and current.left_edge.i == first.i
            # "conceded shortly after the result was declared": a clause opened by "after", "when", ... says
            # when, not what.
            adverbial = any(c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if") for c in current.children)
            if is_clause and not adverbial and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
                found = current
            head = current.head
            if head is current or head.i <= verb.i or head.left_edge.i < first.i:
                break
            current = head
        return found

    def _mostly_quoted(self, token: Token) -> bool:
        quote = self.quotes.at(token.left_edge.idx) or self.quotes.at(token.idx)
        return quote is not None and quote.begin >= token.left_edge.idx - 2

    def _clip(self, begin: int, end: int, verb: Token) -> tuple[int, int] | None:
        """Tidy a content span: no leading "that", no trailing punctuation, quotations kept whole."""
        text = self.text
        dateline = _DATELINE.match(text[begin:end])
        if dateline and (begin == 0 or text[begin - 1] == "\n"):
            begin += dateline.end()  # "CITY, Country (Agency) — ...": the dateline is not what was said
        match = re.match(r"(\s|that\b|,)+", text[begin:end])
        if match:
            begin += match.end()
        begin, end = self._extend_over_quotes(begin, end)
        # A colon before a quotation starts a new statement: 'told X any plan "must ...": "Cuts ..."'.
        for later in self.quotes.beginning_in(max(begin, verb.idx) + 1, end):
            head = text[begin : later.begin].rstrip()
            if head.endswith(":") and len(head) > 1:
                word = re.findall(r"\w+", head[:-1])
                if word and word[-1].lower() not in LIST_INTRODUCERS:
                    end = begin + len(head) - 1
                    break
        paragraph = self._paragraph_at(begin)
        paragraph_end = paragraph.end if paragraph is not None else end
        quote = self.quotes.at(begin)
        if end > paragraph_end and not (quote is not None and quote.paragraphs > 1):
            end = paragraph_end
        while end > begin and text[end - 1] in " .,;:!?\n":
            end -= 1
        if end <= begin:
            return None
        return begin, end

    def _extend_over_quotes(self, begin: int, end: int) -> tuple[int, int]:
        """Grow a span so no quotation is cut in half by it."""
        for quote in self.quotes.from_reaching(begin):
            if quote.begin >= end:
                break  # the quotations are in text order, and only one that overlaps moves ``end``
            if begin < quote.end:
                if quote.begin < begin and quote.inner.begin < begin:
                    begin = min(begin, quote.begin)
                if quote.end > end:
                    end = quote.end
        return begin, end

    def _separate_nested(self, cues: list[_Cue]) -> None:
        """ "X said A, with Y reporting B": A ends where Y's attribution begins."""
        # Only an absolute clause with its own subject can be inner: "with the paper reporting ...".
        absolute = [c for c in cues if c.token.tag_ == "VBG" and any(t.dep_ == "nsubj" for t in c.token.children)]
        for outer in cues:
            for inner in absolute:
                if outer.content is None:
                    break
                token = inner.token
                if inner is outer:
                    continue
                if inner.speaker is not None and inner.speaker == outer.speaker:
                    continue
                if not outer.content[0] < token.idx < outer.content[1] or self._in_closed_quote(token.idx):
                    continue
                root = token
                while root.dep_ in ("pcomp", "advcl") and root.head.dep_ == "prep" and root.head.idx > outer.content[0]:
                    root = root.head
                cut = root.left_edge.idx
                if outer.content[0] < cut:
                    outer.content = self._clip(outer.content[0], cut, outer.token)

    def _join_split_quotes(self, drafts: list[_Draft]) -> list[_Draft]:
        """'"We are ready," she said, "to talk."': two quotations around one attribution are one statement."""
        direct = sorted((d for d in drafts if d.mode is Mode.DIRECT), key=lambda d: d.begin)
        dropped: set[int] = set()
        for first, second in itertools.pairwise(direct):
            cue = first.cue.token
            if id(first) in dropped or first.cue.token.i != second.cue.token.i or first.speaker != second.speaker:
                continue
            if not (first.end <= cue.idx < second.begin and self._same_paragraph(first.begin, second.end)):
                continue
            after_first = self.text[first.end : cue.idx]
            before_second = self.text[first.cue.attribution_end : second.begin]
            if re.match(r"[,.]?\s*[\"“”'‘’]?[,]?\s", after_first) and re.fullmatch(r"\s*,\s*[\"“'‘]", before_second):
                first.end = second.end
                dropped.add(id(second))
        return [d for d in drafts if id(d) not in dropped]

    def _according_as_channel(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "Analysts believe X, according to a report by Y": Y carried the analysts' statement."""
        kept = []
        by_sentence: dict[int, list[_Draft]] = {}
        for draft in drafts:
            by_sentence.setdefault(draft.cue.token.sent.start, []).append(draft)
        for draft in drafts:
            token = draft.cue.token
            carried = next(
                (
                    d
                    for d in by_sentence[token.sent.start]
                    if d is not draft
                    and d.speaker != draft.speaker
                    and (d.cue.token.i == token.head.i or d.begin <= token.idx < d.end)
                ),
                None,
            )
            if draft.cue.lemma == "according to" and carried is not None:
                carried.channel = carried.channel or draft.speaker
                if carried.begin < token.idx < carried.end:
                    clipped = self._clip(carried.begin, token.idx, carried.cue.token)
                    carried.end = clipped[1] if clipped is not None else carried.end
                continue
            kept.append(draft)
        return kept

    def _elaborates(self, draft: _Draft, drafts: list[_Draft]) -> bool:
        """'"...," X said, acknowledging that ...': the participle is part of the same act of saying."""
        token = draft.cue.token
        if token.tag_ != "VBG" or token.dep_ != "advcl" or draft.cue.lemma in ADDING_VERBS:
            return False  # ", adding that ...": a further statement, not a gloss on the first
        return any(other.cue.token.i == token.head.i and other.speaker == draft.speaker for other in drafts)

    # ------------------------------------------------------------ drafts from cues

    def _speaker(self, cue: _Cue) -> str | None:
        """The cue's speaker; an unnamed one ("analysts") becomes an actor only now that it speaks."""
        if cue.speaker is None and cue.speaker_head is not None:
            cue.speaker = self.resolver.resolve(cue.speaker_head)
            cue.speaker_head = None
        return cue.speaker

    def _draft_from_cue(self, cue: _Cue) -> _Draft | None:
        if cue.content is None or self._speaker(cue) is None or cue.speaker is None:
            return None
        begin, end = cue.content
        inside = [q for q in self.quotes.overlapping(begin, end) if not self._in_heading(q.begin)]
        if inside:
            rest = self.text[begin:end]
            for quote in sorted(inside, key=lambda q: q.begin, reverse=True):
                a, b = max(quote.begin, begin) - begin, min(quote.end, end) - begin
                rest = rest[:a] + rest[b:]
            if not re.search(r"\w", rest) and self._quotes_a_clause(inside):
                first, last = inside[0], inside[-1]
                begin, end = first.inner.begin, last.inner.end
                return _Draft(cue, cue.speaker, begin, end, Mode.DIRECT, first.inner, cue.channel)
            return _Draft(cue, cue.speaker, begin, end, Mode.PARTIAL_QUOTE, inside[0].inner, cue.channel)
        if self._refers_back(begin, end):
            return None
        return _Draft(cue, cue.speaker, begin, end, Mode.INDIRECT, None, cue.channel)

    def _refers_back(self, begin: int, end: int) -> bool:
        """The whole content is "the criticism", "these claims": a pointer to words reported elsewhere."""
        tokens = tokens_in(self.doc, begin, end)
        if tokens is None or len(tokens) > MAX_REFERRING_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return False
        first, head = tokens[0], tokens.root
        return first.lower_ in ("the", "this", "these", "that", "those", "such") and head.lower_ in REFERRING_NOUNS

    def _quotes_a_clause(self, quotes: list[Quote]) -> bool:
        """A quotation that says something by itself (it has a verb), not a quoted phrase ("'formal update'")."""
        for quote in quotes:
            tokens = tokens_in(self.doc, quote.inner.begin, quote.inner.end)
            if tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens):
                return True
        return False

    # ------------------------------------------------------------ quotations by position

    def _attribute_quotes(self, cue_list: list[_Cue], drafts: list[_Draft]) -> list[_Draft]:
        cues = OffsetIndex(cue_list, _cue_extent)  # found in text order
        for quote in self.quotes:
            if self._in_heading(quote.begin) or quote.inner.end <= quote.inner.begin:
                continue
            if any(d.begin < quote.inner.end and quote.inner.begin < d.end for d in drafts):
                continue
            draft = self._trailing_attribution(quote, cues)
            if draft is None and self._split_continuation(quote, drafts, cues):
                continue
            draft = draft or self._introduced(quote, cues, drafts) or self._adjacent(quote, drafts, cues)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _quote_draft(self, quote: Quote, cue: _Cue) -> _Draft | None:
        if self._speaker(cue) is None or cue.speaker is None:
            return None
        return _quoted_draft(cue, cue.speaker, quote, cue.channel)

    def _trailing_attribution(self, quote: Quote, cues: OffsetIndex[_Cue]) -> _Draft | None:
        """'"...," she said' / '"...", said the agency' / '"..." he added.'"""
        cue = cues.first_beginning_from(quote.end)  # only the first cue after the quotation can attribute it
        if cue is None:
            return None
        gap = list(tokens_in(self.doc, quote.end, cue.token.idx) or [])
        if len(gap) > MAX_ATTRIBUTION_GAP_TOKENS:
            return None
        if re.search(r"[.;!?\"“”\n]", self.text[quote.end : cue.token.idx]):
            return None
        allowed = _subject_token_ids(cue.token)
        if all(t.is_punct or t.i in allowed or t.dep_ in ("advmod", "aux", "neg") for t in gap):
            if cue.content is not None and cue.content[0] > cue.token.idx and not self._quote_is(cue, quote):
                return None  # the verb has a content of its own after it
            return self._quote_draft(quote, cue)
        return None

    def _quote_is(self, cue: _Cue, quote: Quote) -> bool:
        return cue.content is not None and cue.content[0] < quote.end and quote.begin < cue.content[1]

    def _split_continuation(self, quote: Quote, drafts: list[_Draft], cues: OffsetIndex[_Cue]) -> bool:
        """'"We are ready," she said, "to talk."': the second part joins the first statement.

        So does a quotation that opens the next sentence of the paragraph when the attribution sentence says
        nothing else: '"We are ready," she told the agency by phone. "We will talk."'.
        """
        for draft in drafts:
            if draft.mode is not Mode.DIRECT:
                continue
            if draft.end > quote.begin or draft.cue.token.idx < draft.end:
                continue
            if not self._same_paragraph(draft.begin, quote.begin):
                continue
            after = draft.cue.attribution_end
            between = self.text[after : quote.begin]
            rest_of_sentence = re.fullmatch(r"[^\"“”‘’'.!?;:]*\.\s+", between) is not None and not cues.beginning_in(
                after, quote.begin
            )
            if re.fullmatch(r"\s*[,.]?\s*", between) or rest_of_sentence:
                draft.end = quote.inner.end
                return True
        return False

    def _introduced(self, quote: Quote, cues: OffsetIndex[_Cue], drafts: list[_Draft]) -> _Draft | None:
        """'She continued: "..."', 'it added; and, later, "..."': a cue before the quotation."""
        # The cue nearest before the quotation, when it stands in the quotation's paragraph.
        cue = cues.last_beginning_before(quote.begin)
        if cue is None or not self._same_paragraph(cue.token.idx, quote.begin):
            return None
        if cue.attribution_end > quote.begin:
            return None  # the quotation is inside the cue's own speaker phrase: 'Asked whether X "...", voters said'
        gap = list(tokens_in(self.doc, cue.attribution_end, quote.begin) or [])
        if _last_visible_char(self.text, quote.begin) == ":":
            if len(gap) <= MAX_INTRODUCER_TOKENS and not self._quote_between(cue.token.idx, quote.begin, quote):
                self._fold_object_into_quote(cue, drafts)
                return self._quote_draft(quote, cue)
            if len(gap) <= MAX_INTRODUCER_TOKENS and cue.content is not None and cue.content[1] <= quote.begin:
                return self._quote_draft(quote, cue)
            return None
        allowed = _subject_token_ids(cue.token)
        for child in cue.token.children:
            if child.dep_ in ("dobj", "dative") and cue.lemma in ADDRESSEE_VERBS:
                allowed |= {t.i for t in child.subtree}
        words = [t for t in gap if not t.is_punct and t.i not in allowed]
        if len(gap) <= MAX_CONNECTIVE_GAP_TOKENS and all(
            t.dep_ in ("cc", "advmod", "npadvmod") or t.pos_ in ("CCONJ", "ADV") for t in words
        ):
            return self._quote_draft(quote, cue)
        return None

    def _fold_object_into_quote(self, cue: _Cue, drafts: list[_Draft]) -> None:
        """'dismissed the warning: "..."': the quotation is what was said; the bare object is not a statement."""
        for draft in list(drafts):
            if draft.cue is cue and draft.mode is Mode.INDIRECT and not self._has_clause(draft):
                drafts.remove(draft)

    def _has_clause(self, draft: _Draft) -> bool:
        tokens = tokens_in(self.doc, draft.begin, draft.end)
        return tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def _quote_between(self, begin: int, end: int, this: Quote) -> bool:
        return any(q is not this for q in self.quotes.beginning_in(begin + 1, end))

    def _adjacent(self, quote: Quote, drafts: list[_Draft], cues: OffsetIndex[_Cue]) -> _Draft | None:
        """A quotation standing alone after a paragraph that ended with someone's statement: theirs, by convention.

        After reported speech ("He told X that ...") the paragraph must end with that content and the quotation
        must say something by itself, not be a quoted phrase.
        """
        at = self._paragraph_index(quote.begin)
        if at is None or at == 0:
            return None
        paragraph = self.paragraphs[at]
        if self.text[paragraph.begin : quote.begin].strip() or cues.beginning_in(paragraph.begin, paragraph.end):
            return None
        last_paragraph = self.paragraphs[at - 1]  # paragraphs are disjoint and in text order
        in_last = [d for d in drafts if last_paragraph.begin <= d.begin < last_paragraph.end]
        if not in_last:
            return None
        draft = max(in_last, key=lambda d: d.end)
        if draft.mode is not Mode.DIRECT:
            ends_paragraph = not re.search(r"\w", self.text[draft.end : last_paragraph.end])
            if not ends_paragraph or draft.cue.token.idx > draft.end or not self._quotes_a_clause([quote]):
                return None
        tail = self.text[max(draft.end, draft.cue.attribution_end) : last_paragraph.end]
        if re.search(r"\w", tail) and not re.fullmatch(r"[\W\s]*(\w+\s*){0,4}[.!?]?\W*", tail):
            return None
        return _quoted_draft(draft.cue, draft.speaker, quote, draft.channel)

    def _same_paragraph(self, a: int, b: int) -> bool:
        return not self.line_breaks.between(a, b)

    # ------------------------------------------------------------ dates and records

    def _date_tokens(self, verb: Token, content: tuple[int, int] | None) -> list[Token]:
        """Time expressions attached to the reporting verb (or to the clause it modifies), outside its content."""
        heads = [verb]
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        if verb.dep_ in ("advcl", "conj", "xcomp", "pcomp") and verb.head is not verb and not own_subject:
            heads.append(_coordinated_reporting_verb(verb) or verb.head)  # "On Monday, X spoke and warned ..."
            if verb.head.dep_ == "prep" and verb.head.head is not verb.head:
                heads.append(verb.head.head)
        # "Sentencing him on Monday, the judge said ...": the participle before the subject is the same occasion.
        heads.extend(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i)
        subject = _subject(verb)
        if subject is not None:  # "X, speaking after Monday's match, said ...": the participle on the subject
            heads.extend(c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG")
        found: list[Token] = []
        for token in verb.sent:
            if not (token.ent_type_ in ("DATE", "TIME") or token.lower_ in RELATIVE_DAYS):
                continue
            if content is not None and content[0] <= token.idx < content[1]:
                continue
            if self._in_closed_quote(token.idx) or _age(token):
                continue
            if _attached_to(token, heads):
                found.append(token)
        return found

    def _occasion_date(self, draft: _Draft) -> TimeValue | None:
        """The day of an earlier sentence of the paragraph whose subject is the speaker and which gives one.

        'X told a news conference on Monday that ... "...," she said.' and 'On Sunday, X weighed in. "...," she
        wrote.': the later words, undated, were said on the same occasion.
        """
        sentence = self.doc[draft.cue.token.i].sent
        at = self._paragraph_index(sentence.start_char)
        if at is None:
            return None
        # The paragraph before counts too: a follow-up paragraph often opens with the speaker's next words.
        begin = self.paragraphs[max(0, at - 1)].begin
        earlier = self.sentences.starting_between(begin, sentence.start)
        for previous in reversed(earlier):
            root = previous.root
            if any(d.speaker != draft.speaker for d in self.drafts.beginning_in(previous.start_char, draft.begin)):
                return None  # someone else spoke in between: the occasion may have changed
            subject = _subject(root)
            if subject is None or self.resolver.resolve(subject, create=False) != draft.speaker:
                continue
            tokens = self._date_tokens(root, None)
            if not tokens:
                return None
            value = self._resolve_tokens(tokens)
            return value if value is not None and value.precision is Precision.DAY else None
        return None

    def _resolve_tokens(self, tokens: list[Token]) -> TimeValue | None:
        if not tokens:
            return None
        first, last = tokens[0], tokens[-1]
        begin = first.idx
        previous = self.doc[first.i - 1] if first.i > 0 else None
        # "after Monday" bounds the day; "after Monday's match" names it: the preposition governs the event.
        if previous is not None and previous.dep_ == "prep" and previous.pos_ == "ADP" and first.head.i == previous.i:
            begin = previous.idx
        end = _end(last)
        span = Span(begin, end, self.text[begin:end])
        return resolve_time(span.text, self.article.meta.published, span)

    def _date(self, cue: _Cue) -> TimeValue:
        published = self.article.meta.published
        value = self._resolve_tokens(cue.date_tokens)
        if value is not None:
            return value
        return TimeValue(earliest=published, latest=published, precision=Precision.DAY, assumed=True)

    def _statement_date(self, draft: _Draft) -> TimeValue:
        date = self._date(draft.cue)
        if date.assumed:
            return self._occasion_date(draft) or self._earlier_statement_date(draft) or date
        return date

    def _earlier_statement_date(self, draft: _Draft) -> TimeValue | None:
        """The day of the speaker's previous statement, when it is in the same or the paragraph before and the
        text dates it: 'X will cut jobs, its chief told staff on Tuesday.' then '"...," she wrote in a memo.'.

        Only the nearest earlier statement counts, and only when no other speaker's statement and no other
        day stands between them: a later remark after an undated one may belong to another occasion."""
        at = self._paragraph_index(draft.begin)
        if at is None:
            return None
        window_begin = self.paragraphs[max(0, at - 1)].begin
        earlier = [d for d in self.drafts.beginning_in(window_begin, draft.begin) if d is not draft]
        if not earlier:
            return None
        previous = earlier[-1]
        if previous.speaker != draft.speaker:
            return None
        value = self._resolve_tokens(previous.cue.date_tokens)
        if value is None or value.precision is not Precision.DAY:
            return None
        own = {t.i for t in previous.cue.date_tokens}
        between = tokens_in(self.doc, previous.end, draft.begin)
        if between is not None and any(
            t.ent_type_ == "DATE" and t.i not in own and not self._in_closed_quote(t.idx) for t in between
        ):
            return None
        return value

    def _paragraph_index(self, offset: int) -> int | None:
        return self.paragraphs.position_at(offset)

    def _paragraph_at(self, offset: int) -> Paragraph | None:
        at = self._paragraph_index(offset)
        return self.paragraphs[at] if at is not None else None

    def _statement(self, number: int, draft: _Draft) -> Statement:
        content = Span(draft.begin, draft.end, self.text[draft.begin : draft.end])
        about_actors: list[str] = []
        about_places: list[str] = []
        for mention in self.index.mentions_in(draft.begin, draft.end):
            target = about_places if mention.is_place else about_actors
            if mention.key not in target:
                target.append(mention.key)
        return Statement(
            key=f"s{number}",
            speaker=draft.speaker,
            cue=draft.cue.span,
            cue_lemma=draft.cue.lemma,
            mode=draft.mode,
            content=content,
            date=self._statement_date(draft),
            quote=draft.quote,
            channel=draft.channel if draft.channel != draft.speaker else None,
            about_actors=about_actors,
            about_places=about_places,
        )


# ---------------------------------------------------------------- helpers


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _reporting_reading(token: Token) -> tuple[str, Frame, Token] | None:
    """How ``token`` reads as a reporting word: its cue lemma ("call for" for a phrasal verb), its frame, and the
    last word of the cue (the particle of a phrasal verb); None when it is no reporting verb."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD":
        return None
    lemma = token.lemma_.lower()
    frame = verb_frame(lemma)
    if frame is None and lemma in FINDING_VERBS and _document_finding(token):
        frame = Frame.CLAUSE
    if lemma in RULING_VERBS and _that_clause(token):
        return lemma, Frame.CLAUSE, token
    if lemma in PHRASAL_CUES:
        # "called X on Friday" is no "call on"
        particle = next((c for c in token.rights if c.lower_ in PHRASAL_CUES[lemma] and not _is_time(c)), None)
        if particle is not None:
            return f"{lemma} {particle.lower_}", Frame.OBJECT, particle
        if lemma in NAMING_VERBS and _names_something(token):
            return lemma, Frame.OBJECT, token  # "called the strike 'illegal'": a characterisation is a statement
        return None
    return (lemma, frame, token) if frame is not None else None


def _is_act_of_saying(verb: Token) -> bool:
    """The verb asserts that something was said: not negated, passive, refused, or a property ("known for")."""
    if _negated(verb) or _passive(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_HEADS:
        return False
    # "barred from claiming", "known for saying": not an act of saying here
    return not (verb.dep_ == "pcomp" and verb.head.lower_ not in TEMPORAL_PREPOSITIONS)


def _used_as_adjective(verb: Token) -> bool:
    """A participle modifying a noun ("the stated aim") rather than reporting."""
    if verb.dep_ in ("amod", "compound"):
        return True
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
        and verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl")
    )


def _is_time(prep: Token) -> bool:
    """The phrase holds a date or time: it says when, not what."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("never",) for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _coordinated_reporting_verb(verb: Token) -> Token | None:
    """The reporting verb ``verb`` is really coordinated with, when the parser hung it inside that verb's clause.

    'X said the officers would "stand with Y" and promised that ...': the parser makes "promised" a conjunct of
    "stand", but a reporting verb in the tense of "said", not of the reported clause, continues the sentence's
    main clause, so it shares the subject of "said".
    """
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb_frame(verb.lemma_) is None:
        return None
    clause = verb.head
    matrix = clause.head
    if clause.dep_ == "acl" and matrix.dep_ == "dobj" and matrix.head is not matrix:
        matrix = matrix.head  # "rejected claims that X had been mishandled and said ...": the clause on the noun
    elif clause.dep_ != "ccomp":
        return None
    if matrix is clause or matrix.i > clause.i or verb_frame(matrix.lemma_) is None:
        return None
    modal = any(c.tag_ == "MD" for c in clause.children)
    if verb.tag_ == matrix.tag_ and (verb.tag_ != clause.tag_ or modal or not _can_speak(clause)):
        return matrix
    return None


def _can_speak(clause: Token) -> bool:
    """The clause's subject could be the one who said something: a name, a pronoun, or a noun for people or
    organizations. "said the tone was hawkish and predicted ...": a tone predicts nothing, so the speaker did."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = subject.lemma_.lower()
    speaking_nouns = PERSON_NOUNS | ORGANIZATION_NOUNS | COMPANY_NOUNS | COLLECTIVE_NOUNS | DOCUMENT_NOUNS
    return lemma in speaking_nouns or subject.lower_ in speaking_nouns


def _cut_before_coordinated(tokens: list[Token], verb: Token, end: int) -> int:
    """End a content span before a reporting verb coordinated with ``verb`` ("... and promised that ...")."""
    for child in tokens:
        for token in child.subtree:
            matrix = _coordinated_reporting_verb(token) if token.i > verb.i else None
            if matrix is not None and matrix.i == verb.i:
                cut = token.left_edge
                previous = token.doc[cut.i - 1] if cut.i > 0 else cut
                while previous.i > child.left_edge.i and (previous.dep_ == "cc" or previous.is_punct):
                    cut, previous = previous, token.doc[previous.i - 1]
                end = min(end, cut.idx)
    return end


def _subject(verb: Token) -> Token | None:
    """The subject of a reporting verb, inherited from the clause it hangs on when it has none of its own."""
    token = _coordinated_reporting_verb(verb) or verb
    for _ in range(SUBJECT_HOPS):
        # "Her co-star ...": the parser may split a hyphenated noun into several subjects; the last is the head.
        subject = next((c for c in reversed(list(token.lefts)) if c.dep_ in SUBJECT_DEPS), None)
        subject = subject or next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            return _named_antecedent(token.head)  # "X, who told reporters that ...": "who" stands for X
        if subject is not None:
            return subject
        if token.dep_ == "acl" and token.head.lemma_.lower() in OCCASION_NOUNS and token.head.dep_ == "pobj":
            token = token.head.head.head  # "at one point telling the chamber": the participle is the subject's
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.dep_ in ("conj", "advcl", "xcomp", "pcomp") and token.head is not token:
            token = token.head
            if token.dep_ == "prep" and token.head is not token:  # "whilst promising", "with X stating"
                token = token.head
            continue
        return None
    return None


def _subject_token_ids(verb: Token) -> set[int]:
    """Indices of the words of the verb's subject phrase: attribution words a gap may hold."""
    subject = _subject(verb)
    return {t.i for t in subject.subtree} if subject is not None else set()


def _medium_candidates(verb: Token) -> list[tuple[Token, bool]]:
    """Nouns the words may have been said to, each with whether it was in an interview: the addressee of "told",
    the partner of "in an interview with", the object of "speaking to"."""
    candidates: list[tuple[Token, bool]] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS and child.i > verb.i:
            candidates.append((child, False))
        elif child.dep_ == "prep" and child.lower_ == "in":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() == "interview":
                    with_ = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"]
                    candidates += [(o, True) for p in with_ for o in p.children if o.dep_ == "pobj"]
                    # "told X in an interview": the addressee named before is the interview partner too.
                    candidates = [(c, True) for c, _ in candidates]
        elif child.dep_ == "advcl" and child.lemma_.lower() in SPEAKING_VERBS:
            to = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "to"]
            candidates += [(o, False) for p in to for o in p.children if o.dep_ == "pobj"]
    return candidates


def _clause_before(verb: Token) -> Token | None:
    """The complement clause before the verb ("The talks failed, she said"), when none follows it.

    "..., in a move analysts said was aimed at ...": a clause after the verb is what was said even when the
    parser also hung the sentence's main clause on it."""
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "ccomp"), None)


def _that_clause(verb: Token) -> bool:
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _clause_on_document(prep: Token) -> list[Token]:
    """ "said in a statement that ...", "said on a call with analysts that ...": the parser may hang the
    that-clause on a noun of the place phrase. A relative clause has "that" as its subject or object, not as a
    conjunction, so a clause marked by "that" with a subject of its own is what was said."""
    found = []
    for token in prep.subtree:
        if token.dep_ not in ("acl", "relcl") or token.head.dep_ != "pobj":
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i for c in token.children)
        if marked and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            found.append(token)
            break
    return found


def _comma_attribution(verb: Token) -> bool:
    """ "X will cut jobs, its chief told staff on Monday.": an attribution the parser made a conjunct.

    It has a subject of its own right after a comma (no "and"), and ends the sentence.
    """
    if verb.dep_ != "conj" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct for t in rest)


def _is_pronoun(token: Token) -> bool:
    return token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS


def _named_antecedent(noun: Token) -> Token | None:
    """The name a relative clause hangs on, through an apposition ("Jane Roe, a nurse, who ..."); None for a
    description ("every resident who told us ..."): a generic antecedent is not one speaker."""
    for _ in range(ANTECEDENT_HOPS):
        if noun.pos_ == "PROPN" or noun.head is noun:
            break
        # "a baker in the old town, who told ...": the parser may hang "who" on the last noun of the phrase
        if noun.dep_ not in ("appos", "pobj", "prep"):
            break
        noun = noun.head
    return noun if noun.pos_ == "PROPN" else None


def _document_finding(verb: Token) -> bool:
    """ "The report found that ...", "the survey showed that ...": a document's subject and a clause."""
    subject = _subject(verb)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _names_something(verb: Token) -> bool:
    """ "called X Y": an object and a predicate for it, the object not a relative pronoun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in ("what", "which", "that", "who"):
        return False
    if any(c.dep_ in ("oprd", "xcomp", "attr", "ccomp") for c in [*verb.children, *obj.children]):
        return True
    # 'called the decision "historic"': the parser hangs the predicate on the noun as an adjective after it,
    # which English only does for a predicate.
    return any(c.dep_ == "amod" and c.i > obj.i for c in obj.children)


def _following_noun(verb: Token) -> Token | None:
    """The first noun or pronoun the verb governs to its right."""
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def _age(token: Token) -> bool:
    """ "said Jane Roe, 71": a bare small number on its own is a person's age, not a year."""
    if not token.like_num or token.ent_iob_ != "B":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_iob_ == "I":
        return False
    return token.text.isdigit() and int(token.text) < MAX_AGE


def _attached_to(token: Token, heads: list[Token]) -> bool:
    """``token`` hangs on one of ``heads`` through nouns and prepositions only (not through another verb)."""
    current = token
    for _ in range(ATTACHMENT_HOPS):
        if any(current.i == h.i for h in heads):
            return True
        if current.head is current:
            return False
        if current is not token and current.pos_ in ("VERB", "AUX") and not _publication_participle(current):
            return False
        current = current.head
    return False


def _publication_participle(verb: Token) -> bool:
    """ "in a report published on Monday": the document's date is when its author said it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in PUBLISHING_VERBS


def _quoted_draft(cue: _Cue, speaker: str, quote: Quote, channel: str | None) -> _Draft:
    """A direct statement found by the quotation pass: the quoted words are its content."""
    return _Draft(cue, speaker, quote.inner.begin, quote.inner.end, Mode.DIRECT, quote.inner, channel, by_quote=True)


def _last_visible_char(text: str, offset: int) -> str:
    """The last character before ``offset`` that is not white space ("" when there is none)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return text[offset - 1] if offset > 0 else ""


def _cue_extent(cue: _Cue) -> tuple[int, int]:
    return cue.token.idx, _end(cue.token)


def _draft_extent(draft: _Draft) -> tuple[int, int]:
    return draft.begin, draft.end


def _deduplicate(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per act of saying: the same speaker and overlapping content count once."""
    kept: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.by_quote, d.begin, d.end)):
        if any(k.speaker == draft.speaker and k.begin < draft.end and draft.begin < k.end for k in kept):
            continue
        kept.append(draft)
    return kept
