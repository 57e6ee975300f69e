"""Issue #11's constructions of reported speech, several shapes each, in sentences written for these tests.

Each case names the statements it expects: who speaks (an actor, or None when the speaker may be anyone the
resolver finds), a word of the cue, and the content: the whole said clause without cue or speaker.
Beliefs and wishes are no statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from spacy.language import Language

from kgingest.extract import extract
from kgingest.extract.index import EntityIndex, actor_key
from kgingest.extract.statements import find_statements
from kgingest.model import ActorType, Article, ArticleMeta, Statement
from kgingest.parse import load_model, parse
from kgingest.read import find_headings
from test_speakers import index_of_actors

Who = tuple[ActorType, str, list[str]]
VARGA = (ActorType.PERSON, "Lena Varga", ["Varga"])
OKORO = (ActorType.PERSON, "Daniel Okoro", ["Okoro"])
PILOTS = (ActorType.ORGANIZATION, "Coastal Pilots Union", ["the union"])
FISHERIES = (ActorType.ORGANIZATION, "Ministry of Fisheries", ["the ministry"])
MORAVA = (ActorType.STATE, "Moravia", [])
TALSK = (ActorType.STATE, "Talsk", [])
# the review's regression sentences (their names are the reviewer's inventions)
DORSEY = (ActorType.PERSON, "Hana Dorsey", ["Dorsey"])
BRANDT = (ActorType.PERSON, "Ivo Brandt", ["Brandt"])
RIELO = (ActorType.PERSON, "Tomas Rielo", ["Rielo"])
KELLS = (ActorType.PERSON, "Marta Kells", ["Kells"])
MENSAH = (ActorType.PERSON, "Okafor Mensah", ["Mensah"])
# a newspaper that passes other people's words on (issue #11's nested attributions; the brief's invented names)
LEDGER = (ActorType.ORGANIZATION, "Daily Ledger", ["the Ledger"])
ACTORS = [VARGA, OKORO, PILOTS, FISHERIES, MORAVA, TALSK, DORSEY, BRANDT, RIELO, KELLS, MENSAH, LEDGER]


def key(actor: Who) -> str:
    return actor_key(actor[0], actor[1])


@dataclass(frozen=True)
class Said:
    speaker: Who | None
    cue: str
    content: str
    channel: Who | None = None


def build_index(text: str) -> EntityIndex:
    return index_of_actors(text, ACTORS)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def statements_of(nlp: Language, text: str) -> list[Statement]:
    article = Article("t", "t.txt", text, ArticleMeta(published=dt.date(2025, 6, 12)), "0", find_headings(text))
    return find_statements(nlp(text), article, build_index(text))


def trimmed(text: str) -> str:
    return text.strip().strip("\"“”'‘’").strip(" ,.;:").strip("\"“”'‘’").strip()


def found(statement: Statement, expected: Said) -> bool:
    if expected.speaker is not None and statement.speaker != key(expected.speaker):
        return False
    if expected.channel is not None and statement.channel != key(expected.channel):
        return False
    return expected.cue in statement.cue.text.lower() and trimmed(statement.content.text) == expected.content


CASES: dict[str, tuple[str, list[Said]]] = {
    # ---- a reporting clause before its content
    "before/that-clause": (
        "Lena Varga said that the harbour tolls would double next spring.",
        [Said(VARGA, "said", "the harbour tolls would double next spring")],
    ),
    "before/present-tense-no-that": (
        "The Ministry of Fisheries says the cod quota has been cut by a third.",
        [Said(FISHERIES, "says", "the cod quota has been cut by a third")],
    ),
    "before/title-told-addressee": (
        "The union's chairman told reporters on Monday that the strike would go ahead.",
        [Said(None, "told", "the strike would go ahead")],
    ),
    "before/pronoun-perfect": (
        "Daniel Okoro visited the depot. He has argued for years that the tunnel is unsafe.",
        [Said(OKORO, "argued", "the tunnel is unsafe")],
    ),
    "before/asked-if": (
        "Lena Varga asked the crowd if they planned to vote in May.",
        [Said(VARGA, "asked", "if they planned to vote in May")],
    ),
    "before/said-so": (
        "The Ministry of Fisheries has said so for years.",
        [Said(FISHERIES, "said", "so")],
    ),
    "before/relative-clause-aside": (
        "Daniel Okoro, who once ran the ferry company, however told the council that the fares would rise.",
        [Said(OKORO, "told", "the fares would rise")],
    ),
    "before/pleaded-with-to": (
        "Lena Varga pleaded with the council to keep the ferry running.",
        [Said(VARGA, "pleaded", "to keep the ferry running")],
    ),
    "before/advised-addressee-that": (
        "The Ministry of Fisheries advised fishermen that the bay would stay closed.",
        [Said(FISHERIES, "advised", "the bay would stay closed")],
    ),
    "before/requested-that": (
        "The Coastal Pilots Union requested that the hearing be postponed.",
        [Said(PILOTS, "requested", "the hearing be postponed")],
    ),
    "before/told-a-story": (
        "Okoro told the story of the night the pier burned.",
        [Said(OKORO, "told", "the story of the night the pier burned")],
    ),
    "before/told-a-joke-past-place": (
        "At the rally, Lena Varga told a joke about the mayor.",
        [Said(VARGA, "told", "a joke about the mayor")],
    ),
    "before/tale-told-by-a-thing-is-no-statement": ("Two surveys told a story of shrinking catches.", []),
    "before/purpose-infinitive-is-not-what-was-asked": (
        "Two pilots requested a delay to gather evidence.",
        [],
    ),
    "before/pleaded-guilty-is-no-statement": ("Okoro pleaded guilty to fraud.", []),
    "before/office-of-a-post-holder": (
        "The mayor's office said the bridge would reopen in May.",
        [Said(None, "said", "the bridge would reopen in May")],
    ),
    "before/office-of-a-post-holder-with-a-medium": (
        "The governor's office announced in a press note that the ferry tolls would be cut.",
        [Said(None, "announced", "the ferry tolls would be cut")],
    ),
    "before/office-of-a-post-holder-doing-no-saying-is-no-statement": (
        "The governor's office was painted in May.",
        [],
    ),
    "before/quoted-colon": (
        'Lena Varga told the council: "Nobody in this town will pay more for water."',
        [Said(VARGA, "told", "Nobody in this town will pay more for water")],
    ),
    "before/comma-no-that": (
        "Lena Varga argued in a letter, the pier is too old to save.",
        [Said(VARGA, "argued", "the pier is too old to save")],
    ),
    "before/comma-adverb": (
        "Daniel Okoro previously reported, the fund had lost half its value.",
        [Said(OKORO, "reported", "the fund had lost half its value")],
    ),
    "before/comma-after-a-verb-with-an-object-joins-two-clauses": (
        "Daniel Okoro wrote the speech, his daughter typed it up overnight.",
        [],
    ),
    "before/closing-comment-of-the-narrator-is-cut": (
        'Okoro said that the crews would earn "a bit less" next season, a concession his rivals seized on.',
        [Said(OKORO, "said", 'the crews would earn "a bit less" next season')],
    ),
    "before/closing-despite-phrase-is-cut": (
        "Okoro said the harbour board had treated every crew alike, despite claims by the press that it favours Lind.",
        [Said(OKORO, "said", "the harbour board had treated every crew alike")],
    ),
    "before/despite-without-comma-is-what-was-said": (
        "Okoro said the ferry would run despite the storm.",
        [Said(OKORO, "said", "the ferry would run despite the storm")],
    ),
    "before/object-after-a-phrase-set-off-by-commas-is-what-was-said": (
        "Okoro said the union had hired, last week, a new lawyer.",
        [Said(OKORO, "said", "the union had hired, last week, a new lawyer")],
    ),
    "before/second-object-after-a-phrase-set-off-by-commas-is-what-was-said": (
        "Okoro said the ministry had finally given the crews, after years of waiting, a fair deal.",
        [Said(OKORO, "said", "the ministry had finally given the crews, after years of waiting, a fair deal")],
    ),
    "before/object-after-a-prepositional-aside-is-what-was-said": (
        "Okoro said the board had sold, against his advice, a harbour crane.",
        [Said(OKORO, "said", "the board had sold, against his advice, a harbour crane")],
    ),
    "before/object-the-parser-hung-on-the-cue-is-what-was-said": (
        "Varga said the fleet had lost, in a single night, a third of its boats.",
        [Said(VARGA, "said", "the fleet had lost, in a single night, a third of its boats")],
    ),
    "before/closing-a-move-that-comment-is-cut": (
        "Okoro said the ferry would stop on Sunday, a move that would strand hundreds of islanders.",
        [Said(OKORO, "said", "the ferry would stop on Sunday")],
    ),
    "before/apposition-after-an-object-is-what-was-said": (
        "Okoro said the union had hired a lawyer, a former judge.",
        [Said(OKORO, "said", "the union had hired a lawyer, a former judge")],
    ),
    "before/closing-despite-reports-is-cut": (
        "Varga said the talks had gone well, despite reports that the union had walked out.",
        [Said(VARGA, "said", "the talks had gone well")],
    ),
    "before/closing-despite-advice-is-what-was-said": (
        "Varga said she would run again, despite her doctor's advice.",
        [Said(VARGA, "said", "she would run again, despite her doctor's advice")],
    ),
    "before/apposition-to-a-noun-is-what-was-said": (
        "Okoro said the union had met the mayor, a man he has known for years.",
        [Said(OKORO, "said", "the union had met the mayor, a man he has known for years")],
    ),
    # ---- a reporting clause after its content
    "after/name": (
        "The ferry link to the islands will close in October, Lena Varga said.",
        [Said(VARGA, "said", "The ferry link to the islands will close in October")],
    ),
    "after/organization-present": (
        "Catches have fallen for the fourth year in a row, the Ministry of Fisheries says.",
        [Said(FISHERIES, "says", "Catches have fallen for the fourth year in a row")],
    ),
    "after/pronoun-addressee": (
        "Daniel Okoro spoke at the depot. Nobody had warned the drivers, he told the crowd.",
        [Said(OKORO, "told", "Nobody had warned the drivers")],
    ),
    "after/inverted-quote": (
        '"We will not sign a deal that ruins the pilots," said the Coastal Pilots Union.',
        [Said(PILOTS, "said", "We will not sign a deal that ruins the pilots")],
    ),
    "after/title-inverted": (
        "The rail strike cost the region dearly, said the transport minister.",
        [Said(None, "said", "The rail strike cost the region dearly")],
    ),
    # ---- a reporting clause inside its content
    "inside/name": (
        "The new bridge, Lena Varga said, will be finished before the winter.",
        [Said(VARGA, "said", "The new bridge, Lena Varga said, will be finished before the winter")],
    ),
    "inside/told-an-addressee": (
        "The ferry, Lena Varga told the council, will run in May.",
        [Said(VARGA, "told", "The ferry, Lena Varga told the council, will run in May")],
    ),
    "inside/told-a-pronoun-addressee": (
        "The fix, Daniel Okoro told them, was simple.",
        [Said(OKORO, "told", "The fix, Daniel Okoro told them, was simple")],
    ),
    "inside/told-a-description-addressee": (
        "The fix, the engineer told them, was simple.",
        [Said(None, "told", "The fix, the engineer told them, was simple")],
    ),
    "inside/told-then-two-predicates": (
        "The pier, Lena Varga told the council, is unsafe and must close.",
        [Said(VARGA, "told", "The pier, Lena Varga told the council, is unsafe and must close")],
    ),
    "inside/a-verb-of-no-saying-set-off-is-no-statement": (
        "The ferry, Lena Varga showed the council, was rusting.",
        [],
    ),
    "inside/a-verb-of-no-saying-with-an-object-set-off-is-no-statement": (
        "The old ferry, Daniel Okoro sold the museum, will be painted.",
        [],
    ),
    "inside/quoted-split": (
        '"The budget is empty," Daniel Okoro said, "and the council knows it."',
        [Said(OKORO, "said", 'The budget is empty," Daniel Okoro said, "and the council knows it')],
    ),
    "inside/pronoun-present": (
        "Lena Varga came late. The vote, she says, was never fair.",
        [Said(VARGA, "says", "The vote, she says, was never fair")],
    ),
    "inside/organization-added": (
        "In the long run, the ministry added, the fleet must shrink.",
        [Said(FISHERIES, "added", "In the long run, the ministry added, the fleet must shrink")],
    ),
    "inside/inverted-says": (
        "The real problem, says Lena Varga, is the cost of fuel.",
        [Said(VARGA, "says", "The real problem, says Lena Varga, is the cost of fuel")],
    ),
    "inside/inverted-says-apposition": (
        "The trouble with the port, says Daniel Okoro, the union's treasurer, is that nobody maintains it.",
        [
            Said(
                OKORO,
                "says",
                "The trouble with the port, says Daniel Okoro, the union's treasurer, is that nobody maintains it",
            )
        ],
    ),
    "inside/brackets": (
        "The envoy's recall (a routine rotation, the union insisted) angered Moravia.",
        [Said(PILOTS, "insisted", "a routine rotation")],
    ),
    "inside/brackets-relative-pronoun-before-the-speaker-is-no-content": (
        "The treaty (which Moravia says was forged) expired in May.",
        [Said(MORAVA, "says", "was forged")],
    ),
    "inside/brackets-past": (
        "The union lost members (nearly a third of them, Okoro said) after the strike.",
        [Said(OKORO, "said", "nearly a third of them")],
    ),
    "inside/relative-clause-of-an-earlier-statement": (
        "Lena Varga proposed a small fine, which she said was fair.",
        [Said(VARGA, "proposed", "a small fine, which she said was fair"), Said(VARGA, "said", "was fair")],
    ),
    "inside/next-sentence-quoted-with-two-apostrophes-is-not-run-in": (
        "The tide, Okoro added, had turned for the crews. ''We start fishing again in May,'' he said.",
        [
            Said(OKORO, "added", "The tide, Okoro added, had turned for the crews"),
            Said(OKORO, "said", "We start fishing again in May"),
        ],
    ),
    "inside/abbreviation-full-stop-does-not-end-the-clause": (
        "The vote, Varga said, was set for 5 p.m. on Friday at the St. Nicholas hall.",
        [Said(VARGA, "said", "The vote, Varga said, was set for 5 p.m. on Friday at the St. Nicholas hall")],
    ),
    # ---- participles
    "participle/saying-that": (
        "Daniel Okoro defended the new levy, saying that it would pay for the sea wall.",
        [Said(OKORO, "saying", "it would pay for the sea wall")],
    ),
    "participle/adding": (
        "Lena Varga said the port would reopen, adding that the repairs had cost less than feared.",
        [
            Said(VARGA, "said", "the port would reopen"),
            Said(VARGA, "adding", "the repairs had cost less than feared"),
        ],
    ),
    "participle/arguing-no-that": (
        "The Coastal Pilots Union rejected the offer on Friday, arguing the pay rise was too small.",
        [Said(PILOTS, "arguing", "the pay rise was too small")],
    ),
    "participle/warning-pronoun": (
        "Okoro closed the depot. He left the meeting early, warning that more closures were coming.",
        [Said(OKORO, "warning", "more closures were coming")],
    ),
    "participle/noting-organization": (
        "The Ministry of Fisheries raised the quota, noting that stocks had recovered in the north.",
        [Said(FISHERIES, "noting", "stocks had recovered in the north")],
    ),
    "participle/inside-subject-aside": (
        "Lena Varga, saying the vote was rigged, demanded a recount.",
        [Said(VARGA, "saying", "the vote was rigged")],
    ),
    "participle/sentence-initial": (
        "Claiming that the fund was empty, Okoro cancelled the festival.",
        [Said(OKORO, "claiming", "the fund was empty")],
    ),
    "participle/absolute-with": (
        "The union struck on Monday, with Daniel Okoro saying the talks had failed.",
        [Said(OKORO, "saying", "the talks had failed")],
    ),
    "participle/after-closing-quote": (
        'Lena Varga said the port was "finished," warning that hundreds of jobs would go.',
        [
            Said(VARGA, "said", 'the port was "finished'),
            Said(VARGA, "warning", "hundreds of jobs would go"),
        ],
    ),
    "participle/claiming-after-partial-quote": (
        'The Ministry of Fisheries insisted that the fleet had "never been larger," claiming that exports had doubled.',
        [
            Said(FISHERIES, "insisted", 'the fleet had "never been larger'),
            Said(FISHERIES, "claiming", "exports had doubled"),
        ],
    ),
    "participle/adding-of-topic-then-quotation": (
        'Ferries were idle. "We have begun the talks," Okoro said, adding of the ministry, "They know what we want."',
        [Said(OKORO, "said", "We have begun the talks"), Said(OKORO, "adding", "They know what we want")],
    ),
    "participle/adding-then-quotation-after-a-quotation": (
        'Ferries were idle. "The pier is safe," Lena Varga said, adding, "The inspectors found no cracks."',
        [Said(VARGA, "said", "The pier is safe"), Said(VARGA, "adding", "The inspectors found no cracks")],
    ),
    "participle/added-of-topic-colon-quotation": (
        'Ferries were idle. Okoro added of the ministry: "They know what we want."',
        [Said(OKORO, "added", "They know what we want")],
    ),
    # ---- "said before adding:": the quotation after the colon is the participle's, the one before the verb's
    "participle/said-before-adding-colon-quotation": (
        'Ferries were idle. "No tolls, no excuses," Okoro said before adding: "The pilots will not wait."',
        [Said(OKORO, "said", "No tolls, no excuses"), Said(OKORO, "adding", "The pilots will not wait")],
    ),
    "participle/said-after-adding-colon-quotation": (
        'Ferries were idle. "The quay is sound," Lena Varga said after adding: "We checked every pile."',
        [Said(VARGA, "said", "The quay is sound"), Said(VARGA, "adding", "We checked every pile")],
    ),
    "participle/aside-while-speaking-leaves-the-clause-to-the-verb": (
        "Ferries were idle. Okoro later insisted, while speaking to the harbour board in May, that the pier leaked.",
        [Said(OKORO, "insisted", "the pier leaked")],
    ),
    "participle/before-leaving-is-no-saying": (
        'Ferries were idle. "The quay is sound," Lena Varga said before leaving: "I have a ferry to catch."',
        [Said(VARGA, "said", "I have a ferry to catch")],
    ),
    # ---- a present tense the tagger took for a plural noun ("pledges", "claims"), with a subject and a clause
    "verb-tagged-as-noun/pledges-to": (
        "Ferries were idle. The union leader pledges to keep the night ferry running.",
        [Said(None, "pledges", "to keep the night ferry running")],
    ),
    "verb-tagged-as-noun/a-thing-pledges-nothing": (
        "Ferries were idle. The treaty pledges to cut the catch within a decade.",
        [],
    ),
    # ---- "a number of X": a share of the group speaks
    "share/a-number-of": (
        "Ferries were idle. A number of pilots said the toll was too high.",
        [Said(None, "said", "the toll was too high")],
    ),
    "share/the-number-of-things-says-nothing": (
        "Ferries were idle. The number of groundings suggests the channel is too shallow.",
        [],
    ),
    # ---- a publication speaks as its publisher: "the magazine said", "the tabloid claimed"
    "publication/the-magazine-said": (
        "Ferries were idle. The magazine said the pilots would strike again in June.",
        [Said(None, "said", "the pilots would strike again in June")],
    ),
    "publication/the-tabloid-claimed": (
        "Ferries were idle. The tabloid claimed that the harbour master had quit.",
        [Said(None, "claimed", "the harbour master had quit")],
    ),
    "publication/a-magazine-cover-says-nothing": (
        "Ferries were idle. The magazine cover showed the pier in flames.",
        [],
    ),
    # ---- a participle of saying on a piece someone put out, or on those it was sent to: the one who put it out speaks
    "participle/on-an-ad-run-by-the-subject": (
        "Ferries were idle. The Coastal Pilots Union ran an ad denouncing the toll as a tax on sailors.",
        [Said(PILOTS, "denouncing", "the toll as a tax on sailors")],
    ),
    "participle/on-a-petition-circulated": (
        "Ferries were idle. The Coastal Pilots Union circulated a petition urging the ministry to drop the toll.",
        [Said(PILOTS, "urging", "to drop the toll")],
    ),
    "participle/on-an-ad-placed": (
        "Ferries were idle. The Coastal Pilots Union placed a full-page ad accusing the ministry of lying.",
        [Said(PILOTS, "accusing", "the ministry of lying")],
    ),
    "participle/on-stories-planted": (
        "Ferries were idle. The Coastal Pilots Union planted stories in the local press claiming the pier was unsafe.",
        [Said(PILOTS, "claiming", "the pier was unsafe")],
    ),
    "participle/on-the-recipients-of-an-email": (
        "Ferries were idle. The Coastal Pilots Union sent an email to members saying the strike would end on Friday.",
        [Said(PILOTS, "saying", "the strike would end on Friday")],
    ),
    "participle/on-a-message-sent": (
        "Ferries were idle. Lena Varga sent a short message to her volunteers saying the count was over.",
        [Said(VARGA, "saying", "the count was over")],
    ),
    # the object of a verb of messaging or telling received the words: the sender speaks
    "participle/on-those-emailed": (
        "Ferries were idle. Lena Varga emailed the pilots saying the quota was final.",
        [Said(VARGA, "saying", "the quota was final")],
    ),
    "participle/on-those-briefed": (
        "Ferries were idle. Okoro briefed the crews explaining that the pier was unsafe.",
        [Said(OKORO, "explaining", "the pier was unsafe")],
    ),
    # the recipients after a piece the verb's act was written through: the writer speaks, not those written to
    "participle/on-the-recipients-of-a-memo-written-in": (
        "Ferries were idle. Lena Varga answered in a brief note to the pilots arguing that the fleet was too old.",
        [Said(VARGA, "arguing", "the fleet was too old")],
    ),
    "participle/on-the-recipients-of-a-letter-put-in": (
        "Ferries were idle. As Okoro worded things in a memo to pilots explaining the vote, the union had no choice.",
        [Said(OKORO, "explaining", "the vote")],
    ),
    # a to-infinitive with a subject of its own: said after a verb of causing, only wished after "want", "allow"
    "infinitive/caused-to-admit": (
        "Ferries were idle. The audit got Okoro to admit that the pier was unsafe.",
        [Said(OKORO, "admit", "the pier was unsafe")],
    ),
    "infinitive/went-on-to-say": (
        "Ferries were idle. Lena Varga then went on to argue that the quota was final.",
        [Said(VARGA, "argue", "the quota was final")],
    ),
    "infinitive/wanted-to-say-is-no-statement": (
        "Ferries were idle. The union wanted Okoro to say the strike was legal.",
        [],
    ),
    # a piece handed out or read out by the subject is the subject's: its authors are no other speaker
    "participle/on-a-statement-handed-out": (
        "Ferries were idle. Lena Varga handed the crews a statement saying the quota was final.",
        [Said(VARGA, "saying", "the quota was final")],
    ),
    "participle/on-a-statement-read-out": (
        "Ferries were idle. Okoro read aloud a short statement claiming the strike was legal.",
        [Said(OKORO, "claiming", "the strike was legal")],
    ),
    "participle/set-off-after-a-thing-acted-on": (
        "Ferries were idle. Lena Varga slammed the new toll approved by the council, calling it a tax on fishermen.",
        [Said(VARGA, "calling", "it a tax on fishermen")],
    ),
    "participle/set-off-after-a-document-acted-on": (
        "Ferries were idle. The Coastal Pilots Union dismissed a report filed by a former clerk, calling it baseless.",
        [Said(PILOTS, "calling", "it baseless")],
    ),
    # ---- a second clause joined by "and" whose subject the parser took for part of the first clause's object
    "participle/after-a-second-clause-with-its-own-subject": (
        "Ferries were idle. The board raised the fees and Lena Varga quit her post, saying the port had been "
        "mismanaged.",
        [Said(VARGA, "saying", "the port had been mismanaged")],
    ),
    "participle/after-a-second-clause-with-a-named-subject": (
        "Ferries were idle. The storm flooded the docks and Okoro closed the gate, admitting that the port had failed.",
        [Said(OKORO, "admitting", "the port had failed")],
    ),
    "participle/after-two-verbs-of-one-subject": (
        "Ferries were idle. Lena Varga raised the fees and cut the staff, saying the port was broke.",
        [Said(VARGA, "saying", "the port was broke")],
    ),
    "participle/after-joined-objects": (
        "Ferries were idle. Lena Varga met Okoro and Tomas Rielo, saying the port was broke.",
        [Said(VARGA, "saying", "the port was broke")],
    ),
    # ---- after a verb of causing, its object speaks the to-infinitive; after a verb of asking, nobody has yet
    "infinitive/forced-object-to-admit": (
        "Ferries were idle. The Ministry of Fisheries forced Okoro to admit that the pier was unsafe.",
        [Said(OKORO, "admit", "the pier was unsafe")],
    ),
    "infinitive/prompted-object-to-warn": (
        "Ferries were idle. The vote prompted Lena Varga to warn that the port would close.",
        [Said(VARGA, "warn", "the port would close")],
    ),
    # ---- a piece the subject passed, introduced or penned is the subject's: not only verbs of putting out
    "participle/on-a-resolution-passed-regression": (
        "Ferries were idle. The Coastal Pilots Union passed a resolution calling for a new pier.",
        [Said(PILOTS, "calling for", "a new pier")],
    ),
    "participle/on-a-letter-penned-regression": (
        "Ferries were idle. Lena Varga penned a letter saying the pier was unsafe.",
        [Said(VARGA, "saying", "the pier was unsafe")],
    ),
    "participle/on-a-motion-introduced-regression": (
        "Ferries were idle. Okoro introduced a motion demanding an audit of the port.",
        [Said(OKORO, "demanding", "an audit of the port")],
    ),
    # ---- a second verb of saying in a tense other than the reported clause's goes on from the first
    "coordinated/but-conceded-in-another-tense": (
        "Ferries were idle. Lena Varga says the toll plan is sound, but conceded that the fares would rise.",
        [Said(VARGA, "says", "the toll plan is sound"), Said(VARGA, "conceded", "the fares would rise")],
    ),
    "coordinated/insists-after-a-past-clause": (
        "Ferries were idle. Okoro says the crews were tired and insists that the ferry must run.",
        [Said(OKORO, "says", "the crews were tired"), Said(OKORO, "insists", "the ferry must run")],
    ),
    # in the reported clause's own tense it may be the reported subject's: the crews asked
    "coordinated/same-tense-as-the-reported-clause": (
        "Ferries were idle. Okoro said the crews are tired and have asked that the ferry stop.",
        [Said(OKORO, "said", "the crews are tired and have asked that the ferry stop")],
    ),
    # ---- nominal cues
    "nominal/in-a-statement": (
        "In a statement on Sunday, the Coastal Pilots Union said the talks had failed.",
        [Said(PILOTS, "said", "the talks had failed")],
    ),
    "nominal/her-claim-that": (
        "Lena Varga repeated her claim that the tender had been rigged.",
        [Said(VARGA, "claim", "the tender had been rigged")],
    ),
    "nominal/warning-with-a-time-phrase-before-that": (
        "Okoro defended his warning last week that the pier could collapse.",
        [Said(OKORO, "warning", "the pier could collapse")],
    ),
    "nominal/prediction-in-a-prepositional-phrase-with-a-day-before-that": (
        "Lena Varga stood by her prediction on Monday that the ferry would sink.",
        [Said(VARGA, "prediction", "the ferry would sink")],
    ),
    "nominal/claim-subject-with-a-month-before-that": (
        "The union's claim in May that the pilots were underpaid was never tested.",
        [Said(None, "claim", "the pilots were underpaid")],
    ),
    "nominal/a-noun-of-no-saying-with-a-time-phrase-is-no-statement": (
        "Varga's visit in March that the council had planned was cancelled.",
        [],
    ),
    "nominal/a-relative-clause-after-a-time-phrase-is-no-content": (
        "Ivo Brandt's claim in May that he filed was rejected.",
        [],
    ),
    "nominal/possessive-warning-subject": (
        "Okoro's warning that the dam could burst was ignored by the council.",
        [Said(OKORO, "warning", "the dam could burst")],
    ),
    "nominal/in-an-interview": (
        "In an interview with a local radio station, Daniel Okoro said the depot would stay open.",
        [Said(OKORO, "said", "the depot would stay open")],
    ),
    "nominal/in-testimony": (
        "In testimony to the committee, Lena Varga said the contracts had never been audited.",
        [Said(VARGA, "said", "the contracts had never been audited")],
    ),
    "nominal/remarks-that": (
        "Daniel Okoro's remarks that the quota was fair angered the crews.",
        [Said(OKORO, "remarks", "the quota was fair")],
    ),
    "nominal/claim-by": (
        "The claim by Daniel Okoro that the vote was rigged was rejected by the court.",
        [Said(OKORO, "claim", "the vote was rigged")],
    ),
    "nominal/assurance-by-state": (
        "The assurance by Moravia that its troops would stay home calmed the markets.",
        [Said(MORAVA, "assurance", "its troops would stay home")],
    ),
    "nominal/predicated-argument": (
        "Varga's argument was that the port should close.",
        [Said(VARGA, "argument", "the port should close")],
    ),
    "nominal/predicated-warning-present": (
        "The Ministry of Fisheries' warning is that the stocks will collapse.",
        [Said(FISHERIES, "warning", "the stocks will collapse")],
    ),
    "nominal/released-statement-colon-quotation": (
        'The Ministry of Fisheries released the following statement: "We regret the closure of the bay."',
        [Said(FISHERIES, "statement", "We regret the closure of the bay")],
    ),
    "nominal/issued-report-colon-quotation": (
        'Lena Varga issued a short report: "Fish stocks have recovered in the north."',
        [Said(VARGA, "report", "Fish stocks have recovered in the north")],
    ),
    "nominal/released-statement-colon-block-quotation": (
        "The harbour board met late on Friday. Afterwards Lena Varga put out a short statement:\n\n"
        '"The pier stays shut until the divers finish their survey. Nobody may moor there."',
        [Said(VARGA, "statement", "The pier stays shut until the divers finish their survey. Nobody may moor there")],
    ),
    "nominal/released-statement-colon-quotation-then-another-speaker": (
        'The Ministry of Fisheries issued a statement: "We regret the closure of the bay." Okoro said the talks'
        " would go on.",
        [
            Said(FISHERIES, "statement", "We regret the closure of the bay"),
            Said(OKORO, "said", "the talks would go on"),
        ],
    ),
    "nominal/published-essay-title-is-no-statement": (
        'Lena Varga published an essay: "Why the Sea Wall Will Fail."',
        [],
    ),
    "nominal/published-book-title-is-no-statement": ('Lena Varga published a book: "The Sea Wall".', []),
    "nominal/aired-interview-quotation-is-the-interviewees": (
        'The Coastal Pilots Union aired an interview:\n\n"We will never give up the harbour," said Daniel Okoro.',
        [Said(OKORO, "said", "We will never give up the harbour")],
    ),
    "nominal/released-statement-without-words-is-no-statement": (
        "The Ministry of Fisheries released a statement on Friday.",
        [],
    ),
    "nominal/released-report-colon-list-is-no-statement": (
        "Lena Varga released two reports: one on the fleet and one on the harbour.",
        [],
    ),
    # ---- according to
    "according/front": (
        "According to Lena Varga, the harbour will need two new cranes.",
        [Said(VARGA, "according", "the harbour will need two new cranes")],
    ),
    "according/end": (
        "The canal has been closed since May, according to the Ministry of Fisheries.",
        [Said(FISHERIES, "according", "The canal has been closed since May")],
    ),
    "according/middle": (
        "The pilots, according to the union, had worked without pay for weeks.",
        [Said(PILOTS, "according", "The pilots, according to the union, had worked without pay for weeks")],
    ),
    "according/pronoun": (
        "Daniel Okoro ran the depot. According to him, the trucks were sold in March.",
        [Said(OKORO, "according", "the trucks were sold in March")],
    ),
    "according/document-of-organization": (
        "According to a statement from the Coastal Pilots Union, three boats ran aground.",
        [Said(None, "according", "three boats ran aground")],
    ),
    # ---- joint and plural speakers
    "joint/two-names": (
        "Lena Varga and Daniel Okoro said the merger would go ahead.",
        [Said(None, "said", "the merger would go ahead")],
    ),
    "joint/two-states-joint-statement": (
        "Moravia and Talsk said in a joint statement that the border crossings would reopen.",
        [Said(None, "said", "the border crossings would reopen")],
    ),
    "joint/plural-description": (
        "The two leaders warned that the drought would hit both harvests.",
        [Said(None, "warned", "the drought would hit both harvests")],
    ),
    "joint/plural-pronoun-after": (
        "Moravia and Talsk met in the capital. The talks went well, they said.",
        [Said(None, "said", "The talks went well")],
    ),
    "joint/both-floating": (
        "Varga and Okoro both insisted that the vote had been fair.",
        [Said(None, "insisted", "the vote had been fair")],
    ),
    "joint/three-names-before": (
        "Lena Varga, Daniel Okoro and Marta Kells said the ferry would run again in spring.",
        [Said(VARGA, "said", "the ferry would run again in spring")],
    ),
    "joint/three-names-after-the-content": (
        "The ferry will run again in spring, Lena Varga, Daniel Okoro and Marta Kells said.",
        [Said(VARGA, "said", "The ferry will run again in spring")],
    ),
    "joint/three-surnames-after-the-content": (
        "The tolls were a mistake, Varga, Okoro and Kells said.",
        [Said(VARGA, "said", "The tolls were a mistake")],
    ),
    "joint/four-names-told": (
        "Lena Varga, Daniel Okoro, Marta Kells and Ivo Brandt told reporters that the pier was unsafe.",
        [Said(VARGA, "told", "the pier was unsafe")],
    ),
    "joint/places-listed-in-the-content-are-no-speakers": (
        "The ferry will stop at Dover, Calais and Ostend, Lena Varga said.",
        [Said(VARGA, "said", "The ferry will stop at Dover, Calais and Ostend")],
    ),
    "joint/said-to-be-is-no-statement": ("Varga is said to be furious about the leak.", []),
    "joint/plural-said-to-have-is-no-statement": ("Varga and Okoro were said to have quit the board last spring.", []),
    "joint/poll-share-by-sign": (
        "In the survey, 42% say the ferry should run all year.",
        [Said(None, "say", "the ferry should run all year")],
    ),
    "joint/a-share-by-sign-of-a-thing-is-no-statement": ("Fares rose 4% in May, and the tolls rose 6%.", []),
    # ---- nested attributions: the outer speaker is the channel
    "nested/told-him": (
        "Daniel Okoro said Lena Varga had told him the deal was off.",
        [Said(VARGA, "told", "the deal was off", channel=OKORO)],
    ),
    "nested/present-organization": (
        "The Coastal Pilots Union says the ministry told its members that the quota would not change.",
        [Said(FISHERIES, "told", "the quota would not change", channel=PILOTS)],
    ),
    "nested/informed-pronoun": (
        "Lena Varga said Okoro had informed her that the trucks were gone.",
        [Said(OKORO, "informed", "the trucks were gone", channel=VARGA)],
    ),
    "nested/warned-after": (
        "Okoro had warned them the pier was rotten, Varga said.",
        [Said(OKORO, "warned", "the pier was rotten", channel=VARGA)],
    ),
    "nested/quoted-as-saying": (
        "The Ministry of Fisheries quoted Lena Varga as saying that the quota was final.",
        [Said(VARGA, "quoted", "the quota was final", channel=FISHERIES)],
    ),
    "nested/cited-as-saying": (
        "The Coastal Pilots Union cited Daniel Okoro as saying the strike was legal.",
        [Said(OKORO, "cited", "the strike was legal", channel=PILOTS)],
    ),
    "nested/passive-quoted-as-saying": (
        "Lena Varga was quoted as saying that the quota was final.",
        [Said(VARGA, "quoted", "the quota was final")],
    ),
    "nested/passive-quoted-by-channel-as-saying": (
        "Daniel Okoro was quoted by the Ministry of Fisheries as saying the strike was legal.",
        [Said(OKORO, "quoted", "the strike was legal", channel=FISHERIES)],
    ),
    "nested/passive-quoted-as-saying-a-quotation": (
        'Okoro was quoted as saying: "The strike is legal."',
        [Said(OKORO, "quoted", "The strike is legal")],
    ),
    "nested/passive-quoted-without-words-is-no-statement": ("Okoro was quoted in the evening paper.", []),
    "nested/passive-quoted-as-saying-a-noun-phrase-is-no-statement": (
        "Okoro was quoted as saying nothing about the strike.",
        [],
    ),
    "nested/passive-quoted-as-saying-colon-without-quotation-is-no-statement": (
        "Okoro was quoted as saying: nothing.",
        [],
    ),
    "nested/passive-quoted-as-refusing-is-no-statement": ("Lena Varga was quoted as refusing to comment.", []),
    "nested/according-to-outer": (
        "According to the Coastal Pilots Union, Daniel Okoro said the ferry would stop.",
        [Said(OKORO, "said", "the ferry would stop", channel=PILOTS)],
    ),
    # ---- nested attributions whose outer layer is a medium: "according to X", "X reported", "X cited Y"
    "nested/according-to-outlet-front": (
        "According to the Daily Ledger, Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March", channel=LEDGER)],
    ),
    "nested/according-to-outlet-end": (
        "Ivo Brandt said the plant would close, according to the Daily Ledger.",
        [Said(BRANDT, "said", "the plant would close", channel=LEDGER)],
    ),
    "nested/according-to-outlet-after-a-quotation": (
        '"The plant will close," Brandt told the workers, according to the Ledger.',
        [Said(BRANDT, "told", "The plant will close", channel=LEDGER)],
    ),
    "nested/reported-that-someone-said": (
        "The Daily Ledger reported that Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March", channel=LEDGER)],
    ),
    "nested/reported-after-the-inner-attribution": (
        "Brandt told the workers the plant would close in March, the Ledger reported.",
        [Said(BRANDT, "told", "the plant would close in March", channel=LEDGER)],
    ),
    "nested/reported-citing": (
        "The plant will close in March, the Ledger reported, citing Ivo Brandt.",
        [Said(BRANDT, "reported", "The plant will close in March", channel=LEDGER)],
    ),
    "nested/cited-someone-saying": (
        "The Daily Ledger cited Ivo Brandt as saying the plant would close.",
        [Said(BRANDT, "cited", "the plant would close", channel=LEDGER)],
    ),
    # citing a medium or a document: the subject speaks and names where it had it from; no one else spoke (the
    # citing is a statement of the subject's own)
    "nested/citing-an-outlet-before-the-subject": (
        "Citing the Daily Ledger, Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March")],
    ),
    "nested/citing-an-outlet-after-the-subject": (
        "Ivo Brandt, citing the Daily Ledger, said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March")],
    ),
    "nested/citing-a-report": (
        "Citing a report by the Ledger, Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March")],
    ),
    "nested/citing-a-name-known-as-no-one": (
        "Citing the Morning Harbinger, Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March")],
    ),
    "nested/citing-documents-is-a-statement-of-its-own": (
        "On Friday the Daily Ledger wrote that the harbour fund had run dry, citing two leaked audits.",
        [Said(LEDGER, "wrote", "the harbour fund had run dry"), Said(LEDGER, "citing", "two leaked audits")],
    ),
    "nested/citing-a-people-is-a-statement-of-its-own": (
        '"The toll is fair," Ivo Brandt continued, citing the many Norwegians who had paid it without complaint.',
        [Said(BRANDT, "citing", "the many Norwegians who had paid it without complaint")],
    ),
    "nested/outlet-citing-a-person": (
        "The Daily Ledger, citing Ivo Brandt, said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March", channel=LEDGER)],
    ),
    "nested/according-to-nobody-found-still-ends-the-content": (
        "Ivo Brandt told the workers that the plant would close, according to an account one of them gave.",
        [Said(BRANDT, "told", "the plant would close")],
    ),
    "nested/according-to-inside-the-content-stays": (
        "Ivo Brandt said that the old plant would, according to an account one of them gave, close in March.",
        [Said(BRANDT, "said", "the old plant would, according to an account one of them gave, close in March")],
    ),
    # "according to" not set off by a comma is a manner of the deed said, part of the content, never cut
    "nested/according-to-plan-not-set-off-stays-in-the-content": (
        "Marta Kells said the money was spent according to plan.",
        [Said(KELLS, "said", "the money was spent according to plan")],
    ),
    "nested/according-to-the-rules-not-set-off-stays-in-the-content": (
        "Okafor Mensah said the vote went according to the rules of the council.",
        [Said(MENSAH, "said", "the vote went according to the rules of the council")],
    ),
    # an "according to" a thing, not a medium, channels nobody's words
    "nested/according-to-a-schedule-is-no-channel": (
        "According to the schedule, Ivo Brandt said the plant would close in March.",
        [Said(BRANDT, "said", "the plant would close in March")],
    ),
    "nested/according-to-the-plan-is-no-speaker": (
        "According to the plan, the mill will close in March.",
        [],
    ),
    "nested/according-to-court-records-keeps-the-person": (
        "According to court records, Ivo Brandt told the judge that he had paid the fine.",
        [Said(BRANDT, "told", "he had paid the fine")],
    ),
    # "reported" a thing, or to the police, is no layer of speech around the words after it
    "nested/reported-a-loss-is-no-channel": (
        "The Daily Ledger reported a loss last year, and Ivo Brandt said the plant would close.",
        [Said(BRANDT, "said", "the plant would close")],
    ),
    "nested/reported-to-police-is-no-channel": (
        "Ivo Brandt reported the break-in to police, saying the side door had been forced.",
        [Said(BRANDT, "saying", "the side door had been forced")],
    ),
    # ---- readout cues
    "readout/reaffirmed": (
        "Lena Varga reaffirmed her support for the fishing treaty.",
        [Said(VARGA, "reaffirmed", "her support for the fishing treaty")],
    ),
    "readout/condemned-plural": (
        "Moravia and Talsk condemned the shelling of the border villages.",
        [Said(None, "condemned", "the shelling of the border villages")],
    ),
    "readout/underscored": (
        "The ministers underscored the need for fresh elections under foreign observers.",
        [Said(None, "underscored", "the need for fresh elections under foreign observers")],
    ),
    "readout/welcomed": (
        "The Coastal Pilots Union welcomed the decision to reopen the canal.",
        [Said(PILOTS, "welcomed", "the decision to reopen the canal")],
    ),
    "readout/expressed-concern": (
        "Daniel Okoro expressed concern about the rising cost of fuel.",
        [Said(OKORO, "expressed", "concern about the rising cost of fuel")],
    ),
    "readout/underscored-that": (
        "Moravia underscored that it would keep its forces out of the zone.",
        [Said(MORAVA, "underscored", "it would keep its forces out of the zone")],
    ),
    "readout/two-sides-condemned": (
        "The two sides condemned the shelling of the grain port.",
        [Said(None, "condemned", "the shelling of the grain port")],
    ),
    "readout/both-sides-reaffirmed-that": (
        "Both sides reaffirmed that the ceasefire line would hold through the winter.",
        [Said(None, "reaffirmed", "the ceasefire line would hold through the winter")],
    ),
    "readout/three-parties-welcomed": (
        "Moravia, Talsk and the Coastal Pilots Union welcomed the reopening of the strait.",
        [Said(MORAVA, "welcomed", "the reopening of the strait")],
    ),
    "readout/leaders-expressed-concern-then-underscored": (
        "The two leaders expressed concern over the drought and underscored the need for shared reservoirs.",
        [
            Said(None, "expressed", "concern over the drought"),
            Said(None, "underscored", "the need for shared reservoirs"),
        ],
    ),
    "readout/condemned-in-the-strongest-terms-then-the-object": (
        "The ministers condemned in the strongest terms the attack on the ferry.",
        [Said(None, "condemned", "the attack on the ferry")],
    ),
    "readout/welcomed-with-relief-then-the-object": (
        "The two leaders welcomed with relief the release of the crew.",
        [Said(None, "welcomed", "the release of the crew")],
    ),
    "readout/a-participle-with-its-agent-is-no-statement": ("The ministers condemned by the court for fraud.", []),
    "readout/a-participle-without-an-object-is-no-statement": ("The results announced on Monday.", []),
    "readout/a-side-door-is-no-speaker": ("The side door of the ministry was left open all night.", []),
    "readout/the-side-of-the-road-is-no-speaker": ("Both sides of the road were closed after the flood.", []),
    # ---- naming and calling for
    "naming/second-noun-phrase": (
        "Okoro called his late father his greatest teacher.",
        [Said(OKORO, "called", "his late father his greatest teacher")],
    ),
    "naming/predicate-inside-object": (
        'In a statement, Okoro called the ministry\'s refusal to meet "deeply insulting."',
        [Said(OKORO, "called", "the ministry's refusal to meet \"deeply insulting")],
    ),
    "naming/call-for-clause": (
        "In March, Lena Varga called for the minister to resign, calling him a coward.",
        [Said(VARGA, "called for", "the minister to resign"), Said(VARGA, "calling", "him a coward")],
    ),
    "naming/relative-pronoun-object": (
        "Okoro backed the plan, which Lena Varga called unfair.",
        [Said(VARGA, "called", "unfair")],
    ),
    # ---- a quoted question, then who asked it and whom
    "question/asked-addressee-after-quoted-question": (
        '"Is the pier closed for good?" Okoro asked the harbour master.',
        [Said(OKORO, "asked", "Is the pier closed for good?")],
    ),
    "question/asked-addressee-after-quoted-question-with-a-day": (
        '"Who will pay for the new sea wall?" Lena Varga asked the council on Friday.',
        [Said(VARGA, "asked", "Who will pay for the new sea wall?")],
    ),
    "question/asked-a-thing-without-a-quotation-is-what-was-asked": (
        "Okoro asked a question about the pier.",
        [Said(OKORO, "asked", "a question about the pier")],
    ),
    # ---- the topic an addressee was told about, which the parser hangs on the addressee
    "addressee-topic/warned-about": (
        "Okoro warned the crews about the coming storm.",
        [Said(OKORO, "warned", "about the coming storm")],
    ),
    "addressee-topic/told-about": (
        "Lena Varga told reporters about the broken pumps at the pier.",
        [Said(VARGA, "told", "about the broken pumps at the pier")],
    ),
    "addressee-topic/reminded-name-of": (
        "In her letter, Lena Varga reminded Okoro of the storm that wrecked the pier.",
        [Said(VARGA, "reminded", "of the storm that wrecked the pier")],
    ),
    "addressee-topic/reminded-pronoun-of": (
        "Okoro reminded them of their promise to rebuild the harbour.",
        [Said(OKORO, "reminded", "of their promise to rebuild the harbour")],
    ),
    "addressee-topic/of-after-a-common-noun-is-the-addressee": ("Okoro warned the mayor of the town.", []),
    "addressee-topic/of-after-a-title-is-the-addressee": ("Lena Varga told the head of the agency.", []),
    "addressee-topic/reminds-me-of-likens": ("Okoro reminds me of an old sea captain.", []),
    "addressee-topic/a-time-is-no-topic": ("Okoro told the crews about noon on Friday.", []),
    # ---- review regressions: a quoted question turns the object into the one asked only after "ask", and only
    # when the question is not another speaker's
    "question/urged-a-thing-after-a-quoted-question-stays-urged-regression": (
        '"Why wait?" Ivo Brandt urged restraint.',
        [Said(BRANDT, "urged", "restraint")],
    ),
    "question/asked-a-thing-after-another-speakers-question-stays-asked-regression": (
        'Hana Dorsey said, "Who will pay for this?" Tomas Rielo asked a simple question.',
        [Said(DORSEY, "said", "Who will pay for this?"), Said(RIELO, "asked", "a simple question")],
    ),
    # ---- review regressions: after a name, "of" and a name, a body or a people belong to the addressee
    "addressee-topic/name-of-news-agency-is-the-addressee-regression": (
        "Hana Dorsey told Ivo Brandt of Reuters that the talks had failed.",
        [Said(DORSEY, "told", "the talks had failed")],
    ),
    "addressee-topic/name-of-city-is-the-addressee-regression": (
        "Tomas Rielo warned Marta Kells of Lisbon that the storm was near.",
        [Said(RIELO, "warned", "the storm was near")],
    ),
    "addressee-topic/name-of-party-is-the-addressee-regression": (
        "Marta Kells warned Tomas Rielo of the Green Party about the vote.",
        [Said(KELLS, "warned", "about the vote")],
    ),
    "addressee-topic/name-of-ministry-is-the-addressee-regression": (
        "Hana Dorsey asked Tomas Rielo of the finance ministry about the deficit.",
        [Said(DORSEY, "asked", "about the deficit")],
    ),
    "addressee-topic/name-of-authority-is-the-addressee-regression": (
        "Ivo Brandt told Marta Kells of the port authority about the leak.",
        [Said(BRANDT, "told", "about the leak")],
    ),
    "addressee-topic/name-of-all-people-is-the-addressee-regression": (
        "Tomas Rielo asked Marta Kells of all people for advice.",
        [Said(RIELO, "asked", "advice")],
    ),
    # "tell" takes a topic after "of", on the addressee as on the verb ("told her of the plan" gives nothing)
    "addressee-topic/told-name-of-a-topic-is-no-content-regression": ("Hana Dorsey told Ivo Brandt of the plan.", []),
    "addressee-topic/told-pronoun-of-a-topic-is-no-content-regression": ("Hana Dorsey told her of the plan.", []),
    # me/us: only a likening verb with a person after "of" likens
    "addressee-topic/assured-us-of-is-what-was-said-regression": (
        "Ivo Brandt assured us of his support.",
        [Said(BRANDT, "assured", "of his support")],
    ),
    "addressee-topic/reminded-us-of-a-thing-is-what-was-said-regression": (
        "Marta Kells reminded us of the risks.",
        [Said(KELLS, "reminded", "of the risks")],
    ),
    "addressee-topic/reminded-me-of-a-thing-is-what-was-said-regression": (
        "Ivo Brandt reminded me of my promise.",
        [Said(BRANDT, "reminded", "of my promise")],
    ),
    "addressee-topic/reminds-me-of-a-person-likens-regression": (
        "Okafor Mensah reminds me of a young sea captain.",
        [],
    ),
    # ---- a free relative: "what X called Y" names a thing by the speaker's words, which are the predicate
    "free-relative/what-called-quoted": (
        'The crews rejected what Okoro called "a cynical plan".',
        [Said(OKORO, "called", "a cynical plan")],
    ),
    "free-relative/what-called-after-preposition": (
        "The boats sailed under what Lena Varga called a slow and careless regime.",
        [Said(VARGA, "called", "a slow and careless regime")],
    ),
    "free-relative/what-said-is": (
        "The plan relies on what Lena Varga said is a growing demand for fresh cod.",
        [Said(VARGA, "said", "is a growing demand for fresh cod")],
    ),
    "free-relative/what-called-home-is-no-statement": ("The island is what Okoro called home for a decade.", []),
    "free-relative/what-called-at-a-time-is-no-statement": ("Varga knew what Okoro called about at noon.", []),
    "free-relative/what-cooked-is-no-statement": ("The crews ate what Lena Varga cooked on Friday.", []),
    "free-relative/what-said-without-a-clause-is-no-statement": ("The crews laughed at what Okoro said.", []),
    "free-relative/what-said-in-a-gerund-is-no-statement": ("Okoro is known for saying what he thinks.", []),
    "naming/relative-pronoun-inside-a-praised-object-is-no-nested-channel": (
        'Lena Varga praised the plan, which Okoro called "a disgrace."',
        [Said(VARGA, "praised", 'the plan, which Okoro called "a disgrace'), Said(OKORO, "called", "a disgrace")],
    ),
    "naming/relative-pronoun-phoned-on-a-day-is-no-statement": (
        "Okoro sold the boat, which Varga called on Monday.",
        [],
    ),
    "naming/relative-pronoun-called-early-is-no-statement": (
        "The snap election, which the president called early, was lost.",
        [],
    ),
    "naming/relative-pronoun-called-home-is-no-statement": (
        "Okoro visited the harbour, which Varga called home for twenty years.",
        [],
    ),
    "naming/phoning-is-no-statement": ("Okoro called the ministry yesterday.", []),
    "naming/a-name-after-the-object-is-whom-was-phoned": ("Okoro called his brother Viktor after the storm.", []),
    "naming/a-full-name-after-a-possessive-object-is-whom-was-phoned": (
        "Varga called the union's new legal adviser Petra Lind on Monday morning.",
        [],
    ),
    "naming/a-name-the-parser-made-a-predicate-is-whom-was-phoned": (
        "Moravia's premier called the navy's retired admiral Otto Vask late on Friday.",
        [],
    ),
    "readout/condemned-in-joint-statement": (
        "The leaders of Moravia and Talsk condemned the attack in a joint statement.",
        [Said(None, "condemned", "the attack")],
    ),
    "readout/praised-in-speech-pronoun": (
        "Lena Varga spoke last. She praised the volunteers in her speech.",
        [Said(VARGA, "praised", "the volunteers")],
    ),
    "readout/welcomed-changes-in-the-report": (
        "Moravia welcomed the changes in the report.",
        [Said(MORAVA, "welcomed", "the changes in the report")],
    ),
    # ---- a question whether something was said says nothing
    "question/did-say": ("Did Lena Varga say the port would close?", []),
    "question/has-announced": ("Has the Ministry of Fisheries announced that the bay will stay closed?", []),
    "question/why-claim-takes-the-claim-as-made": (
        "Why did Okoro claim that the vote was rigged?",
        [Said(OKORO, "claim", "the vote was rigged")],
    ),
    "question/why-say-takes-the-saying-as-made": (
        "Why did Okoro say the port would close?",
        [Said(OKORO, "say", "the port would close")],
    ),
    "question/said-then-asked-whether-true": (
        "Lena Varga said the port would close, but would it?",
        [Said(VARGA, "said", "the port would close")],
    ),
    "question/quoted-question-is-what-was-asked": (
        '"Did he really say that?" Lena Varga asked.',
        [Said(VARGA, "asked", "Did he really say that?")],
    ),
    # ---- beliefs and wishes are no statements
    "belief/believes": ("Lena Varga believes the harbour will fail.", []),
    "belief/wants": ("The union wants the ministry to raise the quota.", []),
    "belief/thinks-pronoun": ("Okoro came back. He thinks the depot is too small.", []),
    "belief/hopes": ("Moravia hopes that the talks will resume soon.", []),
    "belief/fears-that": ("Okoro fears that the pier will collapse.", []),
    "belief/is-convinced": ("The Ministry of Fisheries is convinced that the stocks will recover.", []),
    "intention/plans-to": ("Lena Varga plans to close the port.", []),
    "belief/believed-past-with-quote-nearby": (
        'Okoro spoke briefly. "It is over," he said. He believed the union had lost.',
        [Said(OKORO, "said", "It is over")],
    ),
}


# Cases whose expected statements are all there is: nothing else may be found.
EXACTLY = frozenset(
    {
        "nested/passive-quoted-as-saying",
        "nested/passive-quoted-by-channel-as-saying",
        "nested/passive-quoted-as-saying-a-quotation",
        "participle/said-before-adding-colon-quotation",
        "participle/said-after-adding-colon-quotation",
        "participle/aside-while-speaking-leaves-the-clause-to-the-verb",
        "share/a-number-of",
    }
)


@pytest.mark.parametrize("name", list(CASES))
def test_construction(nlp: Language, name: str) -> None:
    text, expected = CASES[name]
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text, s.channel) for s in statements]
    if name.startswith("nested/citing-"):
        assert all(s.channel is None for s in statements), got  # the source cited carried no one's words
    for said in expected:
        assert any(found(s, said) for s in statements), (said, got)
    if name in EXACTLY:
        assert len(statements) == len(expected), got
    if not expected:
        assert statements == [], got
    if name.startswith(("belief/", "intention/")):
        assert not any(s.cue_lemma in ("believe", "think", "hope", "want", "fear", "plan") for s in statements), got


def test_a_leading_clause_whose_subject_names_no_one_attributes_nothing(nlp: Language) -> None:
    statements = statements_of(nlp, "Online chatter speculated wildly, Okoro noted.")
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, Said(OKORO, "noted", "Online chatter speculated wildly")) for s in statements), got
    assert not any(s.cue.text == "speculated" for s in statements), got


def test_relative_clause_in_an_object_gets_no_channel_regression(nlp: Language) -> None:
    statements = statements_of(nlp, 'Lena Varga praised the plan, which Okoro called "a disgrace."')
    called = [s for s in statements if s.cue_lemma == "call"]
    assert [(s.speaker, s.channel) for s in called] == [(key(OKORO), None)]


def test_released_report_colon_quotation_with_its_own_attribution_regression(nlp: Language) -> None:
    text = 'The Ministry of Fisheries issued a report:\n\n"The stocks are gone," one fisherman told the inquiry.'
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert not any(s.speaker == key(FISHERIES) for s in statements), got


def test_quoted_as_denying_reads_as_denied_regression(nlp: Language) -> None:
    quoted = statements_of(nlp, "Okoro was quoted as denying that the strike was illegal.")
    active = statements_of(nlp, "Okoro denied that the strike was illegal.")
    assert [(s.speaker, s.content.text) for s in quoted] == [(s.speaker, s.content.text) for s in active]


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # asked to denounce is no denouncing: the one urged says nothing yet
        ("Ferries were idle. The Ministry of Fisheries urged Okoro to denounce the strike.", OKORO),
        ("Ferries were idle. Lena Varga pushed Okoro to reject the offer.", OKORO),
        # a causing that would, or did not, happen makes no one say anything
        ("Ferries were idle. The new toll would force Okoro to admit that the pier was unsafe.", OKORO),
        ("Ferries were idle. The union failed to force Okoro to concede that the pier was unsafe.", OKORO),
        ("Ferries were idle. The vote did not prompt Lena Varga to warn that the port would close.", VARGA),
        # what one is obliged to say one may never have said
        ("Ferries were idle. The rules oblige Okoro to declare that the cargo is safe.", OKORO),
        # the reader of a report did not write what it says
        ("Ferries were idle. Lena Varga read a report saying the stocks were gone.", VARGA),
        # those one listens to may be the ones speaking: no piece was sent to them
        ("Ferries were idle. Okoro listened to the fishermen saying the quota was too low.", OKORO),
        # what one was wanted or expected to say one may never have said
        ("Ferries were idle. The union wanted Okoro to say the strike was legal.", OKORO),
        ("Ferries were idle. The ministry needed Lena Varga to state that the quota was final.", VARGA),
        ("Ferries were idle. The pilots expected Okoro to announce that the pier would close.", OKORO),
        # those one met were not sent anything: they may be the ones speaking
        ("Ferries were idle. Lena Varga met the pilots saying the pier was unsafe.", VARGA),
        # written to someone in no piece made to carry words: the walker did not say what the crowd was shouting
        ("Ferries were idle. Lena Varga walked in a parade to the fishermen demanding a higher quota.", VARGA),
    ],
)
def test_no_statement_of_one_who_did_not_say_it(nlp: Language, text: str, not_speaker: Who) -> None:
    statements = statements_of(nlp, text)
    assert not any(s.speaker == key(not_speaker) for s in statements), [(s.speaker, s.cue.text) for s in statements]


@pytest.mark.parametrize(
    "text", ["The firm ignored what Tomas Rielo asked for.", "They gave Marta Kells what she asked for."]
)
def test_regression_free_relative_with_stranded_preposition_does_not_crash(nlp: Language, text: str) -> None:
    # "what she asked for": the object of the stranded "for" is "what", before the cue; no content, no crash
    article = Article("t", "t.txt", text, ArticleMeta(published=dt.date(2025, 6, 12)), "0", find_headings(text))
    extraction = extract(parse(article, nlp), article)
    assert [s for s in extraction.statements if s.cue_lemma == "ask"] == []


def extracted(nlp: Language, text: str) -> tuple[list[Statement], dict[str, str]]:
    """The statements of the whole pipeline (spaCy's own entities), and each actor's name by key."""
    article = Article("t", "t.txt", text, ArticleMeta(published=dt.date(2025, 6, 12)), "0", find_headings(text))
    extraction = extract(parse(article, nlp), article)
    return extraction.statements, {a.key: a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        (
            "According to the Daily Ledger, Ivo Brandt said the plant would close in March.",
            "Ivo Brandt",
            "Daily Ledger",
        ),
        (
            "According to the Harbor Courier, Mara Quint said the ferry would stop in May.",
            "Mara Quint",
            "Harbor Courier",
        ),
    ],
)
def test_according_to_outlet_merged_with_speaker_into_one_actor_regression(
    nlp: Language, text: str, person: str, outlet: str
) -> None:
    # spaCy may run "the Daily Ledger, Ivo Brandt" into one name: two actors, the person speaking, the outlet the
    # channel
    statements, names = extracted(nlp, text)
    assert not any("," in name for name in names.values()), names
    got = [(names.get(s.speaker), s.cue.text, s.content.text, names.get(s.channel or "")) for s in statements]
    assert got == [(person, "said", text[text.index("said") + 5 : -1], outlet)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Writing to the Daily Ledger, Ivo Brandt said the plant would close.", {"Daily Ledger", "Ivo Brandt"}),
        ("The Daily Ledger, Ivo Brandt's newspaper, said the plant would close.", {"Daily Ledger", "Ivo Brandt"}),
        # a comma the parse spans stays inside one name
        ("Hale, Brandt & Co. said profits rose.", {"Hale, Brandt & Co."}),
        ("The firm Quint, Lund and Partners said profits rose.", {"Quint, Lund and Partners"}),
    ],
)
def test_a_comma_parting_two_phrases_parts_two_names(nlp: Language, text: str, names: set[str]) -> None:
    assert set(extracted(nlp, text)[1].values()) == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser may hang the participle on the noun after the copula; that noun is what the subject is
        ("Ferries were idle. Okoro was the last captain to sign the letter, tweeting his support on Friday.", OKORO),
        ("Ferries were idle. Okoro was the last captain to leave the meeting, saying the strike would go on.", OKORO),
    ],
)
def test_participle_on_the_noun_after_a_copula_is_the_subjects(nlp: Language, text: str, speaker: Who) -> None:
    statements = statements_of(nlp, text)
    assert [s.speaker for s in statements] == [key(speaker)], [(s.speaker, s.cue.text) for s in statements]


def test_citing_an_outlet_does_not_swap_speaker_and_channel_regression(nlp: Language) -> None:
    """Regression: "X, citing the Ledger, said" made the Ledger the speaker and X its channel."""
    statements = statements_of(nlp, "Ivo Brandt, citing the Daily Ledger, said the plant would close in March.")
    assert {(s.speaker, s.channel) for s in statements} == {(key(BRANDT), None)}


@pytest.mark.parametrize(
    "text",
    [
        # "side" names a part of a place or thing here, no party to talks
        "The north side of the levee revealed long cracks.",
        "The west side revealed long cracks.",
        "The driver's side showed signs of a heavy impact.",
        "The far side of the quarry revealed an old wreck.",
    ],
)
def test_a_side_of_a_place_is_no_speaker_regression(nlp: Language, text: str) -> None:
    statements = statements_of(nlp, text)
    assert statements == [], [(s.speaker, s.cue.text) for s in statements]


def test_a_side_by_a_demonym_still_speaks_regression(nlp: Language) -> None:
    statements = statements_of(nlp, "The Talskan side stated that it opposed the new quotas.")
    assert [s.content.text for s in statements] == ["it opposed the new quotas"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ferries were idle. Lena Varga handed the court a letter from Daniel Okoro saying the pier was unsafe.",
            "the pier was unsafe",
            OKORO,
        ),
        (
            "Ferries were idle. Okoro read out a statement from the Coastal Pilots Union saying the strike was legal.",
            "the strike was legal",
            PILOTS,
        ),
        (
            "Ferries were idle. Lena Varga read aloud Okoro's letter saying the quota was final.",
            "the quota was final",
            OKORO,
        ),
        # the piece is the passer's own
        (
            "Ferries were idle. Lena Varga handed the court her statement saying the pier was unsafe.",
            "the pier was unsafe",
            VARGA,
        ),
    ],
)
def test_a_piece_handed_or_read_out_that_names_its_author_is_the_authors_regression(
    nlp: Language, text: str, content: str, speaker: Who
) -> None:
    """Regression: "read out a letter from X saying ..." gave X's words to the reader, or to no one."""
    statements = statements_of(nlp, text)
    assert any(found(s, Said(speaker, "", content)) for s in statements), statements


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Ferries were idle. Lena Varga briefed the pilots demanding a higher quota.", VARGA),
        ("Ferries were idle. Okoro notified the crews threatening to strike that the pier would close.", OKORO),
        ("Ferries were idle. Lena Varga told the fishermen protesting the quota that the pier would close.", VARGA),
    ],
)
def test_those_told_who_are_doing_something_are_not_the_tellers_words_regression(
    nlp: Language, text: str, teller: Who
) -> None:
    """Regression: a participle with a bare object on those briefed or told ("briefed the families demanding answers")
    says what they were doing; the teller did not demand or threaten."""
    statements = statements_of(nlp, text)
    told = ("told", "notified", "briefed")
    assert not any(s.speaker == key(teller) and s.cue.text.lower() not in told for s in statements), statements


@pytest.mark.parametrize(
    "text",
    [
        "Citing the Harbor Ledger, Ivo Brandt said the plant would close in March.",
        "Ivo Brandt, citing the Valley Courier, said the plant would close in March.",
    ],
)
def test_citing_an_outlet_whose_name_has_no_word_of_news_does_not_swap_speaker_and_channel_regression(
    nlp: Language, text: str
) -> None:
    """Regression: an outlet the article names ("the Harbor Ledger") was no medium to "citing", so it became the
    speaker and the one citing it its channel."""
    statements, names = extracted(nlp, text)
    said = [s for s in statements if s.cue.text == "said"]
    assert [(names[s.speaker], s.channel) for s in said] == [("Ivo Brandt", None)], said


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Lena Varga argued that the tolls were too high, while Okoro said that the ferry needed the money.",
            Said(VARGA, "argued", "the tolls were too high"),
            Said(OKORO, "said", "the ferry needed the money"),
        ),
        (
            "The Coastal Pilots Union claimed the pier was unsafe, whereas the Ministry of Fisheries maintained it"
            " would last.",
            Said(PILOTS, "claimed", "the pier was unsafe"),
            Said(FISHERIES, "maintained", "it would last"),
        ),
        (
            "Okoro warned that the quota was too low, although Lena Varga told reporters it was fair.",
            Said(OKORO, "warned", "the quota was too low"),
            Said(VARGA, "told", "it was fair"),
        ),
        (
            "Moravia says the border is calm, though Talsk has insisted that troops are massing there.",
            Said(MORAVA, "says", "the border is calm"),
            Said(TALSK, "insisted", "troops are massing there"),
        ),
    ],
)
def test_a_contrasting_attribution_in_a_while_clause_stands_beside_the_first(
    nlp: Language, text: str, first: Said, second: Said
) -> None:
    """ "X said A, while Y said B": Y's clause of saying, with a subject of its own, is a second attribution
    beside X's, not part of what X said, and X passed none of Y's words on."""
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text, s.channel) for s in statements]
    assert any(found(s, first) for s in statements), got
    assert any(found(s, second) and s.channel is None for s in statements), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a while-clause that reports no saying stays part of what was said
        (
            "Lena Varga said the fares rose while the ferry was idle.",
            "the fares rose while the ferry was idle",
        ),
        # a wish is no second statement: the clause stays whole
        (
            "Okoro said the fares rose, while the union wanted them cut.",
            "the fares rose, while the union wanted them cut",
        ),
        # a clause of time is no contrast: the report after it may be what the speaker passed on
        (
            "Lena Varga said the pier closed after the inspectors said it was unsafe.",
            "the pier closed after the inspectors said it was unsafe",
        ),
    ],
)
def test_a_while_clause_without_a_contrasting_attribution_stays_in_the_content(
    nlp: Language, text: str, content: str
) -> None:
    statements = statements_of(nlp, text)
    said = [s for s in statements if s.cue.text == "said" and s.content.begin == text.index(content.split()[0])]
    assert [trimmed(s.content.text) for s in said] == [content], [(s.cue.text, s.content.text) for s in statements]


@pytest.mark.parametrize(
    ("text", "speaker", "second"),
    [
        (
            '"Is anyone counting the votes?" said Lena Varga, a harbour pilot who has accused the ministry of hiding'
            ' the figures. "They should have been published a month ago."',
            VARGA,
            "They should have been published a month ago.",
        ),
        (
            '"The tolls are fair," said Okoro, a ferry captain who has advised the union. "Nobody will lose money."',
            OKORO,
            "Nobody will lose money.",
        ),
        (
            '"We tried to warn them," said Lena Varga, who complained about the tolls last year. "Now it is too late."',
            VARGA,
            "Now it is too late.",
        ),
    ],
)
def test_a_quotation_after_an_attribution_with_a_relative_clause_goes_on_from_the_attribution(
    nlp: Language, text: str, speaker: Who, second: str
) -> None:
    """'"...," said X, who has accused Y of Z. "..."': the relative clause describes the speaker; the next
    quotation goes on from the one "said" attributes, not from the verb in the description."""
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    holding = [s for s in statements if second in s.content.text]
    assert [(s.speaker, s.cue.text) for s in holding] == [(key(speaker), "said")], got
    if "accused" in text:  # the act the description tells of is a statement of its own
        assert any(found(s, Said(speaker, "accused", "the ministry of hiding the figures")) for s in statements), got


def test_a_quotation_after_a_relative_clause_of_someone_else_is_not_joined(nlp: Language) -> None:
    # the verb of saying in a relative clause on the object, not on the speaker, is a new attribution nearer
    text = (
        '"It is over," said Lena Varga. She thanked the pilots, who had warned the council last week: "The pier will'
        ' fall."'
    )
    statements = statements_of(nlp, text)
    holding = [s for s in statements if "The pier will fall" in s.content.text]
    assert [s.cue.text for s in holding] != ["said"], [(s.speaker, s.cue.text, s.content.text) for s in statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The council asked Lena Varga to close the port. Varga refused: "The port stays open while ferries run."',
            Said(VARGA, "refused", "The port stays open while ferries run"),
        ),
        (
            'Okoro spoke twice on Monday. In a later interview, Okoro went further: "The ministry has lied to us."',
            Said(OKORO, "went", "The ministry has lied to us"),
        ),
        (
            'Reporters pressed the Ministry of Fisheries for an answer. The ministry stood firm: "The quota stays."',
            Said(FISHERIES, "stood", "The quota stays"),
        ),
    ],
)
def test_a_quotation_after_a_colon_is_the_words_of_the_clause_before_it(
    nlp: Language, text: str, expected: Said
) -> None:
    """'X refused: "..."': a clause with a subject that can speak, ended by a colon, introduces the quotation;
    its verb is the cue, not a verb of saying in an earlier sentence."""
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, expected) for s in statements), got


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Lena Varga spoke on Monday. The headline was blunt: "Port to close."', "Port to close"),
        ('Okoro arrived late. The sign on the gate read: "No entry after dark."', "No entry after dark"),
    ],
)
def test_a_quotation_after_a_colon_of_a_thing_is_no_ones_words(nlp: Language, text: str, words: str) -> None:
    # a headline or a sign says nothing for a speaker named in the sentence before
    statements = statements_of(nlp, text)
    assert not any(words in s.content.text for s in statements), [(s.speaker, s.cue.text) for s in statements]


def test_a_quotation_after_a_colon_of_a_copula_is_not_the_subjects_words(nlp: Language) -> None:
    # how someone seems is no act of saying: nothing to attribute here
    text = 'The vote was over. Okoro seemed content with the result: "The harbour is saved at last."'
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text) for s in statements]
    assert not any("harbour is saved" in s.content.text for s in statements), got


def test_a_split_quotation_after_a_colon_keeps_its_own_attribution(nlp: Language) -> None:
    text = 'The ministry wrote to the pilots. Okoro fired back: "As a captain," he wrote, "I know the pier is unsafe."'
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert not any(s.cue.text == "fired" for s in statements), got


@pytest.mark.parametrize(
    ("text", "expected", "first"),
    [
        (
            "The Coastal Pilots Union rejected the complaint lodged by two retired captains accusing the union of"
            ' fraud, calling it "absurd" on Monday.',
            Said(PILOTS, "calling", 'it "absurd'),
            "the complaint lodged by two retired captains accusing the union of fraud",
        ),
        (
            "Lena Varga brushed aside a study commissioned by the ministry insisting that the cod stocks were healthy,"
            ' calling it "fiction."',
            Said(VARGA, "calling", 'it "fiction'),
            "",
        ),
        (
            "Okoro attacked the toll plan drawn up by the council, describing it as a tax on the poor.",
            Said(OKORO, "describing", "it as a tax on the poor"),
            "",
        ),
    ],
)
def test_a_participle_naming_the_object_back_after_a_comma_is_the_subjects(
    nlp: Language, text: str, expected: Said, first: str
) -> None:
    """'X rejected the complaint Y lodged, calling it "absurd"': "it" is the complaint, so X calls it so, however
    deep in the object the parser hangs the participle; the object's own words end before the comma."""
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, expected) for s in statements), got
    if first:
        assert any(trimmed(s.content.text) == first for s in statements), got
    # the object's own words end before the comma too
    assert not any(s.cue.text in ("accusing", "insisting") and "calling" in s.content.text for s in statements), got


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # no comma: the participle is the object's, a report that says something
        ("Ferries were idle. Lena Varga read a report calling the quota unfair.", VARGA),
        # a participle with its own object, not one pointing back, may be the object's maker's
        ("Ferries were idle. Okoro praised a letter from the pilots, calling for a new pier.", None),
    ],
)
def test_a_participle_without_a_pronoun_back_stays_with_the_object(
    nlp: Language, text: str, not_speaker: Who | None
) -> None:
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    if not_speaker is not None:
        assert not any(s.speaker == key(not_speaker) and s.cue.text == "calling" for s in statements), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Varga said the ferries would keep sailing while the inquiry continues.",
            Said(VARGA, "said", "the ferries would keep sailing while the inquiry continues"),
        ),
        (
            "Okoro said the pier would stay shut while divers spoke to the harbour master.",
            Said(OKORO, "said", "the pier would stay shut while divers spoke to the harbour master"),
        ),
    ],
)
def test_a_while_clause_of_time_without_a_comma_stays_in_the_content_regression(
    nlp: Language, text: str, expected: Said
) -> None:
    # no comma sets the clause off: it tells when, and is no second attribution beside the first
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, expected) for s in statements), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Lena Varga spoke to the pilots on Monday. She gave a warning: "Keep the boats in port."',
            Said(VARGA, "gave", "Keep the boats in port"),
        ),
        (
            'Okoro met the crews at the quay. He made a promise: "Nobody will lose a licence."',
            Said(OKORO, "made", "Nobody will lose a licence"),
        ),
    ],
)
def test_a_colon_after_a_clause_whose_object_is_a_statement_noun_keeps_the_quotation_regression(
    nlp: Language, text: str, expected: Said
) -> None:
    # "gave a warning:" names the words the quotation gives; the object is no thing that blocks the attribution
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, expected) for s in statements), got


@pytest.mark.parametrize(
    "text",
    [
        'Ferries were idle. Okoro said after announcing the new fares: "Nobody will pay more."',
        'Ferries were idle. Okoro said after admitting he had misjudged the tide: "The pier was never safe."',
    ],
)
def test_a_participle_with_its_own_object_leaves_the_quotation_to_the_verb_regression(nlp: Language, text: str) -> None:
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    quotation = "Nobody will pay more" if "Nobody" in text else "The pier was never safe"
    assert any(found(s, Said(OKORO, "said", quotation)) for s in statements), got


def test_a_that_clause_right_after_a_participle_phrase_stays_the_verbs_regression(nlp: Language) -> None:
    text = "Ferries were idle. Okoro said after speaking to residents that the road would reopen."
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, Said(OKORO, "said", "the road would reopen")) for s in statements), got


def test_the_number_who_said_still_speaks_after_the_bare_number_fix_regression(nlp: Language) -> None:
    text = "Ferries were idle. The number who said they would sail rose to ninety, Okoro said."
    statements = statements_of(nlp, text)
    got = [(s.speaker, s.cue.text, s.content.text) for s in statements]
    assert any(found(s, Said(None, "said", "they would sail")) for s in statements), got
