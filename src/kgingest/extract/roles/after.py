"""A post after the name: "Name, TITLE of ORG", "Name, ORG's TITLE", "Name, who leads ORG", "Name was
Minister of X", and "Name of ORG" (an affiliation with no title)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import POST_HEADS, STATE_POST_HEADS, TITLE_DROP, TITLE_HEADS
from kgingest.extract.actors import ORG_HEAD_NOUNS
from kgingest.extract.dependencies import NOUN_MODIFIERS, SUBJECTS
from kgingest.extract.index import MentionRef
from kgingest.extract.roles.context import Found, RoleContext
from kgingest.extract.roles.owners import PostReader, city_before
from kgingest.extract.roles.words import (
    APPOINTING_VERBS,
    APPOSITIVE_CONNECTORS,
    APPOSITIVE_WORDS,
    ARMED_FORCE_NOUNS,
    CAPITALISED_POST,
    CHOICE_PARTICIPLES,
    CITY_NOUNS,
    COMPANY_MEMBER_QUALIFIERS,
    COMPANY_NOUNS,
    CONJUNCTIONS,
    DEFINITE_ARTICLES,
    GIVING_VERBS,
    INDEFINITE_ARTICLES,
    ORGAN_NOUNS,
    ORGANIZATION_LEAD,
    ORGANIZATION_PART,
    PLACE_POST_HEADS,
    PORTFOLIO_PREPOSITIONS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    PREDICATE_POST,
    RECENCY_ADVERBS,
    RECIPIENT_AFFILIATION_PREPOSITIONS,
    RELATIONAL_MODIFIERS,
    RELATIVE_POST,
    RELATIVE_POSTS,
    RELATIVE_PREDICATE,
    STATE_DESCRIPTIONS,
    SUBJECT_POST,
    canonical,
    head_of,
    last_word,
    tells_how_chosen,
    trim,
)
from kgingest.model import ActorType, Span

# ", and " or " and " between two posts set off after a name, maybe with "the" or "a" before the second.
# The organization's name may end in lowercase words the name itself left out ("the Ruritanian Health study").
# "army" in "spokesman of the army": a force by its common noun alone, not "the army of Xland".
_UNNAMED_FORCE = re.compile(
    r"\s+(?:of|for)\s+the\s+(?:"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ARMED_FORCE_NOUNS)
    + r")\b(?!\s+of\b)(?![\w-])"
)
_AND_ANOTHER = re.compile(r"(?:[ \t]+[a-z]+){0,2}?,?\s+and\s+(?P<article>(?:the|a|an)\s+)?")

# "of safety" in "Acme's head of safety, said": a post's portfolio in lowercase words (no article) up to a
# comma or full stop.
_PORTFOLIO_SET_OFF = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?!(?:the|a|an)\b)[a-z][\w\-]*(?:[ \t]+(?:and[ \t]+)?[a-z][\w\-]*){0,2}(?=[,.;])"
)

# Words before a post set off after a name that say when or how it is held: "and now head of Acme", "newly
# elected president of Acme", "appointed governor of the Bank in 2019".
_TIME_OF_HOLDING = frozenset(
    {"now", "currently", "later", "newly", "recently", "elected", "re-elected", "appointed", "named", "installed"}
)

# "Minister for Health", "Secretary of State": a capitalised portfolio after a state's post set off after a
# name, up to a comma or full stop.
_CAPITALISED_PORTFOLIO = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?!(?:The|A|An)\b)[A-Z][\w\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w\-]*){0,3}(?=[,.;])"
)

# "Name, 54, a lawyer"; "Name (Xland's trade minister)", "Name — Xland's trade minister —".
_APPOSITION_OPENING = re.compile(r"(?:,\s+|\s*\(|\s+[-–—]\s+)(?:\d{1,3},\s+)?(?:the\s+|a\s+|an\s+)?")

# A bracket or dash setting off an apposition must close (or the sentence end) right after the post.
_BRACKET_OR_DASH = frozenset("(-–—")
_SET_OFF_END = re.compile(r"\s*(?:[)\-–—,;:.!?]|$)")

_INDEFINITE_AFTER_NAME = re.compile(r"[ \t]+(?:" + "|".join(sorted(INDEFINITE_ARTICLES)) + r")[ \t]+")


class TitleAfter(PostReader):
    def find(self, last: Token, span: Span, before: Found | None) -> Found | None:
        rest = self.text[span.end : span.end + 160]
        predicate = PREDICATE_POST.match(rest) or RELATIVE_PREDICATE.match(rest)
        if predicate and before is None:
            offset = span.end + predicate.end()
            # "Name is a spokesman for Acme": a lowercase post is read as an apposition would be.
            found = (
                self._predicate_post(last, span, offset)
                or self._appositive(span, offset)
                or self._appositive_phrase(span, offset)
            )
            if found is not None:
                return found
        # "Name, president of the Institute" / "Name, the Institute's spokesman" / "Name, a Ruritanian diplomat";
        # "the board named Name chief executive of Acme": the object of a verb of appointing, no comma.
        appositive, marked = _apposition_opening(rest)
        if appositive or (before is None and _appointed(last) and (appositive := re.match(r" +", rest))):
            found = self._appositive(span, span.end + appositive.end())
            found = found or self._appositive_phrase(span, span.end + appositive.end())
            if found is not None and (not marked or _SET_OFF_END.match(self.text, found.end)):
                return found
        # "Name an analyst at Acme said": an apposition whose comma the writer left out.
        unmarked = _INDEFINITE_AFTER_NAME.match(rest)
        if unmarked and before is None:
            found = self._appositive_phrase(span, span.end + unmarked.end())
            if found is not None:
                return found
        relative = RELATIVE_POST.match(rest) or (SUBJECT_POST.match(rest) if _verb_after(last) else None)
        if relative:
            post = RELATIVE_POSTS[" ".join(relative.group(1).split())]
            ref = self.context.mention_starting(span.end + relative.end())
            part = ORGANIZATION_PART.match(self.text, span.end + relative.end())
            if (ref is None or ref.is_place) and part is not None:
                ref = self.context.mention_starting(part.end())  # "who runs the Lima office of Acme"
            actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
            if ref is not None and actor is not None and actor.type is ActorType.ORGANIZATION:
                return Found(post, actor.key, span.begin, ref.span.end)
            noun = re.match(r"[a-z]+\b", rest[relative.end() :])
            if ref is None and noun and relative.group(0).split()[-1] in DEFINITE_ARTICLES:
                # "X, who heads the agency": the organization named before that the noun describes.
                key = self.owners.described(noun.group(0), span.begin)
                if key is not None and self.context.is_type_key(key, ActorType.ORGANIZATION):
                    end = span.end + relative.end() + noun.end()
                    return Found(post, key, span.begin, end)
        # "Name of the Institute", "Name, of the Institute": an affiliation (no title), unless a title came before.
        of_match = re.match(r"(?:\s+(?:of|from|at)|,\s+of)\s+(?:the\s+)?", rest)
        if of_match and before is None and _hangs_on_name(last, span):
            found = self._affiliation(span, span.end + of_match.end())
            if found is not None:
                return found
        # "Name for the Institute says ...": an affiliation when "for" hangs on the name itself, not on a verb
        # ("thanked Name for the Institute's help").
        for_match = re.match(r"\s+for\s+(?:the\s+)?", rest)
        following = self.context.tokens(span.end + 1, span.end + 4)
        if for_match and before is None and following and following[0].head.i == last.i:
            found = self._affiliation(span, span.end + for_match.end())
            possessive = self.text[found.end - 2 : found.end + 2] if found is not None else ""
            if found is not None and not any(mark in possessive for mark in POSSESSIVE_MARKS):
                return found
        return None

    def _affiliation(self, span: Span, offset: int) -> Found | None:
        ref = self.context.mention_starting(offset)
        if ref is None or ref.is_place:
            return None
        actor = self.index.actor(ref.key)
        if actor is None or actor.type is not ActorType.ORGANIZATION:
            return None
        return Found(None, actor.key, span.begin, ref.span.end)

    def coordinated(self, span: Span, found: Found) -> list[Found]:
        """ "Name, director of the Study, and chairman of the Centre, said": further posts set off after the
        first one, joined by "and", each with its own organization."""
        more: list[Found] = []
        while len(more) < 3:
            joint = _AND_ANOTHER.match(self.text, found.end)
            if joint is None:
                break
            following = self._appositive(span, joint.end()) or self._appositive_phrase(span, joint.end())
            if following is None or following.of is None:
                break
            following.begin = joint.end() - len(joint.group("article") or "")
            more.append(following)
            found = following
        return more

    def _predicate_post(self, last: Token, span: Span, offset: int) -> Found | None:
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
        ref = self.context.mention_starting(match.start("portfolio")) if tail else None
        if ref is not None and not ref.is_place:
            actor = self.index.actor(ref.key)
            # "Minister of Mining and Energy": a portfolio spaCy took for a body is no owner of a state's post.
            portfolio = head in STATE_POST_HEADS and actor is not None and last_word(actor.name) not in ORG_HEAD_NOUNS
            if actor is not None and actor.type is ActorType.ORGANIZATION and not portfolio:
                return Found(match.group("post"), actor.key, span.begin, ref.span.end)
        if tail:
            end = match.end("portfolio")
        title = self.text[offset:end]
        if head not in STATE_POST_HEADS:
            return None
        return Found(title, self.owners.state_for(last), span.begin, end, guessed=True)

    def _appositive_title(self, offset: int) -> tuple[list[Token], MentionRef | None]:
        """The title words of an apposition and the owner named before them ("the Institute's spokesman")."""
        title_tokens: list[Token] = []
        qualifier: MentionRef | None = None
        for token in self.context.tokens_from(offset)[:8]:
            ref = self.context.mention_at(token)
            if ref is None and qualifier is None and not title_tokens and token.lower_ in POSSESSIVE_PRONOUNS:
                # "X, its chairwoman": whose the post is, the pronoun says.
                ref = self.context.antecedents.possessive_owner(token)
                if ref is None:
                    break
                qualifier = ref
                continue
            if ref is None and qualifier is None and not title_tokens and self._described_possessor(token):
                # "X, the bank's chief economist": the bank named before.
                ref = self._described_possessor(token)
                qualifier = ref
                continue
            if ref is None and qualifier is not None and not title_tokens and _organ_of(token):
                continue  # "X, the Ruritanian government's spokesman": the state's organ, no title word
            if ref is None and qualifier is not None and not title_tokens and _organ_before_title(token):
                continue  # "X, the Ruritanian army spokesman": the organ is the state's, and no title word
            if ref is not None:
                # "a senior Acme official": describing words may come before the owner.
                if qualifier is not None and ref.key == qualifier.key:
                    continue  # the next word of the same name
                if qualifier is not None or any(canonical(t) in TITLE_HEADS for t in title_tokens):
                    break
                qualifier = ref
                continue
            if token.text in POSSESSIVE_MARKS:
                continue
            if self.context.title_word(token) or _field_before_head(token) or tells_how_chosen(token):
                title_tokens.append(token)
                continue
            break
        if qualifier is not None:
            # "a senior Acme official": the title is what follows the owner.
            title_tokens = [t for t in title_tokens if t.idx > qualifier.span.begin]
        return trim(title_tokens), qualifier

    def _described_possessor(self, token: Token) -> MentionRef | None:
        """ "bank" in "the bank's": a common noun with a possessive after "the", standing for the organization or
        state of its kind named before."""
        doc = token.doc
        if token.i < 1 or token.i + 1 >= len(doc) or doc[token.i + 1].text not in POSSESSIVE_MARKS:
            return None
        if doc[token.i - 1].lower_ not in DEFINITE_ARTICLES or not token.text.islower():
            return None
        if token.lower_ in CITY_NOUNS:
            return _city_possessor(self.context, token)
        named = self.context.antecedents.organization_named_by(token.lower_, token.idx)
        kind_only = token.lower_ in COMPANY_NOUNS or token.lower_ in STATE_DESCRIPTIONS
        # "the union's": an organization whose name says "union"; only a company or a country is told by its kind.
        key = named.key if named is not None else self.owners.described(token.lower_, token.idx) if kind_only else None
        if key is None:
            return None
        end = doc[token.i + 1].idx + len(doc[token.i + 1].text)
        return MentionRef(Span(token.idx, end, self.text[token.idx : end]), key)

    def _appositive(self, span: Span, offset: int) -> Found | None:
        title_tokens, qualifier = self._appositive_title(offset)
        if not title_tokens or not any(t.lower_ in TITLE_HEADS for t in title_tokens):
            return None
        if _names_person_next(self.context, title_tokens[-1]):
            return None  # "X, and Ruritanian Trade Minister Y": a title right before a name is that name's
        head = head_of(title_tokens)
        end = title_tokens[-1].idx + len(title_tokens[-1].text)
        title = self.text[title_tokens[0].idx : end]
        of: str | None = None
        if qualifier is not None and head not in POST_HEADS and self.owners.nationality(qualifier):
            return None  # "X, a Ruritanian lawyer": a nationality and an occupation, no post held in the state
        if qualifier is not None:
            of, _ = self.owners.of_for(qualifier, head, adjacent=_right_before(self.text, qualifier, title_tokens[0]))
            portfolio = _PORTFOLIO_SET_OFF.match(self.text, end) or _capitalised_portfolio(self.context, end)
            if of is not None and portfolio is not None:
                end = portfolio.end()  # "X, Acme's head of safety, said": the portfolio is part of the post
                title = self.text[title_tokens[0].idx : end]
        connector = re.match(r"\s+(?:of|at|for|with)\s+(?:the\s+)?", self.text[end : end + 12])
        if of is None and connector:
            ref = self.context.mention_starting(end + connector.end())
            if ref is not None and ref.span.text.endswith(POSSESSIVE_MARKS):
                # "director of Oxford's Jenner Institute": the body after the possessive is the one meant.
                inner = self.context.mention_starting(ref.span.end + 1)
                ref = inner if inner is not None and not inner.is_place else ref
            if ref is not None and _qualifies_next_name(self.context, ref):
                ref = None
            if ref is not None and (not ref.is_place or head in PLACE_POST_HEADS):
                of, end = ref.key, ref.span.end  # a place only for a local post: "the mayor of Xville"
        force_end = _unnamed_force_end(self.text, end) if of is None and qualifier is None else None
        if force_end is not None:  # "X, spokesman of the army": a state's own force, whose the text implies
            return Found(title, self.owners.state_for(title_tokens[0]), span.begin, force_end, guessed=True)
        portfolio = _capitalised_portfolio(self.context, end) if of is None and qualifier is None else None
        if portfolio is not None and head in STATE_POST_HEADS:
            # "Name, Minister for Health, said": the portfolio is part of the post, held in the state implied.
            end = portfolio.end()
            return Found(
                self.text[title_tokens[0].idx : end],
                self.owners.state_for(title_tokens[0]),
                span.begin,
                end,
                guessed=True,
            )
        if of is None and head in STATE_POST_HEADS and qualifier is None and not connector:
            # "Name, deputy foreign minister, said": set off on its own, a state's post, whose the text implies.
            if not re.match(r"\s*[,.;]", self.text[end : end + 3]):
                return None
            return Found(title, self.owners.state_for(title_tokens[0]), span.begin, end, guessed=True)
        if of is None:
            return None
        return Found(title, of, span.begin, max(end, qualifier.span.end if qualifier else end))

    def _appositive_phrase(self, span: Span, offset: int) -> Found | None:
        """ "Name, a professor of epidemiology at the London School", "Name, head of European research at
        Acme", "Name, an economist at the Xville-based think tank Acme", "Name, a surgeon at the centre".

        The title ends at the first "at/with/for/of" after which the organization follows; shorter titles are
        tried first."""
        phrase = APPOSITIVE_WORDS.match(self.text, offset)
        if not phrase:
            return None
        words = list(re.finditer(r"\S+", phrase.group(0)))
        while len(words) > 1 and (_says_when_or_how(words[0].group(0)) or words[0].group(0).lower() in TITLE_DROP):
            words = words[1:]  # "and now head of Acme", "newly elected president of Acme": when, not what
        for k in range(1, len(words)):
            inside_part = words[k].group(0) == "in" and _part_after(self.text, offset + words[k].end())
            if words[k].group(0) not in APPOSITIVE_CONNECTORS and not inside_part:
                continue
            first = _after_description(words[:k])
            title_words = [w.group(0) for w in words[first:k]]
            cut = next((i for i, w in enumerate(title_words) if w in PORTFOLIO_PREPOSITIONS), len(title_words))
            heads = [w.lower() for w in title_words[:cut]]
            if not heads or heads[-1] not in TITLE_HEADS or title_words[0].lower() in TITLE_DROP:
                continue
            if any(w.lower() in INDEFINITE_ARTICLES for w in title_words[cut:]):
                break  # "a lawyer for a client of Acme": the body is the client's, not the post's
            title = self.text[offset + words[first].start() : offset + words[k - 1].end()]
            if _has_clause_verb(self.context, offset + words[first].start(), offset + words[k - 1].end()):
                continue  # "Name was hired in May and served as director of X": a clause, not a title
            found = self._organization_after(span, title, offset + words[k].end())
            if inside_part and found is None:
                found = self._organization_after_part(span, title, offset + words[k].end())
            if found is not None:
                return found
        return None

    def _organization_after_part(self, span: Span, title: str, position: int) -> Found | None:
        """ "Name, a lawyer in the legal department of Acme": a post in a part of the organization named after."""
        part = _part_after(self.text, position)
        ref = self.context.mention_starting(part.end()) if part is not None else None
        actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
        if ref is None or actor is None or actor.type is not ActorType.ORGANIZATION:
            return None
        return Found(title, ref.key, span.begin, ref.span.end)

    def _organization_after(self, span: Span, title: str, position: int) -> Found | None:
        """The organization after a title's "at": maybe "the" and describing words first ("the Xville-based
        think tank Acme"), or just "the <noun>" naming one named before ("the centre")."""
        match = ORGANIZATION_LEAD.match(self.text, position)
        if match is None:
            return None
        target = match.end()
        part = ORGANIZATION_PART.match(self.text, target)
        if part is not None and self.context.mention_starting(part.end()) is not None:
            target = part.end()  # "executive director of the Xville chapter of the Society": the Society's post
        ref = self.context.mention_starting(target)
        if ref is not None and not ref.is_place:
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION or _qualifies_next_name(self.context, ref):
                return None
            return Found(title, ref.key, span.begin, ref.span.end)
        noun = re.match(r"[a-z]+\b", self.text[target : target + 20])
        if ref is None and noun and match.group("the") and not match.group("describers"):
            named = self.context.antecedents.organization_named_by(noun.group(0), span.begin)
            key = named.key if named is not None else None
            if key is None and noun.group(0) in COMPANY_MEMBER_QUALIFIERS and title.split()[-1] in TITLE_HEADS:
                # "X, member of the board": the board of the company the story is about so far.
                key = self.owners.described("company", span.begin)
            if key is not None:
                return Found(title, key, span.begin, target + noun.end())
        return None


def _after_description(words: list[re.Match[str]]) -> int:
    """Where the post starts after a description joined to it by "and" that names no post ("a keen cyclist and
    data manager at Acme"): right after that "and"; else at the first word."""
    joints = [i for i, w in enumerate(words) if w.group(0).lower() in CONJUNCTIONS]
    if not joints or joints[-1] + 1 >= len(words):
        return 0
    described = [w.group(0).lower() for w in words[: joints[-1]]]
    return 0 if any(w in TITLE_HEADS for w in described) else joints[-1] + 1


def _says_when_or_how(word: str) -> bool:
    """ "now", "as", "another": a word before a post set off after a name that is no part of the post."""
    return word in _TIME_OF_HOLDING or word == "as" or word in RELATIONAL_MODIFIERS


def _qualifies_next_name(context: RoleContext, ref: MentionRef) -> bool:
    """ "a lawyer for Acme striker X", "an aide to Assembly Speaker X": the body after the connector opens the
    title of a person named right after it; the post serves that person, and is not held in the body."""
    titled = False
    name_end = context.tokens(ref.span.begin, ref.span.end)
    for token in context.tokens_from(ref.span.begin)[len(name_end) :]:
        named = context.mention_at(token)
        if named is not None:
            # "at Xton University President Y's old college": a possessor inside the phrase, whom the post does not
            # serve.
            marks = tuple(POSSESSIVE_MARKS)
            begin, end = named.span.begin, named.span.end
            possessor = context.text[begin:end].endswith(marks) or context.text.startswith(marks, end)
            return titled and not possessor and not named.is_place and context.is_type(named, ActorType.PERSON)
        if canonical(token) in TITLE_HEADS:
            titled = True
        elif not context.title_word(token):
            return False
    return False


def _names_person_next(context: RoleContext, last: Token) -> bool:
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    ref = context.mention_at(following) if following is not None else None
    return ref is not None and not ref.is_place and context.is_type(ref, ActorType.PERSON)


def _hangs_on_name(last: Token, span: Span) -> bool:
    """The preposition right after the name (or after its comma) does not modify a verb or a noun before the name
    ("a challenge to X from Acme", "gave the prize to X at the Gala"); the parser may hang it on the verb after a
    subject. After the recipient of a verb of giving, "from" and "of" name the recipient's body wherever the parser
    hangs them ("the medal went to X from Acme")."""
    doc = last.doc
    after = last.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].pos_ != "ADP":
        return True
    preposition = doc[after]
    head = preposition.head
    if head.idx >= span.begin:
        return True
    return (
        preposition.lower_ in RECIPIENT_AFFILIATION_PREPOSITIONS
        and head.lemma_.lower() in GIVING_VERBS
        and last.dep_ == "pobj"
        and last.head.head.i == head.i
    )


def _appointed(last: Token) -> bool:
    """The name is the object of a verb of appointing, or (as the parser may read "named X chief executive")
    a modifier of the post noun after it that is the verb's object."""
    if last.dep_ == "dobj":
        return last.head.lemma_.lower() in APPOINTING_VERBS
    post = last.head
    return post.i > last.i and post.dep_ in ("dobj", "oprd") and post.head.lemma_.lower() in APPOINTING_VERBS


def _verb_after(last: Token) -> bool:
    """The name is the subject of the verb right after it ("X heads Acme"; the parser may have taken the name
    for a modifier of the verb)."""
    doc = last.doc
    verb = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return verb is not None and verb.pos_ == "VERB" and (last.dep_ in SUBJECTS or last.head.i == verb.i)


def _field_before_head(token: Token) -> bool:
    """ "law" in "a University of Xville law professor": a lowercase noun naming the field of the title head right
    after it."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "NOUN"
        and token.text.islower()
        and token.dep_ in NOUN_MODIFIERS
        and following is not None
        and canonical(following) in TITLE_HEADS
    )


def _organ_before_title(token: Token) -> bool:
    """ "army" in "the Ruritanian army spokesman", "foreign" and "ministry" in "the Ruritanian foreign ministry
    spokeswoman": lowercase words of an organ noun right before the title."""
    doc = token.doc
    for k in range(token.i, min(token.i + 3, len(doc) - 1)):
        word = doc[k]
        if not (word.is_alpha and word.text.islower()):
            return False
        if word.lower_ in ORGAN_NOUNS:
            return canonical(doc[k + 1]) in TITLE_HEADS
    return False


def _organ_of(token: Token) -> bool:
    """A lowercase organ noun with a possessive after it: "government's" in "the Ruritanian government's"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in ORGAN_NOUNS
        and token.text.islower()
        and following is not None
        and following.text in POSSESSIVE_MARKS
    )


def _city_possessor(context: RoleContext, token: Token) -> MentionRef | None:
    """ "the city's": the city named just before, as the possessor of the title after it."""
    city = city_before(context, token.idx)
    if city is None:
        return None
    end = token.doc[token.i + 1].idx + len(token.doc[token.i + 1].text)
    return MentionRef(Span(token.idx, end, context.text[token.idx : end]), city, is_place=True)


def _right_before(text: str, qualifier: MentionRef, title: Token) -> bool:
    """ "X, the Xville police chief", "X, the city's budget director": the owner stands right before the title
    (maybe with "newly elected" between, which tells how the holder came to it)."""
    words = text[qualifier.span.end : title.idx].split()
    if len(words) >= 2 and words[-2].lower() in RECENCY_ADVERBS and words[-1].lower() in CHOICE_PARTICIPLES:
        words = words[:-2]
    return " ".join(words) in ("", *POSSESSIVE_MARKS)


def _capitalised_portfolio(context: RoleContext, end: int) -> re.Match[str] | None:
    """ "for Foreign Affairs" after a post: capitalised words that name no actor or place."""
    portfolio = _CAPITALISED_PORTFOLIO.match(context.text, end)
    return None if portfolio is None or context.index.mentions_in(end, portfolio.end()) else portfolio


def _apposition_opening(rest: str) -> tuple[re.Match[str] | None, bool]:
    """The comma, bracket or dash opening an apposition after a name, and whether it is a bracket or dash (which
    must close right after the post: "X — the chief of Acme presented it" opens a clause the post is subject of).
    None after a bracket or dash opening with "and": "X (and the president of Acme)" names another person."""
    opening = _APPOSITION_OPENING.match(rest)
    marked = opening is not None and opening.group(0).lstrip()[:1] in _BRACKET_OR_DASH
    if opening is not None and marked and re.match(r"and\b", rest[opening.end() :], re.IGNORECASE):
        return None, marked
    return opening, marked


def _part_after(text: str, position: int) -> re.Match[str] | None:
    """ "in the legal department of ": a part of an organization, after "in"."""
    lead = re.compile(r"\s+(?:the\s+)?").match(text, position)
    return ORGANIZATION_PART.match(text, lead.end()) if lead is not None else None


def _has_clause_verb(context: RoleContext, begin: int, end: int) -> bool:
    tokens = context.tokens(begin, end)
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_MODIFIERS for t in tokens)


def _unnamed_force_end(text: str, end: int) -> int | None:
    """Where "of the army" after a post ends: a state's force by its common noun alone."""
    force = _UNNAMED_FORCE.match(text, end)
    return force.end() if force is not None else None
