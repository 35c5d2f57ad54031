"""The published site, round 74: every answer carries the safety headers a public
read-only site is expected to send, pages and data alike."""

from __future__ import annotations

import pytest

pytest.importorskip("datasette", reason="the Datasette site needs: pip install -e '.[test]'")

from assistant.frontends.datasette.plugin import datasette_for  # noqa: E402


@pytest.fixture
def ds(db_path):
    return datasette_for(db_path, cache=False)


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/", "/china_russia/events.json", "/-/ask?q=trade+in+2024",
                                  "/china_russia/no_such_table"])
async def test_every_answer_says_not_to_sniff_frame_or_pass_on_the_address(ds, path):
    response = await ds.client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    # (Datasette sends its JSON with no referrer at all, which is stricter still)
    assert response.headers["referrer-policy"] in ("strict-origin-when-cross-origin", "no-referrer")
