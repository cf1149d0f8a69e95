"""Add template sentences to the PLOVER training corpus (benchmarks/data/plover_train.jsonl).

The corpus has two parts, marked by each row's "source": "hand" rows were written by
hand from the PLOVER codebook definitions (news style, varied actors and syntax) and
are kept as they are; "template" rows are made here, deterministically (seed 13), from
clause templates per type x actors x places x framings (plain, reported speech, dated).
Re-running drops the old template rows and writes them again. No sentence comes from
an evaluation set.

    .venv/bin/python benchmarks/make_plover_corpus.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "plover_train.jsonl"
SEED = 13
PER_TYPE = 22

ACTORS = [
    "the government", "the army", "the rebels", "the president", "police",
    "the prime minister", "the opposition", "the foreign ministry", "the militia",
    "the United Nations", "the European Union", "the interior minister", "the junta",
    "the ruling party", "security forces", "the insurgents", "the governor",
    "the defence ministry", "the union", "the regional council", "Nigeria", "Pakistan",
    "Chile", "Vietnam", "Egypt", "Poland", "Indonesia", "Bolivia", "Sri Lanka", "Ghana",
]
TARGETS = [
    "the rebels", "the government", "the opposition", "the neighbouring state",
    "the militia", "the separatists", "Ukraine", "Kenya", "Turkey", "Peru", "Morocco",
    "the trade unions", "the breakaway region", "the junta", "Thailand", "Nepal",
]
PLACES = ["the capital", "the north", "the border region", "the eastern province",
          "the port city", "the southern districts", "the highlands", "the delta"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "last week", "late on Monday", "early on Friday"]
SPEAKERS = ["officials said", "a spokesman said", "state media reported",
            "witnesses said", "diplomats said", "the agency reported", "sources said"]

# Past-tense clauses: {A} actor, {B} target, {P} place.
TEMPLATES: dict[str, list[str]] = {
    "AGREE": [
        "{A} agreed to a ceasefire with {B}", "{A} signed a peace accord with {B}",
        "{A} promised to hold elections in {P}", "{A} pledged to respect the truce",
        "{A} offered to negotiate with {B}", "{A} agreed to exchange prisoners with {B}",
        "{A} reached an agreement with {B} on the border", "{A} vowed to work with {B} for peace",
        "{A} said it would meet {B} next month", "{A} expressed readiness to talk to {B}",
        "{A} accepted a mediation proposal from {B}", "{A} committed to a political settlement with {B}",
    ],
    "CONSULT": [
        "{A} held talks with {B}", "{A} met envoys from {B} in {P}",
        "{A} discussed the crisis with {B}", "{A} hosted a delegation from {B}",
        "{A} visited {B} for consultations", "{A} negotiated with {B} over the prisoners",
        "{A} spoke by telephone with leaders of {B}", "{A} opened a new round of talks with {B}",
        "officials from {A} and {B} met in {P}", "{A} received a visiting minister from {B}",
        "{A} consulted {B} about security in {P}",
    ],
    "SUPPORT": [
        "{A} praised {B} for its restraint", "{A} welcomed the decision by {B}",
        "{A} expressed support for {B}", "{A} recognised the new authorities of {B}",
        "{A} endorsed the plan put forward by {B}", "{A} apologised to {B} for the incident",
        "{A} commended {B} for organising the vote", "{A} backed {B} in the dispute",
        "{A} thanked {B} for its help", "{A} defended {B} against the accusations",
        "{A} voiced solidarity with {B}",
    ],
    "COOPERATE": [
        "{A} and {B} held joint military exercises", "{A} shared intelligence with {B}",
        "{A} extradited a suspect to {B}", "{A} launched joint patrols with {B} in {P}",
        "{A} coordinated security operations with {B}", "{A} cooperated with {B} on border security",
        "{A} and {B} set up a joint commission on trade", "{A} handed over wanted men to {B}",
        "{A} worked with {B} to dismantle the smuggling network", "{A} signed an economic cooperation deal with {B}",
    ],
    "AID": [
        "{A} sent food aid to {P}", "{A} provided medical supplies to {B}",
        "{A} granted asylum to refugees from {B}", "{A} donated money to flood victims in {P}",
        "{A} delivered humanitarian assistance to {B}", "{A} gave a loan to {B}",
        "{A} airlifted relief supplies to {P}", "{A} supplied weapons to {B}",
        "{A} sheltered civilians fleeing {P}", "{A} funded the rebuilding of schools in {P}",
        "{A} dispatched doctors to help {B}",
    ],
    "CONCEDE": [
        "{A} lifted the curfew in {P}", "{A} eased restrictions on {B}",
        "{A} pardoned members of {B}", "{A} gave in to the demands of {B}",
        "{A} lifted the ban on {B}", "{A} allowed {B} to hold a rally in {P}",
        "{A} granted an amnesty to {B}", "{A} relaxed the state of emergency in {P}",
        "{A} met the demands of {B}", "{A} legalised {B}", "{A} accepted the conditions set by {B}",
    ],
    "RETREAT": [
        "{A} withdrew its forces from {P}", "{A} released prisoners held by {B}",
        "{A} surrendered to {B}", "{A} pulled out of {P}", "{A} handed over its weapons to {B}",
        "{A} evacuated its positions in {P}", "{A} freed hostages taken from {B}",
        "{A} lifted the siege of {P}", "{A} disbanded its armed units in {P}",
        "the leader of {A} resigned", "{A} pulled back its troops from {P}",
    ],
    "INVESTIGATE": [
        "{A} investigated the killings in {P}", "{A} opened an inquiry into the clashes in {P}",
        "{A} questioned members of {B}", "{A} probed allegations against {B}",
        "{A} launched an investigation into the bombing in {P}", "{A} examined the evidence against {B}",
        "{A} sent inspectors to {P}", "{A} looked into complaints about {B}",
        "{A} set up a commission to investigate the deaths in {P}", "{A} interrogated suspects from {B}",
    ],
    "DEMAND": [
        "{A} demanded that {B} release the prisoners", "{A} called on {B} to end the violence",
        "{A} urged {B} to return to talks", "{A} called for an investigation into the deaths in {P}",
        "{A} asked {B} to withdraw its troops", "{A} appealed to {B} for calm",
        "{A} insisted that {B} hand over the suspects", "{A} demanded compensation from {B}",
        "{A} pressed {B} to hold elections", "{A} said {B} must stop the attacks",
        "{A} requested international help to protect {P}",
    ],
    "DISAPPROVE": [
        "{A} condemned the attack by {B}", "{A} criticised {B} for the crackdown",
        "{A} accused {B} of breaking the truce", "{A} blamed {B} for the violence in {P}",
        "{A} denounced the decision by {B}", "{A} lodged a protest with {B}",
        "{A} summoned the ambassador of {B}", "{A} complained about the conduct of {B}",
        "{A} expressed concern over the actions of {B}", "{A} deplored the killings in {P}",
        "{A} filed a lawsuit against {B}",
    ],
    "REJECT": [
        "{A} rejected the proposal by {B}", "{A} refused to negotiate with {B}",
        "{A} denied the accusations made by {B}", "{A} turned down the offer from {B}",
        "{A} ruled out talks with {B}", "{A} refused to release members of {B}",
        "{A} dismissed the demands of {B}", "{A} vetoed the plan backed by {B}",
        "{A} said it would not accept the terms set by {B}", "{A} defied calls by {B} to step down",
        "{A} declined to recognise {B}",
    ],
    "THREATEN": [
        "{A} threatened to attack {B}", "{A} warned {B} of retaliation",
        "{A} threatened sanctions against {B}", "{A} vowed to punish {B}",
        "{A} said it would use force against {B}", "{A} threatened to close the border with {B}",
        "{A} warned that it would arrest members of {B}", "{A} issued an ultimatum to {B}",
        "{A} threatened to expel envoys of {B}", "{A} warned it would strike {B} if attacked",
        "{A} threatened to boycott the talks with {B}",
    ],
    "PROTEST": [
        "supporters of {A} demonstrated in {P}", "members of {A} marched through {P}",
        "thousands rallied in {P} against {B}", "workers went on strike in {P}",
        "protesters blocked roads in {P}", "{A} boycotted the vote organised by {B}",
        "students staged a protest against {B} in {P}", "prisoners began a hunger strike in {P}",
        "crowds rioted in {P}", "residents held a sit-in outside the offices of {B}",
        "members of {A} walked out of the talks in protest",
    ],
    "SANCTION": [
        "{A} imposed sanctions on {B}", "{A} cut diplomatic ties with {B}",
        "{A} expelled diplomats from {B}", "{A} suspended aid to {B}",
        "{A} froze the assets of {B}", "{A} recalled its ambassador from {B}",
        "{A} broke off talks with {B}", "{A} imposed an embargo on {B}",
        "{A} suspended {B} from the organisation", "{A} halted trade with {B}",
        "{A} severed relations with {B}",
    ],
    "MOBILIZE": [
        "{A} deployed troops in {P}", "{A} massed tanks on the border with {B}",
        "{A} put its forces on alert", "{A} called up reservists",
        "{A} sent warships to {P}", "{A} mobilised fighters in {P}",
        "{A} reinforced its positions in {P}", "{A} moved artillery towards {B}",
        "{A} stationed extra troops in {P}", "{A} increased patrols in {P}",
        "{A} conducted a missile test near {B}",
    ],
    "COERCE": [
        "{A} arrested members of {B}", "{A} detained leaders of {B} in {P}",
        "{A} imposed a curfew in {P}", "{A} raided the offices of {B}",
        "{A} banned {B}", "{A} deported supporters of {B}", "{A} seized property of {B}",
        "{A} demolished houses in {P}", "{A} sentenced leaders of {B} to prison",
        "{A} declared martial law in {P}", "{A} cracked down on {B}",
    ],
    "FIGHT": [
        "{A} clashed with {B} in {P}", "{A} shelled positions of {B}",
        "{A} bombed bases of {B} in {P}", "{A} captured towns held by {B}",
        "{A} fought {B} near {P}", "{A} launched an offensive against {B}",
        "{A} carried out airstrikes on {B}", "{A} recaptured {P} from {B}",
        "{A} exchanged fire with {B}", "{A} invaded {P}", "{A} ambushed a convoy of {B}",
    ],
    "ASSAULT": [
        "{A} killed civilians in {P}", "{A} kidnapped members of {B}",
        "{A} massacred villagers in {P}", "{A} assassinated a leader of {B}",
        "{A} tortured prisoners from {B}", "{A} executed captives from {B}",
        "{A} bombed a market in {P}", "{A} shot dead supporters of {B}",
        "{A} abducted aid workers in {P}", "{A} attacked civilians in {P}",
        "{A} beat members of {B}",
    ],
}


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def _sentence(rng: random.Random, template: str) -> str:
    actor = rng.choice(ACTORS)
    target = rng.choice([t for t in TARGETS if t != actor])
    clause = template.format(A=actor, B=target, P=rng.choice(PLACES))
    frame = rng.randrange(4)
    if frame == 0:
        return _capital(clause) + "."
    if frame == 1:
        return _capital(clause) + f" {rng.choice(DAYS)}."
    if frame == 2:
        return _capital(clause) + f", {rng.choice(SPEAKERS)}."
    speaker = rng.choice(SPEAKERS).split()
    return _capital(" ".join(speaker[:-1])) + f" {speaker[-1]} {rng.choice(DAYS)} that {clause}."


def generate(*, seed: int = SEED, per_type: int = PER_TYPE) -> list[dict[str, str]]:
    """Template rows, ``per_type`` for each type, the same for the same seed."""
    rng = random.Random(seed)
    rows = []
    for label in sorted(TEMPLATES):
        templates = TEMPLATES[label]
        for n in range(per_type):
            rows.append({"text": _sentence(rng, templates[n % len(templates)]),
                         "label": label, "source": "template"})
    return rows


def main() -> None:
    hand = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    hand = [row for row in hand if row.get("source") == "hand"]
    rows = hand + generate()
    CORPUS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    print(f"{len(hand)} hand-written + {len(rows) - len(hand)} template rows -> {CORPUS}")


if __name__ == "__main__":
    main()
