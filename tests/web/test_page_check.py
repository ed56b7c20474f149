"""The page check itself: it must catch what it is there to catch."""

from __future__ import annotations

import pytest

GOOD = """<!DOCTYPE html><html lang="en"><head><title>Forces - Concord</title></head><body>
<h1>Forces</h1><form><label for="q">Search</label><input id="q" name="q">
<input type="hidden" name="csrf_token" value="x"><button>Go</button></form></body></html>"""


def test_a_sound_page_passes(sound_page) -> None:  # noqa: ANN001
    sound_page(GOOD)


@pytest.mark.parametrize(("broken", "problem"), [
    (GOOD.replace("<h1>Forces</h1>", ""), "0 <h1>"),
    (GOOD.replace("<h1>Forces</h1>", "<h1>Forces</h1><h1>More</h1>"), "2 <h1>"),
    (GOOD.replace("<title>Forces - Concord</title>", "<title>Concord</title>"), "does not start with"),
    (GOOD.replace("<title>Forces - Concord</title>", ""), "no <title>"),
    (GOOD.replace("<title>Forces", "<title>Error: Forces"), "error summary"),
    (GOOD.replace('<button>', '<button id="q">'), "id 'q' is used 2 times"),
    (GOOD.replace('<label for="q">Search</label>', ""), "has no label"),
    (GOOD.replace('<input id="q" name="q">', '<select name="s"></select>'), "<select name='s'> has no label"),
])
def test_a_broken_page_is_caught(sound_page, broken: str, problem: str) -> None:  # noqa: ANN001
    with pytest.raises(AssertionError, match=problem):
        sound_page(broken)


def test_error_pages_may_say_error_first(sound_page) -> None:  # noqa: ANN001
    sound_page(GOOD.replace("<title>Forces", "<title>Error: Forces")
               .replace("<h1>", '<div class="govuk-error-summary">x</div><h1>'))
