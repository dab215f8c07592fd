"""Writes bench/data/quotes_fresh_quo37.jsonl: 18 whole GeoWebNews (7) and BBC (11) articles in no gold file and in
neither quotes_fresh set before it, their quotes annotated with the speaker by reading BEFORE the system ran on them
(task quo37; the last three tune articles were added after the first fixes, also before any run on them). D = a direct quote (or a quoted fragment with a frame of its own), R = indirect (reported) speech or a quoted
fragment inside reported speech. The half ("tune" or "aside") is split.part_of of the article id; the aside half
was kept out of sight and is scored only as numbers. Left out: quotes nested inside another speaker's quote,
an opening "she" whose referent the text never gives before (gwn-318), headlines (not in the article text)."""
import json
from pathlib import Path

from flashpoint.eval.split import part_of


def D(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": True}


def R(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": False}


A = {
 "gwn-010": [  # a housing development: residents, "said X" after the quote, a partial quote with "she said"
  D("Color packages were developed strictly for this community", "Green-Karol"),
  D("The style looks a little like the architecture in Charleston", "Barusefski"),
  D("They tried to bring in that Southern influence", "Barusefski"),   # runs on with no frame
  D("into the office I always dreamed of", "Barusefski"),
  D("room for deep shelves", "Barusefski"),
  D("I can assure you", "Garay"),                                      # "Beth Garay said, but "..."
  D("a beautiful setting for the homes", "Barusefski"),
  D("like we have a personal chef there", "Barusefski"),
 ],
 "gwn-130": [  # a state as the speaker of a court petition
  R("the Centre had failed to frame a scheme", "State|Tamil Nadu"),
  R("public outrage", "Centre"),
  R("protect the interests of the farmers", "Tamil Nadu"),
  R("purge the contempt forthwith", "petition|Tamil Nadu"),
  R("barred any extension of time", "Tamil Nadu"),
  D("Central Government was bound to give effect", "Tamil Nadu"),
  D("belatedly, after a period of three weeks", "Tamil Nadu"),          # "It pointed how "..."
  R("it had written to the Centre repeatedly", "Tamil Nadu"),
  D("Ensuring timely release of water", "Tamil Nadu"),
 ],
 "gwn-206": [  # campaign speeches, quotes running on
  R("one of the biggest issues for Iowa", "Axne"),
  D("We need to build a baseline", "Axne"),
  D("going to fight for more funding", "Axne"),
  R("he endorses a progressive plan", "Alessandro|Chicago native"),
  D("Only about half the people in rural America", "Alessandro"),
  D("I would support legislation like House Resolution 800", "Alessandro"),
  D("fields of opportunities", "Mauro"),
  D("a crop insurance program, and a farm bill", "Mauro"),
 ],
 "gwn-214": [  # a racing driver: "says Collard", "he continued", "added Collard, whose son..."
  R("to win as many races as possible", "Collard"),
  D("To continue to work together to build a championship", "Collard"),
  D("a fantastic feeling racing in the BTCC", "Collard"),
  D("The BTCC is the absolute shop window", "Collard"),
  D("The unpredictable nature and closeness", "Collard"),
 ],
 "bbc-entertainment-009": [  # a bishop: colon frame, quotes over paragraphs, "according to the Bishop"
  R("laughable", "clergyman|Bishop|Wright"),
  R("great thriller", "Bishop|Wright"),
  R("there was a lack of evidence", "Bishop|Wright"),
  D("Conspiracy theories are always fun", "Bishop|Wright"),
  D("Dan Brown is the best writer", "Bishop|Wright"),
  R("credible evidence proves the Biblical version", "Bishop|Wright"),
  D("The evidence for Jesus and the origins of Christianity", "Bishop|Wright"),
  D("literally a hundred times more early manuscripts", "Bishop|Wright"),
  D("Historical research shows that they present", "Bishop|Wright"),   # a paragraph with no frame
 ],
 "bbc-politics-347": [  # politicians, a spokesman, "she warned", "he told BBC Radio 4"
  R("inconspicuous", "Howard"),
  R("the new office would not supersede", "Howard"),
  R("the plan could let extreme groups run policing", "Lib Dems"),
  R("it was essential operational independence was retained", "chairman|Police Federation|Berry"),
  D("It is a service, not a political football", "Berry"),
  D("These plans could result in those with extreme", "Berry"),
  R("elected police commissioners would be more accountable", "Howard"),
  D("The commissioner will have the powers", "Howard"),
  D("The trouble is, and it's no reflection", "Howard"),
  R("providing the local accountability", "Howard"),
  R("the plans seemed to suggest chief constables", "Harris"),
  D("That is overturning nearly 200 years", "Harris"),
  R("the plan was dangerous", "Oaten"),
  R("could create conflict between chief constables", "Oaten"),
  R("local people had too little control", "Oaten"),
  R("police numbers had fallen by 1,132", "spokesman|Labour"),
  D("Today the Tories are making more extravagant promises", "spokesman|Labour"),
  R("the commissioner role would not be like", "Tories"),
 ],
 "bbc-tech-337": [  # analysts: "he added", "predicted Mr Weiner", "he believes"
  D("Yahoo was busy building a portal", "Beauvillain"),
  D("They thought Google would just be a technology provider", "Beauvillain"),
  R("Yahoo failed to see how crucial search would become", "Beauvillain"),
  D("It is interesting that in these last few years", "Beauvillain"),
  D("Search technology is valuable", "Weiner"),
  R("the rivalry between Google and Yahoo is overblown", "Weiner"),
  D("Microsoft has amazing assets", "Weiner"),
  D("I believe Yahoo is the seminal brand", "Weiner"),
  D("The game is theirs to lose", "Weiner"),
  R("the fact that Yahoo has grown up", "Hazel"),
  D("It will spread its portal wings", "Weiner"),
 ],
 "bbc-business-402": [  # economists: inverted "said X, an analyst at Y", quotes with no frame of their own
  D("We are seeing evidence that inflation is moving higher", "Kim"),
  D("not a risk, it's actually happening", "Kim"),
  R("borrowing costs could rise further", "Kim"),
  R("measured", "Fed"),
  R("Fed has to be careful not to move too aggressively", "analysts"),
  D("I think the Fed feels it has a fair amount of flexibility", "Berson"),
  D("While inflation has moved up", "Berson"),
  D("If economic growth should subside", "Berson"),
  D("But if economic growth picked up", "Berson"),
 ],
 "bbc-entertainment-108": [  # lawyers, a motion, a mother
  R("really vital", "lawyers"),
  R("to serve as a check on the process", "lawyers"),
  R("100% certain", "mother|Katherine Jackson"),
  D("The release of the completed jury questionnaires", "motion|lawyers"),
  R("The cost of security and other needs around the courthouse", "Stilwell"),
  R("her pop star son told her he was innocent", "Katherine Jackson"),
  D("I believe that for one reason", "Katherine Jackson|mother"),
  D("He loves children", "Katherine Jackson|mother"),
  R("a good person", "Katherine Jackson|mother"),
  R("he would not be given a fair trial", "Katherine Jackson|mother"),
  D("sleep thinking about what these wicked people", "Katherine Jackson|mother"),
 ],
 # a second batch of three tune-half BBC articles, annotated by reading after the first fixes and before any run
 "bbc-entertainment-094": [  # a director, a nested "Pullman had told him", an agent who "told the Times"
  D("They have expressed worry about the possibility", "Weitz"),
  R("the changes were being made after film studio New Line", "Weitz"),
  R("the most important work of my life", "Weitz"),
  D("In part because it is one of the few books", "Weitz"),
  D("All my best efforts will be directed", "Weitz"),
  D("But there may be some modification of terms", "Weitz"),
  R("represent any arbitrary establishment", "Pullman"),
  D("I have no desire to change the nature", "Weitz"),                 # "He added:" after Pullman's words
  R("Pullman was happy with the adaptation so far", "agent"),
  D("Of course New Line want to make money", "agent"),
  D("You have to recognise that it is a challenge", "agent"),
 ],
 "bbc-politics-205": [  # an archbishop "told BBC News:", "The archbishop added:", a Home Office spokesman
  R("detentions without trial were", "Tutu|archbishop"),
  D("It is utterly unacceptable", "Tutu|archbishop"),
  D("The rule of law is in order to ensure", "Tutu|archbishop"),
  R("the US had agreed to release the four", "Straw"),
  D("Whilst we are saying thank you", "Tutu|archbishop"),
  D("We in South Africa used to have a dispensation", "Tutu|archbishop"),
  D("Now if it was unacceptable then how come", "Tutu|archbishop"),
  R("the government should have acted sooner", "Christian"),
  D("I am opposed to any arbitrary detention", "Tutu|archbishop"),
  R("practise what it preaches", "Chakrabarti"),
  D("These individuals cannot currently be prosecuted", "spokesman|Home Office"),
  D("It is also currently the case that intelligence", "spokesman|Home Office"),
 ],
 "bbc-sport-469": [  # tennis: "said Moya", "admitted:", a captain, quotes before "said McEnroe", "said the American"
  D("I have woken up so many nights", "Moya"),
  D("All my energy has been focused on today", "Moya"),
  D("What I have lived today", "Moya"),
  D("The Davis Cup is my dream", "Moya"),
  D("Some people have said that I am obsessed", "Moya"),
  D("really incredible - to get the winning point", "Moya"),
  D("Charly played a great game", "Arrese"),
  D("He had lost three times to Roddick", "Arrese"),
  D("He had been waiting years to be in this position", "Arrese"),
  D("What a great way to finish the year", "Nadal"),
  D("I think it will help these guys even on slow hard courts", "McEnroe"),
  D("unrealistic to say that we're going to just start playing", "McEnroe"),
  D("But certainly I think we can put the work in", "McEnroe"),
  D("just tough because I felt like I was in it", "Roddick|American"),
  D("I had my chances and just didn't convert them", "Roddick|American"),
  D("They came out, took care of business", "Roddick|American"),
 ],
 # ---- the aside half (split.part_of held-out): not looked at while fixing
 "gwn-119": [
  R("should be focusing on more important matters", "Barkley"),
  D("still trying to figure out why the FBI is involved", "Barkley"),
  D("Listen, I went to college in 1981", "Barkley"),
  D("needed to be paying attention to college basketball", "Barkley"),
  R("politicians have their priorities seriously mixed up", "Barkley"),
  D("parties suck", "Barkley"),
  D("The Democrats have been taking my votes", "Barkley"),
  D("If you look at neighborhoods", "Barkley"),
 ],
 "gwn-217": [
  R("horrific stories of sex demands abound", "Silva"),
  R("the pressure on young actresses to offer sexual favours", "Silva|screen goddess"),
  D("the casting couch issue is alive in Nollywood", "Silva"),
  D("Sometimes there is this hunger to get the work", "Silva"),
  D("What I say to them is", "Silva"),
  D("Some of the sad stories we hear", "Silva"),
  R("up and coming actresses should not compromise", "Silva"),
  D("There is no need for that", "Silva"),
  D("As an entrepreneur, you go round looking for money", "Silva"),
  D("the same with an audition", "Silva"),
  D("abroad people wait tables", "Silva"),
  D("You should be proud as long as you are earning", "Silva"),
  R("having more women in positions of power", "Silva"),
  D("We need more women producers", "Silva"),
 ],
 "gwn-318": [
  D("a lot less control, a lot less oversight", "Caro"),
  R("no connection at all with anything related to hate", "Santiago"),
  R("was pretty fast", "Cavolo"),
  R("He spent two days at Zara's headquarters", "Cavolo"),
  R("she visited South Africa", "Wu"),
  D("I thought I was very culturally aware", "Wu"),
  D("I learned so much more just by being in that office", "Wu"),
  R("no one on the Stockholm set appeared to raise concerns", "person"),
  R("the garment might have been flagged", "Critics"),
  D("so easy to avoid this kind of controversy", "Sinclair"),
  D("If you care about being culturally sensitive", "Sinclair"),
  R("much of the creative process takes place", "experts"),
  D("These incidents are happening in a climate", "Garlick"),
  D("Fashion companies have a responsibility", "Garlick"),
 ],
 "bbc-politics-095": [
  R("competing agendas", "Baume"),
  R("Mr Baume was never at meetings", "Brown|chancellor"),
  R("the union leader was trying to block civil service reform", "Brown|chancellor"),
  R("It suited the purpose of Mr Baume's union", "Brown"),
  D("To be honest I don't think you can rely", "Brown"),
  D("Mr Blair and I are making exactly the same decisions", "Brown"),
  R("conflicting and competing agendas for government", "Baume"),
  R("not by any means what Alan Milburn", "Baume"),
  D("Government departments get their money from the Treasury", "Baume"),
  D("He also sends instructions and messages", "Baume"),
  D("The problem is that on many occasions", "Baume"),
  R("ministers were interested in governing", "Number 10"),
  D("The battle Royal that the top civil servants", "Letwin"),
 ],
 "bbc-politics-157": [
  R("doing it in the name of Islam", "man"),
  R("very angry", "Kilroy-Silk"),
  R("head to toe", "Dimbleby"),
  D("You've offended my religion", "man"),
  D("As I started to turn round a guy tipped", "Kilroy-Silk"),
  D("I was totally covered", "Kilroy-Silk"),
  D("He took his seat as Jonathan Dimbleby", "spokesman|BBC"),
  D("Fortunately someone at the school", "spokesman|BBC"),
  R("people near Mr Kilroy-Silk had also been hit", "Police"),
  R("the suspect ran off", "Police"),
  R("he hoped to be elected party leader", "Kilroy-Silk"),
  D("I think that is sufficient time", "Kilroy-Silk"),
  R("that would be impossible under the party's constitution", "spokesman|UKIP"),
 ],
 "bbc-sport-182": [
  R("there is no chance of history repeating", "Desailly"),
  D("Things will be totally different this time", "Desailly"),
  D("Now everyone knows about Chelsea", "Desailly"),
  R("there is no comparison between that side", "Desailly"),
  D("Mentally they are much stronger", "Desailly"),
  D("We made some mistakes at the Nou Camp", "Desailly"),
  R("the Russian's arrival helped to instil", "Desailly"),
  D("The whole of Chelsea is different now", "Desailly"),
  D("Everything is new and there is a huge determination", "Desailly"),
  D("happy that they have managed to play so long", "Desailly"),
  D("I made a vow to Costacurta", "Desailly"),
  D("amazing that Paolo has managed to play", "Desailly"),
 ],
}

if __name__ == "__main__":
    out = Path(__file__).with_name("quotes_fresh_quo37.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item, quotes in A.items():
            part = "tune" if part_of(item) == "tune" else "aside"
            f.write(json.dumps({"item": item, "part": part, "quotes": quotes}, ensure_ascii=False) + "\n")
