"""`flashpoint actors import` keeps a user's dictionary in the data dir, and later runs use it."""

from __future__ import annotations

import datetime as dt
import json
import os

from flashpoint.cli import main
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.user import imported_files, kb_dir

ACTORS = """# a user's own actors file
MINAS_TIRITH_GARRISON [GONMIL]
+WHITE_TOWER_GUARD

OLAF_SCHOLZ_   # a different coding of a built-in person
\t[DEUGOVTST >20211208]
"""


def test_import_persists_entries_that_later_knowledge_bases_use(tmp_path, capsys):
    path = tmp_path / "my.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    assert main(["actors", "import", str(path)]) == 0
    assert "imported 2 actors" in capsys.readouterr().out
    assert [p.name for p in imported_files()] == ["actors-my.actors.txt.jsonl"]
    assert str(kb_dir()).startswith(os.environ["FLASHPOINT_HOME"])
    kb = KnowledgeBase.default()
    assert kb.lookup("White Tower Guard")[0][1] == "GONMIL"
    scholz = kb.lookup("Olaf Scholz", dt.date(2022, 1, 1))
    assert [c for _, c in scholz] == ["DEUGOVTST"]        # the imported entry replaces the built-in name


def test_import_of_an_agents_file_and_lookup_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "my.agents.txt"
    path.write_text("!PERSON! = MAN, MEN\nWATCH!PERSON! [~COP]\nRANGER [~MIL]\n", encoding="utf-8")
    assert main(["actors", "import", str(path), "--agents"]) == 0
    assert KnowledgeBase.default().agent("watchmen").role == "COP"
    capsys.readouterr()
    assert main(["actors", "lookup", "Joe Biden", "--date", "2018-06-01", "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["code"] == "USAELI" and row["kb_id"] == "person:joe-biden"


def test_forgetting_an_import_drops_it(tmp_path, capsys):
    path = tmp_path / "x.actors.txt"
    path.write_text("ZZ_TEST_ACTOR [ZZZ]\n", encoding="utf-8")
    main(["actors", "import", str(path)])
    assert main(["actors", "forget", "x.actors"]) == 0
    assert imported_files() == []


def test_a_missing_or_empty_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["actors", "import", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err.startswith("error[E105]")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    assert main(["actors", "import", str(empty)]) == 2
    assert "no actor entries" in capsys.readouterr().err
