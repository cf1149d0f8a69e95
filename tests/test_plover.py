"""The PLOVER sentence predictor: main-event choice, modality, light verbs, pairs."""

from __future__ import annotations

import pytest

from eventwire.nlp import lexicon
from eventwire.nlp.plover import plover_features, predict_plover
from eventwire.nlp.plover_lexicon import COOPERATIVE, FORCEFUL, PHRASAL, PLOVER_NOUNS, PLOVER_VERBS

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
         "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
         "SANCTION", "COERCE", "ASSAULT", "FIGHT"}


def _best(text: str) -> str | None:
    found = predict_plover(text)
    return max(found, key=lambda p: p.confidence).plover_type if found else None


@pytest.mark.parametrize(("text", "expected"), [
    # the verb itself
    ("The minister praised the new mayor of the port town.", "SUPPORT"),
    ("Police detained twelve students outside the university.", "COERCE"),
    ("The two presidents discussed water rights on Monday.", "CONSULT"),
    # reporting verbs are looked through
    ("The ministry said the army had withdrawn its units from the valley.", "RETREAT"),
    # control verbs
    ("The council refused to extend the mandate of the mission.", "REJECT"),
    ("The union threatened to close the main highway.", "THREATEN"),
    ("The rebels offered to release the captured engineers.", "AGREE"),
    ("The governor decided to allow the opposition march.", "CONCEDE"),
    ("The guerrillas tried to assassinate a provincial judge.", "ASSAULT"),
    # future and obligation follow CAMEO: promised cooperation, threatened force, demands
    ("The agency will provide medical supplies to the flooded districts.", "AGREE"),
    ("The farmers said they would boycott the regional elections.", "THREATEN"),
    ("The envoy said the militia must hand back the seized trucks.", "DEMAND"),
    # negation of cooperation is a rejection
    ("The cabinet said it would not accept the proposed border changes.", "REJECT"),
    # light verbs read their object
    ("Delegations from both parties held talks in the capital.", "CONSULT"),
    ("The prosecutor opened an investigation into the missing funds.", "INVESTIGATE"),
    ("The government imposed a curfew on the northern districts.", "COERCE"),
    ("Thousands of nurses staged a demonstration outside parliament.", "PROTEST"),
    ("The embassy lodged a formal protest with the foreign ministry.", "DISAPPROVE"),
    # verb and object together
    ("The kingdom cut ties with its neighbour after the incident.", "SANCTION"),
    ("The authorities lifted the curfew in the old city.", "CONCEDE"),
    ("The committee accepted the demands of the striking miners.", "CONCEDE"),
    ("Saboteurs blew up a railway bridge near the junction.", "COERCE"),
    # phrasal verbs
    ("The bishops called for an end to the fighting.", "DEMAND"),
    ("Police rounded up dozens of suspected smugglers.", "COERCE"),
    ("The president ruled out early elections.", "REJECT"),
    ("The interior ministry banned the largest opposition party.", "COERCE"),
    # military hardware makes a killing a fight
    ("Helicopter gunships killed nine fighters near the dam.", "FIGHT"),
    ("Gunmen killed a shopkeeper in the market.", "ASSAULT"),
])
def test_predicts_the_main_event_type(text: str, expected: str) -> None:
    assert _best(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "joint", "jointly", handing over suspects: material cooperation (CAMEO 06)
    ("Kenyan and Ugandan police mounted a joint operation against cattle rustlers.", "COOPERATE"),
    ("Customs officers of the two states jointly searched the cargo ship.", "COOPERATE"),
    ("The island's police handed over two suspected pirates to the navy of the neighbouring state.",
     "COOPERATE"),
    ("Rebel gunmen handed over their rifles at the collection point.", "RETREAT"),
    # "gave ... in aid" is giving, not "giving in"
    ("The agency gave 5 million dollars in aid to the flood victims.", "AID"),
    # who strikes decides: armies fight, bombers and gunmen assault
    ("Warplanes struck the rebel camp at dawn.", "FIGHT"),
    ("Suicide bombers struck a crowded bus station.", "ASSAULT"),
    ("The navy blockaded the rebel port for a week.", "FIGHT"),
    ("Gunmen opened fire on shoppers in the market.", "ASSAULT"),
    ("Students occupied the ministry to demand lower fees.", "PROTEST"),
    ("The army violated the truce by shelling the villages.", "FIGHT"),
    # expelling reporters is coercion, expelling diplomats reduces relations
    ("The government expelled two foreign reporters for their articles.", "COERCE"),
    ("The government expelled two foreign diplomats for spying.", "SANCTION"),
    # dropping a policy is yielding; letting monitors in, handing power over, leaving: retreat
    ("The mayor withdrew his plan to raise bus fares after the protests.", "CONCEDE"),
    ("The regime allowed the monitors into the prisons.", "RETREAT"),
    ("The junta handed power to a civilian council.", "RETREAT"),
    ("The last foreign troops left the country on Sunday.", "RETREAT"),
    # sending forces is a force posture unless they go to keep the peace
    ("The navy sent four warships to the disputed islands.", "MOBILIZE"),
    ("The council sent troops to join the peacekeeping force in the south.", "AID"),
    ("The defence minister called up ten thousand reservists.", "MOBILIZE"),
    # a purpose clause names what a visit was for
    ("Inspectors visited the plant to investigate the leak.", "INVESTIGATE"),
    # frames the lexicon alone misses
    ("The court found the former mayor guilty of bribery.", "DISAPPROVE"),
    ("The foreign minister protested to the ambassador over the shooting.", "DISAPPROVE"),
    ("The ministry issued a statement condemning the raid on the village.", "DISAPPROVE"),
    ("Protesters took to the streets of the capital on Friday.", "PROTEST"),
    ("The commission heard testimony from former detainees.", "INVESTIGATE"),
    ("Parliament voted against the budget on Thursday.", "REJECT"),
    ("The regime declared a state of emergency in the south.", "COERCE"),
    ("Officials distributed emergency food to the displaced families.", "AID"),
    ("Two presidents spoke by telephone on Sunday.", "CONSULT"),
])
def test_reads_frames_that_generalise_beyond_the_verb(text: str, expected: str) -> None:
    assert _best(text) == expected


@pytest.mark.parametrize(("text", "steered"), [
    ("The rebels refused to meet the envoy.", True),
    ("The envoy said the militia must hand back the seized trucks.", True),
    ("The agency will provide medical supplies to the flooded districts.", True),
    ("The two presidents discussed water rights on Monday.", False),
])
def test_marks_types_fixed_by_a_cameo_convention(text: str, steered: bool) -> None:
    assert ("steered" in plover_features(text)) is steered


def test_returns_nothing_for_a_sentence_without_an_event() -> None:
    assert predict_plover("The weather was mild and the sky was blue.") == []


def test_reads_source_and_target_of_the_event_verb() -> None:
    best = max(predict_plover("The prime minister criticised the central bank on Friday."),
               key=lambda p: p.confidence)
    assert best.plover_type == "DISAPPROVE"
    assert best.source is not None and "minister" in best.source
    assert best.target is not None and "bank" in best.target


def test_ranks_predictions_best_first() -> None:
    found = predict_plover("Officials said soldiers arrested protesters after a rally.")
    assert [p.confidence for p in found] == sorted((p.confidence for p in found), reverse=True)


@pytest.mark.parametrize("table", [PLOVER_VERBS, PLOVER_NOUNS, PHRASAL])
def test_every_lexicon_entry_names_a_plover_type(table: dict) -> None:
    assert set(table.values()) <= TYPES


def test_type_groups_partition_plover_types() -> None:
    assert COOPERATIVE.isdisjoint(FORCEFUL) and (COOPERATIVE | FORCEFUL) <= TYPES


def test_old_lexicon_name_still_gives_the_plover_verbs() -> None:
    assert lexicon.PLOVER_VERBS is PLOVER_VERBS
