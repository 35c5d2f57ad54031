"""What kind of names a question asks for: people by what they are ("which Chinese
academics"), bodies in the plural ("which Russian companies"), and whether a name a record
gives could be a person's."""

from __future__ import annotations

from ..reading.words import Lazy

# People asked for by what they are: "which Chinese academics", "name the taikonauts".
PEOPLE_OF_A_KIND = Lazy(r"\b(?:which|what|name the|names of the|name any)\s+(?:[\w-]+ ){0,2}?(?:academics|scholars|scientists|"
                        r"experts|officials|taikonauts|cosmonauts|astronauts|researchers|professors|journalists|"
                        r"activists|executives|businessm[ae]n|engineers|individuals|persons|people|"
                        # one who wrote or worked out a figure: "which dashboard author produced the estimate?"
                        r"authors?|writers?|analysts?|economists?|scholar|scientist|researcher|expert|journalist)\b")
# Words of a name that no person has: a paper, a body, a firm, a craft.
NOT_A_PERSON = frozenset("""the times post journal news university institute ministry bank company corporation group council
    commission organisation organization agency service committee party army navy force forces centre center fund
    union federation republic department treasury office dashboard database review statistics customs""".split())


def _a_persons_name(name: str) -> bool:
    """Whether a name the words of a record give could be a person's: two to four words,
    none a word of a paper's, a body's or a firm's name ("The New York Times" is none)."""
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w.lower().removesuffix("'s") in NOT_A_PERSON for w in words)


# Bodies asked for in the plural: "which Russian companies", "what banks".
ORGANISATIONS_ASKED = Lazy(r"\b(?:which|what)\s+(?:[\w-]+ ){0,2}?(?:companies|firms|banks|corporations|refiners|refineries|"
                           r"producers|exporters|importers|suppliers|buyers)\b")

# A host asked: "who hosted the summit?", "which country hosts it?".
HOST_ASKED = Lazy(r"\b(?:host|hosts|hosted|hosting)\b")
