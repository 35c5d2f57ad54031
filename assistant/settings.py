"""The user's settings file, shared by every front end: ~/.config/crr/settings.toml.

It keeps the citation style (`assistant.writing.cite`) and the terminal app's
look (its theme, whether the sidebar is open).  Here on its own, so that the
terminal app reads it at launch without importing the citation code.
"""

from __future__ import annotations

import os
from pathlib import Path


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "crr" / "settings.toml"


def read_settings() -> dict:
    """The settings, or none when the file is missing or unreadable."""
    try:
        content = settings_path().read_bytes()
    except OSError:
        return {}
    import tomllib  # only for a file that is there

    try:
        return tomllib.loads(content.decode())
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def write_settings(settings: dict) -> Path:
    """Replace the file with `settings` (written whole, then moved into place); returns the file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(_toml(settings), encoding="utf-8")
    partial.replace(path)
    return path


def _toml(settings: dict) -> str:
    """A settings file of plain values and tables of plain values (all crr writes)."""
    import json

    def value(v) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(item) for item in v) + "]"
        return json.dumps(str(v), ensure_ascii=False)  # a JSON string is a TOML basic string

    plain = [f"{key} = {value(v)}" for key, v in settings.items() if not isinstance(v, dict)]
    tables = [f"\n[{key}]\n" + "\n".join(f"{k} = {value(x)}" for k, x in v.items())
              for key, v in settings.items() if isinstance(v, dict)]
    return "\n".join(plain + tables) + "\n"
