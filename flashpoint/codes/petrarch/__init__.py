"""PETRARCH / TABARI dictionaries, read once: the syntax every dictionary shares (syntax.py: dated codes,
dates, comments, plurals, verb forms) and the actors, agents and discards files (actors.py). The verb
dictionaries are read by codes/petrarch_verbs.py through the same syntax."""

from flashpoint.codes.petrarch.actors import (ActorDictionary, ActorEntry, ActorRecord, AgentEntry, AgentRecord,
                                              DiscardList, Phrase, parse_actors, parse_agents, parse_discards,
                                              read_actor_dictionaries, read_actor_records, read_agent_records,
                                              read_dictionary, read_discards)
from flashpoint.codes.petrarch.syntax import DatedCode, parse_code, parse_date, plural, strip_comments, verb_forms

__all__ = ["ActorDictionary", "ActorEntry", "ActorRecord", "AgentEntry", "AgentRecord", "DatedCode", "DiscardList",
           "Phrase", "parse_actors", "parse_agents", "parse_code", "parse_date", "parse_discards", "plural",
           "read_actor_dictionaries", "read_actor_records", "read_agent_records", "read_dictionary", "read_discards",
           "strip_comments", "verb_forms"]
