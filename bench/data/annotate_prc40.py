"""Writes bench/data/precision_fresh40.jsonl: fresh non-conflict news for the material-conflict precision check (prc40).

Two kinds of item, in no bench, model or rule's tuning data:
- 50 GeoWebNews articles (data/geoparsing-dev/geowebnews.jsonl; none of bench/events_fresh.py's GWN_IDS) read and
  judged by hand as not about violence: weather, politics, elections, business, sport, science, courts, arts. Only
  their ids are stored; the text is read from the shared corpus.
- 52 short items (and 30 whole pieces of 100 words or so, OWN2 to OWN4) written for this check in the style of sport, business, tech, entertainment, election-campaign,
  weather and court news, each with a classic trap (a team "crushed" or "routed" a rival, "shot" a round, "fired" a
  coach, "attacked" a policy, "killed" a bill, "bombed" at the box office, a price "war", a "storm", a "battle for the
  title", a "hostile takeover", a workers' strike, a film, game or novel plot with killings, a historic war in a
  documentary review, the "shooting" of a film, sales "targets").

Annotated before the system ran on them: `allowed` lists the CAMEO roots 14-20 an event may rightly have in the item
(a protest or a labour strike 14; an arrest, an indictment, a jail term or a party banned 17; an assault where
someone is physically hurt 18-20); every other material-conflict event (roots 14-20) is a false one. `tolerable`
lists roots not wanted but defensible (a real past attack named in the background). Half of the items are kept
aside by SHA-1 of 'prc40:' + id (even first byte: tune) and only ever counted.

    python bench/data/annotate_prc40.py     # rewrites the jsonl
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "precision_fresh40.jsonl"

# GeoWebNews articles: id -> (genre, allowed roots, tolerable roots, note)
GWN = {
    "gwn-003": ("science", [], [], "Legionella bacteria in a water system"),
    "gwn-012": ("business", [], [], "Iran's trade with the CIS falls"),
    "gwn-013": ("politics", [], [], "Russian defence minister visits Hanoi: cooperation"),
    "gwn-017": ("business", [], [], "geothermal power in an Alberta oil town"),
    "gwn-023": ("politics", [], [], "fixes to Tijuana sewage"),
    "gwn-024": ("politics", [], [], "party official tells chairman to resign and farm"),
    "gwn-027": ("arts", [], [], "food events club"),
    "gwn-028": ("arts", [], [], "web series award nominations"),
    "gwn-031": ("business", [], [], "Cadillac chief 'shot down rumors' of a V8"),
    "gwn-032": ("politics", [], [], "congressman at a transport grant event"),
    "gwn-100": ("arts", ["14"], ["18", "19", "20"], "TV host's break; advertiser boycott; the Parkland school shooting "
                "named in the background (tolerable)"),
    "gwn-101": ("politics", [], [], "a book launch on the public service"),
    "gwn-104": ("sport", [], [], "NCAA women's Final Four: shots, 'charged with' keeping a player in check"),
    "gwn-106": ("arts", [], [], "film festival closes"),
    "gwn-110": ("arts", [], [], "reality TV crew"),
    "gwn-119": ("sport", ["17"], [], "Barkley 'blasted' the FBI; the FBI indicted programmes (173 right)"),
    "gwn-120": ("sport", [], [], "Dubai World Cup horse race"),
    "gwn-133": ("business", [], [], "WTO dispute over steel tariffs"),
    "gwn-135": ("business", [], [], "Russia may mine diamonds in Venezuela; 'the target area'"),
    "gwn-146": ("arts", [], [], "festival ticket price drop; the band 'The War on Drugs'"),
    "gwn-148": ("business", [], [], "Eurostar to Amsterdam"),
    "gwn-154": ("sport", [], [], "grassroots sports programme 'kick off rites'"),
    "gwn-163": ("arts", [], [], "TV review of two comedian biopics"),
    "gwn-173": ("business", [], [], "wave energy firm's equity issue"),
    "gwn-178": ("sport", [], [], "'relegation battle', a dismissal for violent conduct"),
    "gwn-179": ("politics", [], [], "teachers often absent"),
    "gwn-194": ("business", [], [], "Hawaii's low unemployment"),
    "gwn-195": ("politics", [], [], "AMLO's economic policy; 'took a shot at' Trump's wall"),
    "gwn-196": ("politics", ["14"], [], "teachers' walkout and protests at the Oklahoma Capitol (14 right)"),
    "gwn-206": ("politics", [], [], "congressional candidates' forum; 'fight for more funding'"),
    "gwn-207": ("business", [], [], "equity market outlook; 'trade war'"),
    "gwn-212": ("politics", [], [], "carbon tax law delay; 'climate change fight'"),
    "gwn-213": ("science", [], [], "hurricane season forecast; storms 'striking' US soil"),
    "gwn-216": ("courts", ["17"], [], "city hall aide indicted for bribery (173 right)"),
    "gwn-225": ("courts", ["17"], [], "man arrested on insider trading charges (173 right)"),
    "gwn-235": ("politics", ["17"], [], "opposition party ordered to disband before an election (172 right)"),
    "gwn-244": ("politics", [], [], "state spending plan, budget cuts"),
    "gwn-252": ("business", [], [], "NAFTA talks"),
    "gwn-262": ("business", [], [], "Facebook advertisers pause"),
    "gwn-263": ("politics", [], [], "Trump's vote fraud claim; 'legal fights'"),
    "gwn-264": ("politics", ["14"], [], "jobs and votes in an Indian town; caste protests (14 right)"),
    "gwn-269": ("business", [], [], "tariff threats against China; tariffs 'targeted' China"),
    "gwn-271": ("business", [], [], "hacked Coincheck bought by Monex"),
    "gwn-273": ("politics", [], [], "party poll"),
    "gwn-297": ("business", [], [], "China vows to 'fight' the US on trade, a 'trade war', 'trade battle'"),
    "gwn-299": ("sport", [], [], "cricket media rights; Star 'beat rival bidders'"),
    "gwn-305": ("arts", [], [], "diamond wedding anniversary"),
    "gwn-306": ("arts", [], [], "Rod Stewart tribute show"),
    "gwn-307": ("arts", [], [], "young pianist"),
    "gwn-308": ("business", [], [], "investment projects in Kazakhstan"),
}

# items of our own: (id, genre, text, allowed roots)
OWN = [
    ("own-01", "sport", "Brazil crushed Paraguay 4-0 in Sao Paulo on Wednesday, with Neymar scoring twice as the hosts "
     "routed their rivals in the World Cup qualifier.", []),
    ("own-02", "sport", "Liverpool beat Chelsea 2-1 at Anfield to take control of the battle for the title, with Mohamed "
     "Salah firing the winner in the 89th minute.", []),
    ("own-03", "sport", "Tiger Woods shot a five-under 67 to seize a two-stroke lead after the second round of the "
     "Masters at Augusta.", []),
    ("own-04", "sport", "The Cleveland Browns fired head coach Hue Jackson on Monday after the team lost its fourth "
     "straight game.", []),
    ("own-05", "sport", "Serena Williams fought off three match points before she knocked out the defending champion "
     "in the quarter-finals at Wimbledon.", []),
    ("own-06", "sport", "The Yankees hammered Boston pitching for 15 hits and the Red Sox bullpen was shelled in a 12-3 "
     "rout at Fenway Park.", []),
    ("own-07", "sport", "Ferrari's Sebastian Vettel attacked Lewis Hamilton on the final lap but the Mercedes driver "
     "held him off to win the Italian Grand Prix at Monza.", []),
    ("own-08", "sport", "The All Blacks destroyed Australia 52-10 in Auckland, scoring eight tries as the Wallabies' "
     "defence collapsed under a relentless assault.", []),
    ("own-09", "sport", "Nadal stormed into the French Open final, where he will face Djokovic in a battle of the "
     "giants on Sunday.", []),
    ("own-10", "sport", "The Lakers invaded the Garden on Friday night and took home a 110-98 victory over the "
     "Knicks.", []),
    ("own-11", "sport", "Armed with a new contract, the striker shot his side into the lead and then killed off the "
     "game with a second goal before half-time.", []),
    ("own-12", "sport", "Team Sky's riders attacked on the final climb, and Chris Froome captured the yellow jersey in "
     "the Alps.", []),
    ("own-13", "business", "Oracle launched a hostile takeover bid for PeopleSoft, raising its offer to $7.7 billion in "
     "an attempt to seize control of its smaller rival.", []),
    ("own-14", "business", "A price war between the supermarkets has slashed profits, and Tesco fired the first shot "
     "by cutting the price of milk by 10 percent.", []),
    ("own-15", "business", "Shares in the carmaker were hammered on Tuesday, plunging 12 percent after the company "
     "missed its sales targets for the third quarter.", []),
    ("own-16", "business", "Workers at the Ford plant in Dagenham went on strike on Monday over pay, halting "
     "production of engines.", ["14"]),
    ("own-17", "business", "The central bank fired a warning shot at currency speculators, saying it was ready to "
     "intervene to defend the rand.", []),
    ("own-18", "business", "Investors fled emerging markets as a storm of selling hit stocks from Brazil to Turkey, "
     "wiping billions off share values.", []),
    ("own-19", "business", "Amazon is targeting small businesses with a new lending service and aims to capture a "
     "bigger share of the cloud market.", []),
    ("own-20", "business", "The airline will axe 2,000 jobs and slash its fleet after losses ballooned, the chief "
     "executive said.", []),
    ("own-21", "business", "Microsoft attacked the European Commission's ruling as unfair and said it would appeal "
     "against the 497 million euro fine.", []),
    ("own-22", "business", "The oil giant bombarded regulators with lobbying letters as it fought a new tax on "
     "windfall profits.", []),
    ("own-23", "tech", "Hackers attacked the websites of three banks on Tuesday, knocking them offline for several "
     "hours in a denial-of-service assault.", []),
    ("own-24", "tech", "A new computer virus is killing hard drives across Europe, security experts warned, and "
     "Microsoft rushed out a patch.", []),
    ("own-25", "tech", "Apple fired back at Samsung in the patent battle, saying the Korean firm had copied the "
     "iPhone's design.", []),
    ("own-26", "tech", "The game lets players storm a castle, kill dragons and blow up enemy bases; it sold two "
     "million copies in its first week.", []),
    ("own-27", "tech", "Google's new phone blew away the competition in our camera tests, destroying rivals in "
     "low-light shots.", []),
    ("own-28", "arts", "The sequel bombed at the box office, taking just $8 million in its opening weekend, while the "
     "horror film about a killer clown topped the charts.", []),
    ("own-29", "arts", "In the film, Washington plays a retired assassin who kills a gang of Russian mobsters to "
     "protect a teenage girl.", []),
    ("own-30", "arts", "The new crime novel opens with the murder of a banker in a Venice hotel, and the detective "
     "soon finds a second body.", []),
    ("own-31", "arts", "The documentary recounts how German troops invaded Poland in 1939 and how the bombing of "
     "Warsaw killed thousands of civilians.", []),
    ("own-32", "arts", "Shooting of the new James Bond film began at Pinewood Studios on Monday, with Daniel Craig "
     "returning as 007.", []),
    ("own-33", "arts", "'I will kill you all,' the villain screams in the final scene, before the hero blows up his "
     "lair.", []),
    ("own-34", "arts", "The band stormed the charts with their debut album, and the single killed on radio all "
     "summer.", []),
    ("own-35", "arts", "The actress slammed critics who attacked her performance in the Broadway revival.", []),
    ("own-36", "arts", "The season finale sees the rebels ambush the king's army and behead the traitor, in the "
     "bloodiest episode of the series so far.", []),
    ("own-37", "politics", "The opposition leader attacked the government's health policy on Tuesday, accusing "
     "ministers of destroying the NHS.", []),
    ("own-38", "politics", "Senate Republicans killed the bill on Thursday, blocking the Democrats' plan to raise the "
     "minimum wage.", []),
    ("own-39", "politics", "The challenger launched a blistering assault on the senator's record in the televised "
     "debate, and polls show she has captured the lead.", []),
    ("own-40", "politics", "Labour will target 80 marginal seats in a campaign blitz, and the party's election chief "
     "said it would fight for every vote.", []),
    ("own-41", "politics", "The prime minister survived a revolt by backbench MPs, who had threatened to bring down "
     "the government over tuition fees.", []),
    ("own-42", "politics", "The mayor came under fire from residents over plans to close the library, and protesters "
     "gathered outside City Hall.", ["14"]),
    ("own-43", "politics", "The president's party was routed in the midterm elections, losing control of both houses "
     "of Congress.", []),
    ("own-44", "politics", "Thousands of farmers marched through Paris to protest against cuts in subsidies, blocking "
     "roads with their tractors.", ["14"]),
    ("own-45", "politics", "The candidate vowed to wage war on poverty and to crush corruption if elected.", []),
    ("own-46", "weather", "A storm battered the east coast on Sunday, cutting power to 200,000 homes, and lightning "
     "struck a church spire in Norfolk.", []),
    ("own-47", "weather", "Floods killed 12 people in northern Italy after days of heavy rain, officials said.", []),
    ("own-48", "science", "Scientists have found a drug that kills cancer cells by attacking their energy supply, a "
     "study in Nature says.", []),
    ("own-49", "accident", "A bus crash on the motorway killed seven people and injured 20, police said.", []),
    ("own-50", "courts", "The former chief executive was jailed for six years on Tuesday for fraud, and the judge "
     "ordered him to repay $12 million.", ["17"]),
    ("own-51", "courts", "A man who stabbed his neighbour to death during a row over parking was found guilty of "
     "murder at the Old Bailey.", ["17", "18"]),
    ("own-52", "sport", "Fans threw bottles at the police and clashed with rival supporters outside the stadium after "
     "the derby, and 12 people were arrested.", ["14", "17", "18", "19"]),
]

# a second batch, written (and annotated) after the first had run and before this one did: whole pieces of 100 words
# or more in the style of arts, sport and business pages, where the genre of the article can be read
OWN2 = [
    ("own-53", "arts", "Review: The Last Commander. Ridley Scott's new war epic follows a Roman general who leads his "
     "legions into Gaul. In the opening battle, his soldiers slaughtered an entire village, and the general later "
     "beheaded a rebel chief in front of his men. The film, which cost $180 million, opened in 3,000 cinemas on "
     "Friday. Russell Crowe, who starred in Gladiator, plays the general with a brooding intensity, and the battle "
     "scenes are the best since Saving Private Ryan. Critics have been divided, but the box office figures were "
     "strong, and the studio expects the film to earn more than $400 million worldwide. The soundtrack, by Hans "
     "Zimmer, was released on the same day.", []),
    ("own-54", "arts", "The actor, who played a hitman in the gangster drama, told reporters at the premiere that "
     "shooting the final scene had been exhausting. In the series, his character murdered three rival bosses and "
     "blew up a nightclub. The show, now in its fourth season, has won six Emmy awards and drew 12 million viewers "
     "for its finale last year. He said he had spent months learning to handle a gun for the role, and that he "
     "hoped the next season would show a softer side of the character. The fifth season starts on HBO in "
     "January, and the network said it had already been renewed for a sixth.", []),
    ("own-55", "arts", "The rapper has been sentenced to three years in prison for his part in a shooting outside a "
     "Brooklyn nightclub in 2016, in which a man was wounded. His lawyer said he would appeal. The 28-year-old, "
     "whose debut album topped the charts last year, was convicted in March of assault and weapons possession. His "
     "record label said his new single would still be released next month, and fans gathered outside the court "
     "with banners. The judge said the sentence reflected the seriousness of the attack.", ["17", "18"]),
    ("own-56", "arts", "The novelist's new thriller, set in Berlin in 1945, tells how Soviet troops stormed the city "
     "and how a young woman survived the bombing that destroyed her street. The book, her ninth, has sold 300,000 "
     "copies in its first month, and film rights have been bought by Netflix. She said she had drawn on her "
     "grandmother's diaries, which describe how soldiers looted the flats and shot a neighbour. The author will "
     "read from the novel at the Edinburgh book festival in August, and a sequel is planned for next year.", []),
    ("own-57", "arts", "The documentary, which premiered at the Sundance festival on Sunday, tells the story of the "
     "Rwandan genocide, in which Hutu militias killed 800,000 people in 1994. The director spent five years "
     "interviewing survivors, and the film includes footage of soldiers attacking a church where hundreds had "
     "taken refuge. It won the audience award and has been bought by a streaming service. The festival, founded by "
     "Robert Redford, runs until next weekend, and more than 120 feature films are being shown this year.", []),
    ("own-58", "sport", "Manchester City crushed Arsenal 4-0 at the Etihad on Sunday to go five points clear at the "
     "top of the table. Kevin De Bruyne fired the first goal after 12 minutes, and Sergio Aguero killed the game "
     "off with two more before half-time. Arsenal's defence was torn apart, and their manager admitted his side had "
     "been destroyed. 'They punished every mistake we made,' he said. 'We were beaten by a better team.' City host "
     "Liverpool next weekend in what could decide the battle for the title, while Arsenal face a fight to finish "
     "in the top four. The league leaders have now won 14 matches in a row.", []),
    ("own-59", "sport", "The Australian fast bowler struck twice in his opening spell as England collapsed to 58 all "
     "out in the first Test in Brisbane. The batsmen were bombarded with short balls, and the captain was hit on the "
     "helmet before he was caught at slip. Australia's openers then attacked the English bowling, hammering 120 runs "
     "before the close. 'It was carnage,' said the former England captain, now a commentator. 'They were blown "
     "away.' The series continues in Adelaide next week, where the home side have won their last six matches.", []),
    ("own-60", "sport", "The boxer knocked out his opponent in the third round to retain his world heavyweight title "
     "in Las Vegas on Saturday. He floored the challenger twice with right hands before the referee stopped the "
     "fight. The champion, unbeaten in 31 fights, said he wanted to face the WBC champion next, in a bout that could "
     "earn both men more than $50 million. The promoter said talks would start next week. The undercard included "
     "a knockout win for the Olympic gold medallist in his professional debut, and more than 15,000 fans filled "
     "the arena.", []),
    ("own-61", "business", "The German carmaker launched a hostile bid for its Italian rival on Monday, and its chief "
     "executive said the company would fight any attempt by the Italian government to block the deal. Shares in "
     "the target jumped 18 percent. Analysts said the offer, worth 9 billion euros, was likely to trigger a bidding "
     "war, and a French group is said to be preparing a counter-offer. The Italian firm's board attacked the bid as "
     "opportunistic and said it undervalued the company. Unions threatened to strike if jobs are cut, and the "
     "economy minister said Rome would use its golden powers to protect the national interest.", []),
    ("own-62", "business", "Oil prices crashed by 8 percent on Thursday, their biggest one-day fall in three years, as "
     "a price war between Saudi Arabia and Russia flooded the market with crude. Brent crude was hammered down to "
     "$31 a barrel. Shares of oil producers were slaughtered, with BP and Shell each losing more than 10 percent. "
     "Analysts said the Saudi move was an attack on American shale producers, many of whom would be wiped out if "
     "prices stay low. The sell-off spread to bank stocks, and investors fled to the safety of government bonds, "
     "pushing the yield on the ten-year Treasury to a record low.", []),
    ("own-63", "tech", "Samsung fired the opening shot in the smartphone season on Wednesday with the launch of the "
     "Galaxy S10, which the company hopes will help it beat back the challenge from Huawei. The phone has four "
     "cameras and a screen that fills almost the whole front. Analysts said Apple would strike back in September "
     "with its own models. Samsung's share of the market has been under attack from cheaper Chinese rivals, and the "
     "firm's mobile profits fell by a third last year. The phone goes on sale in March, and pre-orders start "
     "today, the company said.", []),
    ("own-64", "tech", "The new game, which went on sale on Friday, lets players lead a squad of special forces "
     "through a war in the Middle East. Players storm enemy compounds, call in air strikes and can kill hundreds of "
     "enemy soldiers in a single mission. The publisher said it had sold five million copies in three days, "
     "beating the record set by its predecessor. Reviewers praised its graphics but attacked its story as "
     "shallow. Some campaigners have called for the game to be banned, saying it glorifies violence, but the "
     "company said it was rated for adults only.", []),
    ("own-65", "politics", "The Conservatives launched a fierce attack on Labour's economic plans on Monday, saying "
     "they would destroy jobs and wreck the recovery. The shadow chancellor hit back, accusing the government of "
     "waging war on the poor. With three weeks left before polling day, both parties are targeting marginal seats "
     "in the Midlands, where the battle for votes is expected to be decisive. A poll published on Sunday showed the "
     "Tories ahead by three points. The prime minister will spend the week touring the north, while the Labour "
     "leader will campaign in Scotland.", []),
    ("own-66", "politics", "The senator was ambushed by reporters outside the Capitol on Tuesday, and she refused to "
     "answer questions about the leaked emails. Her campaign manager said the leak was a hit job by her rivals and "
     "that they would fight back. In the primary race, she has been under fire from the left of the party over her "
     "votes on trade. Her main challenger, a former mayor, has attacked her record on health care in a series of "
     "television adverts. The primary will be held on June 5, and early voting begins next week.", []),
    ("own-67", "weather", "A powerful storm battered the south coast overnight, bringing down trees and power lines "
     "and flooding hundreds of homes. Winds of up to 90 mph struck the Isle of Wight, and a man was killed when a "
     "tree fell on his car in Dorset, police said. More than 100,000 homes were left without power. The Met Office "
     "said the storm would move north during the day, and warned of further disruption to trains and flights. "
     "Insurers said the damage could cost more than 200 million pounds.", []),
    ("own-68", "courts", "A former bank trader was found guilty on Wednesday of rigging interest rates and was jailed "
     "for eight years. The judge said he had been at the centre of a conspiracy that cheated investors of millions. "
     "The trader's lawyers said he had been made a scapegoat and would appeal. Police arrested two other traders in "
     "London last month, and prosecutors said more charges were likely. The bank was fined 1.5 billion dollars by "
     "regulators in 2015.", ["17"]),
]

# a third batch, written (and annotated) after the second had run and before this one did: arts and sport pieces
# with history, obituaries, biopics, lyrics and charity shows for victims, where a real attack is named in passing
OWN3 = [
    ("own-69", "arts", "The actor, who has died aged 94, served as a tank commander in the Second World War and was "
     "wounded in Normandy in 1944, when a German shell struck his tank and killed two of his crew. After the war he "
     "trained at RADA and went on to star in more than 60 films, including The Cruel Sea and A Bridge Too Far. He "
     "won a Bafta in 1971 and was knighted in 1998. He is survived by his wife, the actress Joan Hale, and three "
     "children. His agent said he had died peacefully at home in Sussex on Tuesday.", []),
    ("own-70", "arts", "The biopic tells the story of the boxer who rose from the slums of Glasgow to become world "
     "champion. In one of its most powerful scenes, his father beats him with a belt, and later a gang attacks him "
     "outside a pub. The film, directed by Lynne Ramsay, has been nominated for seven Baftas, and its star is the "
     "favourite to win best actor. It has taken 14 million pounds at the UK box office since it opened in "
     "January, and will be released in the US next month.", []),
    ("own-71", "arts", "A charity concert in Manchester raised 2 million pounds for the families of the 22 people "
     "killed in the bombing at the arena last year. Ariana Grande, who was performing on the night of the attack, "
     "headlined the show, joined by Coldplay and Take That. Fans held a minute's silence before the music began. "
     "The organisers said the money would go to the We Love Manchester fund, and that tickets for a second concert "
     "next year would go on sale in the spring. The show was broadcast live on BBC One.", ["18", "19", "20"]),
    ("own-72", "arts", "The band's new single, Shoot the Messenger, has entered the charts at number three. Its "
     "video, which shows the singer being chased by masked gunmen through a burning city, has been watched 20 "
     "million times on YouTube. The band said the song was about the way politicians blame the press. Their fifth "
     "album is released on Friday, and they start a 30-date tour of Europe in Berlin in May. Tickets sold out in "
     "less than an hour, their promoter said.", []),
    ("own-73", "arts", "The play, which opened at the National Theatre on Thursday, is set in Srebrenica in July "
     "1995, where Bosnian Serb forces killed some 8,000 Muslim men and boys. The director said she wanted audiences "
     "to remember the massacre. The cast of 14 includes several actors who were themselves refugees from the "
     "war. Reviews have been mixed, but the run has been extended until June because of demand, and a tour of "
     "Bosnia and Serbia is planned for the autumn.", []),
    ("own-74", "sport", "The former Olympic champion has retired at the age of 34. She won gold in the 400 metres in "
     "Beijing and two world titles, and fought back from a serious knee injury in 2012 to reach another final. "
     "'I have battled with injuries for years, and my body is telling me it is time,' she said. Her coach said she "
     "had destroyed the field in her best races and that she would be remembered as one of the great champions. "
     "She plans to work as a television commentator and to set up an athletics academy for girls in her home town.",
     []),
    ("own-75", "arts", "The photographer who was punched by the rapper outside a Los Angeles restaurant has sued him "
     "for 5 million dollars. The star attacked him after he tried to take pictures of the rapper's daughter, the "
     "lawsuit says, and he suffered a broken nose. The rapper's spokesman said the photographer had provoked the "
     "attack. The singer's new album, which was released last week, went straight to number one in the US charts, "
     "and his world tour starts in Miami on Friday.", ["18"]),
    ("own-76", "tech", "Reviewers have praised the new version of the war game, which is set in the Pacific in 1943. "
     "In its campaign, American marines landed on Guadalcanal and fought Japanese troops through the jungle, and "
     "the final mission recreated the bombing of an airfield. The game sold a million copies in its first week, "
     "and the publisher said an online mode in which up to 64 players can fight each other would be added in the "
     "summer. The studio has 400 staff in Sweden and Canada.", []),
]

# a fourth batch, written (and annotated) after the third had run and before this one did: pieces about war films,
# history books and true-crime shows, whose words the article model knows from conflict news
OWN4 = [
    ("own-77", "arts", "Dunkirk, Christopher Nolan's film about the evacuation of 1940, has topped the box office for a "
     "second weekend. It follows three British soldiers trapped on the beach as German planes bombed the ships sent "
     "to rescue them. In one scene, a destroyer is torpedoed and hundreds of men drown. The film has taken 150 million "
     "dollars worldwide, and critics have called it a masterpiece. Harry Styles, the former One Direction singer, "
     "makes his acting debut as a young private.", []),
    ("own-78", "arts", "The historian's new book on the Korean War, published this week, argues that American commanders "
     "ignored warnings before Chinese troops attacked across the Yalu river in November 1950. Chinese forces overran "
     "the US positions and killed thousands of soldiers in the weeks that followed. The book draws on newly opened "
     "archives in Beijing and Moscow. It has been shortlisted for the Duff Cooper prize, and the author will speak at "
     "the Hay festival next month.", []),
    ("own-79", "arts", "The new true-crime series on Netflix revisits the case of a nurse who poisoned at least 20 "
     "patients in a Texas hospital in the 1980s. Investigators believed she killed the patients with injections of "
     "a heart drug. The six-part series, made by the team behind Making a Murderer, has been the most-watched show "
     "on the service this week. Its director said she had spent three years interviewing the families and the "
     "detectives who worked on the case.", []),
    ("own-80", "arts", "Saving Private Ryan returns to cinemas on Friday to mark its 20th anniversary. Steven "
     "Spielberg's film opens with the landing on Omaha Beach, where German machine guns cut down American troops as "
     "they waded ashore. Tom Hanks plays a captain sent behind enemy lines to find a paratrooper whose three brothers "
     "have been killed. The film won five Oscars, including best director. A restored print will be shown in 300 "
     "cinemas, and a new documentary about its making will be broadcast on Sky Arts.", []),
    ("own-81", "arts", "The museum's new exhibition marks the centenary of the end of the First World War. Among the "
     "objects on display are the letters of a young officer who was killed at the Somme, and a German helmet pierced "
     "by a bullet. Visitors can hear recordings of veterans describing how shells destroyed their trenches. The "
     "exhibition, which cost 3 million pounds, runs until March, and tickets cost 12 pounds. The museum expects more "
     "than 200,000 visitors.", []),
    ("own-82", "sport", "The former heavyweight champion's life story is told in a new documentary that premieres on "
     "Sky on Sunday. It recalls how he was shot in a Chicago street at 17 and how he spent three years in prison "
     "for armed robbery before he took up boxing. He won 42 of his 45 fights and retired in 2002. The documentary "
     "includes interviews with his trainer and his three former wives, and footage of his fights with Lennox Lewis "
     "and Mike Tyson.", []),
]


def half(item_id: str) -> str:
    return "tune" if hashlib.sha1(f"prc40:{item_id}".encode()).digest()[0] % 2 == 0 else "aside"


def main() -> None:
    rows = []
    for gid, (genre, allowed, tolerable, note) in GWN.items():
        rows.append({"id": gid, "half": half(gid), "source": "geowebnews", "genre": genre, "allowed": allowed,
                     "tolerable": tolerable, "note": note})
    for oid, genre, text, allowed in OWN + OWN2 + OWN3 + OWN4:
        rows.append({"id": oid, "half": half(oid), "source": "own", "genre": genre, "allowed": allowed,
                     "tolerable": [], "text": text})
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = {h: sum(r["half"] == h for r in rows) for h in ("tune", "aside")}
    print(f"{len(rows)} items -> {OUT.name} (tune {n['tune']}, aside {n['aside']})")


if __name__ == "__main__":
    main()
