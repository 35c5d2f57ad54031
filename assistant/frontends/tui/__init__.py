"""The Textual terminal app: `crr` with no arguments, or `crr tui`.

Importing this package imports no Textual; `run` does, so the engine and
`crr ask` stay free of it.
"""

from __future__ import annotations

from pathlib import Path


def run(db_path: Path | str | None = None) -> int:
    """Open the app on the database at `db_path` (default: the built one, rebuilt when stale)."""
    import gc

    # No collection while Textual is imported and the first screen is made: tens
    # of thousands of new objects, none of them garbage, would be scanned again
    # and again.  The app collects once the first screen is drawn.
    gc.disable()
    try:
        from ...paths import cache_dir
        from .app import CrrApp

        app = CrrApp(db_path, styles_cache=cache_dir() / "tui-styles.pickle")
        app.run()
    finally:
        gc.enable()
    # Kept for the next launch: the CSS of every widget shown in this session, parsed.
    app.stylesheet.save()
    return 0
