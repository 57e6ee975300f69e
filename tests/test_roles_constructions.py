"""Roles by construction of English grammar, from sentences written for this file (invented people and bodies).

Each case names the roles a careful reader takes from the text (``want``), the ones a reader may also take
(``allow``), and the people who must get no role, or no role of a given post (``forbid``). Titles and owners
are matched case-insensitively; "a|b" accepts either; the title "*" accepts any title; the owner None wants no
owner and "?" accepts any.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.language import Language

from kgingest.extract.actors import find_actors
from kgingest.extract.index import EntityIndex
from kgingest.extract.roles import find_roles
from kgingest.model import ActorType, Role
from kgingest.parse import load_model, parse
from kgingest.read import article_from_text

Triple = tuple[str, str, str | None]


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    want: tuple[Triple, ...] = ()
    allow: tuple[Triple, ...] = ()
    forbid: tuple[tuple[str, ...], ...] = ()  # (holder, title or "*"[, owner])


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace(".", " ").split())


def _names(index: EntityIndex, key: str | None) -> set[str]:
    if key is None:
        return set()
    actor = index.actor(key)
    if actor is not None:
        return {_fold(actor.name), *(_fold(a) for a in actor.aliases)}
    return {_fold(p.name) for p in index.places if p.key == key} | {_fold(key)}


def _title_fits(spec: str, title: str | None) -> bool:
    return spec == "*" or _fold(title) in {_fold(t) for t in spec.split("|")}


def _owner_fits(spec: str | None, index: EntityIndex, of: str | None) -> bool:
    if spec == "?":
        return True
    if spec is None:
        return of is None
    return bool({_fold(o) for o in spec.split("|")} & _names(index, of))


def _fits(triple: Triple, role: Role, index: EntityIndex) -> bool:
    holder, title, owner = triple
    return (
        _fold(holder) in _names(index, role.holder)
        and _title_fits(title, role.title)
        and _owner_fits(owner, index, role.of)
    )


def problems(nlp: Language, case: Case) -> list[str]:
    """What the extraction gets wrong on one case: wanted roles missing, roles of the named holders no spec
    accepts, forbidden roles."""
    article = article_from_text(case.text, "t")
    doc = parse(article, nlp)
    index = find_actors(doc, article)
    roles = find_roles(doc, article, index)
    shown = [f"{r.holder} / {r.title} / {r.of}" for r in roles]
    found: list[str] = []
    for triple in case.want:
        if not any(_fits(triple, r, index) for r in roles):
            found.append(f"missing {triple} in {shown}")
    holders = {_fold(t[0]) for t in case.want}
    for role in roles:
        if _names(index, role.holder) & holders and not any(_fits(t, role, index) for t in case.want + case.allow):
            found.append(f"unwanted {role.holder} / {role.title} / {role.of}")
    for holder, title, *owner in case.forbid:
        found += [
            f"forbidden {r.holder} / {r.title} / {r.of}"
            for r in roles
            if _fold(holder) in _names(index, r.holder)
            and _title_fits(title, r.title)
            and (not owner or _owner_fits(owner[0], index, r.of))
        ]
    return found


POSITIVE: list[Case] = [
    # Posts before names.
    Case(
        "before_state_of",
        "Defence Minister Ilse Marwick of Norway toured the naval base on Friday.",
        want=(("Ilse Marwick", "Defence Minister", "Norway"),),
    ),
    Case(
        "before_abbreviated_senate",
        "Sen. Harold Binton told reporters that the Senate would take up his bill in March.",
        want=(("Harold Binton", "Sen.|Senator", "Senate"),),
    ),
    Case(
        "before_former",
        "Former President Olu Adeyemi of Nigeria will lead the observer mission.",
        want=(("Olu Adeyemi", "President|former President", "Nigeria"),),
    ),
    Case(
        "before_acting_state_in_sentence",
        "In Ghana, Acting Chief Justice Mariam Kotei swore in the new cabinet on Monday.",
        want=(("Mariam Kotei", "Chief Justice|Acting Chief Justice", "Ghana"),),
    ),
    Case(
        "before_subject_speaks_of_own_state",
        "Interior Minister Tomasz Wierzba said Poland would close two border crossings.",
        want=(("Tomasz Wierzba", "Interior Minister", "Poland"),),
    ),
    # After names: comma apposition with of / for / at.
    Case(
        "after_the_post_of_org",
        "Lena Hovik, the chief executive of Meridian Freight, said profits fell sharply.",
        want=(("Lena Hovik", "chief executive", "Meridian Freight"),),
    ),
    Case(
        "after_post_for_campaign",
        "Ana Quispe, spokeswoman for the Renewal Front campaign, denied the report on Sunday.",
        want=(("Ana Quispe", "spokeswoman", "Renewal Front|Renewal Front campaign"),),
    ),
    Case(
        "after_post_at_org",
        "Priya Nandakumar, director of research at the Tidewater Foundation, expects a slowdown.",
        want=(("Priya Nandakumar", "director of research|director", "Tidewater Foundation"),),
    ),
    Case(
        "after_a_post_at_university",
        "The plan was drafted by Joost Verhagen, a professor of law at Tillberg University, last spring.",
        want=(("Joost Verhagen", "professor of law|professor", "Tillberg University"),),
    ),
    Case(
        "after_object_position",
        "Reporters questioned Martin Ekdahl, the treasurer of the Coastal Alliance, about the missing funds.",
        want=(("Martin Ekdahl", "treasurer", "Coastal Alliance"),),
    ),
    # Reverse apposition.
    Case(
        "reverse_post_of_state",
        "The foreign minister of Peru, Elena Vargas, arrived in Quito on Tuesday.",
        want=(("Elena Vargas", "foreign minister", "Peru"),),
    ),
    Case(
        "reverse_possessive_state",
        "Malaysia's trade minister, Haris Iskandar, signed the accord in Hanoi.",
        want=(("Haris Iskandar", "trade minister", "Malaysia"),),
    ),
    Case(
        "reverse_head_of_org",
        "The head of the Northern Grain Cooperative, Piet Rademeyer, resigned on Tuesday.",
        want=(("Piet Rademeyer", "head", "Northern Grain Cooperative"),),
    ),
    Case(
        "reverse_object_position",
        "Officials briefed the chairman of Kestrel Motors, Yuki Tanabe, on the recall.",
        want=(("Yuki Tanabe", "chairman", "Kestrel Motors"),),
    ),
    # "who heads".
    Case(
        "who_heads",
        "Ingrid Solberg, who heads the Fjord Fisheries Association, criticised the new quota.",
        want=(("Ingrid Solberg", "*", "Fjord Fisheries Association"),),
    ),
    Case(
        "who_leads_object",
        "The report was written by Tariq Haddad, who leads the Atlas Research Group.",
        want=(("Tariq Haddad", "*", "Atlas Research Group"),),
    ),
    Case(
        "who_chairs",
        "Marta Kowalczyk, who chairs the Vistula Energy Council, opposed the merger.",
        want=(("Marta Kowalczyk", "*", "Vistula Energy Council"),),
    ),
    Case(
        "who_runs",
        "Dmitri Orlov, who runs the Baltic Shipping Union, called the strike.",
        want=(("Dmitri Orlov", "*", "Baltic Shipping Union"),),
    ),
    # "A, B's ambassador to C".
    Case(
        "ambassador_possessive",
        "Samuel Otieno, Kenya's ambassador to Uganda, delivered the letter on Friday.",
        want=(("Samuel Otieno", "ambassador|ambassador to Uganda", "Kenya"),),
    ),
    Case(
        "envoy_possessive_un",
        "Lucia Ferraz, Brazil's envoy to the United Nations, rejected the draft.",
        want=(("Lucia Ferraz", "envoy|envoy to the United Nations", "Brazil"),),
    ),
    Case(
        "ambassador_demonym",
        "Hendrik Maas, the Dutch ambassador to Indonesia, was summoned on Monday.",
        want=(("Hendrik Maas", "ambassador|ambassador to Indonesia", "Netherlands|the Netherlands"),),
    ),
    Case(
        "ambassador_object",
        "Phnom Penh summoned Nguyen Van Long, Vietnam's ambassador to Cambodia, on Monday.",
        want=(("Nguyen Van Long", "ambassador|ambassador to Cambodia", "Vietnam"),),
    ),
    # Appointed / elected / named.
    Case(
        "appointed_post_of_state",
        "In March, Rosa Lindqvist was appointed finance minister of Sweden.",
        want=(("Rosa Lindqvist", "finance minister", "Sweden"),),
    ),
    Case(
        "elected_post_of_org",
        "Obi Nwankwo was elected chairman of the Delta Traders Union in 2019.",
        want=(("Obi Nwankwo", "chairman", "Delta Traders Union"),),
    ),
    Case(
        "named_active",
        "The board named Yuki Tanabe chief executive of Kestrel Motors on Monday.",
        want=(("Yuki Tanabe", "chief executive", "Kestrel Motors"),),
    ),
    Case(
        "appointed_active",
        "The council appointed Rosa Kemp director of the Harbor Policy Institute.",
        want=(("Rosa Kemp", "director", "Harbor Policy Institute"),),
    ),
    Case(
        "named_possessive",
        "Fatima Alaoui was named Morocco's minister of tourism last week.",
        want=(("Fatima Alaoui", "minister of tourism|minister", "Morocco"),),
    ),
    # Ranks beside posts.
    Case(
        "rank_then_post_of",
        "Major General Ayodele Bankole, spokesman of the Nigerian Army, said the convoy was attacked.",
        want=(("Ayodele Bankole", "spokesman", "Nigerian Army"),),
        allow=(("Ayodele Bankole", "Major General", "Nigerian Army"),),
    ),
    Case(
        "rank_then_a_post_for",
        "Colonel Rafael Montes, a spokesman for the Colombian Air Force, confirmed the crash.",
        want=(("Rafael Montes", "spokesman", "Colombian Air Force"),),
        allow=(("Rafael Montes", "Colonel", "Colombian Air Force"),),
    ),
    Case(
        "post_then_rank_reverse",
        "The spokesman of the Lanka Defence Force, Brigadier Sunil Perera, told reporters the road was open.",
        want=(("Sunil Perera", "spokesman", "Lanka Defence Force"),),
        allow=(("Sunil Perera", "Brigadier", "Lanka Defence Force"),),
    ),
    Case(
        "abbreviated_rank_then_post",
        "Lt. Col. Amir Dayan, deputy commander of the Galilee Brigade, denied the claim.",
        want=(("Amir Dayan", "deputy commander", "Galilee Brigade"),),
        allow=(("Amir Dayan", "Lt. Col.|Lieutenant Colonel", "Galilee Brigade"),),
    ),
    # Posts in parts of organizations.
    Case(
        "part_department",
        "Clara Benning, a spokesperson of the Department of Transport, said trains would run.",
        want=(("Clara Benning", "spokesperson", "Department of Transport"),),
    ),
    Case(
        "part_office_at_ministry",
        "Omar Faruk, director of the budget office at the Ministry of Finance, resigned.",
        want=(("Omar Faruk", "director", "Ministry of Finance|budget office"),),
    ),
    Case(
        "part_division_of_company",
        "Li Wen, head of the Asia division of Harrow Capital, left the firm.",
        want=(("Li Wen", "head", "Harrow Capital|Asia division"),),
    ),
    Case(
        "part_possessive_body",
        "Nadia Petrova, spokeswoman for the European Commission's trade directorate, declined to comment.",
        want=(("Nadia Petrova", "spokeswoman", "European Commission|trade directorate"),),
    ),
    # Posts given in another sentence of the same paragraph.
    Case(
        "next_sentence_definite_description",
        "Aldo Ferrante arrived in Rome on Monday. The Italian finance minister said the talks would continue.",
        want=(("Aldo Ferrante", "finance minister", "Italy"),),
    ),
    Case(
        "next_sentence_possessive_description",
        "Hana Novak landed in Prague after midnight. Hungary's foreign minister told reporters she was tired.",
        want=(("Hana Novak", "foreign minister", "Hungary"),),
    ),
    Case(
        "pronoun_is_post",
        "Pedro Salas warned of more floods. He is the mayor of Cochabamba.",
        want=(("Pedro Salas", "mayor", "Cochabamba"),),
    ),
    Case(
        "as_post_next_sentence",
        "Amina Diallo toured the flooded districts. As Senegal's health minister, she promised aid.",
        want=(("Amina Diallo", "health minister", "Senegal"),),
    ),
    # Owners by adjective.
    Case(
        "adjective_the_demonym_post",
        "The Kenyan president Daniel Kiptanui opened the summit.",
        want=(("Daniel Kiptanui", "president", "Kenya"),),
    ),
    Case(
        "adjective_capitalized",
        "Peruvian Interior Minister Jorge Saavedra resigned after the protests.",
        want=(("Jorge Saavedra", "Interior Minister", "Peru"),),
    ),
    Case(
        "adjective_after_name",
        "Daniel Kiptanui, the Kenyan president, opened the summit.",
        want=(("Daniel Kiptanui", "president", "Kenya"),),
    ),
    Case(
        "adjective_reverse_deputy",
        "The Polish deputy foreign minister, Marek Zielonka, flew to Vilnius.",
        want=(("Marek Zielonka", "deputy foreign minister", "Poland"),),
    ),
    # Owners by possessive.
    Case(
        "possessive_before_name",
        "Brazil's foreign minister Ana Prado met her counterparts in Lima.",
        want=(("Ana Prado", "foreign minister", "Brazil"),),
    ),
    Case(
        "possessive_capital_title",
        "Canada's Prime Minister Jean Tremblay said the tariffs were unfair.",
        want=(("Jean Tremblay", "Prime Minister", "Canada"),),
    ),
    Case(
        "possessive_company_reverse",
        "Meridian Freight's chief financial officer, Ola Brandt, left in May.",
        want=(("Ola Brandt", "chief financial officer", "Meridian Freight"),),
    ),
    Case(
        "possessive_after_name",
        "Kwame Boateng, Ghana's finance minister, presented the budget.",
        want=(("Kwame Boateng", "finance minister", "Ghana"),),
    ),
    # An unqualified post: the holder's own state, never the other state the sentence names.
    Case(
        "unqualified_other_state_destination",
        "President Amara Conteh flew to Liberia on Tuesday for talks.",
        want=(("Amara Conteh", "President", None),),
    ),
    Case(
        "unqualified_other_state_object",
        "Prime Minister Jonas Berg criticised Hungary over the vote.",
        want=(("Jonas Berg", "Prime Minister", None),),
    ),
    Case(
        "unqualified_own_state_given_before",
        "Sweden's prime minister, Erik Holm, spoke in Oslo. Later, Prime Minister Erik Holm visited Norway's king.",
        want=(("Erik Holm", "prime minister", "Sweden"),),
    ),
    Case(
        "unqualified_beside_a_qualified_one",
        "President Rania Haddad of Lebanon met President Tomas Kral in Beirut.",
        want=(("Rania Haddad", "President", "Lebanon"), ("Tomas Kral", "President", None)),
    ),
    Case(
        "unqualified_visiting",
        "Chancellor Greta Vogel arrived in Poland, where Polish officials greeted her.",
        want=(("Greta Vogel", "Chancellor", None),),
    ),
    Case(
        "unqualified_judge_two_courts",
        "The Supreme Court of Norland upheld the verdict, which may go to the Court of Human Rights in Sarnow. "
        "Judge Anna Brisk wrote for the majority.",
        want=(("Anna Brisk", "Judge", None),),
    ),
    # A post of a person's office is held where that person holds a post.
    Case(
        "post_under_a_titled_person",
        "The plan was drawn up by a former official under President Tomas Kral of Slovakia.",
        want=(("Tomas Kral", "President", "Slovakia"),),
    ),
    Case(
        "place_before_public_office",
        "Nevada Attorney General Rosa Kemp sued the lender on Friday.",
        want=(("Rosa Kemp", "Attorney General", "Nevada"),),
    ),
    Case(
        "as_post_set_off",
        "Martin Ekdahl, as chairman of the Harbor Finance Committee, signed the order.",
        want=(("Martin Ekdahl", "chairman", "Harbor Finance Committee"),),
    ),
    Case(
        "hyphenated_then_before_post",
        "The ruling was written by then-Chief Justice Mara Holt of Malta in 2004.",
        want=(("Mara Holt", "Chief Justice", "Malta"),),
    ),
    Case(
        "company_post_after_the_body_the_sentence_before_is_about",
        "The Northern Grain Cooperative reported a loss. Chairman Tomas Lind said the harvest was poor.",
        want=(("Tomas Lind", "Chairman", "Northern Grain Cooperative"),),
    ),
    Case(
        "qualifier_of_the_serving_post",
        "The study was run by a former Meridian Freight director under President Tomas Kral.",
        want=(("Tomas Kral", "President", None),),
    ),
    Case(
        "relational_word_before_post",
        "Alan Reyes, another partner at Harrow Capital, declined to comment.",
        want=(("Alan Reyes", "partner", "Harrow Capital"),),
    ),
    Case(
        "respective_posts_set_off_with_their_own_bodies",
        "Maria Lopez and Tom Berg, president of the Coastal Alliance and treasurer of the Harbor Policy Institute, "
        "resigned.",
        want=(("Maria Lopez", "president", "Coastal Alliance"), ("Tom Berg", "treasurer", "Harbor Policy Institute")),
    ),
    Case(
        "company_post_after_the_body_owning_the_subject_before",
        "Delta Foods's chief executive Mara Lind is a Republican. Remarks about former CEO Tom Berg hurt sales.",
        want=(("Tom Berg", "CEO", "Delta Foods"),),
    ),
    Case(
        "person_owner_is_the_person_s_state",
        "Argentine President Carlos Ibarra left for Peru. Ibarra's interior minister, Diego Ferrer, stayed home.",
        want=(("Diego Ferrer", "interior minister", "Argentina"),),
    ),
    # The parser hangs "from" after the recipient of a verb of giving on the verb: still the recipient's body.
    Case(
        "recipient_body_lost_when_from_hangs_on_the_giving_verb",
        "The fellowship was handed to Priya Raman from Northfield College last spring.",
        want=(("Priya Raman", "*", "Northfield College"),),
    ),
    Case(
        "recipient_of_body_after_giving_verb",
        "This year the top medal goes to Priya Raman of the University of Northfield.",
        want=(("Priya Raman", "*", "University of Northfield"),),
    ),
    # Owners no word before or after the post gives.
    Case(
        "home_state_over_discussed_state",
        "Kenya widened its coastal patrols this week. Kenyan officers said the patrols would double by June, and "
        "Kenya will buy four new boats. Officials in Nairobi praised the plan. "
        "Energy Secretary Dana Holbrook told a crowd in Nebraska that the patrols were welcome. "
        "Two American advisers are already at the port.",
        want=(("Dana Holbrook", "Energy Secretary", "United States"),),
    ),
    Case(
        "place_owner_governor_of",
        "Gov. Marla Tennant of Oregon signed the water bill on Tuesday.",
        want=(("Marla Tennant", "Gov.|Governor", "Oregon"),),
    ),
    Case(
        "place_owner_senator_of",
        "The measure lost narrowly after Senator Rufus Okafor of Vermont voted against it.",
        want=(("Rufus Okafor", "Senator", "Vermont"),),
    ),
    Case(
        "place_owner_representative_from",
        "A bill to cap rents was introduced by Representative Jolene Pryce from Nevada last spring.",
        want=(("Jolene Pryce", "Representative", "Nevada"),),
    ),
    Case(
        "place_owner_before_title",
        "Kansas Governor Avery Lund declared a drought emergency.",
        want=(("Avery Lund", "Governor", "Kansas"),),
    ),
    Case(
        "place_owner_possessive_before_comma",
        "Arizona's governor, Theo Brandt, vetoed the budget twice.",
        want=(("Theo Brandt", "governor", "Arizona"),),
    ),
    Case(
        "place_owner_definite_before_comma",
        "The fire was contained by evening, the Denver fire chief, Lamar Quist, said.",
        want=(("Lamar Quist", "fire chief", "Denver"),),
    ),
    Case(
        "place_owner_city_possessive",
        "Tulsa has cut its spending twice this year. Helen Varga, the city's budget director, warned of more cuts.",
        want=(("Helen Varga", "budget director", "Tulsa"),),
    ),
    Case(
        "rank_home_state",
        "Engineers from the United States began arriving in Mali this month. "
        "Gen. Harlan Voss told a briefing in Texas that the first units would leave in May.",
        want=(("Harlan Voss", "Gen.|General", "United States"),),
    ),
    Case(
        "rank_owner_given",
        "Col. Samuel Okoro of the Kenyan Army led the convoy through the pass.",
        want=(("Samuel Okoro", "Col.|Colonel", "Kenyan Army"),),
    ),
    Case(
        "place_owner_apposition_definite",
        "Lamar Quist, the Denver fire chief, said the blaze was contained by evening.",
        want=(("Lamar Quist", "fire chief", "Denver"),),
    ),
    Case(
        "place_owner_apposition_possessive",
        "Theo Brandt, Arizona's governor, has vetoed the budget twice.",
        want=(("Theo Brandt", "governor", "Arizona"),),
    ),
    Case(
        "place_owner_demonym_free_before",
        "Delaware senator Rufus Okafor voted against the bill.",
        want=(("Rufus Okafor", "senator", "Delaware"),),
    ),
    Case(
        "bare_post_not_of_a_state_whose_posts_are_qualified",
        "Peru's trade minister, Rosa Quispe, met officials from Chile on Monday. Peru wants lower tariffs on "
        "copper. Peru will send a second team in May, and Chile is expected to reply in June.\n\n"
        "Later that week, Vice President Dale Hartman told reporters that the talks had gone well.",
        want=(("Rosa Quispe", "trade minister", "Peru"), ("Dale Hartman", "Vice President", None)),
    ),
    Case(
        "bare_post_of_the_discussed_state_when_its_posts_go_bare",
        "Peru wants lower tariffs on copper. Peru will send a second team in May, and Chile is expected to "
        "reply in June.\n\nLater that week, Vice President Dale Hartman told reporters that the talks had gone well.",
        want=(("Dale Hartman", "Vice President", "Peru"),),
    ),
    Case(
        "party_seat_home_state",
        "Moldova reopened the bridge at Vadul on Sunday. Moldovan engineers said the span was safe, and Moldova "
        "will post guards there next week. Moldova is also counting on American loans.\n\n"
        "Republican Senator Carl Winthrop, speaking in Nebraska, said that help should wait.",
        want=(("Carl Winthrop", "Senator", "United States"),),
    ),
]

NEGATIVE: list[Case] = [
    # Family relations.
    Case(
        "family_wife_of_president",
        "Maria Ostrova, the wife of President Ivan Ostrov, opened the hospital.",
        forbid=(("Maria Ostrova", "*"),),
    ),
    Case("family_possessive_son", "Ivan Ostrov's son, Pavel Ostrov, runs a bakery.", forbid=(("Pavel Ostrov", "*"),)),
    Case(
        "family_daughter_of_post",
        "Achieng Kiptanui, the daughter of the Kenyan president, studies in Nairobi.",
        forbid=(("Achieng Kiptanui", "*"),),
    ),
    Case("family_brother", "Her brother, Tomas Reyes, was arrested at the border.", forbid=(("Tomas Reyes", "*"),)),
    # Occupations without an office.
    Case("occupation_lawyer", "Lawyer Jana Kral said the ruling would be appealed.", forbid=(("Jana Kral", "*"),)),
    Case(
        "occupation_farmer",
        "Farmer Kwabena Owusu said the rains came late this year.",
        forbid=(("Kwabena Owusu", "*"),),
    ),
    Case(
        "occupation_economist_apposition",
        "Dana Whitfield, an economist, expects prices to rise.",
        forbid=(("Dana Whitfield", "*"),),
    ),
    Case(
        "occupation_novelist",
        "The novelist Iris Calder read from her new book in Dublin.",
        forbid=(("Iris Calder", "*"),),
    ),
    # Posts of unnamed holders are no roles of a named person nearby.
    Case("unnamed_object_post", "Jonas Berg met the finance minister on Monday.", forbid=(("Jonas Berg", "*"),)),
    Case(
        "unnamed_spokesman_told_person",
        "A spokesman for the Harbor Policy Institute told Priya Nandakumar the study was late.",
        forbid=(("Priya Nandakumar", "spokesman"),),
    ),
    Case(
        "unnamed_after_the_post",
        "Rui Matos, speaking after the defence minister, said the budget was too small.",
        forbid=(("Rui Matos", "*"),),
    ),
    Case(
        "unnamed_criticised_post",
        "Elif Sahin criticised the Turkish foreign minister on Sunday.",
        forbid=(("Elif Sahin", "*"),),
    ),
    Case(
        "unnamed_post_next_sentence_two_people",
        "Aldo Ferrante met Bruno Galli in Rome on Monday. The finance minister said the talks would continue.",
        forbid=(("Aldo Ferrante", "finance minister"), ("Bruno Galli", "finance minister")),
    ),
    # Candidates hold no post.
    Case(
        "candidate_before_name",
        "Presidential candidate Marco Bellini toured the northern provinces.",
        forbid=(("Marco Bellini", "President"), ("Marco Bellini", "presidential candidate|candidate")),
    ),
    Case(
        "candidate_for_post",
        "Joana Silva, the opposition candidate for president, addressed the rally.",
        forbid=(("Joana Silva", "president"), ("Joana Silva", "candidate|opposition candidate")),
    ),
    Case(
        "candidate_mayoral",
        "Mayoral candidate Tomas Lind promised new buses for Tartu.",
        forbid=(("Tomas Lind", "mayor|candidate|mayoral candidate"),),
    ),
    Case(
        "candidate_running_for",
        "Olga Berg, who is running for governor, visited the port.",
        forbid=(("Olga Berg", "governor"),),
    ),
    # A title inside an organization's name.
    Case(
        "title_in_org_office",
        "Adrian Cole from the Office of the Prime Minister said the visit was postponed.",
        forbid=(("Adrian Cole", "Prime Minister"),),
    ),
    Case(
        "title_in_org_possessive",
        "Nora Quist, a researcher at the Governor's Institute for Rivers, spoke first.",
        forbid=(("Nora Quist", "Governor"),),
    ),
    Case(
        "title_in_org_ministry",
        "Karl Berg joined the Ministry of Defence in 2010.",
        forbid=(("Karl Berg", "Minister|Minister of Defence"),),
    ),
    Case("title_in_org_presidents_cup", "Luis Cano won the President's Cup in Lima.", forbid=(("Luis Cano", "*"),)),
    # Honorifics.
    Case("honorific_mr", "Mr. Tomas Brandt said the contract was signed.", forbid=(("Tomas Brandt", "*"),)),
    Case("honorific_ms", "Ms. Adaeze Okafor denied the charges on Friday.", forbid=(("Adaeze Okafor", "*"),)),
    Case(
        "honorific_mrs_dr",
        "Mrs. Helen Ward and Dr. Simon Achebe opened the clinic.",
        forbid=(("Helen Ward", "*"), ("Simon Achebe", "*")),
    ),
    Case(
        "honorific_later_mention",
        "Tomas Brandt signed the contract. Mr. Brandt said the work would start soon.",
        forbid=(("Tomas Brandt", "*"),),
    ),
    # Another person's post in the same sentence.
    Case(
        "other_aide_to",
        "Jonas Berg, an aide to President Amara Conteh, said the trip was cancelled.",
        forbid=(("Jonas Berg", "President"),),
    ),
    Case(
        "other_advised",
        "Ivo Marin, who advised Prime Minister Sofia Lind, left the party.",
        forbid=(("Ivo Marin", "Prime Minister"),),
    ),
    Case(
        "other_criticised_titled",
        "Tariq Haddad criticised Interior Minister Lina Saab for the raids.",
        forbid=(("Tariq Haddad", "*"),),
    ),
    Case("other_coordinated", "Li Wen and Foreign Minister Sun Ping arrived in Jakarta.", forbid=(("Li Wen", "*"),)),
    Case(
        "other_met_post_of_state",
        "Paulo Reis met the Angolan defence minister in Luanda.",
        forbid=(("Paulo Reis", "*"),),
    ),
    Case(
        "other_coordinated_after_apposition",
        "The minister's deputy, Ilona Marsh, and Danish Trade Minister Lars Ek attended the dinner.",
        forbid=(("Ilona Marsh", "Trade Minister"),),
    ),
    Case(
        "person_owner_spokesman_is_no_post_in_the_person",
        "Argentine President Carlos Ibarra left for Peru. Ibarra's spokesman, Diego Ferrer, confirmed the trip.",
        forbid=(("Diego Ferrer", "*", "Carlos Ibarra|Ibarra"),),
    ),
    Case(
        "person_owner_campaign_post_is_not_the_state_s",
        "Chilean Senator Ana Brisk will run again. Her campaign manager, Jon Petit, said the team was ready.",
        forbid=(("Jon Petit", "*", "Chile"),),
    ),
    Case(
        "person_owner_in_a_place_is_not_the_place_s_post",
        "Ohio Rep. Dale Hunt voted no. Hunt's chief of staff, Rosa Kemp, said he had doubts.",
        forbid=(("Rosa Kemp", "*", "Ohio"),),
    ),
    # A place before an occupation or a press post is where the work is done, not who owns a post.
    Case(
        "place_before_occupation", "Lagos businessman Ade Bello paid for the new school.", forbid=(("Ade Bello", "*"),)
    ),
    Case(
        "place_before_press_post",
        "Ohio editor Tim Lake wrote about the strike on Monday.",
        forbid=(("Tim Lake", "*", "Ohio"),),
    ),
    # A preposition after the name that hangs on a word before the name gives no affiliation.
    Case(
        "preposition_on_the_noun_before",
        "The bill faces a challenge to Tim Reese from the Liberty Union. Reese said he would veto it.",
        forbid=(("Tim Reese", "*"),),
    ),
    Case(
        "preposition_on_the_verb_before",
        "The prize went to Nora Quist at the Lakeside Arts Council on Friday.",
        forbid=(("Nora Quist", "*"),),
    ),
    Case(
        "body_of_the_first_conjunct",
        "The study was done by Tomas Lind of the University of Lakeside and Professor Ana Kral.",
        forbid=(("Ana Kral", "*"),),
    ),
    Case(
        "company_post_after_a_body_named_in_passing",
        "Investigators said the file had been sent to the Northern Grain Cooperative. "
        "Chairman Tomas Lind said the inquiry was over.",
        forbid=(("Tomas Lind", "*", "Northern Grain Cooperative"),),
    ),
    Case(
        "as_a_result_is_no_post",
        "Amina Diallo toured the flooded districts. As a result, she promised aid.",
        forbid=(("Amina Diallo", "*"),),
    ),
    Case(
        "opening_as_with_two_people_before",
        "Amina Diallo met Tomas Berg in Dakar. As Senegal's health minister, she promised aid.",
        forbid=(("Tomas Berg", "*"),),
    ),
    Case(
        "person_owner_occupation",
        "Police detained Viktor Hale on Monday. Hale's lawyer, Simon Pratt, said the arrest was unlawful.",
        forbid=(("Simon Pratt", "*"),),
    ),
    # The name is the object of a preposition or a second conjunct after the post: the post is someone else's.
    Case(
        "object_of_for_campaign",
        '"We are confident," said Ella Marsh, a spokeswoman for the Ivanov campaign. Boris Ivanov said nothing.',
        forbid=(("Boris Ivanov", "*"),),
    ),
    Case(
        "object_of_for_honorific",
        "After the hearing, an attorney for Ms. Varga, who lost the house in May, asked for a delay.",
        forbid=(("Varga", "*"),),
    ),
    Case(
        "object_of_as_post",
        "Hired as treasurer of the Okafor reelection committee, Farah Nadim moved to Lagos in June. "
        "Joseph Okafor praised her.",
        forbid=(("Joseph Okafor", "*"),),
    ),
    Case(
        "object_of_org_for_name",
        "Lena Ortiz, the chairwoman of Farmers for Ivanov, said the rally was full.",
        forbid=(("Ivanov", "*"),),
    ),
    Case(
        "second_conjunct_after_post",
        "Among the guests were a junior Velorian minister and Hanna Brecht, a painter.",
        forbid=(("Hanna Brecht", "*"),),
    ),
    # A party's adjective before a state office names the holder's party; the office is held elsewhere.
    Case(
        "party_adjective_before_governor",
        "Voters cheered when Republican Gov. Owen Pryce cut the ribbon at the new bridge.",
        forbid=(("Owen Pryce", "*", "Republican|Republicans|Republican Party"),),
    ),
    # A nationality before an occupation set off by a comma.
    Case(
        "nationality_occupation_before_comma",
        "Her closest ally was the Kenyan economist, Wanjiru Mbeki.",
        forbid=(("Wanjiru Mbeki", "*"),),
    ),
    Case(
        "party_state_tag_in_brackets_no_owner",
        "Senator Rufus Okafor (R-Texas) opposed the farm subsidy plan.",
        forbid=(("Rufus Okafor", "*", "Texas"),),
    ),
    Case(
        "party_state_tag_after_comma_no_owner",
        "Senator Rufus Okafor, Democrat of Vermont, spoke first.",
        forbid=(("Rufus Okafor", "*", "Vermont"),),
    ),
    Case(
        "rank_without_home_state_no_owner",
        "Col. Samuel Okoro led the convoy through the pass at dawn.",
        want=(("Samuel Okoro", "Col.|Colonel", None),),
    ),
]

# Issue #13, general constructions (wire, UK, US and Asian English styles); invented people and bodies.
POSITIVE += [
    # Owner by demonym or possessive before the post, holder going elsewhere.
    Case(
        "demonym_post_speaking_abroad",
        "Kenyan Foreign Minister Wanjala Odhiambo told reporters in Geneva that the talks would resume.",
        want=(("Wanjala Odhiambo", "Foreign Minister", "Kenya"),),
    ),
    Case(
        "possessive_title_flying_elsewhere",
        "Britain's Foreign Secretary Miles Ashcombe flew to Cairo on Sunday for emergency talks.",
        want=(("Miles Ashcombe", "Foreign Secretary", "Britain|United Kingdom"),),
    ),
    Case(
        "demonym_post_and_counterpart",
        "Indonesian Defence Minister Bambang Wiratmo met his Malaysian counterpart, Aziz Rahim, in Jakarta.",
        want=(("Bambang Wiratmo", "Defence Minister", "Indonesia"), ("Aziz Rahim", "Defence Minister", "Malaysia")),
    ),
    Case(
        "two_demonym_posts_coordinated",
        "Thai Premier Somsak Chaiya and Laotian Vice President Bounmy Vongsa opened the bridge.",
        want=(("Somsak Chaiya", "Premier", "Thailand"), ("Bounmy Vongsa", "Vice President", "Laos")),
    ),
    Case(
        "abbreviated_state_before_post",
        "U.S. Trade Representative Ellen Dorsey will tour a port in Ohio next week.",
        want=(("Ellen Dorsey", "Trade Representative", "U.S.|US"),),
    ),
    Case(
        "international_body_before_post",
        "OPEC Secretary-General Amadou Keita urged members to hold output steady.",
        want=(("Amadou Keita", "Secretary-General", "OPEC"),),
    ),
    Case(
        "acronym_body_before_post",
        "NATO Secretary General Lars Vinter said the alliance would not be divided.",
        want=(("Lars Vinter", "Secretary General", "NATO"),),
    ),
    # Appositions after the name.
    Case(
        "after_the_post_of_state",
        "Somchai Rattanakul, the prime minister of Thailand, said the border would reopen on Monday.",
        want=(("Somchai Rattanakul", "prime minister", "Thailand"),),
    ),
    Case(
        "after_possessive_post_with_portfolio",
        "Fatou Ndiaye, Senegal's minister of health, said the vaccines had arrived.",
        want=(("Fatou Ndiaye", "minister of health", "Senegal"),),
    ),
    Case(
        "after_possessive_long_post",
        "Hiroshi Tanabe, Japan's chief cabinet secretary, told a news conference that no decision had been made.",
        want=(("Hiroshi Tanabe", "chief cabinet secretary", "Japan"),),
    ),
    Case(
        "after_former_demonym_post",
        "Arjun Mehta, a former Indian defence minister, criticised the deal on Sunday.",
        want=(("Arjun Mehta", "defence minister", "India"),),
    ),
    Case(
        "after_who_is_possessive_post",
        "Ruth Wanjiku, who is Kenya's deputy president, opened the fair.",
        want=(("Ruth Wanjiku", "deputy president", "Kenya"),),
    ),
    Case(
        "after_org_name_before_post",
        "Joseph Mwangi, the Kenya Airways chief executive, said fuel costs had doubled.",
        want=(("Joseph Mwangi", "chief executive", "Kenya Airways"),),
    ),
    # Reverse appositions.
    Case(
        "reverse_demonym_post_of_state",
        "The interior minister of Chile, Rodrigo Fuenzalida, resigned on Wednesday.",
        want=(("Rodrigo Fuenzalida", "interior minister", "Chile"),),
    ),
    Case(
        "reverse_hyphenated_post_of_org",
        "The secretary-general of the Arab League, Hisham Fawzi, called for calm.",
        want=(("Hisham Fawzi", "secretary-general", "Arab League"),),
    ),
    Case(
        "reverse_spokesman_for_department",
        "A spokesman for the State Department, Neil Corrigan, said the embassy would stay open.",
        want=(("Neil Corrigan", "spokesman", "State Department"),),
    ),
    # Posts in a part of an organization.
    Case(
        "department_before_post_after_name",
        "Neil Corrigan, a State Department spokesman, said the embassy would stay open.",
        want=(("Neil Corrigan", "spokesman", "State Department"),),
    ),
    Case(
        "spokesperson_of_department_after_name",
        "Neil Corrigan, a spokesperson of the State Department, declined to comment.",
        want=(("Neil Corrigan", "spokesperson", "State Department"),),
    ),
    Case(
        "ministry_before_post",
        "Vietnamese Foreign Ministry spokesperson Tran Minh Duc called the ruling unfair on Thursday.",
        want=(("Tran Minh Duc", "spokesperson", "Vietnam|Vietnamese Foreign Ministry|Foreign Ministry"),),
    ),
    Case(
        "post_in_part_of_possessive_body",
        "Maria Ocampo, head of the World Health Organization's emergencies programme, said cases were falling.",
        want=(("Maria Ocampo", "head", "World Health Organization|emergencies programme"),),
    ),
    # Ranks beside posts.
    Case(
        "rank_then_a_post_for_armed_forces",
        "Brigadier General Kwesi Ampofo, a spokesman for the Ghana Armed Forces, said two soldiers were hurt.",
        want=(("Kwesi Ampofo", "spokesman", "Ghana Armed Forces"),),
        allow=(("Kwesi Ampofo", "Brigadier General", "Ghana Armed Forces"),),
    ),
    Case(
        "rank_of_force",
        "Sgt. Dana Morrow of the Fresno Police Department said the driver had fled.",
        want=(("Dana Morrow", "Sgt.|Sergeant", "Fresno Police Department"),),
    ),
    # City and local posts.
    Case(
        "city_before_alderman",
        "On Friday the proposal drew criticism from Milwaukee Alderman Nora Lutz.",
        want=(("Nora Lutz", "Alderman", "Milwaukee"),),
    ),
    Case(
        "police_chief_of_city",
        "Police Chief Ana Ruiz of Tucson said the suspect was in custody.",
        want=(("Ana Ruiz", "Police Chief", "Tucson"),),
    ),
    # Lists of legislators with their states.
    Case(
        "plural_title_over_a_list",
        "A letter signed by Sens. Mara Quill (Ore.) and Otto Brand (Vt.) reached the agency last week.",
        want=(("Mara Quill", "Sen.|Senator", "?"), ("Otto Brand", "Sen.|Senator", "?")),
    ),
    Case(
        "plural_post_before_two_names",
        "Foreign Ministers Ana Prado of Brazil and Diego Ferrer of Argentina signed the pact.",
        want=(
            ("Ana Prado", "Foreign Minister", "Brazil"),
            ("Diego Ferrer", "Foreign Minister", "Argentina"),
        ),
    ),
    # A post in another sentence of the paragraph.
    Case(
        "next_sentence_demonym_post_with_pronoun",
        "Anton Vesely landed in Bratislava late on Monday. The Czech defence minister said he hoped to sign the "
        "deal within weeks.",
        want=(("Anton Vesely", "defence minister", "Czech Republic|Czechia"),),
    ),
    # An unqualified post is the holder's own state's, not the other state named.
    Case(
        "unqualified_post_state_named_as_possessive_object",
        "Foreign Minister Ana Prado condemned Venezuela's decision to close the border.",
        want=(("Ana Prado", "Foreign Minister", None),),
    ),
    Case(
        "unqualified_post_signed_with_other_state",
        "President Amara Conteh signed a trade pact with Ghana on Thursday.",
        want=(("Amara Conteh", "President", None),),
    ),
    Case(
        "unqualified_post_accusing_other_state",
        "Interior Minister Sami Haddad accused Israel of blocking the aid convoys.",
        want=(("Sami Haddad", "Interior Minister", None),),
    ),
    Case(
        "unqualified_post_own_state_in_clause",
        "Defence Minister Karl Lind said Sweden's engineers would quit Mali before winter.",
        want=(("Karl Lind", "Defence Minister", "?"),),
        forbid=(("Karl Lind", "*", "Mali"),),
    ),
    Case(
        "unqualified_post_addressing_foreign_parliament",
        "Prime Minister Jonas Berg told the French parliament that the deal was fair.",
        forbid=(("Jonas Berg", "*", "France"),),
        want=(("Jonas Berg", "Prime Minister", None),),
    ),
]

POSITIVE += [
    Case(
        "after_bare_minister_for_portfolio",
        "Sarah Linwood, Minister for Health, said Australia's hospitals were ready.",
        want=(("Sarah Linwood", "Minister for Health", "Australia"),),
    ),
    Case(
        "reverse_possessive_minister_for_portfolio",
        "Australia's Minister for Foreign Affairs, Sarah Linwood, said the embassy was safe.",
        want=(("Sarah Linwood", "Minister for Foreign Affairs", "Australia"),),
    ),
    Case(
        "after_minister_of_state_for_portfolio",
        "Lena Marsh, Minister of State for Trade, said Britain would act.",
        want=(("Lena Marsh", "Minister of State for Trade", "Britain|United Kingdom"),),
    ),
    Case(
        "after_the_country_s_post",
        "Chad has closed its border. Idriss Mahamat, the country's president, said the move was temporary.",
        want=(("Idriss Mahamat", "president", "Chad"),),
    ),
    Case(
        "reverse_the_country_s_post",
        "Chad has closed its border. The country's president, Idriss Mahamat, said the move was temporary.",
        want=(("Idriss Mahamat", "president", "Chad"),),
    ),
    Case(
        "after_demonym_post_of_a_name_tagged_as_a_body",
        "Rodrigo Fuenzalida, the Chilean interior minister, resigned on Wednesday.",
        want=(("Rodrigo Fuenzalida", "interior minister", "Chile"),),
    ),
    Case(
        "rank_abbreviation_inside_a_sentence",
        "Police said Sgt. Dana Morrow of the Fresno Police Department was hurt.",
        want=(("Dana Morrow", "Sgt.|Sergeant", "Fresno Police Department"),),
    ),
    Case(
        "plural_abbreviation_over_two_names",
        "Reps. Jolene Pryce and Ward Tillman said the House would vote.",
        want=(("Jolene Pryce", "Rep.", "House"), ("Ward Tillman", "Rep.", "House")),
    ),
    Case(
        "title_of_state_before_name",
        "Prime Minister of Fiji Kevin Dorrigan opened a new wharf at Lautoka.",
        want=(("Kevin Dorrigan", "Prime Minister", "Fiji"),),
    ),
    Case(
        "party_leader_after_name",
        "Tom Ashby, leader of the Liberal Party, said the budget was unfair.",
        want=(("Tom Ashby", "leader", "Liberal Party"),),
    ),
    Case(
        "reverse_mayor_of_city",
        "The Mayor of Leeds, Judith Cole, opened the bridge.",
        want=(("Judith Cole", "Mayor", "Leeds"),),
    ),
    Case(
        "possessive_body_after_name",
        "Claire Dumont, the IMF's managing director, warned of a slowdown.",
        want=(("Claire Dumont", "managing director", "IMF"),),
    ),
    Case(
        "founder_and_chief_after_name",
        "Liam Porter, founder and CEO of Northwind Airlines, said fares would rise.",
        want=(("Liam Porter", "founder", "Northwind Airlines"), ("Liam Porter", "CEO", "Northwind Airlines")),
    ),
    Case(
        "reverse_the_post_of_state_capitalised",
        "The President of Ghana, Kofi Mensah, arrived in Lome.",
        want=(("Kofi Mensah", "President", "Ghana"),),
    ),
]

POSITIVE += [
    Case(
        "apposition_in_brackets",
        "Ana Vel (Latvia's foreign minister) spoke first.",
        want=(("Ana Vel", "foreign minister", "Latvia"),),
    ),
    Case(
        "apposition_between_dashes",
        "Ana Vel — Latvia's foreign minister — spoke first.",
        want=(("Ana Vel", "foreign minister", "Latvia"),),
    ),
    Case(
        "time_word_before_post_after_name",
        "Liam Porter, the outgoing chief executive of Northwind Airlines, said fares would rise.",
        want=(("Liam Porter", "chief executive", "Northwind Airlines"),),
    ),
]

POSITIVE += [
    Case(
        "police_rank_after_post",
        "Kent Police spokesman Inspector Dale Brock said two people were hurt.",
        want=(("Dale Brock", "spokesman|Police spokesman", "Kent Police"),),
        allow=(("Dale Brock", "Inspector", "?"),),
    ),
    Case(
        "police_rank_of_two_words",
        "Detective Inspector Ruth Calder of the Metropolitan Police said the inquiry would continue.",
        want=(("Ruth Calder", "Detective Inspector", "Metropolitan Police"),),
    ),
    Case(
        "county_post_of_place",
        "Coroner Ian Pike of West Sussex recorded a verdict of misadventure.",
        want=(("Ian Pike", "Coroner", "West Sussex"),),
    ),
]

NEGATIVE += [
    Case(
        "nationality_is_no_owner_of_a_body_named_like_it",
        "The Islamic Relief Fund paid for the school. Islamist leader Omar Farouk opened it.",
        forbid=(("Omar Farouk", "*", "Islamic Relief Fund"),),
    ),
    Case(
        "police_rank_after_capitalised_post_is_one_title",
        "Deputy Inspector General Jan Berg said the audit was finished.",
        want=(("Jan Berg", "Deputy Inspector General", None),),
        forbid=(("Jan Berg", "Deputy"), ("Jan Berg", "Inspector General")),
    ),
    Case(
        "police_rank_after_capitalised_deputy_is_one_title",
        "Deputy Superintendent Jan Berg said the audit was finished.",
        want=(("Jan Berg", "Deputy Superintendent", None),),
        forbid=(("Jan Berg", "Deputy"), ("Jan Berg", "Superintendent")),
    ),
    Case(
        "dash_opening_a_new_clause_is_no_apposition",
        "The prize went to Jan Berg — the chief executive of Acme presented it.",
        forbid=(("Jan Berg", "*"),),
    ),
    Case(
        "bracket_opening_with_and_is_no_apposition",
        "He thanked Jan Berg (and the president of Acme) for the gift.",
        forbid=(("Jan Berg", "*"),),
    ),
    Case(
        "police_rank_without_force_is_no_state_s",
        "Ireland will review the law. Chief Superintendent Ruth Calder said the inquiry would continue.",
        forbid=(("Ruth Calder", "*", "Ireland"),),
    ),
    Case(
        "nationality_naming_two_places_gives_no_owner",
        "Shops in Corning and Cornwall shut early. Cornish captain Jenna Hoskin lifted the cup.",
        forbid=(
            ("Jenna Hoskin", "*", "Cornwall"),
            ("Jenna Hoskin", "*", "Corning"),
        ),
    ),
    Case(
        "nationality_is_no_owner_of_a_body_sharing_its_first_letters",
        "Texaco raised fuel prices. Texan senator Bob Kay said the tax was fair.",
        forbid=(("Bob Kay", "*", "Texaco"),),
    ),
    Case(
        "religion_is_no_owner_of_a_place_sharing_its_first_letters",
        "Sunnyvale voted on Tuesday. Sunni leader Ali Hassan called for calm.",
        forbid=(("Ali Hassan", "*", "Sunnyvale"),),
    ),
    Case(
        "nationality_is_no_owner_of_a_state_sharing_its_first_letters",
        "Venezuela cut oil output. Venetian mayor Luca Bianchi said the canals were full.",
        forbid=(("Luca Bianchi", "*", "Venezuela"),),
    ),
    Case(
        "bracketed_party_tag_is_no_post",
        "Rufus Okafor (R-Ohio) spoke first.",
        forbid=(("Rufus Okafor", "*"),),
    ),
    Case(
        "bare_minister_for_portfolio_without_a_state_has_no_owner",
        "Sarah Linwood, Minister for Health, said the hospitals were ready.",
        forbid=(("Sarah Linwood", "*", "?"),),
    ),
    Case(
        "portfolio_naming_a_state_is_the_owner",
        "Sarah Linwood, Minister for Kenya, said the visit went well.",
        forbid=(("Sarah Linwood", "Minister for Kenya"),),
    ),
    Case(
        "nominee_no_role",
        "Supreme Court nominee Dana Whitfield appeared before the committee on Tuesday.",
        forbid=(("Dana Whitfield", "*"),),
    ),
    Case(
        "party_nominee_no_role",
        "Republican presidential nominee Carl Winthrop spoke in Ohio.",
        forbid=(("Carl Winthrop", "*"),),
    ),
    Case(
        "occupations_no_role",
        "Actor Leo Marsh and student Amal Nasser joined the march in Leeds.",
        forbid=(("Leo Marsh", "*"), ("Amal Nasser", "*")),
    ),
    Case(
        "capital_in_sentence_is_not_the_senator_s",
        "Speaking in Kabul, Senator Rufus Okafor said the troops should come home.",
        forbid=(("Rufus Okafor", "*", "Afghanistan"),),
    ),
    Case(
        "governor_is_no_post_of_the_discussed_state",
        "Mexico raised tariffs on steel on Monday. Mexico said the step was temporary. "
        "Governor Dale Brock said the measures would hurt farmers.",
        forbid=(("Dale Brock", "*", "Mexico"),),
    ),
    Case(
        "met_the_foreign_minister_named_after",
        "Aldo Ferrante met the Iranian foreign minister, Reza Jafari, in Vienna.",
        forbid=(("Aldo Ferrante", "*"),),
        allow=(("Reza Jafari", "foreign minister", "Iran"),),
    ),
    Case(
        "unqualified_post_beside_a_qualified_one_in_a_noun_phrase",
        "A dinner for Trade Secretary Ellen Dorsey and Deputy Premier Pavel Orlov of Russia ran late.",
        forbid=(("Ellen Dorsey", "*", "Russia"),),
    ),
    Case(
        "spouse_of_post_holder",
        "Prime Minister Jonas Berg's wife, Anna Berg, opened the exhibition.",
        forbid=(("Anna Berg", "*"),),
    ),
    Case(
        "police_officer_is_not_the_state_s",
        "Ukraine sent more grain to Egypt this year. Ukraine says the harvest was good. "
        "Officer Luis Pena said the road was closed.",
        forbid=(("Luis Pena", "*", "Ukraine|Egypt"),),
    ),
    Case(
        "former_is_no_part_of_the_title",
        "Former Prime Minister Jonas Berg of Sweden endorsed the plan.",
        forbid=(("Jonas Berg", "Former Prime Minister"),),
    ),
    Case(
        "owner_name_is_no_part_of_the_title",
        "Kestrel Motors chief executive Yuki Tanabe resigned.",
        forbid=(("Yuki Tanabe", "Kestrel Motors chief executive"),),
    ),
    Case(
        "analyst_quoted_about_a_state",
        "Dana Whitfield, an analyst who follows Brazil, said the currency would fall.",
        forbid=(("Dana Whitfield", "*", "Brazil"),),
    ),
]


# Posts held in an organization, portfolios and workplaces (issue 13): an organization's name before the post,
# a portfolio after a state's post, "as TITLE for/with ORG", posts set in quotes.
POSITIVE += [
    Case(
        "org_acronym_with_hyphen_before_post",
        "The BRW-UAM backed the plan on Monday. Later that week, BRW-UAM President Dana Roe felt bound to write "
        "to every member.",
        want=(("Dana Roe", "President", "BRW-UAM"),),
    ),
    Case(
        "org_before_hyphenated_post",
        '"The plan had flaws," said Northfield Teachers Union Secretary-Treasurer Milo Brandt.',
        want=(("Milo Brandt", "Secretary-Treasurer", "Northfield Teachers Union"),),
    ),
    Case(
        "org_before_two_word_post",
        "Greenway Alliance Political Director Tessa Morrow declined to comment.",
        want=(("Tessa Morrow", "Political Director", "Greenway Alliance"),),
    ),
    Case(
        "org_before_post_with_portfolio",
        "Coastal Growers Association Director of Government Affairs Raul Ibarra testified on Tuesday.",
        want=(("Raul Ibarra", "Director of Government Affairs", "Coastal Growers Association"),),
    ),
    Case(
        "possessive_state_post_with_lowercase_portfolio",
        "Rents will be capped next year, Belgium's secretary of state for housing, Ann Verlinden, told parliament.",
        want=(("Ann Verlinden", "secretary of state for housing", "Belgium"),),
    ),
    Case(
        "possessive_state_post_for_the_group",
        "Norway's minister for the elderly, Astrid Holm, visited a care home in Bergen.",
        want=(("Astrid Holm", "minister for the elderly", "Norway"),),
    ),
    Case(
        "state_post_with_affairs_portfolio_before_comma",
        "The list was released on Friday by the Chilean Deputy Minister for Veterans Affairs, Tomas Reyes.",
        want=(("Tomas Reyes", "Deputy Minister for Veterans Affairs", "Chile"),),
    ),
    Case(
        "state_post_with_affairs_portfolio_before_name",
        "Chilean Deputy Minister for Veterans Affairs Tomas Reyes released the list.",
        want=(("Tomas Reyes", "Deputy Minister for Veterans Affairs", "Chile"),),
    ),
    Case(
        "spokesman_for_named_body_keeps_the_body",
        "Ana Quispe, a spokeswoman for the Harbor Pilots Guild, denied the report.",
        want=(("Ana Quispe", "spokeswoman", "Harbor Pilots Guild"),),
    ),
    Case(
        "demonym_ministry_spokesman_is_the_ministry_s",
        "Peruvian health ministry spokesman Diego Salas said the clinics would stay open.",
        want=(("Diego Salas", "spokesman", "health ministry"),),
    ),
    Case(
        "description_then_post_after_name",
        "Rana Aziz, an avid sailor and data manager at Orbis Freight, chaired the meeting.",
        want=(("Rana Aziz", "data manager", "Orbis Freight"),),
    ),
    Case(
        "two_posts_after_name_for_org",
        "Mara Quill, treasurer and general counsel for the Orbis Group, defended the deal.",
        want=(("Mara Quill", "treasurer", "Orbis Group"), ("Mara Quill", "general counsel", "Orbis Group")),
    ),
    Case(
        "no_break_space_before_name",
        "Lakeside Herald reporter\u00a0Tom Vance wrote the story.",
        want=(("Tom Vance", "reporter", "Lakeside Herald"),),
    ),
    Case(
        "place_party_post_before_name",
        "Former Vermont Republican Governor Ned Pratt chaired the board.",
        want=(("Ned Pratt", "Governor", "Vermont"),),
    ),
    Case(
        "place_party_post_before_comma",
        "The bridge was opened in 1990 by a former Vermont Republican Governor, Ned Pratt.",
        want=(("Ned Pratt", "Governor", "Vermont"),),
    ),
    Case(
        "place_party_mention_post_before_comma",
        "Democrats met in Topeka on Monday to pick a nominee. Speakers praised a former Kansas Democratic "
        "Governor, Ned Pratt, for his budgets.",
        want=(("Ned Pratt", "Governor", "Kansas"),),
    ),
    Case(
        "party_before_minister_stays_the_owner",
        "Likud Minister Avi Doron said the plan would pass.",
        want=(("Avi Doron", "Minister", "Likud"),),
    ),
    Case(
        "as_local_post_opening_the_sentence",
        "As governor of Vermont in 1990, Ned Pratt signed the bill.",
        want=(("Ned Pratt", "governor", "Vermont"),),
    ),
    Case(
        "as_post_of_org_opening_the_sentence",
        "As chairman of the Orbis Group, Tom Vance was photographed with the donors.",
        want=(("Tom Vance", "chairman", "Orbis Group"),),
    ),
    Case(
        "member_of_a_congregation_of_a_church",
        "Lena Brook, a member of the Leeds congregation of the Grace Fellowship Church, was among them.",
        want=(("Lena Brook", "member", "Grace Fellowship Church"),),
    ),
    Case(
        "worked_as_post_for_named_company",
        "Omar Haddad worked as an economist for the Deltaline rail company until 2019.",
        want=(("Omar Haddad", "economist", "Deltaline"),),
    ),
    Case(
        "worked_as_post_with_org",
        "Lena Brook worked as a consultant with Harrow Mills for a decade.",
        want=(("Lena Brook", "consultant", "Harrow Mills"),),
    ),
    Case(
        "as_post_with_a_companion_then_at_org",
        "Tom Vance worked as an engineer with his wife at the Orbis Group.",
        want=(("Tom Vance", "engineer", "Orbis Group"),),
    ),
    Case(
        "then_post_in_a_quote",
        '"Then-Deputy Chief of Staff Leo Marsh wrote most of the plan," the group said.',
        want=(("Leo Marsh", "Deputy Chief of Staff", "?"),),
    ),
    Case(
        "judge_in_a_quote",
        '"Judge Hollis was right when he ordered the release," Mia Tarn said on Tuesday.',
        want=(("Hollis", "Judge", "?"),),
    ),
    Case(
        "assembly_part_before_post_keeps_its_owner",
        "The Lower House speaker, Ivo Dimov, opened the session.",
        want=(("Ivo Dimov", "speaker", "Lower House"),),
    ),
    Case(
        "chamber_before_leader",
        "On the budget, Senate Majority Leader Hal Brock refused to budge.",
        want=(("Hal Brock", "Majority Leader|Senate Majority Leader", "Senate"),),
    ),
    Case(
        "company_named_before_before_its_chief",
        "Brightwater Bank said sales rose. Brightwater Bank CEO Marta Renn announced the merger.",
        want=(("Marta Renn", "CEO", "Brightwater Bank"),),
    ),
]

NEGATIVE += [
    Case(
        "weekday_is_no_organization_before_a_post",
        "On Tuesday President Anya Lind signed the decree in Vilnius.",
        forbid=(("Anya Lind", "Tuesday President"),),
    ),
    Case(
        "destination_is_no_owner_of_a_governor",
        "Gov. Nia Bell flew to Texas on Friday to meet donors.",
        forbid=(("Nia Bell", "*", "Texas"),),
    ),
    Case(
        "place_visited_is_no_owner_of_a_secretary",
        "Defense Secretary Carl Voss visited the troops in Germany.",
        forbid=(("Carl Voss", "*", "Germany"),),
    ),
    Case(
        "party_post_after_place_and_party_is_not_the_place_s",
        "Vermont Republican leader Sam Kettle criticized the budget.",
        forbid=(("Sam Kettle", "*", "Vermont"),),
    ),
    Case(
        "party_chairman_after_place_and_party_is_not_the_place_s",
        "Oregon Democratic chairman Ada Rowe, who backed the plan, spoke first.",
        forbid=(("Ada Rowe", "*", "Oregon"),),
    ),
    Case(
        "as_post_for_a_person_is_no_workplace",
        "Omar Haddad worked as a driver for Tom Reed in the summer.",
        forbid=(("Omar Haddad", "*", "Tom Reed"),),
    ),
    Case(
        "hailed_as_for_org_is_no_post",
        "Omar Haddad was hailed as a hero by the Deltaline rail company.",
        forbid=(("Omar Haddad", "*"),),
    ),
    Case(
        "demonym_ministry_spokesman_is_not_the_state_s",
        "Peruvian health ministry spokesman Diego Salas said the clinics would stay open.",
        forbid=(("Diego Salas", "*", "Peru"),),
    ),
    Case(
        "description_and_residence_is_no_post",
        "Rana Aziz, an avid sailor and resident of Leeds, chaired the meeting.",
        forbid=(("Rana Aziz", "*"),),
    ),
    Case(
        "party_before_senator_is_no_title_word",
        "Democratic Senator Ruth Amsel said the bill would fail.",
        forbid=(("Ruth Amsel", "Democratic Senator"),),
    ),
    Case(
        "bare_post_repeating_an_owned_one_adds_nothing",
        "Ned Pratt served as Governor of Vermont for a decade. Voters still remember Gov. Ned Pratt's budgets.",
        forbid=(("Ned Pratt", "Gov.", None),),
    ),
    Case(
        "as_a_result_opening_is_no_post",
        "As a result, Tom Vance left the Orbis Group in May.",
        forbid=(("Tom Vance", "*"),),
    ),
    Case(
        "as_a_child_opening_is_no_post",
        "As a child in Leeds, Tom Vance watched the Orbis Group build the docks.",
        forbid=(("Tom Vance", "*"),),
    ),
    Case(
        "double_space_before_a_post_under_someone",
        "It matters little, said Ana Ruiz, a  budget official under Presidents  Lind and Tom Vance.",
        forbid=(("Tom Vance", "budget official under President|budget official under Presidents"),),
    ),
    Case(
        "visitor_at_a_museum_has_no_post",
        "Anna Berg, a tourist at the Louvre, filmed the fire.",
        forbid=(("Anna Berg", "*"),),
    ),
    Case(
        "quoted_bare_post_without_then_keeps_no_owner_guess",
        '"President Anya Lind is wrong about the border," Mia Tarn said in Riga.',
        forbid=(("Anya Lind", "*", "Latvia"),),
    ),
]


# Session 12: posts across outlets and countries, from sentences written for this file.
POSITIVE += [
    Case(
        "company_post_of_a_name_spacy_reads_as_a_person",
        "Orla Venn, chief executive officer of Tarrow Bexley, said the firm would hire 200 drivers.",
        want=(("Orla Venn", "chief executive officer", "Tarrow Bexley"),),
    ),
    Case(
        "company_ceo_between_company_and_holder",
        "Tarrow Bexley CEO Orla Venn opened the new depot in Leeds on Friday.",
        want=(("Orla Venn", "CEO", "Tarrow Bexley"),),
    ),
    Case(
        "plural_country_name_adjective_owns_the_post",
        "MANILA, May 2 - Philippine President Dante Reyes on Tuesday named a new police chief.",
        want=(("Dante Reyes", "President", "Philippines"),),
    ),
    Case(
        "rank_read_as_a_body_set_off_after_a_post",
        "The Peruvian army chief, General Hugo Talavera, said troops would stay on the border.",
        want=(("Hugo Talavera", "chief|army chief", "Peru"),),
        allow=(("Hugo Talavera", "General", "?"),),
    ),
    Case(
        "two_word_rank_set_off_after_a_post",
        "Chile's navy spokesman, Rear Admiral Pablo Inostroza, said the ship had sailed.",
        want=(("Pablo Inostroza", "spokesman|navy spokesman", "Chile"),),
        allow=(("Pablo Inostroza", "Rear Admiral", "?"),),
    ),
    Case(
        "demonym_and_portfolio_before_minister",
        "Indian External Affairs Minister Kiran Bhatt met envoys in Delhi on Monday.",
        want=(("Kiran Bhatt", "External Affairs Minister", "India"),),
    ),
    Case(
        "counterpart_of_the_minister_in_the_sentence_before",
        "Kenyan Energy Minister Ruth Otieno signed for Kenya. Her Ugandan counterpart, Paul Ssebo, signed for Uganda.",
        want=(("Ruth Otieno", "Energy Minister", "Kenya"), ("Paul Ssebo", "Energy Minister", "Uganda")),
    ),
    Case(
        "party_name_then_lowercase_party_before_leader",
        "Opposition Congress party leader Arun Pillai said the budget had failed.",
        want=(("Arun Pillai", "leader|party leader", "Congress"),),
    ),
    Case(
        "region_between_possessive_body_and_post",
        "Greenway International's East Africa director, Moses Kiptoo, called the ruling a setback.",
        want=(("Moses Kiptoo", "director", "Greenway International"),),
    ),
    Case(
        "union_name_then_lowercase_union_before_chief",
        "Tarsk Metal union chief Ilse Brandauer said members hoped for stability.",
        want=(("Ilse Brandauer", "chief|union chief", "Tarsk Metal"),),
    ),
    Case(
        "carmaker_named_before_a_name_owns_its_post",
        "Austrian carmaker Velden Motorwerke on Monday named Gerda Pichl as its chief executive.",
        want=(("Gerda Pichl", "chief executive", "Velden Motorwerke"),),
    ),
    Case(
        "lowercase_ministry_post_held_in_the_ministry_named_earlier",
        "Norway's Ministry of Fisheries closed the bay. Fisheries ministry spokeswoman Kari Holm said the ban "
        "would last a month.",
        want=(("Kari Holm", "spokeswoman", "Ministry of Fisheries|Norway Ministry of Fisheries"),),
    ),
    Case(
        "region_spacy_calls_a_location_keeps_its_police_chief",
        "Darfur police chief Adam Yahia said three men had been arrested.",
        want=(("Adam Yahia", "police chief", "Darfur"),),
    ),
    Case(
        "portfolio_post_then_rank_before_the_name",
        "Navy chief of staff Admiral Ruben Ostrova said the fleet was ready.",
        want=(("Ruben Ostrova", "chief of staff", "Navy"),),
        allow=(("Ruben Ostrova", "Admiral", "?"),),
    ),
    Case(
        "world_region_before_a_post_keeps_the_post_regression",
        # the region owned nothing, and the post was dropped with it
        "Asia director Mira Sandoval said sales had doubled in a year.",
        want=(("Mira Sandoval", "Asia director|director", None),),
    ),
    Case(
        "surname_read_as_a_body_spokesman_keeps_his_post",
        "Vietnamese Trade Ministry spokesman Wang Lei announced the quotas. Wang said Vietnam would lift them soon.",
        want=(("Wang Lei", "spokesman", "Vietnamese Trade Ministry|Trade Ministry"),),
    ),
]

NEGATIVE += [
    Case(
        "region_before_a_post_is_no_owner",
        "The charity's Asia director, Lena Moss, said the report was not enough.",
        forbid=(("Lena Moss", "*", "Asia"),),
    ),
    Case(
        "region_owner_possessive_body_missed",
        "Relief Watch's Africa director, Tom Abara, said aid had stalled.",
        forbid=(("Tom Abara", "*", "Africa"),),
    ),
    Case(
        "counterpart_across_a_paragraph_break_takes_no_post",
        "Kenyan Energy Minister Ruth Otieno signed for Kenya.\n\nHis Ugandan counterpart Paul Ssebo arrived late.",
        forbid=(("Paul Ssebo", "Energy Minister"),),
    ),
    Case(
        "state_before_lowercase_party_gives_no_owner",
        "The Ruritanian party leader Tom Rell said the vote had failed.",
        forbid=(("Tom Rell", "*", "Ruritania"),),
    ),
    Case(
        "capitalised_portfolio_then_general_stays_one_title",
        "Chief of Defence General Colin Vane told the committee the budget was short.",
        forbid=(("Colin Vane", "Chief of Defence"), ("Colin Vane", "General")),
    ),
    Case(
        "chief_of_staff_is_no_post_and_rank",
        "Deputy Chief of Staff Lena Moss opened the new archive in Bergen on Monday.",
        forbid=(("Lena Moss", "Staff"), ("Lena Moss", "Deputy Chief of")),
    ),
    Case(
        "state_before_lowercase_union_gives_no_owner",
        "The Kenyan union chief Tom Rell said workers hoped for stability.",
        forbid=(("Tom Rell", "*", "Kenya"),),
    ),
    Case(
        "lowercase_ministry_post_with_another_ministry_named",
        "The Ministry of Fisheries closed the bay. Health ministry spokeswoman Kari Holm said the clinics were open.",
        forbid=(("Kari Holm", "*", "Ministry of Fisheries"),),
    ),
    Case(
        "kin_of_a_name_is_no_company_post",
        "Ines Moro, the daughter of Tomas Quell, told the court she had never met him.",
        forbid=(("Ines Moro", "*"),),
    ),
]


# Posts "at" a body before a comma; names spaCy mistyped, set off before their posts.
POSITIVE += [
    Case(
        "before_comma_post_at_company",
        "The chief strategist at Kestrel Capital, Orla Fincham, said the shares were cheap.",
        want=(("Orla Fincham", "chief strategist", "Kestrel Capital"),),
    ),
    Case(
        "after_bare_director_of_museum",
        "Selden Grovers, director of the Ashby Trust, said the grants would resume.",
        want=(("Selden Grovers", "director", "Ashby Trust"),),
    ),
    Case(
        "after_bare_post_name_typed_as_body",
        "Kiri Anvers, director of the Tallow Museum, said the painting was a forgery.",
        want=(("Kiri Anvers", "director", "Tallow Museum"),),
    ),
    Case(
        "after_bare_post_name_spacy_missed",
        "Hal Benning, general secretary of the Rail Workers Union, called the offer an insult.",
        want=(("Hal Benning", "general secretary", "Rail Workers Union"),),
    ),
    Case(
        "plural_abbreviated_title_before_bracketed_state",
        "Some lawmakers, like Sens. Jed Harlow (Kan.), Lia Brandt (Ore.) and Tom Vick, oppose the bill.",
        want=(("Jed Harlow", "Sen.|Senator", "?"),),
    ),
    Case(
        "noun_counterpart_in_reported_clause",
        "Greece protested the flights. Prime Minister Eleni Vasou said talks with Turkey would continue.",
        want=(("Eleni Vasou", "Prime Minister", "Greece"),),
    ),
]

NEGATIVE += [
    Case(
        "talks_with_state_in_what_is_said",
        "Prime Minister Sana Idrissi said the talks with India would resume next month.",
        forbid=(("Sana Idrissi", "*", "India"),),
    ),
    Case(
        "deal_with_state_in_what_is_said",
        "Foreign Minister Ivo Sarkanen said a deal with Turkey was close.",
        forbid=(("Ivo Sarkanen", "*", "Turkey"),),
    ),
    Case(
        "war_against_state_in_what_is_said",
        "President Dalia Ferrano said the war against Armenia had cost too much.",
        forbid=(("Dalia Ferrano", "*", "Armenia"),),
    ),
    Case(
        "capital_where_leaders_met_gives_no_owner",
        (
            "The United States wants a new trade pact. The United States has argued with Canada for years. The "
            "leaders met in Ottawa on Friday. President Dale Rourke said a deal was near."
        ),
        forbid=(("Dale Rourke", "*", "Canada"),),
    ),
    Case(
        "meeting_at_body_before_comma_is_no_post",
        "The meeting at Kestrel Capital, Orla Fincham said, ran late.",
        forbid=(("Orla Fincham", "*"),),
    ),
]

# A plural abbreviated title over a list of three or more names: each holds the singular post.
POSITIVE += [
    Case(
        "plural_abbreviation_over_a_comma_list",
        "Reps. Anya Dorsett, Felix Marr and Clara Hwang signed the letter to the agency.",
        want=(("Anya Dorsett", "Rep.", "?"), ("Felix Marr", "Rep.", "?"), ("Clara Hwang", "Rep.", "?")),
    ),
    Case(
        "plural_abbreviation_over_a_tagged_list",
        "Sens. Harold Vance (R-Utah), Mira Castell (D-Ore.) and Tobin Reyes criticized the tariff plan.",
        want=(("Harold Vance", "Sen.", "?"), ("Mira Castell", "Sen.", "?"), ("Tobin Reyes", "Sen.", "?")),
    ),
    Case(
        "plural_abbreviation_over_a_serial_comma_list",
        "Reps. Nolan Kerr (Ind.), Ivy Sandoval (N.M.), and Glen Ashby wrote to the regulator.",
        want=(("Nolan Kerr", "Rep.", "?"), ("Ivy Sandoval", "Rep.", "?"), ("Glen Ashby", "Rep.", "?")),
    ),
]

NEGATIVE += [
    Case(
        "name_after_a_titled_pair_set_off_by_comma",
        "After Sens. Darla Finch and Owen Pratt left, Mara Ellison said the hearing was over.",
        forbid=(("Mara Ellison", "*"),),
    ),
    Case(
        "singular_title_before_a_list",
        "Sen. Darla Finch, Owen Pratt and Mara Ellison toured the flooded farms.",
        forbid=(("Owen Pratt", "*"), ("Mara Ellison", "*")),
    ),
]

# A rank of two abbreviated words opening a sentence, where the parser breaks the sentence inside the rank.
POSITIVE += [
    Case(
        "two_word_abbreviated_rank_opening_a_sentence",
        "Brig. Gen. Lena Ostrova said the northern base would reopen in March.",
        want=(("Lena Ostrova", "Brig. Gen.", "?"),),
    ),
    Case(
        "abbreviated_rank_after_a_lowercase_noun_ending_a_sentence",
        "The sailor spent a night in the brig. Gen. Ada Holm said he would be freed.",
        want=(("Ada Holm", "Gen.", "?"),),
        forbid=(("Ada Holm", "brig. Gen."),),
    ),
]

# A police rank with its modifiers before a name.
POSITIVE += [
    Case(
        "police_rank_with_modifiers_before_name",
        "Assistant Chief Constable Fiona Marsh said officers had arrested two men near the harbour.",
        want=(("Fiona Marsh", "Assistant Chief Constable", "?"),),
    ),
    Case(
        "police_rank_before_name_and_force",
        "Deputy Chief Constable Ravi Kohli of Westmoor Police said the inquiry was closed.",
        want=(("Ravi Kohli", "Deputy Chief Constable", "?"),),  # "Xshire Police" is no body the actor stage reads yet
    ),
]

NEGATIVE += [
    Case(
        "rank_word_as_a_surname",
        "A landscape by the painter Hugo Constable sold for $4 million at auction on Tuesday.",
        forbid=(("Hugo Constable", "*"), ("Hugo", "*")),
    ),
]

# A post of a state's armed force named by its common noun only ("spokesman of the army"): the state's.
POSITIVE += [
    Case(
        "post_of_unnamed_army_after_ranked_name",
        "Peruvian troops crossed the river on Sunday. Maj. Gen. Tariq Hollis, spokesman of the army, said a "
        "convoy had come under fire.",
        want=(("Tariq Hollis", "spokesman", "Peru"), ("Tariq Hollis", "Maj. Gen.", "Peru")),
    ),
    Case(
        "post_of_unnamed_navy_after_name",
        "Chile sent two frigates north. Ines Barra, commander of the navy, said they would stay a month.",
        want=(("Ines Barra", "commander", "Chile"),),
    ),
]

NEGATIVE += [
    Case(
        "former_member_of_the_army_holds_no_post",
        "Peruvian troops crossed the river. Tariq Hollis, a veteran of the army, said the convoy was hit.",
        forbid=(("Tariq Hollis", "*"),),
    ),
    Case(
        "post_of_a_private_army_in_a_story_of_a_state",
        "Peru sent troops north. Tariq Hollis, leader of the rebel army, said his men would not retreat.",
        forbid=(("Tariq Hollis", "*", "Peru"),),
    ),
]

# "newly elected", "recently appointed" before a post tell when and how the holder came to it; the post is the
# rest, before a comma and the name or set off after it.
POSITIVE += [
    Case(
        "newly_elected_post_before_comma",
        "Brazil's newly elected president, Marco Vieira, arrived in Lisbon on Monday.",
        want=(("Marco Vieira", "president", "Brazil"),),
    ),
    Case(
        "recently_appointed_company_post_before_comma",
        "Tarvia Foods' recently appointed chief executive, Jorge Almeida, said quarterly profits fell.",
        want=(("Jorge Almeida", "chief executive", "Tarvia Foods"),),
    ),
    Case(
        "newly_named_club_post_before_comma",
        "The Harlow Rovers' newly named manager, Ines Duarte, praised the squad after the draw.",
        want=(("Ines Duarte", "manager", "Harlow Rovers"),),
    ),
    Case(
        "newly_appointed_post_set_off_after_name",
        "Lena Brock, the Ostvale Tribunal's newly appointed registrar, said hearings would resume in March.",
        want=(("Lena Brock", "registrar", "Ostvale Tribunal"),),
    ),
    Case(
        "recently_elected_post_after_name_with_state",
        "Pavel Dusek, Moldavia's recently elected prime minister, met union leaders on Tuesday.",
        want=(("Pavel Dusek", "prime minister", "?"),),
    ),
]

NEGATIVE += [
    Case(
        "newly_elected_members_are_no_post_of_the_name_after",
        "Brazil's newly elected lawmakers, including Marco Vieira, arrived in Lisbon on Monday.",
        forbid=(("Marco Vieira", "*"),),
    ),
    Case(
        "adverb_without_a_participle_of_choosing_is_no_title_word",
        "Tarvia Foods' widely admired chef, Jorge Almeida, opened a second kitchen.",
        forbid=(("Jorge Almeida", "*"),),
    ),
    Case(
        "participle_without_an_adverb_of_recency_is_no_title_word",
        "The Harlow Rovers' named striker, Ines Duarte, missed the draw.",
        forbid=(("Ines Duarte", "*"),),
    ),
]

# "The Xshire governor said" after a sentence about one person: the place owns its own government's post.
POSITIVE += [
    Case(
        "place_post_described_in_the_next_sentence",
        "Maria Lopez opened the new bridge on Monday. The Toledo mayor said traffic would ease.",
        want=(("Maria Lopez", "mayor", "Toledo"),),
    ),
    Case(
        "state_governor_described_in_the_next_sentence",
        "Greta Lang vetoed the school bill on Friday. The Vermont governor said it cost too much.",
        want=(("Greta Lang", "governor", "Vermont"),),
    ),
    Case(
        "county_sheriff_described_in_the_next_sentence",
        "John Carter spoke to reporters at the scene. The Travis County sheriff said two men were held.",
        want=(("John Carter", "sheriff", "Travis County"),),
    ),
]

NEGATIVE += [
    Case(
        "place_before_a_post_no_government_holds",
        "Maria Lopez opened the new bridge on Monday. The Toledo editor said traffic would ease.",
        forbid=(("Maria Lopez", "*"),),
    ),
    Case(
        "place_post_described_after_a_sentence_naming_that_post",
        "Greta Lang met the governor on Friday. The Vermont governor said the bill cost too much.",
        forbid=(("Greta Lang", "*"),),
    ),
    Case(
        "place_post_described_after_a_passive_sentence",
        "Greta Lang was arrested on Friday. The Vermont governor said the law was clear.",
        forbid=(("Greta Lang", "*"),),
    ),
]

# "Labor Secretary X", "the secretary of energy": held in the department named for the same portfolio, when the
# article names it.
POSITIVE += [
    Case(
        "portfolio_secretary_held_in_the_department_named_later",
        "Labor Secretary Dana Holt met union leaders on Monday. The Labor Department said talks would go on.",
        want=(("Dana Holt", "Labor Secretary", "Labor Department"),),
    ),
    Case(
        "portfolio_secretary_held_in_the_department_of_the_portfolio",
        "The Department of Energy will fund the plant, Energy Secretary Omar Reyes said in Denver.",
        want=(("Omar Reyes", "Energy Secretary", "Department of Energy"),),
    ),
    Case(
        "former_secretary_of_the_portfolio_held_in_its_department",
        "Former secretary of state Lena Varga wrote the memo. A State Department spokesman declined to comment.",
        want=(("Lena Varga", "secretary of state", "State Department"),),
    ),
    Case(
        "portfolio_with_article_in_the_department_name",
        "Interior Secretary Mark Ebbe toured the park. The Department of the Interior later closed it.",
        want=(("Mark Ebbe", "Interior Secretary", "Department of the Interior"),),
    ),
]

NEGATIVE += [
    Case(
        "general_secretary_is_no_portfolio_of_a_department",
        "General Secretary Ana Lopes of the union said the Labor Department was wrong.",
        forbid=(("Ana Lopes", "*", "Labor Department"),),
    ),
    Case(
        "secretary_of_another_portfolio_than_the_department_named",
        "Treasury Secretary Ruth Alden spoke in Chicago. The Labor Department issued new rules.",
        forbid=(("Ruth Alden", "*", "Labor Department"),),
    ),
]

# "a lawyer for Acme striker X": the body after "for" opens the title of the person named next, whom the post
# serves; the post is not held in the body.
NEGATIVE += [
    Case(
        "spokesperson_for_a_titled_person_is_not_of_the_assembly_in_the_title",
        "Dana Whitfield, a spokeswoman for Assembly Speaker Alan Brooke, said the vote would wait.",
        want=(("Alan Brooke", "Speaker", "Assembly"),),
        forbid=(("Dana Whitfield", "*", "Assembly"),),
    ),
    Case(
        "lawyer_for_a_player_is_not_of_the_club_in_the_title",
        "Ana Vick, a lawyer for Harlow Rovers striker Ines Duarte, said the ban was unfair.",
        want=(("Ines Duarte", "striker", "Harlow Rovers"),),
        forbid=(("Ana Vick", "*", "Harlow Rovers"),),
    ),
    Case(
        "predicate_spokesperson_for_a_titled_person",
        "Dana Whitfield is a spokeswoman for Velmar Bank chairman Alan Brooke.",
        forbid=(("Dana Whitfield", "*", "Velmar Bank"),),
    ),
]

POSITIVE += [
    Case(
        "spokesperson_for_the_body_itself",
        "Dana Whitfield, a spokeswoman for Brightwater Foods, said sales fell in the spring.",
        want=(("Dana Whitfield", "spokeswoman", "Brightwater Foods"),),
    ),
]

# "assistant" heads an occupation ("a research assistant at X"), as it modifies a post before another head
# ("Assistant Secretary", "assistant coach").
POSITIVE += [
    Case(
        "research_assistant_at_an_institute",
        "Omar Reyes, a research assistant at the Velmar Institute, was among the passengers.",
        want=(("Omar Reyes", "research assistant", "Velmar Institute"),),
    ),
    Case(
        "laboratory_assistant_in_a_relative_clause",
        "Lina Moss, who is a laboratory assistant at the Corran Academy, spoke at the science fair.",
        want=(("Lina Moss", "laboratory assistant", "Corran Academy"),),
    ),
    Case(
        "legal_assistant_at_a_law_firm",
        "Omar Reyes, a legal assistant at the law firm Brandt & Vale, testified on Monday.",
        want=(("Omar Reyes", "legal assistant", "Brandt & Vale"),),
    ),
    Case(
        "assistant_before_another_head_stays_a_modifier",
        "Omar Reyes, an assistant coach at Harlow Rovers, praised the team.",
        want=(("Omar Reyes", "assistant coach", "Harlow Rovers"),),
    ),
]

NEGATIVE += [
    Case(
        "assistant_with_no_body_named",
        "The assistant, Omar Reyes, said the study was flawed.",
        forbid=(("Omar Reyes", "*"),),
    ),
]

# An office named for a post ("the Xtown County Sheriff's Office") is where the holder of that post sits.
POSITIVE += [
    Case(
        "post_held_in_the_office_named_for_it",
        "A statement from the Marlow County Sheriff's Office said the driver fled. Sheriff Wade Colter said "
        "deputies found the truck by the river.",
        want=(("Wade Colter", "Sheriff", "Marlow County Sheriff's Office"),),
    ),
]

# A deputy or an assistant serves in the office of the post after the modifier.
POSITIVE += [
    Case(
        "deputy_post_held_in_the_office_named_for_the_post",
        "The Brandt County Sheriff's Office said a bridge had failed. Deputy Sheriff Lou Petty said no one was hurt.",
        want=(("Lou Petty", "Deputy Sheriff", "Brandt County Sheriff's Office"),),
    ),
    Case(
        "chief_deputy_post_held_in_the_office_named_for_the_post",
        "A statement from the Orrin County Sheriff's Office said a car was stolen. Chief Deputy Sheriff Ana Vick "
        "said it would be quick.",
        want=(("Ana Vick", "Chief Deputy Sheriff", "Orrin County Sheriff's Office"),),
    ),
]

NEGATIVE += [
    Case(
        "post_of_another_office_than_the_one_named",
        "A statement from the Orrin County Sheriff's Office said a car was stolen. Press Officer Ana Vick said it "
        "would be quick.",
        forbid=(("Ana Vick", "*", "Orrin County Sheriff's Office"),),
    ),
]

NEGATIVE += [
    Case(
        "office_named_for_another_post",
        "Sheriff Wade Colter said the Marlow County Clerk's Office had lost the files.",
        forbid=(("Wade Colter", "*", "Marlow County Clerk's Office"),),
    ),
]

# Constructions not read yet: each fails today, and strict xfail flags the day it starts passing.
NOT_READ_YET = frozenset(
    {
        "before_acting_state_in_sentence",
        "elected_post_of_org",
        "part_office_at_ministry",
        # The actor stage misses the first person here (a name the parser reads as no entity).
        "plural_post_before_two_names",
        # The parser tags no entity for a listed name set between two bracketed tags.
        "plural_abbreviation_over_a_serial_comma_list",
        # "Police Chief X of Xville": a city's service post that is no place post yet.
        "police_chief_of_city",
    }
)


def _params(cases: list[Case], prefix: str) -> list[object]:
    return [
        pytest.param(
            case,
            id=f"{prefix}-{case.name}",
            marks=[pytest.mark.xfail(strict=True, reason="not read yet")] if case.name in NOT_READ_YET else [],
        )
        for case in cases
    ]


@pytest.mark.parametrize("case", _params(POSITIVE, "pos"))
def test_positive_construction(nlp: Language, case: Case) -> None:
    assert problems(nlp, case) == []


@pytest.mark.parametrize("case", _params(NEGATIVE, "neg"))
def test_negative_construction(nlp: Language, case: Case) -> None:
    assert problems(nlp, case) == []


def test_company_post_before_possessive_name_regression(nlp: Language) -> None:
    """ "the chairman of X's charity", "a treasurer at X's firm": X is a person whose body holds the post; the
    company-post typing must leave X a person and no owner."""
    for text, holder, other in (
        (
            "Oona Brill, the chairman of Tobias Wren's charity, said the gala raised $3 million.",
            "Oona Brill",
            "Tobias Wren",
        ),
        ("Kai Dorn, a treasurer at Selma Vance's law firm, was charged on Friday.", "Kai Dorn", "Selma Vance"),
    ):
        assert problems(nlp, Case("possessive", text, forbid=((holder, "*", other),))) == []
        article = article_from_text(text, "t")
        index = find_actors(parse(article, nlp), article)
        assert {a.type for a in index.actors if a.name == other} == {ActorType.PERSON}


def test_caucus_or_company_before_party_noun_regression(nlp: Language) -> None:
    """ "Senate Democratic party leader X" leads a chamber's caucus, "Acme Corp union leader X" the union at a
    company: neither body before the lowercase noun holds the post."""
    for text, holder, owner in (
        ("Senate Democratic party leader Hal Brody said the tax bill would pass.", "Hal Brody", "Senate Democratic"),
        ("Assembly Republican party leader Rita Vohl said the bill would pass.", "Rita Vohl", "Assembly Republican"),
        ("Brekkon Corp union leader Ilse Marr said the night shift would walk out.", "Ilse Marr", "Brekkon Corp"),
    ):
        assert problems(nlp, Case("party_noun", text, forbid=((holder, "*", owner),))) == []


def test_lowercase_ministry_of_another_portfolio_regression(nlp: Language) -> None:
    """ "Foreign ministry spokesman X" with only "the Ministry of Foreign Trade" named: another portfolio, no
    owner; a ministry that joins the portfolio to another by "and" still owns the post."""
    trade = "The Ministry of Foreign Trade issued rules. Foreign ministry spokesman Dario Pell said the envoy left."
    assert (
        problems(nlp, Case("other_portfolio", trade, forbid=(("Dario Pell", "*", "Ministry of Foreign Trade"),))) == []
    )
    joined = (
        "The Ministry of Agriculture and Rural Development shut the market. "
        "Agriculture ministry spokesman Ivo Marr said the stalls would reopen."
    )
    want = (("Ivo Marr", "spokesman", "Ministry of Agriculture and Rural Development"),)
    assert problems(nlp, Case("joined_portfolio", joined, want=want)) == []


def test_fault_found_with_own_state_regression(nlp: Language) -> None:
    """ "the trouble with Xland" names no other side: the state may be the speaker's own, and stays the owner guess
    it was before the noun's-"with" rule."""
    text = "Chancellor Britta Solheim said the trouble with Norway was that it saved too little."
    assert problems(nlp, Case("fault", text, want=(("Britta Solheim", "Chancellor", "Norway"),))) == []


def test_assistant_before_a_police_rank_is_one_title_regression(nlp: Language) -> None:
    """ "Assistant Chief X": with "assistant" an occupation head, the rank after it must not split off as a second
    post ("spokesman Inspector X"): a capitalised title modifier before a rank opens one title."""
    for text, holder, title in (
        ("Assistant Chief Mirela Dunst said the bridge would stay shut.", "Mirela Dunst", "Assistant Chief"),
        ("Associate Chief Tobin Reyl said the ward was full.", "Tobin Reyl", "Associate Chief"),
    ):
        assert problems(nlp, Case("assistant_rank", text, want=((holder, title, "?"),))) == []


def test_object_pronoun_marks_the_description_as_someone_else_regression(nlp: Language) -> None:
    """ "Ana Pell opened the clinic. The Xton mayor thanked her": the pronoun object stands for the person of the
    sentence before, so the description in subject is someone else; so is it after "Ana Pell, a nurse, ...", which
    already says what she is."""
    for text, holder in (
        ("Nadia Farrell opened the food bank on Sunday. The Halden mayor thanked her for it.", "Nadia Farrell"),
        ("Dario Lentz won a chess prize on Friday. The Vermont governor said he was proud of him.", "Dario Lentz"),
        (
            "Nadia Farrell, a baker, opened the food bank on Sunday. The Halden mayor said the town was grateful.",
            "Nadia Farrell",
        ),
    ):
        assert problems(nlp, Case("someone_else", text, forbid=((holder, "*"),))) == []
    for kept in (
        "Nadia Farrell cut the ribbon on Sunday. The Halden mayor said the bridge would ease traffic.",
        "Nadia Farrell cut the ribbon on Sunday. The Halden mayor said voters had asked her for the bridge.",
    ):
        assert problems(nlp, Case("same_person", kept, want=(("Nadia Farrell", "mayor", "Halden"),))) == []


def test_possessor_before_portfolio_secretary_keeps_it_out_of_the_department_regression(nlp: Language) -> None:
    """ "the county's energy secretary", "the province's labor secretary": the post is the possessor's, not the
    national department's the article names; a bare "Labor Secretary X" still is the department's."""
    for text, holder, body in (
        (
            "The county's energy secretary, Orla Binks, praised a Department of Energy grant.",
            "Orla Binks",
            "Department of Energy",
        ),
        (
            "The province's labor secretary, Tam Reddin, wrote to the Labor Department.",
            "Tam Reddin",
            "Labor Department",
        ),
    ):
        assert problems(nlp, Case("possessed", text, forbid=((holder, "*", body),))) == []
    bare = "Labor Secretary Tam Reddin wrote the rule. The Labor Department will enforce it."
    assert problems(nlp, Case("bare", bare, want=(("Tam Reddin", "Labor Secretary", "Labor Department"),))) == []
    national = "The nation's labor secretary, Tam Reddin, said the Labor Department would hire inspectors."
    want = (("Tam Reddin", "labor secretary", "Labor Department"),)
    assert problems(nlp, Case("national", national, want=want)) == []


def test_possessive_next_name_leaves_the_body_to_the_post_regression(nlp: Language) -> None:
    """ "a professor at Xton University President Y's old college": the titled name is a possessor inside the
    phrase, not the person the post serves; the post stays held in the body."""
    text = "Pia Oduya, a lecturer at Orlen University President Mia Rhee's alma mater, retired."
    assert problems(nlp, Case("possessor", text, want=(("Pia Oduya", "lecturer", "Orlen University"),))) == []
