"""Writes bench/data/quotes_fresh_quo38.jsonl: 12 whole GeoWebNews (7) and BBC (5) articles in no gold file and in no
quotes_fresh set before it, their quotes annotated with the speaker by reading BEFORE the system ran on them (task
quo38). D = a direct quote (or a quoted fragment with a frame of its own), R = indirect (reported) speech or a quoted
fragment inside reported speech. The half ("tune" or "aside") is split.part_of of the article id; the aside half was
kept out of sight and is scored only as numbers. Left out: quotes nested inside another speaker's quote, titles and
names in quote marks, a quote printed twice (gwn-134's photo caption), bbc-politics-300 (a duplicate of a used text)."""
import json
from pathlib import Path

from flashpoint.eval.split import part_of


def D(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": True}


def R(contains, speaker):
    return {"contains": contains, "speaker": speaker, "direct": False}


A = {
 "gwn-172": [  # AP "The Latest": partial quotes in reported clauses, a newspaper and a department as sources
  R("independent, comprehensive and fair investigation", "Schneiderman"),
  R("police had encountered the man before", "New York Times"),
  R("took a two-handed shooting stance", "Monahan"),
  R("pointed an object at the approaching officers", "Monahan"),
  R("officers responding to reports of a man threatening", "Police Department|NYPD"),
  R("Saheed Vassell was killed around 5 p.m", "police"),
  R("a tense crowd gathered as police investigated", "New York Times"),
  R("five officers responded after three 911 callers", "Monahan"),
  R("pointing a silver firearm at people on the street", "callers"),   # nested: the callers' words
 ],
 "bbc-politics-364": [  # the Tory leader: reported speech, frameless quotes after "he urged", "he concluded"
  R("vote now, pay later", "Howard"),
  R("taxes would go up after the election", "Howard"),
  R("hid tax rises for hard working families", "Howard"),
  R("would not be helped by the package of measures", "Howard"),
  R("all about the interests of the Labour party", "Howard|Tory leader"),
  R("millions of people in to the net", "Howard"),
  D("We can all see the sweeteners", "Howard"),
  D("Their only answer is to tax", "Howard"),
  R("magical balances conjured out of thin air", "Howard|Tory leader"),
  D("This dodgy government that brought us the dodgy dossier", "Howard"),
  D("You now propose to borrow", "Howard"),
  D("forecasts of surpluses are no better", "Howard"),
  R("council tax rebate for pensioners was", "Howard"),
  R("more waste and higher taxes under Labour", "Howard"),
  D("That's the battleground of this election", "Howard"),
 ],
 "bbc-politics-080": [  # a report as source, "Auditor General Sir John Bourn said:", "added:"
  R("only hit its target for improving adult maths", "report|National Audit Office"),
  R("more than half", "report"),
  D("Higher levels of literacy and numeracy", "Bourn"),
  D("More people will have the opportunity", "Bourn"),
  R("substantial progress", "Bourn|Sir John"),
  R("at frequent intervals", "report"),
  R("only the start of the journey", "Blair"),
  D("We will continue to use creative ways", "Ivan Lewis"),
  D("This is the third report in two days", "Tim Collins"),
  D("Employers and business leaders have repeatedly voiced concern", "Tim Collins"),
  D("Far too little has been done", "Phil Willis"),
 ],
 "gwn-163": [  # a TV column: a joke's angel ("asks the angel", "he says:"), "as Lionel Blair noted", "we heard him say"
  D("Are you lost?", "angel"),
  D("Let me show you round", "angel"),
  D("This is the Sikh area", "angel"),
  D("this is where the Hindus are", "angel"),
  D("tip-toe past this room", "angel"),
  D("the only ones in here", "angel"),
  D("You laughed before he said a word", "Lionel Blair"),
  D("Love the dress", "Grayson"),
  D("got Hull all over it", "Grayson"),
  D("Did you come on a trawler?", "Grayson"),
  D("It frightens my dog", "Grayson"),
 ],
 "gwn-165": [  # a daughter "told the Suffolk Times", a caption, a newspaper, a frame with no verb
  D("She would never have just left me", "Blampied"),
  R("Pietrewicz was fleeing an abusive marriage", "daughter|Blampied"),
  D("If she was alive somewhere she would have called", "Blampied"),
  R("she withdrew $1,273.80", "Suffolk Times"),
  R("former wife recently tipped police off", "newspaper|Suffolk Times"),
  D("Sometimes later in life witnesses do come forward", "Gigante"),
  R("she believes Boken murdered her", "Blampied"),
  D("I think he killed her on the last day I saw her", "Blampied"),
  D("I gave her a hug and a kiss", "Blampied"),
 ],
 "gwn-249": [  # a club's statement: "it added", then frameless paragraphs
  R("damage inflicted", "Liverpool"),
  D("We apologise unreservedly to Pep Guardiola", "Liverpool"),
  D("The behaviour of a number of individuals", "Liverpool"),
  D("The priority now is to establish the facts", "Liverpool"),
 ],
 "bbc-politics-405": [  # a spokesman for a person, a cardinal "in a statement", an interview, quotes over paragraphs
  R("tantamount to abortion on demand", "Howard|Tory leader"),
  D("The Catholic church has a well-known position", "spokesman"),
  R("very key issue", "O'Connor|Cardinal"),
  D("The policy supported by Mr Howard is one that we would commend", "O'Connor|Cardinal"),
  D("We are not going to suggest people support", "O'Connor|Cardinal"),
  R("a reduction would particularly affect young women", "Family Planning Association"),
  D("I believe abortion should be available to everyone", "Howard"),
  D("In the past I voted for a restriction to 22 weeks", "Howard"),
  R("a Conservative government would allow a Commons vote", "Davis"),
  R("difficult issue", "Blair"),
  D("However much I dislike the idea of abortion", "Blair"),
  D("Obviously there is a time beyond which", "Blair"),
  R("I don't know what I would do now", "Kennedy"),
  R("reflect on issues in light of the gospel", "Peter Smith|Archbishop"),
  D("What is the benefit to women", "Weyman"),
  R("it did not go far enough", "Pro-Life Alliance"),
 ],
 "bbc-politics-375": [  # the Budget: "told MPs", "he asked", many reported clauses, "adding:" after a party
  R("Budget would do nothing to help Labour's", "Howard"),
  D("This government and this chancellor have run out of solutions", "Howard"),
  D("Their only answer is to tax", "Howard"),
  D("bring it on", "Howard"),
  D("How can it be right in Britain today", "Kennedy"),
  R("high time", "Kennedy"),
  R("he had defied the pundits", "Brown"),
  R("between tax cuts that are affordable", "Brown"),
  R("child benefit would rise to a maximum", "Brown"),
  R("the sweeteners were not big enough", "Marr"),
  R("trust in Mr Brown's economic stewardship", "Marr"),
  R("he had met his financial", "Brown"),
  R("public borrowing would continue to fall", "Brown"),
  R("The economy had grown for 50 consecutive quarters", "Brown"),
  R("value-for-money savings identified in the Gershon Review", "Brown|chancellor"),
  R("Some 12,500 civil servant posts have been axed", "Brown|chancellor"),
  R("Brown had failed the", "Salmond"),
  R("more money and the dignity of being allowed", "Knapman"),
  R("wasted opportunity", "Green Party"),
  D("Brown obviously has an eye on the coming election", "Green Party"),
 ],
 "gwn-265": [  # a homeless man and a helper: "he said" after runs of quotes, frameless continuations
  D("You can't judge a book by its cover", "Lord"),
  D("I do not panhandle", "Lord"),
  D("People have been bringing dog food", "Lord"),
  D("A lot of people have really been going out of their way", "Lord"),
  D("We sit by the road most of the time", "Lord"),
  D("I think I would have stopped waking up", "Lord"),
  D("I feel bad for him", "Lindenwald"),
  D("I grew up with not a lot", "Lindenwald"),
  D("There should be more awareness", "Lindenwald"),
  D("We called Street Reach", "Lindenwald"),
  R("she has seen him in tears", "Lindenwald"),
  R("Grand Strand Humane Society was contacted", "Lindenwald"),
  R("he is willing to take the next step", "Lord"),
  D("We are still currently looking for a place", "Lord"),
  D("I still want to be a functioning member", "Lord"),
 ],
 "gwn-134": [  # a club as the speaker of a run of quotes
  D("provides a wide range of supportive services", "AWC|Allendale Woman's Club"),
  D("While their mothers work toward recovery", "AWC|Allendale Woman's Club"),
 ],
 "gwn-252": [  # NAFTA: "said Emily Davis" after "a representative from Lighthizer's office"
  R("he is optimistic that a deal can be reached", "Trudeau"),
  D("We are happy to engage", "Trudeau"),
  D("I believe we are in a moment", "Trudeau"),
  R("he would like to announce a tentative agreement", "Trump"),
  R("high-level talks have been ongoing", "representative|Emily Davis"),
  D("The NAFTA countries have been negotiating continuously", "Emily Davis"),
  D("Officials are continuing to meet this week", "Emily Davis"),
  D("Hopefully, there will be some good news coming", "Trudeau"),
  D("we're having a very productive moment", "Trudeau"),
 ],
 "bbc-entertainment-271": [  # an industry figure "told BBC World Service", "he argued", "he added"
  R("has failed to respond to the challenge", "Renner|industry figure"),
  R("music industry was now struggling to survive", "Renner"),
  R("its decline could become irreversible", "Renner"),
  D("The problem the music industry has got", "Renner"),
  D("So the music industry in its current form", "Renner"),
  D("You need time", "Renner"),
  R("did not feel the situation was as", "Zombic"),
  D("It's quite true that we have severe problems", "Zombic"),
  D("We have a severe problem with piracy", "Zombic"),
  D("I don't agree that the music industry lost control", "Zombic"),
  R("partly lost control of their copyright", "Zombic"),
  D("We were the first to implement a download service", "Zombic"),
  D("At that time it was not successful", "Zombic"),
  D("It still is quite difficult for the music industry", "Zombic"),
  R("huge problem", "Zombic"),
  D("There is a widespread attitude", "Zombic"),
  D("We try to make clear it's not nice", "Zombic"),
 ],
}


def main() -> None:
    out = Path(__file__).with_name("quotes_fresh_quo38.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item, quotes in A.items():
            part = "tune" if part_of(item) == "tune" else "aside"
            f.write(json.dumps({"item": item, "part": part, "quotes": quotes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
