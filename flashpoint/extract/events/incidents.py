"""Both sides of one incident told in several clauses: a side one event leaves open, another names.

News tells a violent incident in pieces: "Six policemen were injured when a grenade exploded. Police
said militants lobbed a grenade at a police vehicle." The victims' passive names no attacker, and the
attack names the attacker; "the Mali troops fired on and killed a combatant" gives "fired on" no target
of its own. Once every event of the article is coded, a material-conflict event (CAMEO 18-20) with a
side left open takes it from an event of the same incident, nearest first:

- an open source (an agentless passive: "X were killed"; a weapon or blast as the subject: "the grenade
  exploded near the gate", whatever it hit) from the attacker of another material-conflict
  event in its sentence or a neighbouring one, preferring one done to the same victims; else from whom
  the sentence or the next one blames ("an attack officials blamed on a militia group", CAMEO 112)
  or who claimed it (015: "al-Shabab claimed responsibility"); attackers killed in their own attack were
  killed by the force they attacked ("ten militants were killed when they attacked a police station": the
  police), told in the same sentence;
- an open target (no phrase at all: "gunmen opened fire") from the victims of another material-conflict
  event of the same attacker in its sentence or a neighbouring one.

The donor must be the other side: an attacker on the same side as the victims ("militants were killed"
beside "Taliban militants attacked") gives nothing. Each completion is named in the rule
(":source-from-incident", ":source-from-blame", ":target-from-incident") and costs some confidence.
Events that were themselves completed lend nothing (no chains).
"""

from __future__ import annotations

import dataclasses

from flashpoint.codes.agents import ARMED_AT_HOME, CAUGHT_BETWEEN, STATE_FORCES, country_of
from flashpoint.extract.events.arguments import is_coded as coded
from flashpoint.extract.events.sides import MATERIAL_CONFLICT_ROOTS, role_of
from flashpoint.records import ActorRef, Event

# how far apart (in sentences) two events of one incident may be told
INCIDENT_WINDOW = 1
# a claim of responsibility is told after the attack it owns, often paragraphs later ("A car bomb killed 12 ...
# a police officer said. ... Al Shabaab claimed responsibility for the attack"): how far after
CLAIM_WINDOW = 4
# codes whose target is the one held to have done it: accuse/blame (112, 1121-1125 its kinds)
BLAME_CODES = ("112",)
# whose statement owns an act: claim responsibility (015)
CLAIM_CODES = ("015",)
BORROWED_CONFIDENCE = 0.1
# the rule suffixes of a borrowed side: an event that bears one lends nothing (no chains)
BORROWED_RULES = (":source-from-incident", ":source-from-blame", ":source-from-claim", ":source-from-defenders",
                  ":target-from-incident")
# events told as having happened: only they form an incident ("terrorists will strike" is none)
TOLD = ("asserted", "reported")


def same_side(a: str, b: str) -> bool:
    """One actor or its own part: AFGREB and AFGREBTAL, IRQ and IRQMIL; not a country and the armed groups
    fighting in it (SOM and SOMREB: "a car bomb hit a checkpoint in Mogadishu ... al Shabaab claimed it")."""
    if role_of(a) in ARMED_AT_HOME and b == country_of(a) or role_of(b) in ARMED_AT_HOME and a == country_of(b):
        return False
    return a.startswith(b) or b.startswith(a)


def own_people(attacker: str, victim: str) -> bool:
    """A state's forces or government and its own civilians or country: "ISRMIL" and "ISRCVL" or "ISR"
    (not a rebel group and the army of its country, "AFGREB" and "AFGMIL", the dyad of a civil war)."""
    home = country_of(attacker)
    return home is not None and role_of(attacker) in STATE_FORCES and country_of(victim) == home \
        and (victim == home or role_of(victim) == "CVL")


def defenders(ref: ActorRef | None) -> bool:
    """The side attacked is one that can have killed its attackers: a coded force, group or body, not a
    bare place (a country code alone), nor civilians or others caught between."""
    code = (ref.code or "") if ref is not None else ""
    return coded(ref) and len(code) > 3 and role_of(code) not in CAUGHT_BETWEEN


def _violent(e: Event) -> bool:
    return e.root in MATERIAL_CONFLICT_ROOTS and e.modality in TOLD


def _gap(e: Event, d: Event, told: dict[int, int]) -> int:
    """How many sentences, as told (base.told_order), ``d`` comes after ``e`` (negative: before)."""
    return told.get(d.sentence, d.sentence) - told.get(e.sentence, e.sentence)


def _near(a: Event, b: Event, told: dict[int, int]) -> int | None:
    d = abs(_gap(a, b, told))
    return d if d <= INCIDENT_WINDOW else None


def _claims_it(e: Event, d: Event, told: dict[int, int]) -> bool:
    """``d`` claims responsibility (not an admission of anything else) at most CLAIM_WINDOW sentences after ``e``."""
    return d.code.startswith(CLAIM_CODES) and "responsibility" in d.rule and 0 < _gap(e, d, told) <= CLAIM_WINDOW


def _apart(a: Event, b: Event) -> bool:
    """Told as done at different times, so acts of different incidents: one dated by its text to a month or a year
    the other's date lies outside ("raid houses ... in a hunt for three UN workers kidnapped last month"). Days
    alone tell too little: one incident's report may say "on Monday" of one act and "today" of the next."""
    if a.date is None or b.date is None:
        return False
    for x, y in ((a, b), (b, a)):
        if x.date_precision == "month" and (x.date.year, x.date.month) != (y.date.year, y.date.month):
            return True
        if x.date_precision == "year" and x.date.year != y.date.year:
            return True
    return False


def _order(e: Event, d: Event, told: dict[int, int]) -> tuple[int, int]:
    """Same sentence first, then the one before (the story told first), then the one after."""
    gap = _gap(e, d, told)
    return abs(gap), 0 if gap <= 0 else 1


def attacker_for(e: Event, events: list[Event], lenders: set[int], told: dict[int, int]) -> tuple[ActorRef, str] | None:
    """(source, rule suffix) for a violent event whose source is open; its target coded, or a thing or place
    no one's code says whose ("the grenade exploded near the gate of the police station")."""
    victim = (e.target.code or "") if e.target is not None else ""
    best: tuple[tuple, ActorRef, str] | None = None
    for i, d in enumerate(events):
        struck_again = False
        near = _near(e, d, told) is not None
        if d is e or i not in lenders or not (near or _claims_it(e, d, told)) or _apart(e, d):
            continue
        if _violent(d) and coded(d.source) and near and len(victim) > 3 and same_side(d.source.code, victim):
            if _gap(e, d, told) != 0 or not defenders(d.target):
                continue
            # the victims are the attackers of the other act: those they attacked fought back
            src, suffix, rank = d.target, ":source-from-defenders", (1, *_order(e, d, told))
        elif _violent(d) and coded(d.source) and near:
            src = d.source
            suffix = ":source-from-incident"
            same_victims = coded(d.target) and same_side(d.target.code, victim)
            if not same_victims and own_people(src.code, victim):
                continue    # a state's forces acting elsewhere in the incident are not lent to its own people
            rank = (0 if same_victims else 1, *_order(e, d, told))
            # a force striking places of its own country may strike them again: "jets struck near Jilib ...
            # missiles fired by the aircraft hit two villages" (the first act told the same place)
            struck_again = same_victims and victim == d.target.code and len(victim) == 3
        elif d.code.startswith(BLAME_CODES) and coded(d.target) and near:
            src, suffix, rank = d.target, ":source-from-blame", (2, *_order(e, d, told))
        elif d.code.startswith(CLAIM_CODES) and coded(d.source):
            src, suffix, rank = d.source, ":source-from-claim", (2, *_order(e, d, told))
        else:
            continue
        if victim and same_side(src.code, victim) and not struck_again:
            continue
        if best is None or rank < best[0]:
            best = (rank, src, suffix)
    return (best[1], best[2]) if best else None


def victim_for(e: Event, events: list[Event], lenders: set[int], agentless: set[int],
               told: dict[int, int]) -> tuple[ActorRef, str] | None:
    """(target, rule suffix) for a violent event of a coded attacker with no target at all: the victims
    of the same attacker's act, else of an act whose doer the text does not name ("a bomb killed five
    soldiers. The Taliban said it planted the bomb")."""
    attacker = e.source.code or ""
    best: tuple[tuple, ActorRef] | None = None
    for i, d in enumerate(events):
        if d is e or i not in lenders or _near(e, d, told) is None or not _violent(d) or not coded(d.target) \
                or _apart(e, d):
            continue
        if coded(d.source) and same_side(d.source.code, attacker):
            rank = (0, *_order(e, d, told))
        elif i in agentless and not coded(d.source):
            rank = (1, *_order(e, d, told))
        else:
            continue
        if same_side(d.target.code, attacker):
            continue
        if best is None or rank < best[0]:
            best = (rank, d.target)
    return (best[1], ":target-from-incident") if best else None


def complete_incidents(events: list[Event], agentless: set[int], told: dict[int, int]) -> list[tuple[int, Event]]:
    """(index, completed event) for each violent event whose open side another event of its incident
    names (a source only where its own words name no doer: ``agentless`` holds their indices); the
    events themselves are left as they are."""
    lenders = {i for i, e in enumerate(events) if not any(m in e.rule for m in BORROWED_RULES)}
    out: list[tuple[int, Event]] = []
    for i, e in enumerate(events):
        if not _violent(e):
            continue
        if i in agentless and not coded(e.source):
            found = attacker_for(e, events, lenders, told)
            if found is not None:
                out.append((i, borrowed(e, "source", *found)))
        elif coded(e.source) and (e.target is None or not e.target.text):
            found = victim_for(e, events, lenders, agentless, told)
            if found is not None:
                out.append((i, borrowed(e, "target", *found)))
    return out


def borrowed(e: Event, side: str, ref: ActorRef, suffix: str) -> Event:
    """``e`` with its open ``side`` ("source" or "target") taken from another event, at some confidence."""
    return dataclasses.replace(e, **{side: ref}, rule=e.rule + suffix,
                               confidence=round(max(0.05, e.confidence - BORROWED_CONFIDENCE), 2))
