"""Regular expressions compiled once per Python, kept from one process to the next.

Each `crr ask` is a new process, and compiling the reading's patterns took
about a sixth of one (18 ms of 100 here): Python parses each pattern and
works out its matching code every time.  That code depends only on the
pattern, its flags and the Python running it, so it is kept in crr's cache
folder (like the compiled answer templates) and handed straight to the
regular-expression engine the next time.  A kept pattern is used only if it
rebuilds a pattern equal to the one Python compiles itself (checked when it
is first kept); a missing, stale or unreadable file only means compiling as
Python does.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys

try:  # the parts of Python's own compiler a kept pattern is made from
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: compile every pattern as it does
    _sre = None

# Kept code is read back only by the Python that wrote it.
_PYTHON = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))

_kept: dict | None = None  # (pattern, flags) -> the arguments `_sre.compile` takes after the pattern
_added = False             # whether this process kept a pattern the file lacks
_used: set = set()         # the kept patterns this process has used
# Patterns of code since changed are never asked for again, and a file that kept them all
# would grow with every edit (3,514 patterns, 9.7 MB, 40 ms to read at each start, were
# found after a long stretch of work).  Past this many, the file keeps only those the
# process that writes it used.
MAX_KEPT = 2000


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the kept code when there is some."""
    if _sre is None:
        return re.compile(pattern, flags)
    if _kept is None:
        _read()
    flags = int(flags)  # a RegexFlag is an int the file cannot hold as such
    parts = _kept.get((pattern, flags))
    if parts is not None:
        try:
            compiled = _sre.compile(pattern, *parts)
            _used.add((pattern, flags))
            return compiled
        except Exception:  # kept by a Python that differs in a way the key missed
            pass
    compiled = re.compile(pattern, flags)
    _keep(pattern, flags, compiled)
    return compiled


def _keep(pattern: str, flags: int, compiled: re.Pattern) -> None:
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]  # some are named constants
        names = parsed.state.groupdict
        by_number = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        parts = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(names), tuple(by_number))
        if _sre.compile(pattern, *parts) != compiled:  # equal patterns have equal code
            return
    except Exception:
        return
    _kept[(pattern, flags)] = parts
    _used.add((pattern, flags))
    if not _added:
        _mark_added()


def _path():
    from ..paths import cache_dir

    return cache_dir() / "compiled" / f"patterns.{sys.implementation.cache_tag}.marshal"


def _read() -> None:
    global _kept
    try:
        python, kept = marshal.loads(_path().read_bytes())
        _kept = kept if python == _PYTHON and isinstance(kept, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        _kept = {}
    if len(_kept) > MAX_KEPT and not _added:
        _mark_added()  # (so that this process writes the file again, with what it used)


def _mark_added() -> None:
    global _added
    _added = True
    atexit.register(_write)


def _write() -> None:
    """Keep what this process compiled, with what the file held (read again: another
    process may have added to it meanwhile)."""
    from ..writing.render import _store

    global _kept
    mine = _kept
    _read()
    _kept = {**_kept, **mine}
    if len(_kept) > MAX_KEPT:
        _kept = {key: parts for key, parts in _kept.items() if key in _used}
    try:
        data = marshal.dumps((_PYTHON, _kept))
    except ValueError:  # a part the file cannot hold: nothing is kept
        return
    _store(_path(), data)
