"""An answer read, and then given as no answer: what it would have said is a different
question's answer, or the question has no answer without what it lacks.  Its figures
are not stated as the answer (`values` empty, `answered` false), and the reason is."""

from __future__ import annotations

from ..answer import Answer


def withheld(answer: Answer, why: str, rather: str = "answer another question") -> Answer:
    """The answer replaced by its reason ("crr cannot tell when “its first year” was ..."),
    its reading marked not held for that reason."""
    summary = (answer.reading or {}).get("summary", "")
    return answer.model_copy(update={
        "answered": False, "values": [],
        "text": f"{why[0].upper()}{why[1:]}, so crr gives no figure rather than {rather}.",
        "reading": {**(answer.reading or {}), "summary": f"{summary} \u2014 not held: {why}"}})


def shown_not_given(answer: Answer, lead: str, not_held: str = "") -> Answer:
    """The answer's text kept under a first line that says why it answers nothing ("crr
    cannot compare the two: ..."): what crr holds of the question, shown, its figures not
    given as the answer; with `not_held`, its reading marked not held for that."""
    update = {"answered": False, "values": [], "text": f"{lead}\n\n{answer.text}"}
    if not_held:
        summary = (answer.reading or {}).get("summary", "")
        update["reading"] = {**(answer.reading or {}), "summary": f"{summary} \u2014 not held: {not_held}"}
    return answer.model_copy(update=update)
