"""fp_actors: who is who in the article, coded against the knowledge base for the article's date.

find() = pieces (KB names, exact or inflected, agent nouns, names after titles; pieces.py)
       -> unknown persons and short forms over the tokens left free (names.py)
       -> NGOs the KB does not know, by the word heading their name ("Association of ..."; bodies.py)
       -> compound actors (compounds.py)
       -> role nouns read in their business sense ("the carrier" in a story about an airline; senses.py), a
          capital that speaks or acts read as its government ("Berlin rejected": DEUGOV; senses.py)
       -> context: backed groups' countries, the model's entities as fallback, persons the KB does not
          know placed in the country the story is about, short-form and acronym coreference (context.py);
          the model's organisations the KB does not know take the role their name's head word gives (context.py).
Each ActorMention carries name (canonical), code (CAMEO-style, at the article's date), kb_id, the rule that
produced it ("kb:exact", "kb:inflected:fi", "kb:fuzzy", "kb:office", "kb:compound", "coref:surname",
"ner:PER", ...) and a confidence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.extract.actors.bodies import unknown_bodies
from flashpoint.extract.actors.compounds import build_chains, chain_mentions
from flashpoint.extract.actors.context import (appositive_roles, check_in_office, compass_halves, corefer_acronyms,
                                               corefer_definite, corefer_surnames, definite_offices, diaspora,
                                               kind_before_name, named_sides, ner_fallback, place_persons,
                                               settle_countries, shared_country_names)
from flashpoint.extract.actors.names import short_forms, unknown_persons
from flashpoint.extract.actors.pieces import annotated, find_pieces
from flashpoint.extract.actors.senses import business_senses, role_words, seat_senses, sport_senses
from flashpoint.extract.base import ActorMention, Component, article_of
from flashpoint.kb.knowledge_base import KnowledgeBase, default_kb
from flashpoint.kb.name_heads import role_heads
from flashpoint.kb.persons import dictionary_persons
from flashpoint.kb.petrarch import load_petrarch_actors
from flashpoint.settings import component_defaults

# What fp_actors reads: the tagger's tags, the parse and sentences, and the model's entities (fallback)
ACTORS_REQUIRE = ["token.tag", "token.dep", "token.is_sent_start", "doc.ents"]


@Language.factory("fp_actors", requires=ACTORS_REQUIRE, assigns=["doc._.fp_actor_mentions"],
                  default_config=component_defaults("fp_actors"))
def make_actor_recognizer(nlp: Language, name: str, fuzzy_threshold: float, use_ner: bool,
                          dictionaries: list[str]) -> "ActorRecognizer":
    kb = default_kb()
    if dictionaries:     # extra PETRARCH actor dictionaries named in the config, on top of the default base
        kb = KnowledgeBase(kb.entries.values(), kb.agents.values())
        for path in dictionaries:
            kb.add(load_petrarch_actors(path))
    return ActorRecognizer(kb=kb, fuzzy_threshold=fuzzy_threshold, use_ner=use_ner)


class ActorRecognizer(Component):
    slot = "fp_actor_mentions"

    def __init__(self, kb: KnowledgeBase, *, fuzzy_threshold: float, use_ner: bool):
        self.kb = kb
        self.fuzzy_threshold = fuzzy_threshold
        self.use_ner = use_ner

    def warm(self) -> None:
        """The tables only some articles reach: the fuzzy index of persons' names, the Phoenix dictionary's
        office holders, the head words of bodies and the role words of agent phrases."""
        self.kb.fuzzy_index
        dictionary_persons()
        role_heads(self.kb)
        role_words(self.kb)

    def find(self, doc: Doc) -> list[ActorMention]:
        day = article_of(doc).published
        pieces, taken = find_pieces(doc, self.kb, day, self.fuzzy_threshold)
        unknown_persons(doc, self.kb, pieces, taken, self.fuzzy_threshold)
        short_forms(doc, pieces, taken)
        unknown_bodies(doc, self.kb, pieces, taken)
        pieces.sort(key=lambda p: p.start)
        mentions = chain_mentions(doc, self.kb, build_chains(doc, pieces), day)
        business_senses(doc, self.kb, mentions)
        sport_senses(doc, mentions)
        seat_senses(doc, self.kb, mentions)
        diaspora(doc, mentions)
        mentions = kind_before_name(doc, mentions)
        check_in_office(doc, self.kb, mentions)
        shared_country_names(doc, self.kb, mentions)
        mentions = compass_halves(doc, self.kb, mentions)
        settle_countries(doc, self.kb, mentions)
        mentions = definite_offices(doc, self.kb, mentions, day)
        if self.use_ner and annotated(doc, "ENT_IOB"):
            found = ner_fallback(doc, self.kb, mentions)
            named_sides(doc, self.kb, found, mentions)
            mentions.extend(found)
        mentions.sort(key=lambda m: (m.start, m.end))
        appositive_roles(doc, mentions)
        place_persons(doc, self.kb, mentions)
        corefer_surnames(mentions)
        corefer_acronyms(doc, mentions)
        corefer_definite(doc, mentions)
        return mentions

    def set_annotations(self, doc: Doc, found: list[ActorMention]) -> None:
        super().set_annotations(doc, found)
        for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("fp_actor_")]:
            del doc.user_data[key]       # caches of this component only; Doc.to_bytes need not carry them
