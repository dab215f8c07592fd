"""Writes bench/data/casualties_fresh41.jsonl: 90 fresh passages that no gold file or earlier fresh set holds, annotated
by reading BEFORE the system ran on them (cas41). 48 tell deaths or injuries, 42 have none of their own but violent or
deathly vocabulary. Sources, every one the tune half of its corpus (flashpoint.eval.split.part_of, so that no item a
benchmark judges as held-out is read):
- ConfliBERT's NER sentences (cameo_ner_train.jsonl, none of them among the CAMEO class sentences earlier rounds used;
  the target-head model was trained on this half for the event's target, never for counts): suicide and car bombings,
  raids on army bases, torture deaths in custody, tolls given by a monitor, officials, a group, state media, a news
  agency; and near-misses: a toll "since April", an attack "in June 2017", a soldier killed "a decade ago", threats,
  trials, talks, deployments.
- AG News (every AG News World item with a word of death is in an earlier set): the World items left with a word of
  violence (attacks, clashes, hostages, gunfire; none tells a death but one), and Sports and Sci/Tech items that tell a
  death (a plane crash, a fan's fall, a stabbing, a murder) or none (obituaries, heart attacks, injuries of players).
- BBC business, politics, entertainment, sport and tech paragraphs ("item" and "para": the paragraph's 0-based index
  in the article's text split at blank lines, the headline 0): tsunami tolls, a stabbing at an awards show, obituaries, a murder
  recalled, a suicide believed, a drug's patient death.
AG News and BBC rows carry no date in the corpus: AG News World items are of autumn 2004 (dated 2004-10-01 as earlier
rounds did), BBC paragraphs 2005-01-05 (the tsunami stories are of early January 2005); ConfliBERT sentences
2019-01-01. "dev" rows (fresh_sources.half("cas41", id) == "tune") are looked at while fixing; "aside" rows are kept
untouched. The texts are read from ../shared by bench/casualties_fresh.py.

Conventions as flashpoint/eval/casualties.py and annotate_cas39.py: deaths recalled from another time ("a decade
ago", "in June 2017", "in 2001"), cumulative tolls of a period ("since April"), trials, threats and natural deaths give
no count; an incident told with its own date ("On October 14 ...") is the text's own; "several" and "killing and
capturing dozens" are unknown; "dozens" 24, "scores" 40, "hundreds" 200; "casualties" neither count. Claimants: the
reporting verb that governs the clause holding the count ("officials said", "the group said", "X reported"), every
teller of a coordination ("activists and a war monitor reported"), none for the writer's own statement."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_sources import half  # noqa: E402


def K(best=None, cl=(), approx=None, unknown=False, low=None, high=None):
    return {"best": best, "low": low, "high": high, "unknown": unknown, "approx": approx, "claimants": list(cl)}


def U(cl=()):
    return K(None, cl, unknown=True)


C, A, B = "2019-01-01", "2004-10-01", "2005-01-05"
N = "cameo_ner_train_"
ROWS = {
 # ConfliBERT NER sentences: incidents
 N + "0003": (C, K(75, ["monitor"], "at least"), None),      # a car bombing killed at least 75, a monitor said
 N + "0004": (C, U(["Air Force"]), None),                     # NAF says it has killed several Boko Haram terrorists
 N + "0016": (C, K(19, ["Xinhua"]), K(8, ["Xinhua"])),         # a fire killed 19 and injured eight, Xinhua reported
 N + "0032": (C, K(15), None),                                # In October, a suicide bomber killed 15 trainees
 N + "0046": (C, K(5, ["activists", "monitor"], "at least"), None),  # activists and a war monitor reported
 N + "0050": (C, K(32), None),                                # air strikes killing 32 civilians
 N + "0069": (C, K(8, ["officials"], "at least"), None),      # a suicide attack has killed at least eight, officials say
 N + "0072": (C, K(40, approx="about"), None),                # leaving scores dead
 N + "0073": (C, K(52), None),                                # four suicide bombers killed 52 in London
 N + "0079": (C, K(2, ["media"], "at least"), None),          # state media said ... at least two reported killed
 N + "0083": (C, U(["officials"]), None),                     # killing at several police officers, officials said
 N + "0113": (C, K(26, approx="at least"), K(41)),            # at least 26 killed and 41 wounded
 N + "0114": (C, K(26, approx="at least"), None),             # killed at least 26 soldiers
 N + "0119": (C, K(2, approx="at least"), None),              # at least two people were killed when ISIL attacked
 N + "0136": (C, K(17, ["group"]), None),                     # killing 17 soldiers ..., the group said
 N + "0143": (C, K(5, ["he"]), None),                         # killed Abdullah and four other members of his family
 N + "0154": (C, K(6, approx="at least"), U()),               # killing at least six and wounding many more
 N + "0174": (C, K(17, ["officials"], "at least"), None),     # killing at least 17 soldiers, officials said
 N + "0189": (C, K(1), None),                                 # gunmen killed an Israeli soldier along the fence
 N + "0193": (C, K(1), None),                                 # gunmen killed an Israeli soldier
 N + "0203": (C, K(17, ["officials"], "at least"), None),     # officials said Tuesday, killing at least 17 soldiers
 N + "0204": (C, U(), None),                                  # killing and capturing dozens of soldiers
 N + "0205": (C, K(24, approx="about"), None),                # killing dozens of security forces
 N + "0225": (C, K(17), None),                                # On October 14 ... killing 17 Afghan soldiers
 N + "0274": (C, K(11), None),                                # torched a village, killing 11 civilians in their sleep
 N + "0282": (C, K(48), None),                                # suicide bombers killed 48; Ghani unhurt
 N + "0396": (C, U(), None),                                  # condolences to the families of those who perished
 N + "0907": (C, K(1, ["spokesman"]), None),                  # the family of a civilian killed when their plane crashed
 N + "1050": (C, K(1), None),                                 # an inmate tortured to death by prison guards
 N + "1051": (C, K(1), None),                                 # a political prisoner died in captivity due to torture
 N + "1052": (C, K(1), None),                                 # police tortured a 35-year-old inmate to death
 N + "1053": (C, K(1), None),                                 # a Kurdish prisoner has died as a result of torture
 N + "1062": (C, K(1), K(200, approx="about")),               # clashes that left one dead and hundreds injured
 # ConfliBERT NER sentences: no death of their own
 N + "0124": (C, None, None),   # suicide bombers have killed at least 81 since April (a period's toll)
 N + "0145": (C, None, None),   # police detained dozens of demonstrators
 N + "0215": (C, None, None),   # refuted Trump's comments on the large-scale killing of farmers
 N + "0218": (C, None, None),   # an attack in June 2017 that killed 17
 N + "0236": (C, None, None),   # forcing them to risk their lives
 N + "0267": (C, None, None),   # the IDF attacked 15 positions
 N + "0270": (C, None, None),   # Bashir to stand trial for the mass killings in Darfur
 N + "0290": (C, None, None),   # Senator Stabenow in a statement on a farm bill
 N + "0300": (C, None, None),   # a soldier killed in Afghanistan a decade ago
 N + "0304": (C, None, None),   # a court convicted 45 Boko Haram members
 N + "0422": (C, None, None),   # a war game staged by marines
 N + "0469": (C, None, None),   # 12 soldiers deployed to train 200
 N + "1073": (C, None, None),   # the choice to flee or be killed
 N + "1149": (C, None, None),   # Iran threatened to attack a base and kill a general
 # AG News: deaths
 "ag-test-1808": (A, K(1, ["security sources"]), None),  # militants gunned down a Briton, security sources said
 "ag-test-4434": (A, K(10, ["officials"]), None),        # a plane crash killing all 10 aboard, federal officials said
 "ag-test-4461": (A, K(10), None),                       # a plane crashed killing all 10 people aboard
 "ag-test-4509": (A, K(10), None),                       # killed five team members, two family members, three pilots
 "ag-test-4492": (A, K(1, ["Ritzau"]), None),            # a fan died after falling from the stands, Ritzau said
 "ag-test-2833": (A, K(2, ["police"]), None),            # a man who fatally stabbed his parents arrested, police said
 "ag-test-5127": (A, K(1), None),                        # van Gogh murdered in the streets this morning
 "ag-test-1232": (A, K(2), None),                        # two charged after pals are slain
 "ag-test-4583": (A, K(1), None),                        # family of a student killed by police wait for an inquiry
 # AG News: no death of their own
 "ag-test-34": (A, None, None),     # explosions and gunfire rattled through Najaf
 "ag-test-333": (A, None, None),    # clashes flared in Najaf
 "ag-test-361": (A, None, None),    # an arson attack destroyed a Jewish centre
 "ag-test-1399": (A, None, None),   # as long as Israeli attacks continue
 "ag-test-2740": (A, None, None),   # gangs shoot those who get in their way
 "ag-test-3513": (A, None, None),   # rebels attacked a patrol and took hostages
 "ag-test-5429": (A, None, None),   # a kidnapped Italian freed
 "ag-test-6516": (A, None, None),   # 139,000 heart attacks that may be linked to Vioxx
 "ag-test-6743": (A, None, None),   # shooting erupted outside the palace
 "ag-test-930": (A, None, None),    # near-daily attacks on pipelines cut oil exports
 "ag-test-2349": (A, None, None),   # a home-made firebomb found on an airliner
 "ag-test-5243": (A, None, None),   # a state of emergency in the wake of attacks
 "ag-test-5805": (A, None, None),   # a rebel counteroffensive swept through central Iraq
 "ag-test-7208": (A, None, None),   # the US mounts a fresh attack on the Taliban
 "ag-test-7253": (A, None, None),   # army factions clash in the east
 "ag-test-2138": (A, None, None),   # fatal accidents increase after terrorist attacks (a study)
 "ag-test-134": (A, None, None),    # a retired coach died, aged 83
 "ag-test-3094": (A, None, None),   # a former coach has died at 83
 "ag-test-4632": (A, None, None),   # a batting champion died of complications of diabetes
 "ag-test-4817": (A, None, None),   # a player died of a heart attack during a match
 "ag-test-5269": (A, None, None),   # a player sustained a neck injury
}
PARAS = {
 # BBC paragraphs: deaths and injuries
 ("bbc-business-262", 2): (B, K(23000, approx="more than"), None),   # more than 23,000 killed after an earthquake
 ("bbc-business-345", 2): (B, K(25000, approx="at least"), None),    # the tragedy has left at least 25,000 dead
 ("bbc-business-353", 2): (B, K(23000, approx="at least"), None),    # at least 23,000 killed; Mitch's 10,000 in 1998
 ("bbc-business-411", 3): (B, K(100000, approx="more than"), None),  # more than 100,000 believed killed in Indonesia
 ("bbc-politics-208", 4): (B, K(140000), None),                      # 94,000 of the 140,000 confirmed deaths
 ("bbc-entertainment-135", 3): (B, None, K(1)),                      # the man who was stabbed; attempted murder charge
 # BBC paragraphs: no death of their own
 ("bbc-tech-231", 3): (B, None, None),           # a boy stabbed to death in February, his killer jailed in September
 ("bbc-business-150", 1): (B, None, None),       # a drug suspended after a patient's death
 ("bbc-entertainment-044", 2): (B, None, None),  # an actor found dead, the cause natural
 ("bbc-entertainment-329", 1): (B, None, None),  # a murdered director's film pulled
 ("bbc-entertainment-230", 1): (B, None, None),  # a flight on which she died in 2001
 ("bbc-entertainment-244", 5): (B, None, None),  # a car found, many believe he killed himself
 ("bbc-sport-030", 3): (B, None, None),          # lucky to escape with his life after a car crash
}

if __name__ == "__main__":
    rows = [{"id": rid, "published": pub, "killed": killed, "injured": injured} for rid, (pub, killed, injured)
            in ROWS.items()]
    rows += [{"id": f"{item}#{para}", "item": item, "para": para, "published": pub, "killed": killed,
              "injured": injured} for (item, para), (pub, killed, injured) in PARAS.items()]
    out = Path(__file__).resolve().parent / "casualties_fresh41.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({**r, "half": "dev" if half("cas41", r["id"]) == "tune" else "aside"}) + "\n")
    told = sum(r["killed"] is not None or r["injured"] is not None for r in rows)
    print(len(rows), "rows;", told, "with casualties;", sum(half("cas41", r["id"]) == "tune" for r in rows), "dev")
