"""Writes bench/data/quotes_fresh_quo40.jsonl: 35 whole articles in no gold file and in no quotes_fresh set before it
-- 28 GeoWebNews texts of 28 outlets (2018: motor1, Burton Mail, CS Monitor/AP, Nigerian Tribune, SMH/AP, NBC, UNIAN, The
Local Italy, Khaleej Times, The Sun, WUSA9, Yahoo/Time, The Economist, Times Colonist/CP, Gainesville/AP, Daily Trust,
WalesOnline, news.com.au, CNC3, CNN/ClickOnDetroit, Economic Times, AP via Good4Utah; The Courier/PA, MSF, KOB/NBC,
Tribune 242, TechCrunch, WSOC/AP), 5 MEANTIME Wikinews texts and 2 BBC tech and business articles -- their quotes
annotated with the speaker by reading BEFORE the system ran on them (task quo40). D = a direct quote (or a quoted
fragment with a frame of its own), R = indirect (reported) speech or a quoted fragment inside reported speech. The half
("tune" or "aside") is split.part_of of the article id; the aside half was kept out of sight and is scored only as
numbers. The tune half held only 8 articles (13 direct quotes), so two BBC articles of the tune half, tech and
business (not politics), were annotated after them, before any run; a third tune batch of six GeoWebNews articles was
annotated after the first two fixes, before any run on them. Left out: a quote inside a quote (a jockey quoting a girl), a song line read as a headline (gwn-232), a
press-release encoding's stray '"' for dashes (gwn-242), scare quotes and titles ("all-in", "early bird", "London's
bleeding"), and direct quotes of two words or fewer ("It's not.")."""
import json
from pathlib import Path

from flashpoint.eval.split import part_of


def D(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": True}


def R(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": False}


A = {
 "gwn-031": [  # motor1: inverted "said de Nysschen bluntly", "said the CEO"
  R("it's unlikely that the same engine will find its way", "Autoblog"),
  D("Just quit the speculation it's headed for Corvette", "de Nysschen"),
  R("The engine has more of a focus on refinement than performance", "de Nysschen"),
  D("It's a matter of being a thoroughbred luxury car", "de Nysschen"),
  D("It's really only a luxury brand that could recoup", "de Nysschen"),
 ],
 "gwn-178": [  # Burton Mail: quotes with no frame after "boss Monk has confirmed", "Monk continued:"
  D("Being honest I don't think he will make the weekend", "Monk"),
  D("It's frustrating because like I said after the game", "Monk"),
  D("He didn't train today, often my thinking", "Monk"),
  D("We will see, we have got another training tomorrow", "Monk"),
  D("It's a blow for us", "Monk"),
  D("At the time my reaction was it was more of a yellow", "Monk"),
  D("Che had a red card last season that was rescinded", "Monk"),
  D("That gave me the belief this one could be rescinded", "Monk"),
 ],
 "gwn-194": [  # CS Monitor/AP: "X, the company's manager, said of", "Dr. Tian said", indirect "says"
  R("Hawaii's ongoing economic sluggishness could make it harder", "economists"),
  D("We cannot wait as more and more of our young people", "Hanabusa"),
  D("They can be picky now, I feel like", "Sheridan Andres"),
  R("the state has had little success in luring better-paying tech jobs", "Kamins"),
  R("should be growing about 3 percent a year", "Tian"),
  D("We don't have enough housing", "Tian"),
  D("They are connected", "Tian"),
  R("Hawaii's growth rate has lagged the nation's", "Brewbaker"),
  R("gross domestic product in Hawaii was one-third higher", "Brewbaker"),
  D("Where do we go from here?", "Brewbaker"),
 ],
 "gwn-210": [  # Nigerian Tribune: "According to him, “...", a run of paragraphs each opening a mark, "he added"
  R("under President Muhammadu Buhari, 20,000 personnel had been recruited", "Dan-Ali"),
  D("when you improved the professionalism of the armed forces", "Dan-Ali"),
  D("Here we are in a country where this type of recruitment", "Dan-Ali"),
  D("By so doing, we have given employment to young Nigerians", "Dan-Ali"),
  D("If I am to put it in statistics", "Dan-Ali"),
  D("So, this is one of the things the $1bn would be used for", "Dan-Ali"),
  D("you are passing out at a time when our dear country", "Dan-Ali"),
  D("You must subordinate yourself to civil authority", "Dan-Ali"),
  D("Avoid being used by disgruntled elements", "Dan-Ali"),
 ],
 "gwn-235": [  # SMH/AP: "he told a late-night news conference", partial quotes
  R("tyranny", "Mahathir"),
  R("the party was being targeted despite explaining", "Mahathir"),
  R("the party will appeal to the home minister", "Mahathir"),
  D("We will tell the whole world that ROS is in breach of the law", "Mahathir"),
  D("Whatever happens to us, we are going to contest", "Mahathir"),
  R("it will make a key announcement Friday", "Mahathir"),
  R("an abuse of power by a regime that is desperate to stay in office", "Wan Saiful"),
  R("failed to submit adequate documentation for its registration", "Registrar"),
 ],
 "gwn-263": [  # NBC: "Trump said in West Virginia while ...", "his lawyers wrote"
  R("voter fraud is widespread", "Trump"),
  D("In many places, like California, the same person votes many times", "Trump"),
  D("Millions and millions of people", "Trump"),
  D("All available evidence suggests that the 2016 general election", "lawyers|attorneys"),
 ],
 "gwn-282": [  # UNIAN: "reads the statement", "Nauert said", "she added"
  R("the United States urges the Ukrainian government to repeal", "Nauert"),
  D("The United States strongly encourages the government of Ukraine", "statement|State Department|Nauert"),
  D("This punitive law targets those very individuals", "Nauert"),
  D("We urge the Ukrainian government to expeditiously cancel", "Nauert"),
  R("the requirements for the anti-corruption activists to submit", "Venice Commission"),
 ],
 "gwn-287": [  # The Local: "piano player Francesco Ferrini told The Local", a last paragraph with no frame
  D("They stole all of our guitars", "Ferrini"),
  D("They're unique, custom-made instruments", "Ferrini"),
  D("They can keep their eyes open and check out our social media", "Ferrini"),
 ],
 "gwn-120": [  # Khaleej Times: "an elated X said", "added the Emirati, whose ...", a long unclosed quote
  D("We won two years in a row and now we have come back", "Saeed bin Suroor|Suroor"),
  D("The jockey did a great job despite being drawn from Gate 10", "Saeed bin Suroor|Suroor"),
  R("a pre-race pep talk helped him win", "Soumillon"),
  D("I don't know if it was Sheikh Mohammed's daughter", "Soumillon"),
  D("It is difficult to say how I'm feeling", "Soumillon"),
 ],
 "gwn-123": [  # The Sun: "An MoD spokesman said today:", "The dead soldier's Commanding Officer said:" and a run
  R("None of the injured were British", "sources"),
  D("It is with great sadness that the Ministry of Defence must confirm", "spokesman|Ministry of Defence|MoD"),
  D("Matt Tonroe was a deeply intelligent man", "Commanding Officer|officer"),
  D("He was a caring and considerate soul", "Commanding Officer|officer"),
  D("Yet he had a steel core", "Commanding Officer|officer"),
  D("He thus died as he lived", "Commanding Officer|officer"),
  D("We mourn his loss dearly", "Commanding Officer|officer"),
  R("during his service, Sgt Tonroe deployed numerous times", "MoD|Ministry of Defence"),
 ],
 "gwn-149": [  # WUSA9/AP: "Pope Francis tweeted Wednesday:", "X wrote in an article", "he said"
  R("unkind, unfair and inhumane", "Doctors"),
  R("Alfie's life support could be turned off as early as Friday", "Evans"),
  D("It is my sincere hope that everything necessary may be done", "Pope Francis|Francis"),
  D("I believe it is possible to change the law", "Conway"),
  D("It has to be a fundamental human right", "Conway"),
 ],
 "gwn-170": [  # Yahoo/Time: an unclosed quote before "said Monahan", "he said", a run with no frame
  R("fatally shot a man carrying a metal pipe", "police"),
  R("man was pointing a silver firearm at people on the street", "Monahan|callers"),
  D("The suspect took a two-handed shooting stance", "Monahan"),
  R("pipe with some sort of knob at the end", "Monahan"),
  R("a crowd of about 200 people gathered", "Tenenbaum"),
  R("he has known the victim for 20 years", "Wilson"),
  D("All he did was just walk around the neighborhood", "Wilson"),
  D("He speaks to himself, usually he has an orange Bible", "Wilson"),
  D("The officers from the neighborhood, they know him", "Wilson"),
  R("they thought he had a gun", "Police"),
  R("Clark was hit by eight bullets", "Omalu"),
 ],
 "gwn-190": [  # The Economist: "says X, a Labour MP", "her mother wrote", split quote
  R("is starting to look a bit like New York once did", "Sunday Times"),
  R("rival gangs goad each other on social media", "police"),
  D("Neighbourhood policing has all but vanished", "Lammy"),
  D("The intelligence that police pick up on the ground", "Lammy"),
  D("To my baby Nesha", "mother"),
  D("I'm gonna miss you so much", "mother"),
 ],
 "gwn-212": [  # Times Colonist/CP: "Kinew said following a speech", paragraphs of quotes with no frame
  R("they plan to delay the province's proposed carbon tax law", "New Democrats|NDP"),
  R("his party will not let the bill become law", "Kinew"),
  D("They're asking Manitobans to pay about $300 more a year", "Kinew"),
  R("will use much of the $250 million in new revenue", "government"),
  R("the government should instead use the carbon tax money", "Kinew"),
  R("he would be comfortable with a $50 per tonne carbon tax", "Kinew"),
  D("At the current levels being debated", "Kinew"),
  D("If Pallister wants to start charging a carbon tax right away", "Kinew"),
 ],
 "gwn-242": [  # Gainesville/AP: "X says it 'makes little sense'"
  R("makes little sense", "Skavdahl"),
  R("provides minimal public benefit", "Skavdahl"),
 ],
 "gwn-024": [  # Daily Trust: "He said, “...", a second paragraph-opening mark, "saying"
  D("I'm telling Chief Oyegun to retire now", "Frank"),
  D("I remember several times the party under Chief Oyegun", "Frank"),
  R("he would resign his position as the Deputy National Publicity Secretary", "Frank"),
  D("I will not be part of illegal tenure extension", "Frank"),
 ],
 "gwn-162": [  # WalesOnline: "A spokeswoman for Dyfed-Powys Police said:" and a run of marks
  R("the families of the deceased have been informed", "Police"),
  D("Dyfed-Powys Police is investigating the sudden deaths", "spokeswoman|Dyfed-Powys Police"),
  D("The man and woman had been reported missing", "spokeswoman|Dyfed-Powys Police"),
  D("Next of kin have been informed", "spokeswoman|Dyfed-Powys Police"),
  D("The deaths are being treated as unexplained and enquiries", "spokeswoman|Dyfed-Powys Police"),
 ],
 "gwn-201": [  # news.com.au: "she tweeted", two Browns, a spokesman "said in a statement"
  R("the National Guard would be sent to the Mexico border", "Nielsen"),
  R("there had been no request by the Trump Administration", "Kate Brown|Gov. Brown|Brown"),
  D("If [President Trump] asks me to deploy Oregon Guard troops", "Brown"),
  D("As Commander of Oregon", "Brown"),
  R("the Democratic governor was also unwilling to commit", "Jerry Brown|Brown"),
  D("will be promptly reviewed to determine how best", "Keegan"),
 ],
 "gwn-232": [  # CNC3: a report read out by the prime minister, "the prime minister told members of the media"
  D("I failed to follow the matter to the minister", "Daniel|permanent secretary|report"),
  D("I will take my time in dealing with this", "Rowley|prime minister"),
  R("he was as shocked and embarrassed as anyone else", "Rowley|prime minister"),
  R("Trinidad and Tobago failed to attend a preparatory meeting", "Rowley|prime minister"),
 ],
 "gwn-255": [  # AP: organisation sources, partial quotes
  R("contribute to the foreign policy and national security", "Defense Security Cooperation Agency|agency"),
  R("the artillery would help the Saudis modernize", "agency|Defense Security Cooperation Agency"),
  R("Tens of thousands of U.S. jobs could be created", "State Department"),
 ],
 "gwn-291": [  # CNN: "the judge said, adding"
  D("The President abused the power which was given to her", "judge"),
 ],
 "gwn-311": [  # Economic Times: advocates, a lawyer "had argued"
  R("the lower court wrongly dismissed the suit", "Jain"),
 ],
 "meantime-en-87805": [  # "Detik.com quoted X as saying", "Xinhua translated the quote as:"
  R("local airlines should not purchase aircraft", "Djamal"),
  D("We do not need to buy aircraft from Europe", "Djamal"),
  D("As long as the ban is still in place", "Djamal"),
 ],
 "meantime-en-124043": [  # "said the vice president and chairman of Chrysler LLC Jim Press" and a second quote
  R("there was some hope for the auto industry to stabilise", "Executives"),
  D("The market is starting to show small signs of life", "Jim Press|Press"),
  D("It's too early to see a trend", "Jim Press|Press"),
 ],
 "meantime-en-143300": [  # "said the firm's chief executive officer, Alan Mulally"
  R("solidly profitable", "Ford"),
  D("Our third-quarter results clearly show Ford is making", "Mulally"),
 ],
 "meantime-en-131162": [  # "the bank chief said that", "He added, however, that"
  R("the prospects for a return to growth in the near term appear good", "Bernanke|bank chief"),
  R("the economic recovery is likely to be relatively slow", "Bernanke|bank chief"),
 ],
 "meantime-en-127227": [  # partial quotes in a participle clause and "He stated that"
  R("decades in the making", "Obama"),
  R("the bad business decisions of the past", "Obama"),
 ],
 "bbc-tech-016": [  # BBC tech (second tune batch, annotated before any run): "X, director of Y, told the BBC
  # News website", "said Mr Hopkins", "explained Mr Hopkins", "He added:", paragraphs of marks with no frame
  D("I hope this day will focus people", "Hopkins"),
  D("If you have a blog, the least you could do", "Hopkins"),
  D("That would mean you could see that phrase 7.1 million times", "Hopkins"),
  D("If you don't have one, find one dedicated to that", "Hopkins"),
  R("more than 12,000 are added daily", "Technorati"),
  D("Blogging is in this weird no man's land", "Hopkins"),
  D("Some think of themselves as pundits", "Hopkins"),
  D("But they do not have a constituency", "Hopkins"),
  D("This is a big messy argument", "Hopkins"),
  D("It is just such a new way of doing business", "Hopkins"),
  D("is part of the whole messy conversation", "Hopkins"),
  D("If you haven't already got bloggers in your company", "Hopkins"),
  R("which is doubling every five months - was powerful", "Hopkins"),
  D("Everyone does this - mums, radicals, conservatives", "Hopkins"),
  D("That is the essential difference", "Hopkins"),
  D("You don't even have to have your own computer", "Hopkins"),
 ],
 "bbc-business-020": [  # BBC business (second tune batch): "says X of IT firm Y", "Ms Diemont says", a survey
  R("getting impatient and quicker to hang up", "survey"),
  D("Customers are getting used to the idea of an 'always available' society", "Diemont"),
  R("call centres also saw a sharp increase of customers simply abandoning", "Diemont"),
  D("Once a call centre may have looked after mortgages", "Diemont"),
  R("increased responsibility is not going hand-in-hand with more training", "survey"),
  R("agents not equipped to deal with customers", "Dimension Data"),
  R("scary", "Diemont"),
  R("no big differences in wait time and call resolution", "Diemont"),
  D("You can make call centres perform anywhere", "Diemont"),
 ],
 "gwn-175": [  # The Courier/PA (third tune batch, annotated before any run on it): "He said:" after a photo caption
  R("the victim was killed on the evening of May 26", "Orchard"),
  D("Mohanna was shot by two masked gunmen", "Orchard"),
  D("At least three, probably more, shots were fired", "Orchard"),
  D("One bullet ricocheted off a wall", "Orchard"),
  R("the killing followed years of tit-for-tat violence", "Orchard"),
  R("Tawfik and Grannum were linked with HRB", "Orchard|prosecutor"),
  R("the shooting took place while the victim was standing", "Orchard|prosecutor"),
 ],
 "gwn-187": [  # MSF (third tune batch): a son's words told by his father, a quote in the paragraph after its speaker
  D("We'd all be better off dead", "son"),
  R("some 1,700 asylum seekers in Samos", "UN"),
  D("That would be our worst nightmare", "Guhdar"),
  D("If you put a group of saints in this camp", "Abo Arab"),
  D("People come to this island running from wars", "Meirmaridou"),
 ],
 "gwn-243": [  # KOB/NBC (third tune batch): "said X, who deleted his account"
  R("up to 87 million users may have had their data exploited", "Facebook"),
  D("I don't know if there's anything Facebook could do", "Mike Todd"),
 ],
 "gwn-245": [  # Tribune 242 (third tune batch): a run of paragraph-opening marks after "Mr Robinson said"
  R("a 2010 census revealed less than one per cent", "Robinson"),
  D("The assessments of the great needs and challenges", "Robinson"),
  D("I wish to draw attention to a major area", "Robinson"),
  D("A census report conducted in 2010 for Bains", "Robinson"),
  D("Five per cent have least than an associate's degree", "Robinson"),
  D("Today, there are approximately 15,000 constituents", "Robinson"),
  R("through the partnership, 200 hundred scholarships will be available", "Robinson"),
 ],
 "gwn-262": [  # TechCrunch (third tune batch): partial quotes, "She told Bloomberg that", a quote with no frame
  R("reassuring conversations", "Sandberg"),
  R("proactive measures around privacy and security", "Sandberg"),
  D("We also didn't build our operations fast enough", "Sandberg"),
  R("Facebook has historically addressed problems on the platform", "Sandberg"),
  D("What we didn't do until recently", "Sandberg"),
  D("This is going to be a long process", "Sandberg"),
 ],
 "gwn-179": [  # WSOC/AP (third tune batch): a newspaper, board members, officials
  R("nearly 23 percent of North Carolina's teachers used 10", "News & Observer"),
  R("it was not fair to say a teacher that misses one day", "members"),
  R("absent teachers cost money to hire substitutes", "officials"),
 ],
}


def main() -> None:
    out = Path(__file__).with_name("quotes_fresh_quo40.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item, quotes in A.items():
            part = "tune" if part_of(item) == "tune" else "aside"
            f.write(json.dumps({"item": item, "part": part, "quotes": quotes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
