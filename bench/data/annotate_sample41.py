"""The sam41 sample: 30 AG News items and 6 BBC politics articles (picked by pick_sample41.py), each annotated by
reading it as an analyst would code it, BEFORE the system ran on it. Writes sample41.jsonl.

    python bench/data/annotate_sample41.py      # FLASHPOINT_SHARED=/work/shared

The brief asked for 24 AG World items about attacks, clashes, bombings, shootings or kidnappings that report deaths
or injuries, 6 AG World items about diplomacy or protests and 6 BBC politics articles. The unreferenced AG World pool
(216 items after the exclusion of pick_sample41.py) has no item that reports an injury and only one that reports a
death in words (ag-test-6689; ag-test-1605 and ag-test-2215 are cut off before their verbs). So the 23 conflict items
are the 16 World items of that pool about attacks, clashes, kidnappings and hostages, arrests of wanted men and
torture or war-crimes cases, plus 7 AG items of the other classes (Sports, Business) that tell of real violence
against people with casualties (a shooting, a stabbing, a killing by police, a beating death, a shotgun slaying) or
of clashes and bomb charges; and one Sci/Tech item that tells a video game's killings (kind non-conflict-other: no
real violence, a precision trap), 24 in all. 6 AG World diplomacy items and 6 BBC politics articles complete it.

Texts are made as for sam37 and sam39 (annotate_sample37.py): AG News = cleaned headline, blank line, description
(the corpus's "&lt;p&gt;" paragraph tags dropped as well: ag-test-5463); BBC = title, blank line, the article's first
5-7 sentences (up to the ENDS text). Publication dates assumed: AG 2004-09-01 (a Wednesday) unless the text dates
itself (ag-test-98 "Aug. 17": 2004-08-17; ag-test-1492 "9/10/04": 2004-09-10), BBC 2005-03-01 (a Tuesday); relative
dates are resolved against them (a weekday in past-tense narration = the last one up to that day, the day itself
included, as sam39 did; in future narration ("Wednesday's vote") = the next one). A relative date that the article's
own figures contradict under the assumed day is left out (bbc-politics-127 "Next year" / "next week" in an article
that sets out goals "in 2005").

Conventions are sam37's and sam39's (where unsure, left out): events = clear ones only {source, target, root}; null
side = the text names no codable actor there, not judged; a country-only code means no role is judged. Actor codes
CAMEO/Phoenix (militants REB, police COP, protesters OPP, court or judge JUD, clergy REL, charity NGO, MP LEG,
opposition leader OPP). casualties: {} = the text reports no killed or injured; None = not annotated (unsure: the
two items whose description stops before the verb, "more than 300 people" / "Jack Hensley, 48, had"); killed /
injured best. places: toponyms a geoparsing annotator marks (metonymic country and capital names included,
adjectives and team or club names not). dates: expressions that fix a date. quotes: every reported speech act
(direct = quoted words, a partial quote inside reported speech counts as indirect), speaker as the text names it.
Kinds: conflict (the 24), non-conflict-other (ag-test-5686), diplomacy (the 6 AG diplomacy items), bbc-politics.
Errata, after the first system run (commit 2f7c75c holds the sample as first written): this docstring said "the 24
conflict items" for the 23 (16 + 7) of kind conflict; the count only, no annotation changed.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_sources import A, D, E, P, Q, sample_texts, write_sample  # noqa: E402,F401
AG = ("6120 1605 2632 497 4080 1189 506 4134 1843 1205 98 420 1064 5463 2215 6689 "
      "2357 2870 2916 4586 6811 5456 5380 5686 3625 7471 6210 1492 5965 5613").split()
PUBLISHED = {"98": "2004-08-17", "1492": "2004-09-10"}
BBC = "182 319 127 391 217 277".split()
ENDS = {"bbc-politics-182": "internet access for other suspects.",
        "bbc-politics-319": "there needs to be consensus on reforms.",
        "bbc-politics-127": "right through the developing countries.\"",
        "bbc-politics-391": "avoiding the need for a referendum.",
        "bbc-politics-217": "essential to the future health of our democracy.",
        "bbc-politics-277": "have been proven right.\""}


def texts() -> list[dict]:
    return sample_texts(AG, ENDS, PUBLISHED, world_only=False)


def K(killed=None, injured=None):
    out = {}
    if killed is not None:
        out["killed"] = {"best": killed, "claimant": None}
    if injured is not None:
        out["injured"] = {"best": injured, "claimant": None}
    return out


NONE = {}
ANN = {
# --- conflict: AG World
"ag-test-6120": dict(events=[], actors=[A("Police", "THACOP")], casualties=NONE,
    places=[P("Thailand", "THA", "country")], dates=[], quotes=[]),
"ag-test-1605": dict(events=[E(None, None, "18", "terrorists seized a school on the first day of class")],
    actors=[A("Putin", "RUSGOV")], casualties=None,
    places=[P("Beslan", "RUS", "city"), P("Russia", "RUS", "country")], dates=[], quotes=[]),
"ag-test-2632": dict(events=[E(None, None, "02", "fresh appeals for his release from family")],
    actors=[A("Tony Blair", "GBRGOV")], casualties=NONE,
    places=[P("Brighton", "GBR", "city"), P("England", "GBR", "region"), P("Iraq", "IRQ", "country")],
    dates=[D("Monday", "2004-08-30")], quotes=[]),
"ag-test-497": dict(events=[], actors=[A("Bosnian Serb general", "BIHMIL")], casualties=NONE,
    places=[P("Sarajevo", "BIH", "city")], dates=[], quotes=[Q("Bosnian Serb general", False)]),
"ag-test-4080": dict(events=[E(None, None, "18", "CARE Official Kidnapped in Baghdad")],
    actors=[A("CARE International", "NGO")], casualties=NONE,
    places=[P("Baghdad", "IRQ", "city"), P("Iraq", "IRQ", "country")], dates=[D("May 20, 2003", "2003-05-20")], quotes=[]),
"ag-test-1189": dict(events=[], actors=[A("Iraq's government", "IRQGOV")], casualties=NONE,
    places=[P("Baghdad", "IRQ", "city"), P("Iraq", "IRQ", "country")], dates=[D("Sunday", "2004-08-29")], quotes=[]),
"ag-test-506": dict(events=[E("KENCOP", "KENOPP", "17", "Police in Kenya disperse Maasai protesters"),
                           E("KENOPP", None, "14", "Maasai protesters ... seeking the return of leased colonial land")],
    actors=[A("Police", "KENCOP"), A("Maasai protesters", "KENOPP")], casualties=NONE,
    places=[P("Nairobi", "KEN", "city"), P("Kenya", "KEN", "country")], dates=[], quotes=[]),
"ag-test-4134": dict(events=[], actors=[A("Army reservist", "USAMIL"), A("Iraqi prisoners", "IRQ")], casualties=NONE,
    places=[P("Iraq", "IRQ", "country"), P("Abu Ghraib", "IRQ", "site")], dates=[], quotes=[Q("his lawyer", False)]),
"ag-test-1843": dict(events=[E("USA", "AFG", "18", "torturing Afghans in a private jail"),
                            E("AFGJUD", "USA", "17", "Afghan court convicts US trio ... sentenced to prison")],
    actors=[A("Afghan court", "AFGJUD"), A("Three Americans", "USA"), A("Afghans", "AFG")], casualties=NONE,
    places=[P("Kabul", "AFG", "city"), P("Afghanistan", "AFG", "country")], dates=[D("yesterday", "2004-08-31")],
    quotes=[Q("former Green Beret", False)]),
"ag-test-1205": dict(events=[E(None, "IRQ", "17", "Saddam's top aide al-Douri arrested / was captured")],
    actors=[], casualties=NONE,
    places=[P("Sharm-el-Sheikh", "EGY", "city"), P("Egypt", "EGY", "country")], dates=[D("March 1, 2003", "2003-03-01")],
    quotes=[]),
"ag-test-98": dict(events=[], actors=[A("delegation of Iraqis", "IRQ")], casualties=NONE,
    places=[P("Iraq", "IRQ", "country"), P("Najaf", "IRQ", "city")],
    dates=[D("Aug. 17", "2004-08-17"), D("today", "2004-08-17")], quotes=[]),
"ag-test-420": dict(events=[E(None, "ZAF", "17", "Eugene Terreblanche is detained")], actors=[], casualties=NONE,
    places=[P("SA", "ZAF", "country")], dates=[], quotes=[]),
"ag-test-1064": dict(events=[E("IRQREB", "FRA", "10", "demands by Islamic radicals holding two French hostages in Iraq that the law be scrapped"),
                            E("FRAREL", None, "02", "Muslim leaders in France ... urged calm")],
    actors=[A("Islamic radicals", "IRQREB"), A("Muslim leaders", "FRAREL")], casualties=NONE,
    places=[P("Paris", "FRA", "city"), P("Iraq", "IRQ", "country"), P("France", "FRA", "country")],
    dates=[D("Thursday", "2004-08-26")], quotes=[Q("Islamic radicals", False), Q("Muslim leaders", False)]),
"ag-test-5463": dict(events=[], actors=[A("Ricardo Lagos", "CHLGOV")], casualties=NONE,
    places=[P("Santiago", "CHL", "city"), P("Chile", "CHL", "country")], dates=[D("Wednesday", "2004-09-01")], quotes=[]),
"ag-test-2215": dict(events=[E("USAGOV", None, "12", "No negotiation and no retreat, vows Bush")],
    actors=[A("Bush", "USAGOV"), A("Jack Hensley", "USA")], casualties=None,
    places=[P("Qatar", "QAT", "country")], dates=[], quotes=[Q("Bush", False)]),
"ag-test-6689": dict(events=[E("USA", None, "19", "his son's life was ended by an American bullet")],
    actors=[A("Iraqi insurgent", "IRQREB")], casualties=K(killed=1),
    places=[P("Fallujah", "IRQ", "city"), P("Baghdad", "IRQ", "city")], dates=[], quotes=[]),
# --- conflict: AG items of the other classes that tell of real violence
"ag-test-2357": dict(events=[E(None, None, "18", "a father convicted of beating a man to death")],
    actors=[A("state appeals court", "USAJUD")], casualties=K(killed=1),
    places=[P("Boston", "USA", "city"), P("Mass.", "USA", "region")], dates=[D("Thursday", "2004-08-26")], quotes=[]),
"ag-test-2870": dict(events=[E(None, None, "18", "being shot in the leg on the team bus")], actors=[],
    casualties=K(injured=1), places=[], dates=[D("yesterday", "2004-08-31")], quotes=[]),
"ag-test-2916": dict(events=[E(None, None, "18", "four visiting fans suffering stab wounds")], actors=[],
    casualties=K(injured=4), places=[], dates=[], quotes=[]),
"ag-test-4586": dict(events=[E("USACOP", None, "17", "police fire the pepper-spray pellet that killed the college student"),
                            E("USAREL", None, "11", "her pastor denounced the raucous fans")],
    actors=[A("police", "USACOP")], casualties=K(killed=1), places=[], dates=[D("Tuesday", "2004-08-31")],
    quotes=[Q("her pastor", False)]),
"ag-test-6811": dict(events=[], actors=[A("judge", "USAJUD")], casualties=K(killed=1), places=[],
    dates=[D("Thursday", "2004-08-26")], quotes=[Q("judge", False)]),
"ag-test-5456": dict(events=[E(None, None, "17", "Two Michigan State receivers arrested on bomb-making charges")],
    actors=[], casualties=NONE, places=[], dates=[], quotes=[]),
"ag-test-5380": dict(events=[E(None, None, "14", "mob violence"), E(None, None, "19", "military clashes")],
    actors=[], casualties=NONE, places=[P("Ivory Coast", "CIV", "country")], dates=[D("Tuesday", "2004-08-31")],
    quotes=[Q("traders", False)]),
# --- non-conflict-other: a video game's killings
"ag-test-5686": dict(events=[], actors=[], casualties=NONE, places=[], dates=[], quotes=[]),
# --- diplomacy
"ag-test-3625": dict(events=[E("DEUGOV", "CHN", "04", "Gerhard Schroeder was preparing Sunday to arrive in China ... to discuss trade")],
    actors=[A("Gerhard Schroeder", "DEUGOV"), A("China", "CHN")], casualties=NONE,
    places=[P("China", "CHN", "country")], dates=[D("Sunday", "2004-08-29"), D("Monday", "2004-08-30")], quotes=[]),
"ag-test-7471": dict(events=[E("ISL", None, "03", "Iceland Offers Shelter to Fugitive Chess Player")],
    actors=[A("Iceland", "ISL")], casualties=NONE,
    places=[P("Iceland", "ISL", "country"), P("Japan", "JPN", "country")], dates=[D("1972", "1972")], quotes=[]),
"ag-test-6210": dict(events=[E("AUS", "IRQ", "07", "Australia cancels 80pc of Iraqi debt")],
    actors=[A("Australia", "AUS"), A("Iraq", "IRQ")], casualties=NONE,
    places=[P("Australia", "AUS", "country"), P("Iraq", "IRQ", "country")], dates=[], quotes=[]),
"ag-test-1492": dict(events=[E("INDGOV", "PAKGOV", "04", "The foreign ministers of India and Pakistan have concluded another round of peace talks"),
                            E("PAKGOV", "INDGOV", "04", "The foreign ministers of India and Pakistan have concluded another round of peace talks")],
    actors=[], casualties=NONE,
    places=[P("India", "IND", "country"), P("Pakistan", "PAK", "country"), P("New Delhi", "IND", "city")],
    dates=[D("9/10/04", "2004-09-10"), D("later this month", "2004-09")], quotes=[]),
"ag-test-5965": dict(events=[E("MEXGOV", "USAGOV", "03", "Vicente Fox said Wednesday he will meet with US President George W. Bush")],
    actors=[A("Vicente Fox", "MEXGOV"), A("George W. Bush", "USAGOV")], casualties=NONE,
    places=[P("Mexico", "MEX", "country"), P("US", "USA", "country"), P("Chile", "CHL", "country")],
    dates=[D("Wednesday", "2004-09-01")], quotes=[Q("Vicente Fox", False)]),
"ag-test-5613": dict(events=[E("USAGOV", "SLV", "04", "Secretary Rumsfeld ... En Route to El Salvador")],
    actors=[A("Rumsfeld", "USAGOV")], casualties=NONE,
    places=[P("El Salvador", "SLV", "country"), P("Nicaragua", "NIC", "country"), P("Panama", "PAN", "country"),
            P("Ecuador", "ECU", "country")], dates=[], quotes=[Q("Rumsfeld", True)]),
# --- BBC politics
"bbc-politics-182": dict(events=[], actors=[A("Charles Clarke", "GBRGOV")], casualties=NONE, places=[],
    dates=[D("Wednesday", "2005-03-02"), D("Tuesday", "2005-03-01")],
    quotes=[Q("Charles Clarke", False), Q("Opponents", False)]),
"bbc-politics-319": dict(events=[], actors=[A("Tony Blair", "GBRGOV"), A("group of MPs", "GBRLEG")], casualties=NONE,
    places=[], dates=[D("1999", "1999")],
    quotes=[Q("group", False), Q("government", False), Q("Tony Blair", False)]),
"bbc-politics-127": dict(events=[], actors=[A("Gordon Brown", "GBRGOV")], casualties=NONE,
    places=[P("UK", "GBR", "country"), P("America", "USA", "country")], dates=[D("2005", "2005")],
    quotes=[Q("Gordon Brown", False), Q("Gordon Brown", True)]),
"bbc-politics-391": dict(events=[], actors=[A("Chris Leslie", "GBRGOV"), A("John Cryer", "GBRLEG"),
                                           A("European Union", "IGOEUREEC")], casualties=NONE,
    places=[P("UK", "GBR", "country")], dates=[D("30 years ago", "1975")],
    quotes=[Q("ministers", False), Q("Chris Leslie", False), Q("Chris Leslie", False), Q("Ministers", False),
            Q("John Cryer", False), Q("John Cryer", False)]),
"bbc-politics-217": dict(events=[], actors=[A("Stephen Twigg", "GBRGOV"), A("Hansard Society", "GBRNGO")], casualties=NONE,
    places=[P("UK", "GBR", "country")], dates=[],
    quotes=[Q("Stephen Twigg", False), Q("Stephen Twigg", True)]),
"bbc-politics-277": dict(events=[E("GBRGOV", None, "11", "Mr Blair derided Tory claims")],
    actors=[A("Tony Blair", "GBRGOV"), A("Michael Howard", "GBROPP")], casualties=NONE, places=[], dates=[],
    quotes=[Q("Tony Blair", False), Q("Michael Howard", False), Q("Tony Blair", False), Q("Michael Howard", False),
            Q("Tony Blair", True)]),
}
KIND = {"ag-test-5686": "non-conflict-other",
        **{f"ag-test-{n}": "diplomacy" for n in ("3625", "7471", "6210", "1492", "5965", "5613")}}
if __name__ == "__main__":
    out = write_sample("sample41.jsonl", texts(), ANN, KIND)
    assert len(out) == 36
    print(sum(len(o["events"]) for o in out), "events", sum(len(o["actors"]) for o in out), "actors",
          sum(o["casualties"] is not None for o in out), "casualty items (", sum(bool(o["casualties"]) for o in out),
          "with casualties )", sum(len(o["places"]) for o in out), "places", sum(len(o["dates"]) for o in out), "dates",
          sum(len(o["quotes"]) for o in out), "quotes")
