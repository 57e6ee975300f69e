"""The words role rules read: seats and their assemblies, title abbreviations, organ nouns, and the small
tests on a title's words (its head, whether a state or a company holds it)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import PARTY_STEMS, STATE_POST_HEADS, TITLE_DROP, TITLE_HEADS
from kgingest.extract.antecedents import ORGANIZATION_DESCRIPTIONS
from kgingest.extract.lexicon import word_lists, word_mapping, word_sequence, word_set
from kgingest.model import Actor, ActorType

# A story filed from a city of a state is about that state as much as this many more mentions of it.
DATELINE_WEIGHT = 3
# An article is about an organization it names at least this many times (and more often than any other).
MAIN_ORGANIZATION_MENTIONS = 3


def _roles(key: str) -> frozenset[str]:
    return word_set("roles", key)


# Seats whose holder sits in a named assembly: the assembly's head nouns.
SEAT_INSTITUTIONS = word_lists("roles", "seat_institutions")
DEPARTMENT_POSTS = word_lists("roles", "department_posts")
# "Name, who leads the Party": the post a present-tense verb gives (a founder stays one).
RELATIVE_POSTS = word_mapping("roles", "relative_posts")


def _alternatives(words: tuple[str, ...] | list[str] | dict[str, str]) -> str:
    """A regular-expression alternation of lexicon words, in order; a space stands for any run of spaces."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


RELATIVE_POST = re.compile(
    rf"(?:,\s+\d{{1,3}})?,\s+who\s+(?:(?:{_alternatives(word_sequence('roles', 'relative_post_adverbs'))})\s+)?"
    rf"({_alternatives(RELATIVE_POSTS)})\s+(?:the\s+)?"
)
# "Name heads the Institute": the same verbs right after the name, as its own verb.
SUBJECT_POST = re.compile(
    rf"\s+(?:(?:{_alternatives(word_sequence('roles', 'relative_post_adverbs'))})\s+)?"
    rf"({_alternatives(RELATIVE_POSTS)})\s+(?:the\s+)?"
)
# Possessive pronouns before a title that point back to the organization just named ("its head X").
POSSESSIVE_PRONOUNS = _roles("possessive_pronouns")
# "the country's", "the nation's": common nouns that stand for a state named before.
STATE_DESCRIPTIONS = _roles("state_descriptions")
PERSONAL_POSSESSIVES = _roles("personal_possessives")
PERSON_SUBJECT_PRONOUNS = _roles("person_subject_pronouns")
PERSON_OBJECT_PRONOUNS = _roles("person_object_pronouns")
POSSESSIVE_MARKS = word_sequence("roles", "possessive_marks")
# Abbreviated titles before a name ("Sen. X"): the post they stand for.
PLURAL_TITLE_ABBREVIATIONS = word_mapping("roles", "plural_title_abbreviations")
# A plural abbreviation ("Sens.") stands for the post its singular does.
_SINGULAR_ABBREVIATIONS = word_mapping("roles", "title_abbreviations")
TITLE_ABBREVIATIONS = {
    **_SINGULAR_ABBREVIATIONS,
    **{plural: _SINGULAR_ABBREVIATIONS[single] for plural, single in PLURAL_TITLE_ABBREVIATIONS.items()},
}
# "the company's chief executive, X": the common noun says which kind of actor the title belongs to.
ANTECEDENT_NOUNS = {
    **dict.fromkeys(word_sequence("roles", "state_descriptions"), ActorType.STATE),
    **dict.fromkeys(ORGANIZATION_DESCRIPTIONS, ActorType.ORGANIZATION),
    **dict.fromkeys(word_sequence("roles", "company_nouns"), ActorType.ORGANIZATION),
}
# Common nouns for a company: "the company's" points to the one the story is about.
COMPANY_NOUNS = _roles("company_nouns")
# Lowercase organ nouns between an owner and a title ("the Ruritanian foreign ministry spokesperson").
ORGAN_NOUNS = _roles("organ_nouns")
ARMED_FORCE_NOUNS = word_sequence("roles", "armed_force_nouns")
PARTY_NOUNS = _roles("party_nouns")
WORLD_REGIONS = _roles("world_regions")
# Heads of posts in a company or similar body: with no owner named, the organization just named holds them.
COMPANY_POST_HEADS = _roles("company_post_heads")
COMPANY_OFFICER_KINDS = _roles("company_officer_kinds")
STATE_LEADER_QUALIFIERS = _roles("state_leader_qualifiers")
COMPANY_MEMBER_QUALIFIERS = _roles("company_member_qualifiers")
# After "Name, a": a title (its words lowercase but for names inside it), "at/of/for/with", maybe "the" and
# describing words ("Xville-based think tank"), then the organization.
APPOSITIVE_WORDS = re.compile(r"[a-z][\w\-]*(?:[ \t]+[\w\-]+){1,9}")
ORGANIZATION_LEAD = re.compile(
    rf"\s*(?P<the>the\s+)?(?P<describers>(?:(?!(?:{_alternatives(word_sequence('roles', 'describer_stops'))})\s)"
    r"(?:[a-z]\w*(?:-[a-z]\w*)*|[A-Z]\w*-based)\s+){0,3})"
)
# "Name, 58, was ...", "Name is ...": a post said of the person in the predicate.
PREDICATE_POST = re.compile(
    rf"(?:,\s+\d{{1,3}},)?\s+(?:{_alternatives(word_sequence('roles', 'predicate_links'))})\s+"
    r"(?:(?:the|a|an)\s+)?"
)
# "Name, who is the chief executive of Acme": a post said of the person in a relative clause.
RELATIVE_PREDICATE = re.compile(
    rf",\s+who\s+(?:{_alternatives(word_sequence('roles', 'predicate_links'))})\s+(?:(?:the|a|an)\s+)?"
)
# A capitalised post and its portfolio: "Minister of Trade and Industry", "Chief Executive of Acme".
CAPITALISED_POST = re.compile(
    r"(?P<post>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})"
    r"(?:[ ](?:of|for)[ ](?:the[ ])?(?P<portfolio>[A-Z][\w\-]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\w\-]*){0,4}))?"
)
# "the Xville chapter of", "the Paris office of the": a part of the organization named next, no owner itself.
ORGANIZATION_PART = re.compile(
    r"(?:[\w\-]+[ \t]+){0,2}?(?:"
    + _alternatives(word_sequence("roles", "organization_part_nouns"))
    + r")[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
)
# Military ranks: a rank before the name with no owner is held in the force the post after the name is in
# ("Major General X, spokesman of the army").
RANK_HEADS = _roles("rank_heads")
POLICE_RANK_HEADS = _roles("police_rank_heads")
RANK_WORDS = (
    RANK_HEADS
    | POLICE_RANK_HEADS
    | _roles("rank_modifiers")
    | frozenset(a for a, post in TITLE_ABBREVIATIONS.items() if post in RANK_HEADS)
)
APPOSITIVE_CONNECTORS = word_sequence("roles", "appositive_connectors")
PORTFOLIO_PREPOSITIONS = word_sequence("roles", "portfolio_prepositions")
COVERAGE_PREPOSITIONS = _roles("coverage_prepositions")
DESTINATION_PREPOSITIONS = _roles("destination_prepositions")
# "spokesman for Mayor X", "adviser to President X": the post after them is the named person's.
SERVING_PREPOSITIONS = _roles("serving_prepositions")
FUNCTION_EDGES = _roles("function_edges")
# "another partner", "fellow Sen. X": relating the holder to someone else, no part of the post.
RELATIONAL_MODIFIERS = _roles("relational_modifiers")
RECENCY_ADVERBS = _roles("recency_adverbs")
CHOICE_PARTICIPLES = _roles("choice_participles")
ARTICLES = word_sequence("roles", "articles")
SINGLE_HOLDER_POSTS = _roles("single_holder_posts")
PLACE_POST_HEADS = _roles("place_post_heads")
PUBLIC_OFFICE_WORDS = _roles("public_office_words")
# Posts held in a city ("mayor"), and the nouns for a city that may stand before them ("the city mayor").
CITY_POST_HEADS = _roles("city_post_heads")
CITY_NOUNS = _roles("city_nouns")
# "his Ruritanian counterpart X": nouns for the same post as another person's, in another body.
COUNTERPART_NOUNS = _roles("counterpart_nouns")
MEETING_VERBS = _roles("meeting_verbs")
# "talks with Ruritania", "measures against Ruritania": the state after them is the other side.
COUNTERPART_PREPOSITIONS = _roles("counterpart_prepositions")
# "the trouble with Ruritania": a fault found in a state, which may be the speaker's own.
FAULT_NOUNS = _roles("fault_nouns")
# "X flew to Ruritania": verbs of going somewhere, whose destination is not the traveller's own state.
MOTION_VERBS = _roles("motion_verbs")
# "arrived in Ruritania": where a verb of motion ends up.
ARRIVAL_PREPOSITIONS = _roles("arrival_prepositions")
HONORIFIC_TITLES = _roles("honorific_titles")
# "Xville editor Y": posts of the press, held for a newspaper or broadcaster, never in the place they cover.
PRESS_POSTS = _roles("press_posts")
# "Mr", "Dr": forms of address that only stand before a person's name (lowercase).
PERSONAL_HONORIFICS = frozenset(w.lower() for w in word_sequence("actors", "personal_honorifics"))
# "a ministry official": someone working in a body, in no post of it.
NON_POST_NOUNS = _roles("non_post_nouns")
# "his post as director": nouns for holding a post, whose owner holds the post after "as".
POST_NOUNS = _roles("post_nouns")
# "Y succeeds X as chairman": verbs whose subject takes over the post their object held.
SUCCESSION_VERBS = _roles("succession_verbs")
# "served as director", "named X as director": verbs whose "as" names a post held.
AS_POST_VERBS = _roles("as_post_verbs")
# "Acme hired X as chief economist": verbs whose subject, a body, fills its own post with the object.
APPOINTING_VERBS = _roles("appointing_verbs")
# "the medal went to X from Acme": verbs of giving, and the prepositions after the recipient that name their body.
GIVING_VERBS = _roles("giving_verbs")
RECIPIENT_AFFILIATION_PREPOSITIONS = _roles("recipient_affiliation_prepositions")
# "X works for Acme": an affiliation with no post named.
WORKPLACE_VERBS = _roles("workplace_verbs")
WORKPLACE_PREPOSITIONS = _roles("workplace_prepositions")
DEFINITE_ARTICLES = _roles("definite_articles")
INDEFINITE_ARTICLES = _roles("indefinite_articles")
POST_OFFICE_NOUNS = _roles("post_office_nouns")
OWNER_PREPOSITIONS = _roles("owner_prepositions")
CONJUNCTIONS = _roles("conjunctions")
SPEAKING_PLACE_PREPOSITIONS = _roles("speaking_place_prepositions")


def canonical(token: Token) -> str:
    """The lowercase word, with an abbreviated title spelled out ("Sen." -> "senator"; also "Maj" when the
    tokenizer split its full stop off: "Maj" "." "Gen.")."""
    if token.lower_ not in TITLE_ABBREVIATIONS and is_split_abbreviation(token):
        return TITLE_ABBREVIATIONS[token.lower_ + "."]
    return TITLE_ABBREVIATIONS.get(token.lower_, token.lower_)


def is_split_abbreviation(token: Token) -> bool:
    """A title abbreviation whose full stop the tokenizer made a token of its own ("Lt" "." before "Gen.")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ + "." in TITLE_ABBREVIATIONS
        and following is not None
        and following.text == "."
        and not token.whitespace_
    )


def tells_how_chosen(token: Token) -> bool:
    """ "newly" or "elected" in "the newly elected mayor": an adverb of recency with a participle of choosing, or
    that participle after one; when and how the holder came to the post, no part of it."""
    doc = token.doc
    if token.lower_ in RECENCY_ADVERBS:
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in CHOICE_PARTICIPLES
    return token.lower_ in CHOICE_PARTICIPLES and token.i > 0 and doc[token.i - 1].lower_ in RECENCY_ADVERBS


def trim(tokens: list[Token]) -> list[Token]:
    """A title without leading descriptive words ("former", "newly elected") or function words at either edge."""
    while tokens and (
        tokens[0].lower_ in TITLE_DROP
        or tokens[0].lower_ in FUNCTION_EDGES
        or tokens[0].lower_ in RELATIONAL_MODIFIERS
        or tells_how_chosen(tokens[0])
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in FUNCTION_EDGES:
        tokens = tokens[:-1]
    return tokens


def head_of(tokens: list[Token]) -> str:
    """The title's head noun: the first title head before an "of" ("Chief of Staff"), else the last one."""
    heads = [canonical(t) for t in tokens if canonical(t) in TITLE_HEADS]
    words = [t.lower_ for t in tokens]
    if "of" in words:
        before_of = [w for w in words[: words.index("of")] if w in TITLE_HEADS]
        if before_of:
            return before_of[-1]
    return heads[-1] if heads else ""


def is_state_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a state when nothing else is named: "President X", "Opposition leader X"."""
    if head in STATE_POST_HEADS:
        return True
    return head == "leader" and any(t.lower_ in STATE_LEADER_QUALIFIERS for t in title_tokens)


def is_public_office(title_tokens: list[Token]) -> bool:
    """A post a state or place fills ("Governor", "Senator", "Attorney General"), not a party's own: "Xshire
    Republican leader X" leads the party there, not Xshire."""
    head = head_of(title_tokens)
    if head in STATE_POST_HEADS or head in PLACE_POST_HEADS or head in SEAT_INSTITUTIONS:
        return True
    return any(canonical(t) in PUBLIC_OFFICE_WORDS for t in title_tokens)


def singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def is_company_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a company or other body ("Chief Executive X", "board member Y"), never in a state."""
    if head in COMPANY_POST_HEADS:
        return True
    # "Chief Executive Officer", "Chief Financial Officer": the officer's kind names the company post.
    if head == "officer" and any(t.lower_ in COMPANY_OFFICER_KINDS for t in title_tokens):
        return True
    return head == "member" and any(t.lower_ in COMPANY_MEMBER_QUALIFIERS for t in title_tokens)


def is_company_title(title: str | None) -> bool:
    """ "chief operating officer", "Chairman": a title, as written, of a post held only in a company or other
    body."""
    words = [TITLE_ABBREVIATIONS.get(w, w) for w in (title or "").lower().replace("-", " ").split()]
    words = words[: words.index("of")] if "of" in words else words
    if not words:
        return False
    head = words[-1]
    return head in COMPANY_POST_HEADS or (head == "officer" and any(w in COMPANY_OFFICER_KINDS for w in words))


def last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def is_party(actor: Actor) -> bool:
    lowered = actor.name.lower()
    # "Democrat", "Democrats", and the adjective "Democratic" the actor stage may take for the party's name.
    return lowered.endswith(" party") or any(lowered in (s, s + "s", s + "ic") for s in PARTY_STEMS)


# "Labor Secretary", "Labour Minister": also a portfolio, so never read as a party word before a post
_PORTFOLIO_PARTY_STEMS = frozenset({"labour", "labor"})


def is_party_word(token: Token) -> bool:
    """ "Republican Senator X": a party word before a post says the holder's party; it is no part of the title."""
    lowered = token.lower_
    return any(lowered in (s, s + "s", s + "ic") for s in PARTY_STEMS if s not in _PORTFOLIO_PARTY_STEMS)


def span_text(text: str, tokens: list[Token]) -> str:
    """The text from the first token's start to the last token's end."""
    return text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def singular_title(title: str) -> str | None:
    """ "Sens." -> "Sen.", "Foreign Ministers" -> "Foreign Minister": the post each holder of a plural title
    holds; None when the title is no plural."""
    words = title.split()
    if not words:
        return None
    last = words[-1]
    if last.lower() in PLURAL_TITLE_ABBREVIATIONS:
        single = PLURAL_TITLE_ABBREVIATIONS[last.lower()]
        single = single[:1].upper() + single[1:] if last[:1].isupper() else single
    elif last.lower().endswith("s") and last.lower() not in TITLE_HEADS and singular(last.lower()) in TITLE_HEADS:
        single = last[:-1]
    else:
        return None
    return " ".join([*words[:-1], single])


def is_rank(title: str | None) -> bool:
    """ "Colonel", "Lt. Gen.": a military rank, abbreviated or not."""
    words = (title or "").lower().split()
    return bool(words) and TITLE_ABBREVIATIONS.get(words[-1], words[-1]) in RANK_HEADS
