"""Actors: one canonical name per actor within an article, and its ACLED inter code.

Names the article defines as the same ("Full Name (ABBR)", "an acronym for Full Name"),
short forms of a longer name, and references such as "the group" or "the militants"
all map to one canonical actor. Unnamed actors get ACLED's generic names
("Unidentified Armed Group (Country)", "Civilians (Country)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace

from eventwire.geo import countries
from eventwire.nlp import lexicon
from eventwire.nlp.analysis import ArticleAnalysis, Entity, Participant
from eventwire.nlp.mention_rules import AIRCRAFT
from eventwire.nlp.place_mentions import demonyms
from eventwire.records import Actor

REBEL_WORDS = frozenset({"militant", "militants", "insurgent", "insurgents", "jihadist",
                         "jihadists", "rebel", "rebels", "extremist", "extremists", "fighters",
                         "caliphate", "terrorist", "terrorists", "guerrilla", "guerrillas"})
MILITIA_WORDS = frozenset({"militia", "militias", "militiamen", "vigilante", "vigilantes"})
IDENTITY_WORDS = frozenset({"tribal", "ethnic", "clan", "communal", "herders", "herdsmen"})
STATE_HEADS = frozenset({"army", "police", "military", "ministry", "government", "navy",
                         "gendarmerie", "forces", "force", "guard", "troops", "service"})
EXTERNAL_WORDS = frozenset({"coalition", "peacekeepers", "peacekeeping", "nato", "united nations"})

_GENERIC: dict[str, tuple[str, int]] = {
    "gunman": ("Unidentified Armed Group ({c})", 3), "assailant": ("Unidentified Armed Group ({c})", 3),
    "attacker": ("Unidentified Armed Group ({c})", 3), "militant": ("Unidentified Armed Group ({c})", 3),
    "insurgent": ("Unidentified Armed Group ({c})", 3), "jihadist": ("Unidentified Armed Group ({c})", 3),
    "rebel": ("Rebels ({c})", 2), "fighter": ("Unidentified Armed Group ({c})", 3),
    "guerrilla": ("Rebels ({c})", 2), "bandit": ("Unidentified Armed Group ({c})", 3),
    "raider": ("Unidentified Armed Group ({c})", 3), "bomber": ("Unidentified Armed Group ({c})", 3),
    "terrorist": ("Unidentified Armed Group ({c})", 3),  # a communique's word for the attackers
    "gang": ("Unidentified Gang ({c})", 3), "gangster": ("Unidentified Gang ({c})", 3),
    "soldier": ("Military Forces of {c}", 1), "troop": ("Military Forces of {c}", 1),
    "army": ("Military Forces of {c}", 1), "military": ("Military Forces of {c}", 1),
    "force": ("Military Forces of {c}", 1),
    "police": ("Police Forces of {c}", 1), "policeman": ("Police Forces of {c}", 1),
    "government": ("Government of {c}", 1), "regime": ("Military Forces of {c}", 1),
    "junta": ("Military Forces of {c}", 1),
    "officer": ("Police Forces of {c}", 1),
    "protester": ("Protesters ({c})", 6), "demonstrator": ("Protesters ({c})", 6),
    "rioter": ("Rioters ({c})", 5), "mob": ("Rioters ({c})", 5),
    "militiaman": ("Unidentified Militia ({c})", 3), "militia": ("Unidentified Militia ({c})", 3),
    "vigilante": ("Vigilante Militia ({c})", 4),
}


def generic_name(template: str, country: str | None) -> str:
    """ACLED's name for a generic actor of a country, or its unidentified form without one.

    "Military Forces of {c}" becomes "Unidentified Military Forces" (ACLED's own name when
    whose forces they are is unclear), "Civilians ({c})" becomes "Civilians", a government
    "Government (country not stated)": never a made-up country called "Unknown".
    """
    if country:
        return template.format(c=country)
    if template.startswith("Government"):
        return "Government (country not stated)"
    if template.endswith(" of {c}"):
        return "Unidentified " + template[: -len(" of {c}")]
    return template.replace(" ({c})", "")


_ACRONYM_GROUP = re.compile(r"\b([A-Z][A-Z0-9-]{1,7})\s+(rebels?|guerrillas?|guerrilla group|militias?|"
                            r"militants?|fighters|group|insurgents|armed group)\b")
_NOT_GROUPS = frozenset({"US", "UN", "EU", "UK", "AU", "NATO", "AFP", "AP", "BBC", "CNN"})
_WEAPON_ACRONYMS = frozenset({"IED", "IEDS", "VBIED", "RPG", "RPGS", "UAV", "UAVS", "AK-47"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
_LOCATIVE = re.compile(r"\b(?:(?:in|near|outside|around|at|into|(?:fled|returned|moved|travell?ed|went)\s+to|"
                       r"(?:km|kilometres|kilometers|miles)\s+from)"
                       r"\s+(?:the\s+)?|(?:countryside|outskirts|"
                       r"suburbs|vicinity|city|town|village|province|governorate|east|west|north|"
                       r"south|centre|center)\s+of\s+)$", re.I)
# "Cameroon's Northwest region": a name followed by a region word is a place, not an organisation
_REGION_AFTER = re.compile(r"^\s+(?:region|province|governorate|district|county|department)\b", re.I)
# Aircraft only states fly (drones are flown by armed groups too).
_AIRCRAFT = (AIRCRAFT - {"drone"}) | {"airplane"}
_MEANS_HEADS = frozenset({"missile", "drone", "warplane", "jet", "artillery", "shell", "rocket", "fire",
                          "airstrike", "bombardment", "helicopter",
                          "strike", "airstrike", "attack", "shelling", "bombardment", "barrage",
                          "bombing", "raid", "aircraft", "helicopter", "mortar"})


def _clean(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"(?:'s|\u2019s)$", "", name)
    return name.strip(" ,.")


@dataclass
class ActorRegistry:
    """The actors of one article: canonical names, aliases and inter codes."""

    canonical: dict[str, str]  # lower-case surface -> canonical name
    aliases: dict[str, set[str]]
    inter: dict[str, int | None]
    dominant: str | None  # the main armed actor: what "the group" refers to
    blamed: tuple = ()  # (sentence, Participant) a source holds responsible
    forces_of: str | None = None  # the one country whose forces the article names ("Israeli army")

    def name_for(self, surface: str) -> str:
        cleaned = _clean(surface)
        return self.canonical.get(cleaned.lower(), cleaned)

    def actor(self, name: str) -> Actor:
        return Actor(name=name, aliases=tuple(sorted(self.aliases.get(name, set()) - {name})),
                     inter=self.inter.get(name))


    def resolve(self, participant: Participant | None, *, country: str | None) -> Actor | None:
        """The actor a participant phrase names, or None for victims and unknowns."""
        if participant is None:
            return None
        text = participant.span.text.lower()
        proper = _proper_group_name(participant.span.text)
        if proper is not None and (participant.entity is None or len(participant.entity.text) < len(proper)):
            # "the Stability Support Apparatus", "the 444 Brigade": a name the model missed or cut
            name = self.name_for(proper)
            return self.actor(name) if name in self.inter else Actor(
                name=name, inter=_inter_code(name, [participant.span.text]))
        if participant.entity is not None and participant.entity.label in {"ORG", "NORP"}:
            organ = _state_organ(participant.entity.text, participant.span.text)
            if organ is not None:
                return organ
            name = self.name_for(participant.entity.text)
            if name in self.inter:
                return self.actor(name)
            if participant.head == participant.entity.text.lower() and not _plain_noun(participant.head) \
                    and country_named(participant.head) is None and participant.head not in demonyms():
                # "Houthi shelling": a group's name the model tagged as a nationality; "men
                # identified as members of X": a group the model did not tag
                return Actor(name=participant.entity.text, inter=_inter_code(name, [participant.span.text]))
        original = participant.span.text
        for surface, name in self.canonical.items():
            if name not in self.inter:
                continue
            aliases = [a for a in self.aliases.get(name, ()) if a.isupper() and a.lower() == surface]
            if aliases:
                if re.search(rf"\b{re.escape(aliases[0])}\b", original):
                    return self.actor(name)
            elif re.search(rf"\b{re.escape(surface)}\b", text):
                return self.actor(name)
        acronym = _ACRONYM_GROUP.search(original)
        if acronym and acronym.group(1) not in _NOT_GROUPS:
            # "the ELN guerrilla group", "ADF rebels": the acronym names the group
            return Actor(name=acronym.group(1), inter=2 if acronym.group(2).lower().startswith(
                ("rebel", "guerrilla")) else 3)
        bare = _clean(original)
        if _ACRONYM.fullmatch(bare) and bare not in _NOT_GROUPS | _WEAPON_ACRONYMS \
                and countries.by_name(bare) is None:
            # "RSF attacked ...", "M23 seized ...": a group named by its acronym alone
            return Actor(name=bare, inter=_inter_code(bare, [original]))
        head = participant.head
        if head not in _GENERIC:  # "Troops", "Gunmen" at a sentence start are not lemmatised
            for plural, singular in (("men", "man"), ("s", "")):
                if head.endswith(plural) and head[: -len(plural)] + singular in _GENERIC:
                    head = head[: -len(plural)] + singular
                    break
        if participant.pronoun or re.match(r"^(?:the|this|that) (?:group|militants?|insurgents|"
                                           r"jihadists|rebels|organi[sz]ation|movement)\b", text):
            if participant.pronoun and head not in {"they", "it"}:
                return None
            return self.actor(self.dominant) if self.dominant else None
        generic = _GENERIC.get(head)
        if generic is None and head in {"man", "men"} and re.search(r"\b(?:armed|unidentified|unknown|masked)\b", text):
            generic = _GENERIC["gunman"]
        if head in {"separatist", "separatists"} or re.search(r"\bseparatists?\b", text) and head in {
                "fighter", "fighters", "militant", "militants", "rebel", "rebels", "gunman", "gunmen",
                "man", "men", "insurgent", "insurgents"}:
            generic = ("Separatists ({c})", 2)  # "separatist fighters": the cause, not just arms
        if generic is None and head in {"youth", "youths"} and "armed" in text:
            generic = ("Communal Militia ({c})", 4)  # "armed youths from rival communities"
        nationality = country_named(participant.span.text)
        means = head in _MEANS_HEADS and not set(re.findall(r"[a-z]+", text)) & (
            REBEL_WORDS | MILITIA_WORDS | {"group", "separatist", "separatists"})
        if generic is None and means and re.search(r"\b(?:regime|government|army|military)\b", text):
            # "regime shelling", "army artillery": the state's forces of the event's country
            label = nationality or country
            return Actor(name=generic_name("Military Forces of {c}", label), inter=1,
                         country=label)
        doer = _doer_before_means(original) if generic is None and means and not nationality else None
        if doer is not None:
            # "Houthi shelling", "RSF drone strikes": the name before the means is the doer
            name = self.name_for(doer)
            return self.actor(name) if name in self.inter else Actor(
                name=name, inter=_inter_code(name, [original]))
        if generic is None and nationality and (
                participant.entity is not None and participant.entity.label == "NORP"
                and head == participant.entity.text.lower() or means):
            # "Russian artillery fire", "a Myanmar military air strike": that state's forces
            return Actor(name=f"Military Forces of {nationality}", inter=1, country=nationality)
        if generic is None and head.removesuffix("s") in _AIRCRAFT and not nationality:
            # "warplanes pounded X": only states fly them; those of the event's country
            return Actor(name=generic_name("Military Forces of {c}", country), inter=1,
                         country=country)
        if generic is None:
            return None
        if head in DOMINANT_FIGHTERS and self.dominant:
            return self.actor(self.dominant)
        template, inter = generic
        if template.startswith("Military Forces") and re.search(r"\binternal security\b", text):
            template = "Police Forces of {c}"  # "internal security forces": the interior ministry's
        named_country = country_named(participant.entity.text) if participant.entity \
            is not None and participant.entity.label == "GPE" and participant.entity.text.lower() not in {
                head, head + "s", participant.head, head.replace("man", "men")} else None
        if template.startswith("Military Forces") and not (nationality or named_country):
            # "The Israeli army said ... troops arrested": the forces the article names
            named_country = self.forces_of
        label = nationality or named_country or country
        return Actor(name=generic_name(template, label), inter=inter, country=label)

    def victims(self, participant: Participant | None, *, country: str | None) -> Actor | None:
        """ACLED's actor2 for people on the receiving end."""
        if participant is None:
            return None
        named = self.resolve(participant, country=country)
        if named is not None:
            return named
        if participant.head in lexicon.CIVILIAN_WORDS:
            label = country_named(participant.span.text) or country
            return Actor(name=generic_name("Civilians ({c})", label), inter=7)
        return None


def country_named(text: str) -> str | None:
    """The country a phrase names by name or nationality ("Mali's army" -> "Mali"), or None."""
    country = countries.in_phrase(text)
    return country.name if country else None


def _inter_code(name: str, contexts: list[str]) -> int | None:
    words = set(re.findall(r"[a-z]+", name.lower()))
    context = Counter(w for c in contexts for w in re.findall(r"[a-z]+", c.lower()))
    if words & EXTERNAL_WORDS or "united nations" in name.lower():
        return 8
    if words & MILITIA_WORDS:
        return 3
    rebel = sum(context[w] for w in REBEL_WORDS)
    # "Arakan Army", "Kachin Independence Army": an army named for no country is a group's
    stateless = "army" in words and countries.in_phrase(name) is None and name[:1].isupper() \
        and len(words) > 1 or bool(words & {"liberation", "independence", "free", "revolutionary",
                                            "resistance", "salvation", "democratic"})
    if words & STATE_HEADS and not rebel and not stateless:
        return 1
    if words & IDENTITY_WORDS or context["tribal"] + context["ethnic"] > 1:
        return 4
    if rebel or words & {"front", "brigade", "brigades", "movement", "jihad", "state", "army"}:
        return 2
    return None


# Unnamed fighters read as the article's main armed group ("the militants").
DOMINANT_FIGHTERS = frozenset({"militant", "insurgent", "jihadist", "fighter", "attacker", "assailant",
                               "bomber"})


def build_registry(analysis: ArticleAnalysis, *, not_actors: Collection[tuple[int, int]] = ()
                   ) -> ActorRegistry:
    """Collect the article's organisations, their aliases, inter codes and the main actor.

    ``not_actors`` are spans known to be places ("attacked X" where X is a town)."""
    text = analysis.article.text
    orgs: list[Entity] = [e for e in analysis.entities if e.label == "ORG"
                          and (e.start, e.end) not in not_actors
                          and not _plain_noun(e.text)
                          and not _LOCATIVE.search(text[max(0, e.start - 20):e.start])
                          and not _REGION_AFTER.match(text[e.end:e.end + 15])
                          # "Burkina Faso's civilian auxiliary force": a country, not a group
                          and countries.by_name(re.sub(r"(?:'s|\u2019s)$", "", e.text)) is None]
    # "Al Shabaab claimed responsibility": a claimant or accused the model tagged PERSON
    # is still an organisation when its name is not a person's (no source calls it so)
    blamed_spans = {(p.entity.start, p.entity.end) for _, p in analysis.blamed
                    if p.entity is not None and p.entity.label == "PERSON"}
    orgs += [e for e in analysis.entities if (e.start, e.end) in blamed_spans]
    cut = {e: _widened(e, text) for e in orgs if _is_generic_word(_clean(e.text))}
    orgs = [cut.get(e, e) for e in orgs]
    alias_map = {a.lower(): full for a, full in analysis.aliases}
    canonical: dict[str, str] = {}
    names = sorted({_clean(e.text) for e in orgs} | {_clean(f) for f in alias_map.values()},
                   key=len, reverse=True)
    for name in names:
        key = name.lower()
        target = alias_map.get(key, name)
        # a short form contained in a longer name of the article ("Shabaab" in "Al-Shabaab")
        longer = next((n for n in names if n != name and len(n) > len(name)
                       and re.search(rf"\b{re.escape(name)}\b", n)), None)
        if longer and key not in alias_map and not _is_generic_word(name):
            target = longer
        canonical[key] = _clean(alias_map.get(target.lower(), target))
    for alias, full in alias_map.items():
        canonical[alias] = _clean(canonical.get(_clean(full).lower(), _clean(full)))
    for part, whole in cut.items():
        if whole != part:  # what the model tagged stands for the whole name in this article
            canonical.setdefault(_clean(part.text).lower(),
                                 canonical.get(_clean(whole.text).lower(), _clean(whole.text)))
    aliases: dict[str, set[str]] = {}
    for surface, name in canonical.items():
        aliases.setdefault(name, set()).add(surface if surface.isupper() else _original(surface, orgs, alias_map))
    sentences = analysis.sentences
    contexts: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    source_spans = [(s.span.start, s.span.end) for s in analysis.sources]
    for e in orgs:
        name = canonical.get(_clean(e.text).lower(), _clean(e.text))
        text = sentences[e.sentence].text if e.sentence < len(sentences) else ""
        contexts.setdefault(name, []).append(text)
        if not any(a <= e.start < b for a, b in source_spans) and \
                (analysis.dateline_prefix is None or e.start >= analysis.dateline_prefix.end):
            counts[name] += 1
    for alias, full in analysis.aliases:
        text = analysis.article.text
        name = canonical.get(alias.lower())
        if name:
            counts[name] += len(re.findall(rf"\b{re.escape(alias)}\b", text))
    inter = {name: _inter_code(name, contexts.get(name, [])) for name in set(canonical.values())}
    for name in _only_reporting(analysis, canonical):
        inter[name] = None
    armed = [n for n, _ in counts.most_common() if inter.get(n) in {1, 2, 3, 4}]
    armed_nonstate = [n for n in armed if inter.get(n) != 1]
    dominant = (armed_nonstate or armed or [None])[0]
    if _UNCLAIMED.search(analysis.article.text):
        dominant = None  # "No group claimed responsibility": the group named in background did not act
    return ActorRegistry(canonical=canonical, aliases=aliases, inter=inter, dominant=dominant,
                         blamed=analysis.blamed, forces_of=_forces_named(analysis.article.text))


_FORCES = re.compile(r"\b([A-Z][a-z]+|U\.S\.)\s+(?:army|forces|military|troops|soldiers|"
                     r"security forces|armed forces)\b")


def _forces_named(text: str) -> str | None:
    """The country whose forces the article names by nationality, when only one is named."""
    named = {c for m in _FORCES.finditer(text) if (c := country_named(m.group(1)))}
    return next(iter(named)) if len(named) == 1 else None


# ("linked to the Islamic State", "loyal to the army": the group acts through its men)
_TOLD = re.compile(r"\b(?:told|(?<!linked )(?<!loyal )(?<!allied )(?<!affiliated )(?<!tied )(?<!close )"
                   r"(?<!belonging )to|said|according to|reported by|by)\s+(?:the\s+)?$", re.I)


def _only_reporting(analysis: ArticleAnalysis, canonical: dict[str, str]) -> set[str]:
    """Organisations the article only cites or talks to ("told Reuters"): not actors."""
    text = analysis.article.text
    acting: set[str] = set()
    reporting: set[str] = set()
    source_spans = [(s.span.start, s.span.end) for s in analysis.sources]
    for e in analysis.entities:
        if e.label != "ORG":
            continue
        name = canonical.get(_clean(e.text).lower(), _clean(e.text))
        cited = _TOLD.search(text[max(0, e.start - 25):e.start]) or any(
            a <= e.start < b for a, b in source_spans) or text[max(0, e.start - 1):e.start] == "("
        (reporting if cited else acting).add(name)
    return reporting - acting


_GENERIC_NAME_WORDS = frozenset({"government", "security", "armed", "state", "special", "rebel",
                                 "military", "federal", "joint", "regime", "police", "border",
                                 "forces", "army", "group", "militia", "guard", "the"})
_GROUP_HEADS = frozenset({"apparatus", "brigade", "brigades", "front", "battalion", "division",
                          "regiment", "movement", "council", "militia", "forces", "army",
                          "group", "corps", "guard", "committee", "alliance", "coalition"})


_UNCLAIMED = re.compile(r"\bno (?:group|one|organi[sz]ation)(?: has| had)?(?: immediately)? claimed\b", re.I)


def _proper_group_name(text: str) -> str | None:
    """"the Stability Support Apparatus" -> "Stability Support Apparatus": a capitalised name
    of two or more words ending in a group word; None for anything else."""
    first = re.split(r",|\s+and\s+(?:the\s+)?[a-z]", text.strip())[0]  # "X Brigade and the army"
    words = re.sub(r"^(?:the|a|an)\s+", "", first, flags=re.I).split()
    if len(words) < 2 or words[-1].lower() not in _GROUP_HEADS:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "for", "and"} for w in words):
        return None
    if all(w.lower() in _GENERIC_NAME_WORDS for w in words):
        return None  # "Government Forces", "Security Forces" in a headline: generic, not a name
    return " ".join(words)


_ORGANS = (
    (re.compile(r"^(?:the\s+)?(?:defen[cs]e ministry|ministry of defen[cs]e|armed forces|army|military|"
                r"air force|navy|general staff)$", re.I), "Military Forces of {c}"),
    (re.compile(r"^(?:the\s+)?(?:interior ministry|ministry of (?:the )?interior|police)$", re.I),
     "Police Forces of {c}"),
)


def _state_organ(entity: str, phrase: str) -> Actor | None:
    """"Russia's defence ministry", "the Sudanese army": a state's organ named by its
    country, as ACLED names the state's forces ("Military Forces of Russia")."""
    country = countries.in_phrase(phrase)
    if country is None:
        return None
    for pattern, template in _ORGANS:
        if pattern.match(entity.strip()):
            return Actor(name=template.format(c=country.name), inter=1, country=country.name)
    return None


def _doer_before_means(text: str) -> str | None:
    """"Houthi shelling" -> "Houthi", "the RSF drone strikes" -> "RSF": a capitalised name
    written before the means; None for generic words ("Rebel shelling") and for no name."""
    words = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I).split()
    name: list[str] = []
    for word in words:
        if word.lower().rstrip("s") in _MEANS_HEADS | {"air", "drone", "artillery", "rocket"}:
            break
        name.append(word)
    if not name or len(name) > 4 or not all(w[:1].isupper() for w in name):
        return None
    lowered = [w.lower() for w in name]
    if any(w in _GENERIC or w.rstrip("s") in _GENERIC or w in REBEL_WORDS | MILITIA_WORDS
           or w in _GENERIC_NAME_WORDS or w in demonyms() for w in lowered):
        return None
    return " ".join(name)


def _plain_noun(text: str) -> bool:
    """"Warplanes", "Gunmen" tagged ORG at a sentence start: a common noun, not a name."""
    word = text.strip().lower()
    for plural, singular in (("men", "man"), ("s", ""), ("", "")):
        if word.endswith(plural) and " " not in word:
            stem = word[: len(word) - len(plural)] + singular
            if stem in _GENERIC or stem in _MEANS_HEADS or stem in _AIRCRAFT:
                return True
    return False


def _widened(entity: Entity, text: str) -> Entity:
    """"State" tagged alone out of "Islamic State Mozambique Province": the run of
    capitalised words the model cut the generic word from (the entity itself when none)."""
    start, end = entity.start, entity.end
    before = re.search(r"(?:\b[A-Z][\w'-]*[ ]+)+$", text[max(0, start - 60):start])
    after = re.match(r"(?:[ ]+[A-Z][\w'-]*\b)+", text[end:end + 60])
    start -= len(before.group(0)) if before else 0
    end += len(after.group(0)) if after else 0
    return replace(entity, start=start, end=end, text=text[start:end])


def _is_generic_word(name: str) -> bool:
    return name.lower() in {"state", "army", "police", "group", "government", "forces"}


def _original(surface: str, orgs: list[Entity], alias_map: dict[str, str]) -> str:
    for e in orgs:
        if _clean(e.text).lower() == surface:
            return _clean(e.text)
    return surface
