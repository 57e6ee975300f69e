"""General word lists for finding military deployments (no names from any article)."""

from __future__ import annotations

# Nouns for armed forces that can be sent somewhere (lemmas, lower case).
FORCE_NOUNS = frozenset(
    {
        "troop", "soldier", "force", "marine", "peacekeeper", "commander", "serviceman", "servicemen",
        "paratrooper", "infantry", "infantryman", "battalion", "brigade", "regiment", "contingent", "warship",
        "frigate", "destroyer", "submarine", "carrier", "corvette", "fleet", "sailor", "airman", "mercenary",
        "commando", "gunship", "squadron", "platoon", "company", "legion", "ranger", "reservist", "conscript",
        "guardsman", "detachment", "fighter", "battlegroup",
    }
)  # fmt: skip
# Armed services named as a whole ("the Dutch military", "X's navy"): a force only when it is abroad, since at
# home a service patrolling or keeping a presence is no sending (see `deployments._stays_home`).
SERVICE_NOUNS = frozenset({"navy", "army", "military", "coastguard"})
# Prefixes of warship names: one list for every stage, `kgingest.extract.lexicon.ship_prefixes`.
# Forces counted in ships or units, not people: "two destroyers" or "three battalions" give no troop number.
COUNTED_IN_UNITS = frozenset(
    {
        "warship", "frigate", "destroyer", "submarine", "carrier", "corvette", "fleet", "gunship", "squadron",
        "battalion", "brigade", "regiment", "platoon", "company", "division", "unit", "detachment", "legion",
    }
)  # fmt: skip
# Units that are a force when they are "of" people: "an engineering company of 222 personnel".
UNIT_NOUNS = frozenset(
    {
        "battalion", "brigade", "regiment", "platoon", "company", "division", "unit", "detachment", "contingent",
        "squadron",
    }
)  # fmt: skip
# Service people a unit may be made of ("a unit of 184 personnel"); not "experts" or "members", who need not be.
UNIT_MEMBERS = frozenset({"personnel", "engineer", "officer", "instructor", "adviser", "advisor", "medic"})
# Nouns that are forces only with a military modifier ("military advisers", "army units").
QUALIFIED_FORCE_NOUNS = frozenset(
    {
        "personnel", "adviser", "advisor", "instructor", "engineer", "unit", "officer", "expert", "division", "member",
        "group",
    }
)  # fmt: skip
MILITARY_MODIFIERS = frozenset(
    {
        "military", "army", "armed", "naval", "navy", "combat", "special", "defense", "defence", "elite",
        "ground", "air", "security", "peacekeeping", "infantry", "marine",
    }
)  # fmt: skip
# Further modifiers that make a qualified noun a military one: "strike group", "special forces advisers".
UNIT_MODIFIERS = frozenset(
    {
        "service",
        "aircraft",
        "task",
        "expeditionary",
        "strike",
        "battle",
        "carrier",
        "amphibious",
        "force",
        "standby",
        "stabilisation",
        "stabilization",
        "intervention",
        "peace",
        "protection",
        "rapid-reaction",
    }
)
# Police count as a force only when sent abroad (see `deployments._is_police`): "police officers", "police unit".
POLICE_MODIFIERS = frozenset({"police", "gendarmerie", "paramilitary"})
POLICE_NOUNS = frozenset({"police", "policeman", "policemen", "gendarme", "policewoman"})
# Force nouns that also have everyday senses; they need a military reading from context.
AMBIGUOUS_FORCE_NOUNS = frozenset({"company", "carrier", "fleet", "force", "member", "ranger", "legion", "detachment"})

# Verbs whose agent is the party the forces help, not their sender: "troops invited by X".
INVITING_VERBS = frozenset({"invite"})
# Verbs whose object is the force sent (active voice), or whose passive subject is.
TRANSITIVE_TRIGGERS = frozenset(
    {
        "deploy", "redeploy", "dispatch", "send", "station", "reinforce", "withdraw", "recall", "commit",
        "position", "move", "transfer", "post", "pull", "rotate", "airlift", "keep", "maintain", "base",
        "garrison", "have", "bring", "carry", "order", "contribute", "invite",
    }
)  # fmt: skip
# Verbs whose subject is the force.
INTRANSITIVE_TRIGGERS = frozenset(
    {"arrive", "land", "participate", "deploy", "cross", "enter", "sail", "leave", "intervene"}
)
# Verbs that only carry forces: more about a deployment found elsewhere ("a plane carrying 200 soldiers").
CARRYING_VERBS = frozenset({"carry"})
# "ordered the group to sail": an order with one of these as its complement sends the object.
ORDER_VERBS = frozenset({"order", "direct", "instruct"})
MOTION_VERBS = frozenset({"sail", "go", "head", "proceed", "move", "deploy", "redeploy", "steam", "fly"})
# Keeping verbs that only say forces are somewhere: a deployment only abroad ("X has 900 troops in Y").
HAVING_VERBS = frozenset({"have"})
# "replacing a X unit": the unit replaced was deployed where its relief goes.
REPLACING_VERBS = frozenset({"replace", "relieve"})
# Intransitive leaving: the object is the place left ("the last soldiers left X").
LEAVING_VERBS = frozenset({"leave", "exit", "quit"})
# Verbs that say more about forces already sent (they never start a deployment).
CONTINUATION_VERBS = frozenset(
    {
        "fight", "serve", "operate", "battle", "remain", "stay", "be", "take", "assume", "join", "lead", "patrol",
        "guard", "support", "protect", "help", "secure",
    }
)  # fmt: skip
# Of those, the ones that say the forces are there: abroad, they are a deployment by themselves
# ("troops have taken over command of X's battlegroup in Y", "peacekeepers patrol Z").
PRESENCE_VERBS = frozenset({"serve", "remain", "stay", "be", "take", "assume", "join", "lead", "patrol", "guard"})
# Presence verbs that add to a deployment at home too ("the troops remained in X"); "be" alone does not.
CONTINUATION_ONLY_PRESENCE = frozenset({"serve", "remain", "stay"})
# Verbs that keep forces somewhere: a deployment only with a place ("kept troops on alert" is none).
KEEPING_VERBS = frozenset({"keep", "maintain", "base", "garrison", "have"})
# Descriptions that refer back to the state last named: "the country", "the Baltic state".
STATE_DESCRIPTIONS = frozenset({"country", "state", "nation", "kingdom", "republic"})
# Descriptions that refer back to the place last named: "in the province" ("the region" is often wider).
PLACE_DESCRIPTIONS = frozenset({"province", "area", "prefecture", "district"})
# Descriptions that refer back to the organization last named: "the bloc", "the alliance".
ORGANIZATION_DESCRIPTIONS = frozenset(
    {"bloc", "alliance", "organisation", "organization", "coalition", "community", "mission"}
)
# What forces join, begin or end: "join the peacekeeping mission", "began patrols", "ended its military mission".
# Words that make a place a body of water, which lies in no state: "Gulf of X", "Y Sea", "Strait of Z".
WATER_NOUNS = frozenset({"gulf", "sea", "ocean", "strait", "straits", "bay", "channel", "waters"})
# Prepositions by which a state's forces join someone else's formation: "contribution to", "serve in", "troops with".
JOINING_PREPOSITIONS = frozenset({"to", "in", "into", "within", "with"})
MISSION_NOUNS = frozenset({"mission", "operation", "patrol", "deployment", "battlegroup", "coalition"})
# Verbs whose object is a mission: joining or starting one sends forces, ending one withdraws them.
# Words in an organization's name that make it a mission or force forces can serve: "... Interim Force in X".
MISSION_NAME_WORDS = frozenset({"force", "mission", "operation", "coalition", "command", "union", "nations"})
MISSION_VERBS = frozenset({"join", "begin", "start", "launch", "conduct", "resume", "end", "conclude", "complete"})
MISSION_ENDING_VERBS = frozenset({"end", "conclude", "complete"})
# Words that make a counted "personnel" or "engineers" military: "1,200 personnel in the mission".
MISSION_CONTEXT = frozenset(
    {
        "mission", "operation", "peacekeeping", "peacekeeper", "deployment", "deploy", "dispatch", "ship", "vessel",
        "warship", "contingent",
    }
)  # fmt: skip
# "participate" counts only with an operation as its object.
OPERATION_NOUNS = frozenset(
    {"operation", "combat", "fighting", "battle", "war", "offensive", "mission", "hostility", "assault", "campaign"}
)
# Nouns that name a deployment themselves.
EVENT_NOUNS = frozenset({"deployment", "redeployment", "dispatch", "arrival", "withdrawal", "stationing", "presence"})
# Event nouns that name a deployment only with a military modifier or a force: "military presence".
QUALIFIED_EVENT_NOUNS = frozenset({"presence"})
# Force nouns that are a deployment on their own when attached to a sender and a place.
SELF_DEPLOYED_NOUNS = frozenset({"peacekeeper", "contingent"})

# The trigger is withdrawn, not sent, with these.
WITHDRAWAL_VERBS = frozenset({"withdraw", "recall", "pull", "leave"})
# Governing words that make a sending unreal: a threat, a refusal, a denial.
UNREAL_GOVERNORS = frozenset(
    {
        "threaten", "warn", "consider", "weigh", "refuse", "deny", "reject", "rule", "mull", "contemplate",
        "propose", "urge", "demand", "ask", "call", "debate", "oppose",
    }
)  # fmt: skip
# Reporting words that deny the sending they report.
DENYING_GOVERNORS = frozenset({"deny", "reject", "refute", "dismiss"})
# "Y accused X of sending troops": X's sending, reported by its accuser.
ACCUSING_VERBS = frozenset({"accuse", "charge", "blame"})
# Governing words that make a sending planned but real.
PLANNED_GOVERNORS = frozenset(
    {"plan", "intend", "prepare", "agree", "decide", "approve", "pledge", "promise", "vow", "expect", "set", "order"}
)
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may"})
FUTURE_MODALS = frozenset({"will", "shall"})
# Purposes that make it an exercise, not a deployment.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame", "parade"})

# Prepositions that introduce where the forces go or are.
# "off X" is where ships are: "a task group operating off the coast".
LOCATION_PREPOSITIONS = frozenset(
    {"to", "in", "into", "at", "near", "inside", "across", "along", "toward", "towards", "off", "through", "around"}
)
# Verbs whose object is where the forces are: "the soldiers guard the capital".
GUARDING_VERBS = frozenset({"guard", "patrol", "secure", "garrison", "occupy"})
# "troops entered X": the object is where the forces go.
ENTERING_VERBS = frozenset({"enter", "invade", "reach"})
# "approved a plan to send troops": the noun whose to-clause is the sending, its approver the sender.
DECISION_NOUNS = frozenset({"plan", "resolution", "decision", "proposal", "request", "order", "bill", "motion"})
# Verbs whose object is the party the forces help.
SUPPORT_VERBS = frozenset(
    {"assist", "support", "help", "aid", "back", "bolster", "defend", "protect", "reinforce", "shore", "prop"}
)
SUPPORT_PHRASES = (("on", "behalf"), ("at", "request"), ("at", "invitation"))
# Verbs whose object is the party the forces fight.
FIGHT_VERBS = frozenset(
    {
        "fight",
        "battle",
        "repel",
        "counter",
        "defeat",
        "attack",
        "combat",
        "confront",
        "deter",
        "expel",
        "oust",
        "prevent",
        "thwart",
    }
)
# Verbs whose "from X" names the party territory is taken from.
RECLAIM_VERBS = frozenset({"reclaim", "retake", "recapture", "liberate", "recover", "free", "drive", "push", "expel"})
ENEMY_NOUNS = frozenset({"enemy", "enemies", "adversary", "foe"})
# "to deter attacks on X": X is the party helped.
ATTACK_NOUNS = frozenset({"attack", "aggression", "strike", "incursion", "invasion", "raid", "assault", "threat"})
# "to help the government": the government of the state the forces go to.
GOVERNMENT_NOUNS = frozenset({"government", "junta", "authorities", "authority", "regime", "army", "military"})

# Nouns that are a legal basis or mandate.
LEGAL_NOUNS = frozenset(
    {
        "treaty", "agreement", "pact", "accord", "resolution", "mandate", "convention", "arrangement", "charter",
        "article", "law", "framework", "protocol", "decree", "deal", "alliance", "auspices", "memorandum",
        "statement", "declaration", "ceasefire", "truce", "authorization", "authorisation",
    }
)  # fmt: skip
LEGAL_PREPOSITIONS = frozenset({"under", "pursuant", "per", "accordance", "by"})
# Prepositions after a legal basis's participle that give the occasion it was made: "approved at a summit".
OCCASION_PREPOSITIONS = frozenset({"at", "in", "on", "during"})

# Words saying forces were killed or hurt.
CASUALTY_WORDS = frozenset(
    {
        "kill", "killed", "die", "died", "dead", "death", "wound", "wounded", "injure", "injured", "injury",
        "casualty", "casualties", "fallen", "losses", "perish", "hurt", "harm", "harmed",
    }
)  # fmt: skip
NEGATORS = frozenset({"no", "not", "never", "without", "none", "n't", "zero"})

# A sentence giving a force's size on its own: "officials put the number at 500", "estimates ranged from ...".
SIZE_NOUNS = frozenset({"number", "figure", "size", "strength", "estimate", "total", "headcount"})
# "the contingent numbered about 1,100", "a force 900 strong".
SIZE_VERBS = frozenset({"number", "total"})
SIZE_ADJECTIVES = frozenset({"strong"})
# "officials put the contingent at 300", "diplomats estimate the force at 2,000".
ESTIMATING_VERBS = frozenset({"put", "estimate", "place"})
# Common nouns for an armed opponent with no name: "against armed groups", "to fight the insurgents".
OPPONENT_NOUNS = frozenset(
    {
        "insurgent", "rebel", "militant", "jihadist", "separatist", "terrorist", "militia", "gang", "extremist",
        "guerrilla", "insurgency", "bandit", "armed group", "islamist",
    }
)  # fmt: skip

# Destination nouns for the front line, which names no place of the index.
FRONT_WORDS = frozenset({"front", "frontline", "front-line", "front-lines", "frontlines"})

# Forces sent to join others of the same sender: a deployment of its own ("3,000 more troops", "reinforcements").
REINFORCING_WORDS = frozenset({"more", "additional", "extra", "further", "fresh", "another"})
REINFORCEMENT_NOUNS = frozenset({"reinforcement", "surge"})
REINFORCING_VERBS = frozenset({"reinforce", "bolster", "boost", "beef", "augment"})
# "troops already deployed there", "currently has 900 troops": forces said to be there now.
PRESENCE_ADVERBS = frozenset({"already", "currently", "still"})
# "X troops in Y": prepositions that place forces by themselves.
PRESENCE_PREPOSITIONS = frozenset({"in", "inside", "across", "throughout"})
# "the war with X": nouns of a fight whose "with" names the other side.
WAR_NOUNS = frozenset({"war", "conflict", "fight", "battle", "fighting", "confrontation"})
# Particles of phrasal verbs ("push back", "drive out") the parser may take for a noun's modifier.
VERB_PARTICLES = frozenset({"back", "out", "off", "away", "down"})
