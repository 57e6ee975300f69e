"""Roles: posts and titles held by people, and their affiliations.

Read off the words around each mention of a person:

- before the name: "[qualifier] TITLE Name", where the qualifier is a state, a
  demonym or an organization ("Ruritanian Foreign Minister Ana Vel", "Senate
  Minority leader X", "Acme's chief executive X"), or "TITLE of ORG Name"
  (also through a part of it: "director of the Xville chapter of ORG Name");
- before a comma: "Acme's chief executive, Name", "the mayor of Xville, Name";
- after the name: "Name, TITLE of ORG", "Name, ORG's TITLE", "Name, who heads
  ORG", "Name is TITLE of ORG", "Name of ORG", "Name for ORG" (affiliations with no title), and
  "TITLE Name of STATE"; coordinated ones each with its own owner;
- in the next sentence: a definite description of the person the sentence
  before is about ("The Ruritanian foreign minister said ...");
- after "as": "X served as director of ORG", "the board named X as treasurer",
  "Y will succeed X as chairman" (X's post), "his post as director";
- by a verb: "X works for ORG" (an affiliation);
- "his Ruritanian counterpart Y": the post of the person named before, in
  Ruritania;
- of people the text does not name ("a spokeswoman for ORG said"): read by
  `unnamed.unnamed_holder_roles` after the speaker stage has added them.

A rank beside a post ("spokesman Colonel X") is held in the same body. A post
with no qualifier ("Prime Minister X") is held in the state the text gives the
same person elsewhere, else in the institution its title implies when the
article names it (a senator in the Senate), else in the state the sentence, the
dateline's capital or the article is about, unless the sentence gives that
state to another person's post; an occupation ("barrister") needs a named
organization. Any other unqualified post ("Spokesman X") is held in the one
organization the text gives the same person elsewhere, and a company's post
("chief operating officer X") else in the organization the article is about;
a "city mayor" in the one city the sentences name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kgingest.extract.actor_lexicon import POST_HEADS, STATE_POST_HEADS, TITLE_MODIFIERS
from kgingest.extract.dependencies import NAME_LINKS, SUBJECTS
from kgingest.extract.document import sentence_before_in_paragraph
from kgingest.extract.index import EntityIndex, sentence_of, token_facts
from kgingest.extract.roles.after import TitleAfter
from kgingest.extract.roles.as_post import AsPost
from kgingest.extract.roles.before import TitleBefore
from kgingest.extract.roles.before_comma import TitleBeforeComma
from kgingest.extract.roles.context import Found, RoleContext
from kgingest.extract.roles.coordination import coordinated_titles
from kgingest.extract.roles.descriptions import DescribedPosts
from kgingest.extract.roles.owners import Owners
from kgingest.extract.roles.words import (
    CITY_NOUNS,
    CITY_POST_HEADS,
    COUNTERPART_NOUNS,
    DEFINITE_ARTICLES,
    DEPARTMENT_POSTS,
    PERSON_SUBJECT_PRONOUNS,
    PLURAL_TITLE_ABBREVIATIONS,
    POSSESSIVE_MARKS,
    POST_OFFICE_NOUNS,
    PREDICATE_POST,
    RELATIVE_POSTS,
    SEAT_INSTITUTIONS,
    SINGLE_HOLDER_POSTS,
    STATE_DESCRIPTIONS,
    TITLE_ABBREVIATIONS,
    is_company_title,
    is_rank,
    last_word,
    singular_title,
)
from kgingest.extract.roles.works_for import workplaces
from kgingest.model import Actor, ActorType, Article, Role, Span

# The posts verbs of leading give ("who heads Acme"), which a titled post in the same body already says; a
# founder is something else.
_LEADING_VERB_POSTS = frozenset(post for post in RELATIVE_POSTS.values() if "founder" not in post)

# " and " between two coordinated names.
_AND_BEFORE = re.compile(r"\s+and\s+$")
_AND_AFTER = re.compile(r"\s+and\s+")
# What may stand between the first of two names sharing a plural title and its "and": a bracketed tag
# ("(Ariz.)") or its body or state ("of Xland").
_NAME_TAIL = r"(?:\s*\([^()]{1,24}\)|,?\s+of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
_FIRST_NAME_TAIL = re.compile(_NAME_TAIL + "$")
# The same tail read forwards from the first name, up to the "and" before the second.
_TAIL_AND = re.compile(_NAME_TAIL + r"?\s+and\s+")
# The joint before a name in a list, and a list that goes on after one: a comma, "and" or ", and".
_LIST_JOINT = re.compile(r"(?:,\s+and|,|\s+and)\s+$")
_LIST_GOES_ON = re.compile(_NAME_TAIL + r"?(?:,\s+and|,|\s+and)\s+[A-Z]")
_LONGEST_LIST = 6


def find_roles(doc: Doc, article: Article, index: EntityIndex) -> list[Role]:
    """Every post or affiliation the text gives a person, once per (holder, title, organization)."""
    return _RoleFinder(RoleContext.of(doc, article, index)).run()


class _RoleFinder:
    """Walks the people of the article in order of first mention, reading each mention's roles."""

    def __init__(self, context: RoleContext) -> None:
        self.context = context
        owners = self.owners = Owners(context)
        self.before = TitleBefore(context, owners)
        self.before_comma = TitleBeforeComma(context, owners)
        self.after = TitleAfter(context, owners)
        self.own_organizations: set[str] = set()  # the organizations the person walked now holds posts in

    def run(self) -> list[Role]:
        roles: list[Role] = []
        guessed: set[int] = set()  # ids of the roles whose state no word gave
        seen: set[tuple[str, str, str | None]] = set()
        index = self.context.index
        people = sorted((a for a in index.actors if a.type is ActorType.PERSON), key=lambda a: a.mentions[0])
        for person in people:
            readings = self._own_state_posts(self._found_for(person))
            self.own_organizations = {
                f.of
                for f in readings
                if f.of is not None and not f.guessed and self.context.is_type_key(f.of, ActorType.ORGANIZATION)
            }
            for one in readings:
                role = self._keep(person, one, seen)
                if role is not None:
                    roles.append(role)
                    guessed.update([id(role)] if one.guessed else [])
            self.context.known_roles.extend(r for r in roles if r.holder == person.key)
        _drop_taken_guesses(roles, guessed)
        # Lazily: a post kept here can give the owner of a later one ("Y succeeds X as chairman").
        for holder_key, found in chain(AsPost(self.context, self.owners).find(), workplaces(self.context)):
            holder = index.actor(holder_key)
            role = self._keep(holder, found, seen) if holder is not None else None
            if role is not None:
                roles.append(role)
                self.context.known_roles.append(role)
        roles.extend(self._pronoun_posts(seen))
        for holder_key, found in DescribedPosts(self.context).find():
            holder = self.context.index.actor(holder_key)
            role = self._keep(holder, found, seen) if holder is not None else None
            if role is not None:
                roles.append(role)
        roles = self._counterparts(roles)
        owned = {(r.holder, (r.title or "").lower()) for r in roles if r.of is not None}
        roles = [r for r in roles if r.of is not None or (r.holder, (r.title or "").lower()) not in owned]
        roles = _without_verb_posts_of_titled_holders(roles)
        roles = [_in_department(self.context, r) for r in self._posts_in_bodies(roles)]
        unique: dict[tuple[str, str, str | None], Role] = {}
        for role in roles:
            unique.setdefault((role.holder, (role.title or "").lower(), role.of), role)
        return sorted(unique.values(), key=lambda r: (r.evidence.begin, r.holder))

    def _found_for(self, person: Actor) -> list[Found]:
        """Every post read off the person's mentions outside headings, in text order."""
        found: list[Found] = []
        earlier: dict[str, str | None] = {}
        for span in person.mentions:
            if any(b <= span.begin < e for b, e in self.context.headings):
                continue
            for reading in self._roles_at(person, span, earlier):
                for one in _one_post_each(reading):
                    found.append(one)
                    if one.title and one.of is not None:
                        earlier.setdefault(one.title.lower(), one.of)
        return found

    def _own_state_posts(self, found: list[Found]) -> list[Found]:
        """ "Ruritanian President X ... President X said": a state's post no word qualifies is held in the
        state the text gives the same person's post elsewhere, not in whichever state the sentence is about;
        "Secretary of State X ... Secretary X": a guessed post that only shortens a post given in full is that
        post, already read."""
        titles = [f.title for f in found if f.title]
        found = [f for f in found if not ((f.guessed or f.of is None) and any(_shortens(f.title, t) for t in titles))]
        own = {f.of for f in found if not f.guessed and f.of is not None and _is_state_post_title(f.title)}
        own = {key for key in own if self.context.is_type_key(key, ActorType.STATE)}
        if len(own) != 1:
            return found
        state = own.pop()
        return [replace(f, of=state, guessed=False) if f.guessed else f for f in found]

    def _pronoun_posts(self, seen: set[tuple[str, str, str | None]]) -> list[Role]:
        """ "X said the talks had failed. She is a spokeswoman for the State Department.", "X toured the port.
        As Ruritania's trade minister, she ...": a post given in a later sentence to the person a pronoun stands
        for."""
        roles: list[Role] = []
        index = self.context.index
        for token in _person_subject_pronouns(self.context.doc):
            predicate = PREDICATE_POST.match(self.context.text, token.idx + len(token.text))
            opening_as = _opening_as(token)
            if not predicate and not opening_as:
                continue
            # The pronoun's gender is not checked, so only a sentence pair with one person in it is read.
            back = [m for m in self.context.antecedents.mentions_back(token, 1) if _is_person(index, m.key)]
            people = {m.key for m in back}
            holder = index.actor(people.pop()) if len(people) == 1 else None
            if holder is None or not any(self._acts(m.span) for m in back):
                continue  # "X met Y. She is ...": a pronoun subject goes on about the subject before, if any
            pronoun = Span(token.idx, token.idx + len(token.text), token.text)
            found = self.after.find(token, pronoun, None) if predicate else self.before_comma.find(token, pronoun)
            for one in _one_post_each(found) if found is not None and found.of is not None else []:
                role = self._keep(holder, one, seen)
                if role is not None:
                    roles.append(role)
        return roles

    def _acts(self, span: Span) -> bool:
        """The mention is (part of) the subject of its clause's verb, active or passive."""
        return any(_subject(t) for t in self.context.tokens(span.begin, span.end))

    def _joined_person(self, span: Span, before_name: bool) -> Span | None:
        """The other person's mention joined to this one by "and" ("X and Y"), before or after it."""
        index = self.context.index
        text = self.context.text
        if before_name:
            window = max(0, span.begin - 12)
            match = _AND_BEFORE.search(text[window : span.begin])
            joint = window + match.start() if match is not None else -1
            refs = [r for r in index.actor_mentions_before(joint) if r.span.end == joint] if match else []
        else:
            match = _AND_AFTER.match(text, span.end)
            joint = match.end() if match is not None else -1
            refs = [r for r in index.mentions_in(joint, joint + 1) if r.span.begin == joint] if match else []
        people = [r.span for r in refs if not r.is_place and _is_person(index, r.key)]
        return people[0] if people else None

    def _second_name_follows(self, span: Span) -> bool:
        """A person's name follows this one after "and" (maybe past its bracketed tag or "of Xland"): a plural
        title before the first is over both ("Sens. X and Y"); else a plural word is the title's own ("Chairman
        of the Joint Chiefs X")."""
        match = _TAIL_AND.match(self.context.text, span.end)
        if match is None:
            return False
        index = self.context.index
        refs = [r for r in index.mentions_in(match.end(), match.end() + 1) if r.span.begin == match.end()]
        return any(not r.is_place and _is_person(index, r.key) for r in refs)

    def _post_before_rank(self, rank: Found, span: Span) -> list[Found]:
        """ "The spokesman of the army, Colonel X": a post set off before the rank before the name; the rank is
        held in the same body."""
        if rank.of is not None or not is_rank(rank.title):
            return []
        first = self.context.tokens(rank.begin, rank.begin + 1)
        post = self.before_comma.find(first[0], _ranked_span(rank, span, self.context.text)) if first else None
        if post is None or post.of is None:
            return []
        rank.of = post.of
        return [post]

    def _keep(self, person: Actor, found: Found, seen: set[tuple[str, str, str | None]]) -> Role | None:
        """The role a reading gives, unless it has no owner and no formal post, or adds nothing new; records a
        party membership on the person either way."""
        if found.member_of and person.member_of is None:
            person.member_of = found.member_of
        if (
            found.of is None
            and found.title
            and not _is_state_post_title(found.title)
            and not self.owners.person_owned(found.begin)
        ):
            found = replace(found, of=self._own_organization(person, found.title, seen))
        if found.of is None and last_word(found.title or "") in CITY_POST_HEADS and self._names_a_city(found):
            found = replace(found, of=self._own_city(found.begin))
            if found.of is not None and found.title is not None:
                found.title = _without_city_noun(found.title)
        if found.of is None and not (found.bare and found.title):
            return None
        title_key = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in (found.title or "").lower().split())
        if (person.key, title_key, found.of) in seen or _known_with_owner(found, person.key, title_key, seen):
            return None
        # An affiliation adds nothing once a titled post in the same body is known.
        if found.title is None and any(k[0] == person.key and k[2] == found.of for k in seen):
            return None
        seen.add((person.key, title_key, found.of))
        text = self.context.text
        return Role(person.key, found.title, found.of, Span(found.begin, found.end, text[found.begin : found.end]))

    def _own_organization(self, person: Actor, title: str, seen: set[tuple[str, str, str | None]]) -> str | None:
        """ "Spokesman X" with no body named near: the one body X has a post in elsewhere; else the office named for
        the post ("Sheriff X", "the Xtown Sheriff's Office"); else, for a company's post, the article's company."""
        owners = self.own_organizations | {o for h, _, o in seen if h == person.key and o is not None}
        owners = {o for o in owners if self.context.is_type_key(o, ActorType.ORGANIZATION)}
        head = TITLE_ABBREVIATIONS.get(last_word(title), last_word(title))
        if head not in POST_HEADS or head in SEAT_INSTITUTIONS:
            return None  # an occupation ("businesswoman X") or a seat ("Rep. X") is not the body's post
        if owners:
            return owners.pop() if len(owners) == 1 else None
        office = _office_named_for(self.context.index, title)
        return office or (self.context.main_organization if is_company_title(title) else None)

    def _counterparts(self, roles: list[Role]) -> list[Role]:
        """ "President X met his Ruritanian counterpart Y": a counterpart holds, in the owner given, the post of the
        person the sentence names before; no such post, no role ("counterpart" is none)."""
        kept: list[Role] = []
        for role in roles:
            if last_word(role.title or "") not in COUNTERPART_NOUNS:
                kept.append(role)
                continue
            tokens = self.context.tokens(role.evidence.begin, role.evidence.end)
            if not tokens:
                continue
            people = _people_before(self.context, sentence_of(tokens[0]), role)
            titles = [
                r.title for key in people for r in roles if r.holder == key and r.title and r.of not in (None, role.of)
            ]
            if titles and last_word(titles[0]) not in COUNTERPART_NOUNS:
                kept.append(replace(role, title=titles[0]))
        return kept

    def _posts_in_bodies(self, roles: list[Role]) -> list[Role]:
        """A post is held in an organization, a state or a place, never in a person: "Y's foreign minister" is
        held in the one state Y holds a state's post in; "Y's spokesman" or "Y's campaign manager" in a body the
        text does not name (Y's office, Y's campaign); "Y's lawyer", an occupation, holds none; and nobody
        holds a post in themselves."""
        index = self.context.index
        kept: list[Role] = []
        for role in roles:
            if role.of is None or not _is_person(index, role.of):
                kept.append(role)
                continue
            if role.of == role.holder:
                continue
            states = {
                r.of
                for r in roles
                if r.holder == role.of and r.of is not None and self.context.is_type_key(r.of, ActorType.STATE)
            }
            if _is_state_post_title(role.title) and len(states) == 1:
                kept.append(replace(role, of=states.pop()))
            elif TITLE_ABBREVIATIONS.get(last_word(role.title or ""), last_word(role.title or "")) in POST_HEADS:
                kept.append(replace(role, of=None))
        return kept

    def _names_a_city(self, found: Found) -> bool:
        """ "city mayor X": the title or the word before it says the owner is a city (a bare "Mayor X" may be a
        county's or a region's)."""
        words = (found.title or "").lower().split()
        before = self.context.text[max(0, found.begin - 12) : found.begin].split()
        return (len(words) > 1 and words[0] in CITY_NOUNS) or (bool(before) and before[-1].lower() in CITY_NOUNS)

    def _own_city(self, offset: int) -> str | None:
        """ "the city mayor X" with no city named beside the title: the one city named in this sentence or the one
        before, else the city the article names most (at least twice, more often than any other). (The actor
        stage calls every named place that is no state a city, so a bare "Mayor X" is not read this way.)"""
        index = self.context.index
        cities = [p for p in index.places if p.type == "City" and p.mentions]
        tokens = self.context.tokens(offset, offset + 1)
        if tokens:
            sentence = tokens[0].sent
            start = self.context.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
            near = {p.key for p in cities if any(start <= m.begin < sentence.end_char for m in p.mentions)}
            if len(near) == 1:
                return near.pop()
            if near:
                return None
        counts = sorted(((len(p.mentions), p.key) for p in cities), reverse=True)
        if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return counts[0][1]
        return None

    def _roles_at(self, person: Actor, span: Span, earlier: dict[str, str | None]) -> list[Found]:
        tokens = self.context.tokens(span.begin, span.end)
        if not tokens:
            return []
        found: list[Found] = []
        before = self.before.find(tokens[0], span, earlier) or self.before_comma.find(tokens[0], span)
        if (
            before is not None
            and before.title is not None
            and (_plural_abbreviation(before.title) or self._second_name_follows(span))
        ):
            before.title = singular_title(before.title) or before.title  # "Sens. X and Y", "Sens. X (Xstate), Y"
        if before is None:
            before = _shared_plural_title(self.context, self.before, self.owners, span, earlier)
        if before is not None:
            found.append(before)
            found.extend(self._post_before_rank(before, span))
        after = self.after.find(tokens[-1], span, before)
        more = self.after.coordinated(span, after) if after is not None else []
        if after is not None and self._joined_person(span, before_name=True) is not None:
            # "X and Y, president and treasurer of Acme" (or "..., president of Acme and treasurer of Ajax"): Y
            # holds the second post.
            after, more = (more[0], []) if len(more) == 1 else (_respective(after, 1), more)
        follower = self._joined_person(span, before_name=False) if after is None and before is None else None
        if follower is not None:
            last = self.context.tokens(follower.begin, follower.end)
            theirs = self.after.find(last[-1], follower, None) if last else None
            theirs_more = self.after.coordinated(follower, theirs) if theirs is not None else []
            mine = theirs if len(theirs_more) == 1 else _respective(theirs, 0) if theirs is not None else None
            if mine is not None and (theirs_more or (theirs is not None and mine.title != theirs.title)):
                found.append(replace(mine, begin=span.begin))
        if after is not None:
            found.append(after)
            found.extend(more)
            if before is not None and before.of is None and is_rank(before.title) and after.of is not None:
                before.of = after.of  # "Major General X, spokesman of the army": the rank is the army's
        return found


def _shared_plural_title(
    context: RoleContext, before: TitleBefore, owners: Owners, span: Span, earlier: dict[str, str | None]
) -> Found | None:
    """ "Sens. X (Ariz.) and Y", "Reps. X, Y and Z", "Foreign Ministers X of Xland and Y of Yland": a plural
    title before the first of names in a list is each later one's too, held where the text says after that name,
    else where the first one's is when nothing after the first name gave it."""
    people = _earlier_in_list(context, span)
    for person in people:
        first = context.tokens(person.begin, person.end)
        theirs = before.find(first[0], person, earlier) if first else None
        if theirs is None:
            continue
        title = singular_title(theirs.title) if theirs.title is not None else None
        if title is None:
            return None
        head = canonical_title_head(title)
        of = owners.of_after(span, head)[0] or owners.institution(head)
        if of is None and theirs.end <= person.end:
            of = theirs.of
        guessed = of is not None and of == theirs.of and theirs.guessed
        return Found(title, of, theirs.begin, span.end, bare=theirs.bare, guessed=guessed)
    return None


def _earlier_in_list(context: RoleContext, span: Span) -> list[Span]:
    """The people named before this one in a list ("X, Y and Z", "X (Ariz.), Y (Ore.), and Z"), nearest first:
    the one before "and" alone unless the list goes on after this name; a comma joins only names of a list that
    ends in "and" (not "After X and Y left, Z said")."""
    text, index = context.text, context.index
    last = _AND_BEFORE.search(text[max(0, span.begin - 12) : span.begin]) is not None
    if not last and not _LIST_GOES_ON.match(text, span.end):
        return []
    people: list[Span] = []
    current = span
    while len(people) < _LONGEST_LIST:
        window = max(0, current.begin - 12)
        match = _LIST_JOINT.search(text[window : current.begin])
        if match is None or ("and" in match.group() and people):
            break  # only the last name of a list stands after "and"
        joint = window + match.start()
        tail = _FIRST_NAME_TAIL.search(text[max(0, joint - 40) : joint])
        first_end = max(0, joint - 40) + tail.start() if tail is not None else joint
        refs = [r for r in index.actor_mentions_before(first_end) if r.span.end == first_end]
        found = [r.span for r in refs if not r.is_place and _is_person(index, r.key)]
        if not found:
            break
        people.append(found[0])
        current = found[0]
    return people


def canonical_title_head(title: str) -> str:
    """The head of a title as written, spelled out ("Sen." -> "senator")."""
    words = title.lower().split()
    words = words[: words.index("of")] if "of" in words else words
    return TITLE_ABBREVIATIONS.get(words[-1], words[-1]) if words else ""


def _subject(token: Token) -> bool:
    while token.dep_ in NAME_LINKS and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECTS


def _person_subject_pronouns(doc: Doc) -> Iterator[Token]:
    """The personal pronouns that are subjects ("she", "they"), in text order; the words are tested before a
    token is built."""
    facts = token_facts(doc)
    for i, lower in enumerate(facts.lowers):
        if lower in PERSON_SUBJECT_PRONOUNS and facts.deps[i] in SUBJECTS:
            yield doc[i]


def _opening_as(pronoun: Token) -> bool:
    """ "As Ruritania's trade minister, she said": the sentence opens with "as", a post and a comma right
    before the pronoun."""
    sentence = sentence_of(pronoun)
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > sentence.start else None
    return before is not None and before.text == "," and sentence[0].lower_ == "as"


def _without_verb_posts_of_titled_holders(roles: list[Role]) -> list[Role]:
    """ "Its president, X ... X, who has led the union since 2015": the post a verb of leading gives ("leader") is
    the one the text titled already, in the same body."""
    titled = {(r.holder, r.of) for r in roles if r.title is not None and not _given_by_verb(r)}
    return [r for r in roles if not (_given_by_verb(r) and (r.holder, r.of) in titled)]


def _given_by_verb(role: Role) -> bool:
    """A post a verb of leading gave: its evidence does not write the title ("X, who has led the union")."""
    title = (role.title or "").lower()
    return title in _LEADING_VERB_POSTS and title not in role.evidence.text.lower()


def _known_with_owner(found: Found, holder: str, title_key: str, seen: set[tuple[str, str, str | None]]) -> bool:
    """A post with no owner adds nothing once the same post of the person is known with one ("Governor of Xshire
    X ... Gov. X")."""
    return found.of is None and any(k[0] == holder and k[1] == title_key and k[2] is not None for k in seen)


def _respective(found: Found, k: int) -> Found | None:
    """The k-th of two coordinated posts set off after two coordinated names ("X and Y, president and treasurer
    of Acme"); a reading with one post stays as it is for the second name, and is none of the first's."""
    titles = coordinated_titles(found.title) if found.title else []
    if len(titles) == 2:
        return replace(found, title=titles[k])
    return found if k == 1 else None


def _without_city_noun(title: str) -> str:
    """ "city mayor" -> "mayor": the noun that stood for the owner is no part of the post."""
    words = title.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in CITY_NOUNS else title


def _ranked_span(rank: Found, span: Span, text: str) -> Span:
    return Span(rank.begin, span.end, text[rank.begin : span.end])


def _one_post_each(found: Found) -> list[Found]:
    """ "Name, president and chief executive of Acme": one reading per post, with the same owner and evidence."""
    if found.title is None:
        return [found]
    return [replace(found, title=title) for title in coordinated_titles(found.title)]


def _drop_taken_guesses(roles: list[Role], guessed: set[int]) -> None:
    """ "President X spoke with Ruritanian President Y": a post one person holds alone in a state, which the text
    gives another person in that state, is not the guessed state's for this one (it stays, owner unknown)."""
    given: dict[tuple[str, str | None], str] = {
        ((r.title or "").lower(), r.of): r.holder for r in roles if id(r) not in guessed and r.of is not None
    }
    for role in roles:
        title = (role.title or "").lower()
        if id(role) not in guessed or title not in SINGLE_HOLDER_POSTS:
            continue
        if given.get((title, role.of), role.holder) != role.holder:
            role.of = None


def _is_state_post_title(title: str | None) -> bool:
    """ "President", "Foreign Minister", "Secretary of State": the head (before any "of") is a state's post."""
    words = (title or "").lower().split()
    words = words[: words.index("of")] if "of" in words else words
    return bool(words) and words[-1] in STATE_POST_HEADS


def _shortens(short: str | None, full: str | None) -> bool:
    """ "Secretary" for "Secretary of State", "Minister" for "Foreign Minister": the same post, fewer words."""
    short_words, full_words = (short or "").lower().split(), (full or "").lower().split()
    if not short_words or len(short_words) >= len(full_words):
        return False
    n = len(short_words)
    return full_words[:n] == short_words or full_words[-n:] == short_words


def _plural_abbreviation(title: str) -> bool:
    """ "Sens.", "Reps.": a plural title however the names after it are set off."""
    words = title.split()
    return bool(words) and words[-1].lower() in PLURAL_TITLE_ABBREVIATIONS


def _in_department(context: RoleContext, role: Role) -> Role:
    """ "Labor Secretary X", "the energy secretary": a portfolio's post with no owner, or only a state, sits in the
    department the article names for that portfolio ("the Labor Department", "the Department of Energy")."""
    if role.of is not None and not context.is_type_key(role.of, ActorType.STATE):
        return role
    words = (role.title or "").lower().split()
    if "of" in words:
        at = words.index("of")
        heads, portfolio = words[:at], [w for w in words[at + 1 :] if w not in DEFINITE_ARTICLES]
    else:
        heads, portfolio = words[-1:], words[:-1]
    nouns: tuple[str, ...] = DEPARTMENT_POSTS.get(heads[0], ()) if len(heads) == 1 and portfolio else ()
    # the lexicon first: most posts name no portfolio, and the possessor test reads the text
    if not nouns or (role.of is None and _possessed(context, role)):
        return role
    named = " ".join(portfolio)
    bodies = {f"{named} {noun}" for noun in nouns} | {f"{noun} of {named}" for noun in nouns}
    found = {
        a.key for a in context.index.actors if a.type is ActorType.ORGANIZATION and _without_articles(a.name) in bodies
    }
    return replace(role, of=found.pop()) if len(found) == 1 else role


def _possessed(context: RoleContext, role: Role) -> bool:
    """ "the county's energy secretary": a possessor the text names only by a noun owns the post, not the
    national department; "the nation's labor secretary" is a state's, whose department it may be."""
    title = role.title or ""
    at = context.text.find(title, max(0, role.evidence.begin - len(title)), role.evidence.end + len(title))
    before = context.text[:at].rstrip() if at > 0 else ""
    mark = next((m for m in POSSESSIVE_MARKS if before.endswith(m)), None)
    if mark is None:
        return False
    possessor = before[: -len(mark)].split()
    return not possessor or possessor[-1].lower() not in STATE_DESCRIPTIONS


def _without_articles(name: str) -> str:
    """ "department of interior" for "the Department of the Interior"."""
    return " ".join(w for w in name.lower().split() if w not in DEFINITE_ARTICLES)


def _office_named_for(index: EntityIndex, title: str) -> str | None:
    """The one organization named as the office of this post ("Xtown County Sheriff's Office" for "Sheriff"), or of
    the post a deputy or an assistant serves under ("Deputy Sheriff": the sheriff's office)."""
    nouns = "|".join(sorted(POST_OFFICE_NOUNS))
    words = title.split()
    while words:
        office = re.compile(rf"\b{re.escape(' '.join(words))}['’]s\s+(?:{nouns})$", re.IGNORECASE)
        named = {a.key for a in index.actors if a.type is ActorType.ORGANIZATION and office.search(a.name)}
        if named:
            return named.pop() if len(named) == 1 else None
        if len(words) == 1 or words[0].lower() not in TITLE_MODIFIERS:
            return None
        words = words[1:]
    return None


def _is_person(index: EntityIndex, key: str) -> bool:
    actor = index.actor(key)
    return actor is not None and actor.type is ActorType.PERSON


def _people_before(context: RoleContext, sentence: SpacySpan, role: Role) -> list[str]:
    """The people the sentence names before a counterpart; none, those of the sentence before in the same
    paragraph ("Minister X signed. Her Xland counterpart, Y, ...")."""
    index = context.index
    before = index.actor_mentions_between(sentence.start_char, role.evidence.begin)
    people = [r.key for r in before if r.key != role.holder and _is_person(index, r.key)]
    previous = sentence_before_in_paragraph(sentence) if not people else None
    if previous is None:
        return people
    earlier = index.actor_mentions_between(previous.start_char, sentence.start_char)
    return [r.key for r in earlier if r.key != role.holder and _is_person(index, r.key)]
