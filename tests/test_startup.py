"""The engine's start-up objects as the build stored them are the objects the engine would make."""

from __future__ import annotations

import sqlite3

from assistant import startup
from assistant.answering.engine import Engine
from assistant.data.store import Store
from assistant.paths import needs_build


def same(a, b, path="") -> None:
    """Equal, and for crr's own objects equal attribute by attribute (an attribute the
    stored state forgets shows here by name)."""
    if type(a).__module__.startswith("assistant.") and hasattr(a, "__dict__"):
        assert type(a) is type(b), path
        assert vars(a).keys() == vars(b).keys(), path
        for name in vars(a):
            same(vars(a)[name], vars(b)[name], f"{path}.{name}")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for key in a:
            same(a[key], b[key], f"{path}[{key!r}]")
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


def test_the_stored_state_gives_the_objects_the_engine_would_make(db_path):
    store = Store(db_path)
    made, loaded = startup.make(store), startup.load(store)
    for fresh, stored, name in zip(made, loaded, ("lexicon", "matcher", "wholes")):
        same(fresh, stored, name)


def test_the_state_is_the_same_for_the_same_database_and_stored_in_parts_crr_serve_can_show(db_path):
    assert startup.state(Store(db_path)) == startup.state(Store(db_path))
    rows = startup.rows(Store(db_path))
    assert rows[0] == ("engine_code", startup.code_checksum())
    assert len(rows) > 2 and all(len(value.encode()) < 100_000 for _, value in rows)


def test_a_state_made_by_other_code_is_rebuilt_and_not_used(db_path, tmp_path, monkeypatch):
    copy = tmp_path / "copy.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as connection:
        connection.execute("update build_info set value = 'other' where key = 'engine_code'")
    assert needs_build(copy)
    calls = []
    real_make = startup.make
    monkeypatch.setattr(startup, "make", lambda store: calls.append(1) or real_make(store))
    engine = Engine(copy)
    assert calls == [1]
    assert engine.ask("trade in 2024?").answered
