"""Every setting is written once, in flashpoint/default_config.cfg: the component factories take their
defaults from it, and their functions and classes have none of their own."""

from __future__ import annotations

import inspect

import pytest
from spacy.language import Language
from spacy.util import registry

import flashpoint.pipeline  # noqa: F401  (registers every fp_* factory)
from flashpoint.settings import component_defaults, load_config

CONFIG = load_config()
COMPONENTS = CONFIG["pipeline"]["before_model"] + CONFIG["pipeline"]["components"]


@pytest.mark.parametrize("name", COMPONENTS)
def test_settings_each_component_has_a_section_that_is_its_factory_default(name):
    assert name in CONFIG["components"]
    assert Language.get_factory_meta(name).default_config == dict(CONFIG["components"][name])


@pytest.mark.parametrize("name", COMPONENTS)
def test_settings_factories_take_every_setting_and_default_none(name):
    factory = registry.factories.get(name)
    params = {p.name: p for p in inspect.signature(factory).parameters.values()}
    settings = set(params) - {"nlp", "name"}
    assert settings == set(component_defaults(name))
    assert all(params[s].default is inspect.Parameter.empty for s in settings)


def test_settings_overrides_change_a_component_setting():
    config = load_config(overrides={"components.fp_actors.fuzzy_threshold": 80.0})
    assert config["components"]["fp_actors"]["fuzzy_threshold"] == 80.0
    assert component_defaults("fp_actors")["fuzzy_threshold"] != 80.0  # the packaged file is untouched
