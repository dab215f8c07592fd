"""The sam37 sample: 30 AG News World items and 6 BBC politics articles (picked by pick_sample37.py), each
annotated by reading it as an analyst would code it, BEFORE the system ran on it. Writes sample37.jsonl.

    python bench/data/annotate_sample37.py      # FLASHPOINT_SHARED=/work/shared

Texts: AG News = cleaned headline, blank line, description (flashpoint.eval.news._ag_clean, after dropping the
"&lt;b&gt;...&lt;/b&gt;" teaser tails and the blank the corpus puts before "#39;"); BBC = title, blank line, the
article's first 6-8 sentences. Publication dates assumed: AG 2004-09-01 (ag-test-3194: 2004-10-05, its dateline
says "Oct 5"), BBC 2005-03-01; relative dates are resolved against them.

Conventions (where unsure, left out): events = clear ones only, {source, target, root}; null source or target =
the text names no codable actor there (the scorer does not judge that side); a country-only code ("USA") means
the analyst codes no role. Actor codes follow CAMEO/Phoenix (militants/insurgents REB, protesters OPP,
paramilitaries UAF) and the project's IGO spellings (African Union IGOAFROAU, Arab League IGOMEAARL).
casualties: {} = the text reports no killed or injured; null = not annotated (unsure); killed/injured best
(null with unknown=true: "deadly" with no number). places: toponyms as a geoparsing annotator marks them
(metonymic country names included, adjectives not). dates: time expressions that fix a date (durations left out).
quotes: every reported speech act (direct = quoted words), speaker as the text names it.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_sources import A, D, E, P, Q, sample_texts, write_sample  # noqa: E402,F401
AG = "5910 451 2158 4657 4561 6394 792 831 1505 2824 5596 5235 5584 4852 6501 3377 1058 2159 2073 3979 5291 1744 286 2524 5383 3106 4032 6716 3194 2150".split()
BBC = "151 131 194 224 331 294".split()
ENDS = {"bbc-politics-151": "arrested on their return to the UK.",
        "bbc-politics-131": "not unlawful for the police to turn the passengers away.",
        "bbc-politics-194": "relating to sodomy in Texas.",
        "bbc-politics-224": "established by his predecessor, David Blunkett.",
        "bbc-politics-331": "as flying pigs.",
        "bbc-politics-294": "there is no choice,\" he said."}


def texts() -> list[dict]:
    return sample_texts(AG, ENDS, {"3194": "2004-10-05"})


def K(k=None, i=None, kc=None):
    return {**({"killed": k} if k is not None else {}), **({"injured": i} if i is not None else {})}
ANN = {
"ag-test-5910": dict(events=[E("GBRGOV", None, "11", "'Abhorrent act' says Blair"), E("WSTGOV", None, "11", "Western political leaders ... condemn the kidnappers")],
    actors=[A("Tony Blair", "GBRGOV"), A("Western political leaders", "WSTGOV")], casualties=None, places=[], dates=[],
    quotes=[Q("Tony Blair", True)]),
"ag-test-451": dict(events=[E("CODREB", "CODGOV", "16", "former main rebel group ... pulled out of a power-sharing transitional government")],
    actors=[A("former main rebel group", "CODREB"), A("transitional government", "CODGOV")], casualties={},
    places=[P("Congo", "COD", "country")], dates=[D("Monday", "2004-08-30")], quotes=[]),
"ag-test-2158": dict(events=[E(None, "USABUS", "18", "the apparent beheading of ... Eugene Armstrong")],
    actors=[A("Eugene Armstrong", "USABUS")], casualties=K(k={"best": 1, "claimant": None}),
    places=[P("US", "USA", "country")], dates=[D("Monday", "2004-08-30")], quotes=[]),
"ag-test-4657": dict(events=[E("USA", None, "02", "the US plea for help")],
    actors=[A("Black Watch", "GBRMIL")], casualties={},
    places=[P("Baghdad", "IRQ", "city")], dates=[D("today", "2004-09-01")], quotes=[Q("Ministry of Defence", False)]),
"ag-test-4561": dict(events=[E(None, None, "14", "gathered at a rally in Baghdad to demand her release"), E(None, None, "18", "Margaret Hassan, kidnapped a week ago")],
    actors=[A("Foreign Office", "GBRGOV")], casualties={},
    places=[P("Baghdad", "IRQ", "city")], dates=[D("a week ago today", "2004-08-25")], quotes=[]),
"ag-test-6394": dict(events=[E("RWA", None, "13", "Rwanda insisted ... it would soon attack rebels ... unless they were disarmed"), E("IGOUNO", None, "02", "UN urges dialogue")],
    actors=[A("UN", "IGOUNO"), A("Rwanda", "RWA")], casualties={},
    places=[P("Rwanda", "RWA", "country"), P("Democratic Republic of Congo", "COD", "country")], dates=[D("Thursday", "2004-08-26")],
    quotes=[Q("Rwanda", False)]),
"ag-test-792": dict(events=[E("SDNREB", "SDNGOV", "16", "Sudanese rebels walked away from African Union peace talks"), E("SDNREB", "SDNGOV", "14", "to hold a 24-hour boycott in protest at alleged government attacks")],
    actors=[A("Sudanese rebels", "SDNREB"), A("government", "SDNGOV"), A("African Union", "IGOAFROAU")], casualties={},
    places=[P("Darfur", "SDN", "region")], dates=[], quotes=[]),
"ag-test-831": dict(events=[E("FRAGOV", "IRQREB", "02", "France's government ... urged Iraqi militants Sunday to free two French journalists"), E("IRQREB", "FRAMED", "18", "two French journalists they were holding hostage")],
    actors=[A("France's government", "FRAGOV"), A("Iraqi militants", "IRQREB"), A("two French journalists", "FRAMED")], casualties={},
    places=[P("Paris", "FRA", "city"), P("France", "FRA", "country")], dates=[D("Sunday", "2004-08-29")], quotes=[]),
"ag-test-1505": dict(events=[E("ITA", None, "14", "Thousands of Italians marched silently through Rome ... to demand the release"), E(None, None, "18", "two female aid workers seized in Baghdad")],
    actors=[A("Italians", "ITA")], casualties={},
    places=[P("Rome", "ITA", "city"), P("Baghdad", "IRQ", "city")], dates=[D("Friday", "2004-08-27")], quotes=[]),
"ag-test-2824": dict(events=[E("ISRMIL", "PSEREB", "19", "Israeli tanks surged into ... the Jabalya refugee camp ... sweep for militants"), E("PSEREB", "ISR", "19", "a deadly rocket attack on an Israeli town")],
    actors=[A("Israeli tanks", "ISRMIL"), A("the army", "ISRMIL"), A("militants", "PSEREB")], casualties=K(k={"best": None, "unknown": True, "claimant": None}),
    places=[P("Gaza", "PSE", "city"), P("Jabalya", "PSE", "city"), P("Gaza Strip", "PSE", "region")], dates=[D("Thursday", "2004-08-26")], quotes=[]),
"ag-test-5596": dict(events=[E(None, "INDREB", "17", "Kashmir separatist chief arrested")],
    actors=[A("Syed Ali Shah Geelani", "INDREB"), A("Indian army officer", "INDMIL")], casualties={},
    places=[P("Kashmir", "IND", "region")], dates=[], quotes=[]),
"ag-test-5235": dict(events=[E("AFGREB", "AFGGOV", "04", "militants ... began talks with the government"), E("AFGREB", "IGOUNO", "04", "began talks with ... the United Nations"), E("AFGREB", "IGOUNO", "18", "militants holding three U.N. workers hostage")],
    actors=[A("Afghan militants", "AFGREB"), A("government", "AFGGOV"), A("United Nations", "IGOUNO"), A("militant spokesman", "AFGREB")], casualties={},
    places=[P("Kabul", "AFG", "city")], dates=[D("Sunday", "2004-08-29")], quotes=[Q("militant spokesman", False), Q("Afghan Militants", False)]),
"ag-test-5584": dict(events=[E("JPN", "CHN", "11", "Japan will protest to China")],
    actors=[A("Japan", "JPN"), A("China", "CHN"), A("Chinese navy", "CHNMIL"), A("Hiroyuki Hosoda", "JPNGOV")], casualties={},
    places=[P("Tokyo", "JPN", "city")], dates=[D("this week", "2004-W36"), D("Friday", "2004-08-27")], quotes=[Q("Hiroyuki Hosoda", False)]),
"ag-test-4852": dict(events=[E("THAGOV", None, "03", "The Thai prime minister pledges to set up an independent inquiry")],
    actors=[A("Thai prime minister", "THAGOV")], casualties=K(k={"best": 78, "claimant": None}),
    places=[], dates=[], quotes=[]),
"ag-test-6501": dict(events=[E("USAGOV", "COL", "04", "his visit to Colombia"), E("COLGOV", "COLREB", "11", "FARC Sought Bush Assassination ... Defense Minister Jorge Uribe said")],
    actors=[A("FARC", "COLREB"), A("President Bush", "USAGOV"), A("Jorge Uribe", "COLGOV")], casualties={},
    places=[P("Colombia", "COL", "country")], dates=[D("last week", "2004-W35"), D("Saturday", "2004-08-28")], quotes=[Q("Jorge Uribe", False)]),
"ag-test-3377": dict(events=[E("SDNGOV", "SDNREB", "04", "Sudan's government resumed talks with rebels"), E("IGOUNO", "SDN", "09", "the United Nations set up a panel to investigate charges of genocide")],
    actors=[A("Sudan's government", "SDNGOV"), A("rebels", "SDNREB"), A("United Nations", "IGOUNO")], casualties={},
    places=[P("Khartoum", "SDN", "city"), P("Nairobi", "KEN", "city"), P("Sudan", "SDN", "country")], dates=[D("Thursday", "2004-08-26")], quotes=[]),
"ag-test-1058": dict(events=[E("ISRMIL", None, "17", "Israeli forces destroyed two five-story apartment buildings")],
    actors=[A("Israeli forces", "ISRMIL"), A("the military", "ISRMIL")], casualties={},
    places=[P("Gaza", "PSE", "city")], dates=[D("Thursday", "2004-08-26")], quotes=[Q("the military", False), Q("residents", False)]),
"ag-test-2159": dict(events=[E(None, "COLUAF", "18", "A top leader of Colombia's right-wing paramilitaries has been assassinated")],
    actors=[A("government", "COLGOV")], casualties=K(k={"best": 1, "claimant": None}),
    places=[P("Colombia", "COL", "country")], dates=[], quotes=[]),
"ag-test-2073": dict(events=[E("SDN", "IGOUNO", "11", "Sudanese Decry UN Threat of Sanctions / Sudan said ... was unfair"), E("IGOUNO", "SDN", "13", "the UN Security Council's resolution threatening oil sanctions")],
    actors=[A("Sudan", "SDN"), A("UN Security Council", "IGOUNO")], casualties={},
    places=[P("Darfur", "SDN", "region")], dates=[D("Sunday", "2004-08-29")], quotes=[Q("Sudan", False)]),
"ag-test-3979": dict(events=[E("IRQREB", "AUSMED", "18", "An Australian journalist was seized by militants in Iraq"), E("IRQREB", "AUSMED", "08", "then released unharmed")],
    actors=[A("Australian journalist", "AUSMED"), A("militants", "IRQREB")], casualties={},
    places=[P("Iraq", "IRQ", "country")], dates=[], quotes=[]),
"ag-test-5291": dict(events=[E(None, "GBRMIL", "18", "a suicide attack against British troops")],
    actors=[A("British troops", "GBRMIL"), A("Black Watch", "GBRMIL")], casualties={},
    places=[P("Britain", "GBR", "country"), P("Baghdad", "IRQ", "city")], dates=[D("last week", "2004-W35")], quotes=[]),
"ag-test-1744": dict(events=[E("USAMIL", None, "19", "U.S. forces have controlled Tall Afar ... after deadly battles")],
    actors=[A("U.S. forces", "USAMIL"), A("insurgents", "IRQREB")], casualties=K(k={"best": None, "unknown": True, "claimant": None}),
    places=[P("Tall Afar", "IRQ", "city")], dates=[D("Sunday", "2004-08-29"), D("last week", "2004-W35"), D("Tuesday", "2004-08-31")], quotes=[]),
"ag-test-286": dict(events=[E(None, None, "18", "an attack on the South Oil Company headquarters")],
    actors=[], casualties={},
    places=[P("Basra", "IRQ", "city"), P("Baghdad", "IRQ", "city"), P("Iraq", "IRQ", "country")], dates=[D("Friday", "2004-08-27")],
    quotes=[Q("an official", False)]),
"ag-test-2524": dict(events=[E(None, "AFGGOV", "19", "a trip cut short by a rocket attack 10 days ago")],
    actors=[A("Hamid Karzai", "AFGGOV")], casualties={},
    places=[P("Kabul", "AFG", "city")], dates=[D("Sunday", "2004-08-29"), D("10 days ago", "2004-08-22")], quotes=[]),
"ag-test-5383": dict(events=[E("FRAMIL", "CIVOPP", "19", "French Troops Clash with Ivory Coast Protesters / French soldiers fired to disperse protesters"), E("CIVOPP", None, "14", "days of rioting in Ivory Coast's main city Abidjan"), E("ZAFGOV", "CIV", "04", "a brief peace mission to the country")],
    actors=[A("French soldiers", "FRAMIL"), A("protesters", "CIVOPP"), A("Thabo Mbeki", "ZAFGOV")], casualties={},
    places=[P("Abidjan", "CIV", "city"), P("Ivory Coast", "CIV", "country"), P("South Africa", "ZAF", "country")], dates=[D("Tuesday", "2004-08-31")], quotes=[]),
"ag-test-3106": dict(events=[E("IGOMEAARL", "IGOUNO", "02", "assigned the Arab group at the UN to call for convening an urgent meeting")],
    actors=[A("Arab League", "IGOMEAARL"), A("UN Security Council", "IGOUNO"), A("Palestinians", "PSE")], casualties={},
    places=[], dates=[], quotes=[Q("Arab League", True)]),
"ag-test-4032": dict(events=[], actors=[A("Hungary", "HUN")], casualties={},
    places=[P("Hungary", "HUN", "country")], dates=[], quotes=[]),
"ag-test-6716": dict(events=[], actors=[A("county elections supervisors", "USAGOV")], casualties={},
    places=[P("Florida", "USA", "region")], dates=[], quotes=[]),
"ag-test-3194": dict(events=[], actors=[A("Boris Gryzlov", "RUSLEG"), A("State Duma", "RUSLEG"), A("Interfax", "RUSMED")], casualties={},
    places=[P("Moscow", "RUS", "city")], dates=[D("in October", "2004-10"), D("Oct 5", "2004-10-05"), D("Tuesday", "2004-10-05")],
    quotes=[Q("Boris Gryzlov", False)]),
"ag-test-2150": dict(events=[], actors=[A("Hu", "CHNGOV"), A("Jiang", "CHNGOV"), A("Taiwan", "TWN")], casualties={},
    places=[P("China", "CHN", "country"), P("Taiwan", "TWN", "country"), P("Beijing", "CHN", "city")], dates=[D("Sunday", "2004-08-29")], quotes=[]),
"bbc-politics-151": dict(events=[E("USA", "GBR", "08", "The four Britons freed from US custody"), E("GBRCOP", "GBR", "17", "the men, who were arrested on their return to the UK")],
    actors=[A("Moazzam Begg", "GBR"), A("Martin Mubanga", "GBR"), A("Feroz Abbasi", "GBR"), A("Richard Belmar", "GBR"), A("Azmat Begg", "GBR"), A("Police", "GBRCOP")], casualties={},
    places=[P("Guantanamo Bay", "CUB", "site"), P("London", "GBR", "city"), P("Birmingham", "GBR", "city"), P("UK", "GBR", "country")], dates=[],
    quotes=[Q("Azmat Begg", False), Q("Azmat Begg", True), Q("Louise Christian", False), Q("Azmat Begg", False), Q("Police", False)]),
"bbc-politics-131": dict(events=[E("GBRJUD", None, "12", "three Appeal Court judges dismissed both appeals"), E("GBRCOP", None, "17", "three coachloads of people were searched and detained ... forced to return to London under police escort")],
    actors=[A("police", "GBRCOP"), A("Appeal Court judges", "GBRJUD"), A("High Court", "GBRJUD"), A("Lord Justice May", "GBRJUD"), A("Mr Justice Harrison", "GBRJUD")], casualties={},
    places=[P("RAF Fairford", "GBR", "site"), P("Glos", "GBR", "region"), P("London", "GBR", "city"), P("Iraq", "IRQ", "country")],
    dates=[D("in 2003", "2003"), D("on Wednesday", "2005-02-23"), D("February this year", "2005-02")], quotes=[]),
"bbc-politics-194": dict(events=[E("GBR", "USAGOV", "11", "Cherie Blair has been accused of criticising George W Bush's policies")],
    actors=[A("Cherie Blair", "GBR"), A("George W Bush", "USAGOV"), A("Supreme Court", "USAJUD"), A("White House", "USAGOV"), A("Downing Street", "GBRGOV")], casualties={},
    places=[P("United States", "USA", "country"), P("Massachusetts", "USA", "region"), P("Guantanamo Bay", "CUB", "site"), P("Texas", "USA", "region")], dates=[],
    quotes=[Q("The Tories", False), Q("Downing Street", False), Q("Downing Street", False), Q("Cherie Blair", False)]),
"bbc-politics-224": dict(events=[],
    actors=[A("law lords", "GBRJUD"), A("Charles Clarke", "GBRGOV"), A("government", "GBRGOV")], casualties={},
    places=[P("UK", "GBR", "country"), P("Belmarsh prison", "GBR", "site"), P("London", "GBR", "city")], dates=[],
    quotes=[Q("the UK's highest court", False), Q("law lords", False), Q("Liberal Democrats", False)]),
"bbc-politics-331": dict(events=[],
    actors=[A("Michael Howard", "GBROPP"), A("Oliver Letwin", "GBROPP")], casualties={},
    places=[], dates=[], quotes=[Q("critics", False), Q("Labour", False), Q("Labour", False)]),
"bbc-politics-294": dict(events=[E("GBRLAB", "GBRGOV", "13", "Mark Serwotka warned there could be further walkouts unless there was a government rethink")],
    actors=[A("Public and Commercial Services Union", "GBRLAB"), A("Mark Serwotka", "GBRLAB"), A("government", "GBRGOV")], casualties={},
    places=[P("UK", "GBR", "country")], dates=[D("23 March", "2005-03-23")],
    quotes=[Q("government", False), Q("Mark Serwotka", False), Q("Mark Serwotka", True)]),
}
KIND = {k: "non-conflict-politics" for k in ("ag-test-4032", "ag-test-6716", "ag-test-3194", "ag-test-2150")}
out = write_sample("sample37.jsonl", texts(), ANN, KIND)
assert len(out) == 36
print(sum(len(o["events"]) for o in out), "events", sum(len(o["actors"]) for o in out), "actors",
      sum(len(o["places"]) for o in out), "places", sum(len(o["dates"]) for o in out), "dates",
      sum(len(o["quotes"]) for o in out), "quotes")
