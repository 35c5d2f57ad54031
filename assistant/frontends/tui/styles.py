"""The app's stylesheet, its parsed rules kept in a file from one launch to the next.

Textual parses the CSS of the app and of every widget it uses at each launch
(14 ms of the first screen's 50 here).  The rules parsed from the same CSS,
with the same theme variables, by the same installed Textual, are the same,
so they are read back from the cache instead; so are the variables worked
out from each theme's colours (`CrrApp.get_css_variables`).  A missing,
stale or unreadable file only means working them out as Textual does.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import textual
from textual.css.stylesheet import Stylesheet


def _textual_install() -> tuple:
    """Which Textual is installed: rules pickled by one are not read by another."""
    init = Path(textual.__file__)
    stat = init.stat()
    return (str(init), stat.st_mtime_ns, stat.st_size)


def read_kept(path: Path | None) -> dict:
    """What the last launch kept (see `KeptStylesheet.save`), or nothing."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as file:
            install, kept = pickle.load(file)
    except Exception:  # none yet, or written by an older crr or Textual: work it out afresh
        return {}
    return kept if install == _textual_install() else {}


class KeptStylesheet(Stylesheet):
    """A Stylesheet that parses each CSS source once, for all launches."""

    def __init__(self, *, variables: dict[str, str] | None = None, path: Path | None = None,
                 kept: dict | None = None) -> None:
        super().__init__(variables=variables)
        self.path = path
        self.kept = kept if kept is not None else read_kept(path)
        self.changed = False

    @classmethod
    def replacing(cls, stylesheet: Stylesheet, path: Path, kept: dict | None = None) -> KeptStylesheet:
        """A kept stylesheet in place of an app's new, still empty, one."""
        return cls(variables=stylesheet._variables, path=path, kept=kept)

    def save(self) -> None:
        """Write the rules parsed and the variables worked out so far, if any were new, for the next launch."""
        if self.path is None or not self.changed:
            return
        self.changed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            with open(partial, "wb") as file:
                pickle.dump((_textual_install(), dict(self.kept)), file, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(self.path)
        except OSError:
            pass  # a read-only cache: the next launch parses again

    def copy(self) -> KeptStylesheet:
        stylesheet = KeptStylesheet(variables=self._variables.copy(), path=self.path, kept=self.kept)
        stylesheet.source = self.source.copy()
        return stylesheet

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._variables_key = None

    _variables_key: tuple | None = None

    def _parse_rules(self, css, read_from, is_default_rules=False, tie_breaker=0, scope=""):
        if self._variables_key is None:
            self._variables_key = tuple(sorted(self._variables.items()))
        key = (css, read_from, is_default_rules, tie_breaker, scope, self._variables_key)
        rules = self.kept.get(key)
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            self.kept[key] = rules
            self.changed = True
        return rules

    def reparse(self) -> None:
        # As Textual's own: parsed into a fresh stylesheet, so that CSS with errors
        # leaves this one as it was; here a fresh one that reads the kept rules.
        fresh = self.copy()
        try:
            fresh.parse()
        except Exception:
            self._invalid_css.update(fresh._invalid_css)
            raise
        self.changed |= fresh.changed
        self._rules = fresh.rules
        self._rules_map = None
        self.source = fresh.source
        self._require_parse = False
