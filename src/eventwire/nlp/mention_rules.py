"""Rules on one event mention after it is read: what it really is, or that it is none.

Tolls stated beside the event ("leaving 12 dead", "the death toll rose to 23"), a state's
forces named without a subject ("killed in regime shelling"), bombs from aircraft, bombers
who blew themselves up; and mentions that are not political violence (disease, disaster,
accidents, relief work, court findings, a toll noun without a figure).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from eventwire.nlp import lexicon
from eventwire.nlp.analysis import EventMention, Participant, TextSpan
from eventwire.quantities import parse_count

_CASUALTIES = re.compile(
    r"\b(?:leaving|left|leaves|with)\s+((?:at least|more than|some|about|nearly|around|up to)?\s*"
    r"(?:a\s+)?[\w,-]+)\s+(?:(?:people|persons|civilians|soldiers|fighters|others)\s+)?(?:dead|killed)\b"
    r"|\b((?:at least|more than|some|about|nearly|around)?\s*[\w,-]+)\s+(?:people|persons|civilians|"
    r"soldiers|fighters|others)?\s*(?:died|were killed|were left dead)\b"
    r"|\bdeath toll (?:rose |climbed |stood |reached )?(?:to |at )?((?:at least|more than)?\s*[\w,-]+)",
    re.I)
_INCLUDING_DEAD = re.compile(r"\bcasualties\b[^.;]{0,40}?\bincluding\s+((?:at least\s+)?[\w-]+)\s+"
                             r"(?:dead|killed|deaths|fatalities)\b", re.I)
_LEFT_DEAD = re.compile(r"\b(?:leaving|left)\s+((?:at least |more than |about |some )?[\w-]+ [a-z]+"
                        r"(?:,? (?:and )?(?:at least |more than |about |some )?[\w-]+ [a-z]+)+)\s+dead\b")
_CONJ_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NATURAL = frozenset({"cholera", "disease", "flood", "flooding", "earthquake", "storm", "accident",
                      "crash", "heat", "heatwave", "virus", "outbreak", "landslide", "cyclone",
                      "drought", "famine", "malaria", "measles", "hunger", "covid", "pandemic",
                      "epidemic", "typhoon", "hurricane", "tornado", "avalanche", "lightning",
                      "rain", "rainfall", "mudslide", "tsunami", "wildfire", "blizzard",
                      "quake", "tremor", "aftershock", "blaze", "inferno", "firefighter",
                      "firefighters"})
_VEHICLES = frozenset({"tanker", "truck", "lorry", "bus", "train", "boat", "ferry", "vehicle", "plane",
                       "motorbike", "motorcycle", "scooter",
                       "aircraft", "helicopter", "minibus", "car"})


_COLLISION = re.compile(r"\b(?:collided|collision|crashed|capsized|derailed|overturned|plunged)\b", re.I)


_RELIEF = re.compile(r"\b(?:rescue|relief|humanitarian|evacuat\w*|search for survivors|aid deliver\w*)\b", re.I)


def figureless_toll(m: EventMention) -> bool:
    """"The toll is expected to rise", "took a heavy toll": a toll noun without a figure says nothing."""
    return m.family == "kill" and bool(TOLL_NOUN.search(m.trigger.text)) and (
        m.patient is None or m.patient.count is None)


def humanitarian(m: EventMention) -> bool:
    """"The army was deployed to help with rescue work": no conflict development; nor is
    "Burundi, which has troops deployed near X", a deployment told in passing."""
    return m.family == "change_group" and (bool(_RELIEF.search(m.sentence_span.text)) or m.descriptive)


_ORDINARY_CRIME = re.compile(
    r"\b(?:dui|drunk(?:en)?[- ]driving|drink[- ]driving|theft|thefts|stealing|stole|burglary|robbery|"
    r"robberies|heist|shoplifting|fraud|embezzl\w*|speeding|traffic|hit[- ]and[- ]run|drug|drugs|"
    r"narcotics|mafia|murder\w*|manslaughter|homicide|stalking|domestic|femicide|protection order|"
    r"former (?:partner|wife|husband|girlfriend|boyfriend)|ex-(?:wife|husband|partner)|estranged)\b", re.I)
_POLITICAL = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|activists?|journalists?|bloggers?|opposition|dissidents?|"
    r"militants?|terror\w*|insurgen\w*|rebels?|jihadists?|extremists?|separatists?|politicians?|"
    r"lawmakers?|candidates?|party|coup|treason|sedition|unrest|riots?|election|government critics?|"
    r"lynch\w*|mob)\b", re.I)


# Words of armed conflict: a report or sentence using them is no ordinary crime or accident.
_ARMED = re.compile(
    r"\b(?:militia\w*|troops|soldiers?|army|military|armed groups?|gunmen|bandits|fighters?|clan|"
    r"ethnic|communal|herders|air ?strikes?|strikes?|shell\w*|bomb\w*|attack\w*|militants?|rebels?|"
    r"jihadists?|insurgents?|paramilitar\w*|cartels?|gangs)\b", re.I)
_CRIME_FAMILIES = frozenset({"kill", "attack", "abduct", "loot", "raid", "sexual"})


def crime_report(article_text: str) -> bool:
    """A report with crime words that nowhere names a political or armed setting (no
    protest, militants, troops, gangs ...): checked once per article."""
    return bool(_ORDINARY_CRIME.search(article_text)) and not _POLITICAL.search(article_text) \
        and not _ARMED.search(article_text)


def ordinary_crime(m: EventMention, *, in_crime_report: bool) -> bool:
    """"arrested on a DUI charge", "a man shot his neighbour in a robbery": ordinary crime,
    which ACLED does not code. An arrest with crime words in its sentence and no political
    target or charge there; any arrest, killing, attack or kidnapping in a crime report."""
    if m.family != "arrest" and m.family not in _CRIME_FAMILIES:
        return False
    sentence = m.sentence_span.text
    if m.family == "arrest" and _ORDINARY_CRIME.search(sentence) and not _POLITICAL.search(sentence):
        return True
    return in_crime_report


_ACCIDENT = re.compile(r"\b(?:collaps\w*|stampede|gas (?:leak|explosion|cylinder)|electrocut\w*|"
                       r"drown\w*|short circuit)\b", re.I)
_TALLY = re.compile(r"\b(?:annual|monthly|yearly|year-end|weekly|quarterly)\s+(?:tally|toll|report|"
                    r"count|figures|review)\b", re.I)
_PERIOD = re.compile(r"\b(?:during the year|this year|last year|in (?:19|20)\d\d|since (?:january|the start)|"
                     r"so far|of the dead)\b", re.I)


def accident(m: EventMention) -> bool:
    """"Eight people were killed when a building collapsed": an accident, not violence."""
    s = m.sentence_span.text
    return m.family == "kill" and bool(_ACCIDENT.search(s)) and not _ARMED.search(s)


def tally_report(article_text: str) -> bool:
    """A report of an annual, monthly or weekly tally: checked once per article."""
    return bool(_TALLY.search(article_text))


# the families a toll statistic counts (killings and the bombs, shells and clashes that kill)
_COUNTED_FAMILIES = frozenset({"kill", "explosive", "clash", "shell", "airstrike"})
# a tally counts the kidnapped too ("hundreds more were kidnapped", in a quarterly report)
_TALLIED_FAMILIES = _COUNTED_FAMILIES | {"abduct"}


def tally(m: EventMention, *, in_tally_report: bool) -> bool:
    """A figure in an annual or monthly tally ("6,090 people were killed in 2024, the monitor
    said in its annual tally"): a statistic, not an event, when the count is 50 or more or
    its sentence names a period ("during the year", "in 2024")."""
    if m.family not in _TALLIED_FAMILIES or not in_tally_report:
        return False
    count = parse_count(m.patient.count.text) if m.patient is not None and m.patient.count else None
    return count is not None and count.best >= 50 or bool(_PERIOD.search(m.sentence_span.text))


_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "150 people had been killed in the city since the start of the month", "have died so far
# this year": a running total over weeks or more, told beside the day's events
_RUNNING_TOTAL = re.compile(
    rf"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|perished|lost their lives)\b"
    rf"[^.;]*?\b(?:since\s+(?:then\b|that\s+(?:day|time|attack)\b|the\s+(?:start|beginning|outbreak)\s+of|the\s+(?:war|conflict|uprising|"
    rf"insurgency|month|year|truce|ceasefire|invasion|offensive|coup|takeover)\b|"
    rf"(?:the\s+)?[\w-]+\s+(?:took effect|began|started|erupted|broke out)\b|"
    rf"(?:early\s+|late\s+|mid-?)?{_MONTHS}\b|(?:19|20)\d\d\b)"
    rf"|so\s+far\s+this\s+(?:year|month)|this\s+year)"
    # "The conflict (between X and Y) has killed more than 6,000 people": a war's toll,
    # whatever the period
    rf"|\b(?:conflict|war|violence|insurgency|fighting|crisis|unrest|uprising)\b[^.;]{{0,120}}?\b"
    rf"(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:killed|claimed)", re.I)


_SUBJECT_CHARS = 30
# "has carried out at least nine attacks since January", "hundreds of air strikes this
# year": many events counted over a period, none of them told
_MANY_EVENTS = re.compile(
    r"\b(?:(?:at least|more than|some|over|about)\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|scores|hundreds|thousands|a series|a wave|a string|a spate)\s+(?:of\s+)?"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|air strikes|airstrikes|raids|bombings|ambushes|assaults|drone strikes)\b", re.I)
_OVER_A_PERIOD = re.compile(r"\b(?:since|this year|so far|over the past|in recent (?:weeks|months|years)|"
                            r"last year|in the past (?:year|month|few))\b", re.I)


_ESCALATION = re.compile(r"\b(?:stepped up|increased|intensified|escalated|ramped up|has carried out|have carried out)"
                         r"\s+(?:\w+\s+){0,2}?(?:attacks|strikes|air strikes|airstrikes|raids|bombings|operations)\b",
                         re.I)


def many_events(m: EventMention) -> bool:
    """Attacks counted over weeks or more ("at least nine attacks since January", "has
    sharply increased its strikes over the past year"): a tally or a trend of events, not
    one of them (the trigger is the counted word)."""
    s = m.sentence_span
    if not _OVER_A_PERIOD.search(s.text):
        return False
    trend = _ESCALATION.search(s.text)
    if trend is not None and all(_in_or_after(t, s, trend) for t in m.triggers):
        return True
    found = _MANY_EVENTS.search(s.text)
    return found is not None and len(m.triggers) <= 2 and any(
        s.start + found.start() <= t.start < s.start + found.end() for t in m.triggers)


def _in_or_after(trigger: TextSpan, s: TextSpan, found: re.Match) -> bool:
    """The trigger is inside the matched phrase, or the participle right after it ("...
    increased its strikes over the past year, targeting both X and Y")."""
    start, end = s.start + found.start(), s.start + found.end()
    if start <= trigger.start < end:
        return True
    between = s.text[found.end():trigger.start - s.start]
    return trigger.start >= end and re.fullmatch(r"[^.;]*?,\s*", between) is not None


def running_total(m: EventMention) -> bool:
    """A running total over weeks or more ("150 had been killed in the city since the start
    of the month"): a statistic beside the events, not one more event. "since Friday" is
    not one: a few days' fighting is still the event."""
    if m.family not in _COUNTED_FAMILIES:
        return False
    s = m.sentence_span
    found = _RUNNING_TOTAL.search(s.text)
    # the total's own verb, or the noun just before it ("the insurgency has killed"); not
    # the day's event told earlier in the same sentence ("shelling killed 20 ..., bringing
    # to 300 the number who have been killed since ...")
    return found is not None and m.trigger.end >= s.start + found.start() - _SUBJECT_CHARS


_STEPPED_UP = re.compile(r"\bsecurity\s+(?:has|had|was|is|have been)?\s*(?:been\s+)?(?:stepped up|"
                         r"tightened|heightened|increased|beefed up|reinforced|boosted)\b|"
                         r"\b(?:stepped up|tightened|heightened|beefed up)\s+security\b", re.I)


_RESPONSE_PURPOSE = re.compile(r"\bdeployed\s+(?:[\w-]+\s+){0,4}?to\s+(?:separate|restore|quell|calm|contain|"
                               r"secure|prevent|stop|protect|patrol|disperse|keep)\b|"
                               # "deployed troops to the district": to the place just told
                               r"\bdeployed\s+(?:[\w-]+\s+){0,3}?to\s+the\s+(?:district|area|town|city|region|"
                               r"village|scene|province|county)\b", re.I)


_PARADE = re.compile(r"\b(?:parade|march-past|marched past|passing-out|ceremony|commemorat\w+)\b", re.I)
_UNIFORMED = frozenset({"army", "navy", "force", "troop", "soldier", "contingent", "cadet", "unit",
                        "battalion", "regiment", "guard", "band"})


def parade(m: EventMention) -> bool:
    """"Contingents of the army, navy and air force marched past the president": a parade
    or ceremony of uniformed units, not a protest."""
    return m.family == "protest" and m.agent is not None and m.agent.head.removesuffix("s") in _UNIFORMED \
        and bool(_PARADE.search(m.sentence_span.text) or " parade" in m.sentence_span.text.lower())


def precaution(m: EventMention) -> bool:
    """"Security had been stepped up and 2,000 additional officers deployed", "soldiers were
    deployed to separate the groups": a precaution or a response, not a change in an armed
    group's activity."""
    text = m.sentence_span.text
    return m.family == "change_group" and bool(_STEPPED_UP.search(text) or _RESPONSE_PURPOSE.search(text))


_DRILL = re.compile(r"\b(?:live-fire|drills?|military exercises?|joint exercises?|war games|"
                    r"manoeuvres|maneuvers|exercises)\b", re.I)


def exercise(m: EventMention) -> bool:
    """"Forces fired rockets at a decommissioned ship in a live-fire drill": training, no event."""
    return m.family in {"shell", "airstrike", "attack", "clash", "explosive", "raid"} and \
        bool(_DRILL.search(m.sentence_span.text))


_FINDERS = frozenset({"court", "tribunal", "judge", "jury", "panel", "inquiry", "commission",
                      "investigation", "investigator", "prosecutor"})


_VEHICLE_HIT = re.compile(rf"\b(?:{'|'.join(sorted(_VEHICLES))})\s+"
                          r"(?:hit|struck|crashed into|ran into|slammed into)\s+(?:an?|the|his|her|a\s+\w+)?\s*"
                          r"(?:\w+\s+)?(?:car|vehicle|truck|bus|lorry|tree|wall|pole)\b", re.I)


def road_accident(sentence: str) -> bool:
    """"a fuel tanker overturned and exploded", "his motorbike hit a patrol car": a vehicle
    crashed, overturned or capsized."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return bool(_COLLISION.search(sentence)) and bool(words & (_VEHICLES | {v + "s" for v in _VEHICLES})) \
        or bool(_VEHICLE_HIT.search(sentence))


def is_verdict(token: Token) -> bool:
    """"The court found that fighters attacked ...": a finding about the past, not news of an event."""
    for anc in token.ancestors:
        if anc.lemma_.lower() in {"find", "rule", "conclude", "establish"} and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _FINDERS for c in anc.children):
            return True
    return False


_DIED_OF = re.compile(r"^(?:died|dies|die|perished)\s+(?:in|of|from|after)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
                      r"(?P<cause>[\w-]+(?:\s+[\w-]+)?)", re.I)


_FIRE_WORDS = frozenset({"fire", "blaze", "flame", "flames", "inferno"})
_SET_ALIGHT = re.compile(r"\b(?:arson\w*|set (?:on )?fire|set ablaze|torch\w*|petrol bombs?|"
                         r"molotov|firebomb\w*|set alight)\b", re.I)
_DISASTER = re.compile(r"\b(?:floods?|flooding|flash floods?|earthquakes?|landslides?|mudslides?|cyclones?|"
                       r"hurricanes?|typhoons?|tsunami|avalanche|heatwave|drought)\b", re.I)  # not "storm": "stormed"


def natural_cause(m: EventMention) -> bool:
    """Deaths from disease, disaster or accident are not political violence."""
    if m.family == "kill" and _DISASTER.search(m.sentence_span.text) and not _ARMED.search(m.sentence_span.text):
        return True  # "Flash floods caused by heavy rains swept through X, killing five"
    if m.agent is None:
        s = m.sentence_span
        died = _DIED_OF.match(s.text[m.trigger.start - s.start:]) if len(m.triggers) <= 2 else None
        # "a motorcyclist died in a collision with a police vehicle", "died of cholera",
        # "was killed when his motorbike hit a patrol car"
        return died is not None and any(w.rstrip("s") in _NATURAL | {"collision"}
                                        for w in died.group("cause").lower().split()) \
            or m.family == "kill" and road_accident(s.text) and not _ARMED.search(s.text)
    words = [w.strip(",.;:") for w in m.agent.span.text.lower().split()]
    if m.agent.head in _NATURAL or any(w in _NATURAL or w.removesuffix("s") in _NATURAL for w in words):
        return True
    if m.agent.head in _FIRE_WORDS and m.agent.entity is None and (
            m.family == "loot" or m.family == "kill" and not _SET_ALIGHT.search(m.sentence_span.text)
            and not _ARMED.search(m.sentence_span.text)):
        # "a fire at a market destroyed dozens of stalls", "a fire at a warehouse killed six
        # workers": nobody set it
        return True
    # "a fuel tanker collided with a truck and exploded": a road accident
    return m.agent.head in _VEHICLES and road_accident(m.sentence_span.text)


# "the death toll from the bombing rose to 23", "put the death toll at 14", "the number of
# dead had risen to five": the figure a toll noun is given, and whether it revises an earlier one
TOLL_NOUN = re.compile(r"\b(?:death toll|toll|bodies|number of (?:the )?(?:dead|deaths|people killed|victims|"
                        r"fatalities))\b", re.I)
# "..., bringing the death toll to 11", "raising the toll to 15": a figure that updates one told before
RAISES_TOLL = re.compile(r"\b(?:bringing|raising|pushing|taking|lifting)\s+(?:the\s+)?(?:overall\s+|total\s+)?"
                         r"(?:death\s+)?toll\b", re.I)
_TOLL_FIGURE = re.compile(
    r"\b(?P<verb>rose|risen|rising|climbed|increased|jumped|reached|hit|stood|stands|was|is|at|to|of)\s+"
    r"(?:to\s+|at\s+)?(?P<n>(?:at least |more than |about |nearly |around |some |over )?[\w,-]+)", re.I)
_REVISING = frozenset({"rose", "risen", "rising", "climbed", "increased", "jumped", "reached", "hit"})
_FIRST_TOLL = re.compile(r"\b(?:initial(?:ly)?|first|earlier|preliminary)\b", re.I)
# "later put the death toll at 21", "by evening ... put the toll at seven": told as an update
_LATER_TOLL = re.compile(r"\b(?:later|by (?:evening|nightfall|night|midday|the end of the day|"
                         r"\w+day)|updated|raised|revised)\b|" + RAISES_TOLL.pattern, re.I)
TOLL_REACH = 160  # characters from the toll noun to its figure ("the death toll from ... has risen to 42")


_BODIES_OF = re.compile(r"^bodies\s+of\s+(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?"
                        r"(?:the\s+)?([\w-]+(?:\s+(?:of|dozen|hundred))?)", re.I)
_BODIES_COUNTED = re.compile(r"((?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?[\w-]+)\s+$", re.I)


def bodies_count(m: EventMention, noun: TextSpan) -> EventMention | None:
    """"recovered the bodies of four militants", "11 bodies were found": the count of the
    dead (``noun`` is the word "bodies"), or None when no number goes with the bodies."""
    s = m.sentence_span
    after = _BODIES_OF.match(s.text[noun.start - s.start:])
    before = _BODIES_COUNTED.search(s.text[:noun.start - s.start])
    for found, base in ((after, noun.start), (before, s.start)):
        if found is None or parse_count(found.group(1)) is None:
            continue
        start = base + found.start(1)
        count = TextSpan(start, start + len(found.group(1)), found.group(1))
        return replace(m, patient=Participant(span=count, head="people", count=count), lethal=True)
    return None


def _toll(m: EventMention) -> EventMention | None:
    """A toll noun's figure ("the death toll had risen to 32", "put the death toll at 14"),
    or None; revised when the toll rose to it."""
    nouns = [t for t in m.triggers if TOLL_NOUN.search(t.text)]
    for body in (t for t in nouns if t.text.lower() == "bodies"):
        counted = bodies_count(m, body)
        if counted is not None:
            return counted
    # "Rescuers pulled more bodies from the rubble, and ... put the death toll at seven"
    noun = next((t for t in nouns if t.text.lower() != "bodies"), None)
    if noun is None:
        return None
    s = m.sentence_span
    rest = s.text[noun.end - s.start:]
    rest = re.split(r"[.;]", rest[:TOLL_REACH], maxsplit=1)[0]
    for match in _TOLL_FIGURE.finditer(rest):
        phrase = match.group("n").rstrip(",")
        if parse_count(phrase) is None:
            continue
        offset = noun.end + match.start("n")
        count = TextSpan(offset, offset + len(phrase), phrase)
        # "Initial reports had put the toll at 25" is the first figure; "has risen to 42,
        # almost double the first estimate" still revises it
        revised = (match.group("verb").lower() in _REVISING or _LATER_TOLL.search(s.text)) \
            and not _FIRST_TOLL.search(s.text[:count.end - s.start])
        first = bool(_FIRST_TOLL.search(s.text[:count.end - s.start]))
        patient = Participant(span=count, head="people", count=count)
        return replace(m, patient=patient, lethal=True, toll_revised=revised, toll_first=first)
    return None


# "killed in regime shelling", "government forces", "Russian warplanes": a state's forces or
# means named where the parse gives the trigger no subject
_STATE_MEANS = re.compile(
    r"\b((?:pro-)?(?:regime|government|army|military|[A-Z][a-z]+ian|[A-Z][a-z]+ish|[A-Z][a-z]+i)\s+"
    r"(forces|troops|soldiers|shelling|bombardment|warplanes|jets|helicopters|air ?strikes|artillery|"
    r"aircraft|drones|rockets|missiles))\b")


def state_means(m: EventMention) -> EventMention:
    if m.agent is not None:
        return m
    s = m.sentence_span
    match = _STATE_MEANS.search(s.text)
    if match is None or match.group(1).lower().startswith("pro-"):
        return m
    start = s.start + match.start(1)
    span = TextSpan(start, start + len(match.group(1)), match.group(1))
    word = match.group(2).lower().replace(" ", "")
    head = "force" if word == "forces" else word.removesuffix("s")
    return replace(m, agent=Participant(span=span, head=head))


# "Houthi shelling killed ...", "RSF drone strikes hit ...": the means written straight
# after the doer's name, which the small parser often splits from it
_MEANS_AFTER = re.compile(
    r"^\s+(?P<means>shelling|bombardment|artillery(?:\s+fire)?|mortar(?:\s+fire|s)?|"
    r"rocket(?:\s+fire|s)?|missiles?|(?P<air>air\s?strikes?|drone\s+strikes?|drones?|warplanes?))\s+$",
    re.I)


def means_after_agent(m: EventMention) -> EventMention:
    """"Houthi shelling killed three": the doer is "Houthi shelling", and shelling types it."""
    if m.agent is None or m.family not in {"kill", "attack"}:
        return m
    between = _text_between(m, m.agent.span.end, m.trigger.start)
    found = _MEANS_AFTER.match(between)
    if found is None:
        return m
    end = m.agent.span.end + found.end("means")
    span = TextSpan(m.agent.span.start, end, _text_between(m, m.agent.span.start, end))
    head = found.group("means").lower().split()[-1].removesuffix("s")
    head = {"fire": found.group("means").lower().split()[0]}.get(head, head)
    family = "airstrike" if found.group("air") else "shell"
    agent = replace(m.agent, span=span, head=head.replace(" ", ""))
    return refined(replace(m, agent=agent), family, TextSpan(
        m.agent.span.end + found.start("means"), end, found.group("means")))


def with_casualties(m: EventMention) -> EventMention:
    """"..., leaving at least 12 people dead": a toll stated beside the event verb."""
    if m.patient is not None and m.patient.count is not None and m.lethal \
            and m.patient.head not in lexicon.ANIMAL_WORDS:
        return m
    toll = _toll(m)
    if toll is not None:
        return toll
    s = m.sentence_span
    groups = _LEFT_DEAD.search(s.text)
    if groups and len(_CONJ_SPLIT.split(groups.group(1))) > 1 and all(
            parse_count(piece.split()[0] if piece.split() else "") or parse_count(piece)
            for piece in _CONJ_SPLIT.split(groups.group(1))):
        # "left 8 soldiers and 10 militants dead": the groups add up
        start = s.start + groups.start(1)
        count = TextSpan(start, start + len(groups.group(1)), groups.group(1))
        return replace(m, patient=Participant(span=count, head="people", count=count), lethal=True)
    including = _INCLUDING_DEAD.search(s.text)
    if including and parse_count(including.group(1)) is not None:
        # "left 15 casualties, including six dead": the dead, not the casualties
        start = s.start + including.start(1)
        count = TextSpan(start, start + len(including.group(1)), including.group(1))
        return replace(m, patient=Participant(span=count, head="people", count=count), lethal=True)
    match = _CASUALTIES.search(s.text)
    if not match:
        return m
    group = next(g for g in (1, 2, 3) if match.group(g))
    phrase = match.group(group).strip()
    offset = s.start + match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
    count = TextSpan(offset, offset + len(phrase), phrase)
    if parse_count(phrase) is None:
        return m
    victims = m.patient if m.patient is not None and m.patient.head not in {"people", ""} else None
    patient = Participant(span=count, head=victims.head if victims else "people", count=count)
    return replace(m, patient=patient, lethal=True)


AIRCRAFT = frozenset({"jet", "warplane", "aircraft", "plane", "helicopter", "drone", "gunship"})


_GROUND_FIRE = re.compile(r"\b(?:missile|rocket|artillery|mortar|shell)s?\b", re.I)


def from_the_air(m: EventMention) -> EventMention:
    """"The jet dropped two bombs on the village", "warplanes raided X": what aircraft do to
    a place is an air strike; so is a bare "strike" that kills ("an Israeli strike on a car
    killed two"), unless it names missiles or guns."""
    if m.family in {"explosive", "raid", "attack", "kill", "shell"} and m.agent is not None and \
            m.agent.head in AIRCRAFT:  # "warplanes raided the camp", "a jet killed 4"
        return refined(m, "airstrike", m.agent.span)
    if m.family in {"kill", "attack"} and m.agent is not None and m.agent.head == "strike" \
            and not _GROUND_FIRE.search(m.agent.span.text):
        return refined(m, "airstrike", m.agent.span)
    return m


def _text_between(m: EventMention, start: int, end: int) -> str:
    s = m.sentence_span
    return s.text[start - s.start:end - s.start]


def self_detonation(m: EventMention) -> EventMention:
    """"Two bombers blew themselves up": a suicide bombing, and the bombers are among the dead."""
    if m.family not in {"explosive", "suicide"} or m.agent is None or m.patient is None \
            or m.patient.head not in lexicon.REFLEXIVE or not m.agent.head.startswith("bomber"):
        return m
    count = m.agent.count or m.patient.span
    own = m.patient.count
    if own is not None and own.end > m.patient.span.start:
        # "killing himself and six soldiers": the bomber and the others counted together
        start = min(m.patient.span.start, own.start)
        count = TextSpan(start, own.end, _text_between(m, start, own.end))
    patient = Participant(span=m.patient.span, head="bomber", count=count)
    family = "suicide"
    return replace(m, family=family, families=tuple(dict.fromkeys((family, *m.families))),
                   patient=patient, lethal=True)


def refined(m: EventMention, family: str, weapon: TextSpan) -> EventMention:
    return replace(m, family=family, families=(family, *m.families),
                   triggers=(*m.triggers, weapon))


