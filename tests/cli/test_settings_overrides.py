"""`--config PATH` and `--set section.key=value` on every command that runs the pipeline (extract,
ingest, serve, watch), as default_config.cfg's header promises; a bad key or value is a one-line error."""

from __future__ import annotations

import pytest

from flashpoint.cli import main
from flashpoint.errors import ModelError
from flashpoint.serve.app import create_app
from flashpoint.settings import DEFAULT_CONFIG_PATH, load_config, parse_overrides

PIPELINE_COMMANDS = ["extract", "ingest", "serve", "watch"]
TOKEN = "test-token-0123456789abcdef"


def command_line(command: str, tmp_path) -> list[str]:
    (tmp_path / "x.db").touch()  # serve reads a store that exists
    db = f"sqlite:///{tmp_path / 'x.db'}"
    (tmp_path / "sources.toml").write_text(f'[[source]]\npath = "{tmp_path}"\nevery = "5m"\n')
    return {"extract": ["extract", "-"], "ingest": ["ingest", "-", "--db", db], "serve": ["serve", "--db", db],
            "watch": ["watch", str(tmp_path / "sources.toml"), "--db", db, "--once"]}[command]


def test_a_set_value_replaces_the_files_setting():
    config = load_config(None, parse_overrides(["components.fp_actors.fuzzy_threshold=85",
                                                'nlp.exclude=["lemmatizer"]']))
    assert config["components"]["fp_actors"]["fuzzy_threshold"] == 85
    assert config["nlp"]["exclude"] == ["lemmatizer"]


@pytest.mark.parametrize("command", PIPELINE_COMMANDS)
@pytest.mark.parametrize("setting, message", [
    ("components.fp_actors.fuzzy_treshold=85", "error[E501] --set components.fp_actors.fuzzy_treshold: "
                                                "no setting 'fuzzy_treshold' in [components.fp_actors]"),
    ("components.fp_actors.fuzzy_threshold=high", "error[E501] --set components.fp_actors.fuzzy_threshold: "
                                                  "'high' is not a float like the default 88.0"),
    ("fuzzy_threshold", "error[E501] --set: expected section.key=value, not 'fuzzy_threshold'"),
])
def test_a_bad_key_or_value_is_a_one_line_error(command, setting, message, tmp_path, capsys):
    assert main(command_line(command, tmp_path) + ["--set", setting]) == 2
    assert capsys.readouterr().err.strip() == message


@pytest.mark.parametrize("command", PIPELINE_COMMANDS)
def test_a_missing_config_file_is_a_one_line_error(command, tmp_path, capsys):
    missing = tmp_path / "nope.cfg"
    assert main(command_line(command, tmp_path) + ["--config", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"error[E501] {missing}: no such config file"


def test_extract_builds_its_pipeline_with_the_set_values(example_article, capsys):
    assert main(["extract", str(example_article), "--set", "nlp.model=/nowhere/model"]) == 2
    assert "/nowhere/model" in capsys.readouterr().err


def test_the_api_extracts_with_the_settings_serve_was_given(db_url, tmp_path):
    config = load_config(DEFAULT_CONFIG_PATH, {"nlp.model": str(tmp_path / "no-model")})
    app = create_app(db_url, token=TOKEN, pipeline_config=config)
    with pytest.raises(ModelError) as err:   # the writer's pipeline is built from serve's settings
        app.state.fp.nlp_factory()
    assert err.value.input == str(tmp_path / "no-model")
