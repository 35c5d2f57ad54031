"""`python -m assistant.producers SHARED_DATA_DIR`: regenerate the producers' observations.

The work is done in `assistant.data.producers`; this name is kept short for the command.
"""

from .data.producers import main

if __name__ == "__main__":
    raise SystemExit(main())
