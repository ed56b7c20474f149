"""concord/ingest/cookie_notice.py: a site's cookie notice at a page's head is blanked, offsets kept; cookies spoken of
further down the paper are left alone."""

from concord.ingest.cookie_notice import uncookied

PAGE = """Source: https://example.org/panel/minutes

This site uses cookies

We use necessary cookies to make our site work, and we'd like to use analytics cookies.

Google Analytics

We use cookies to compile aggregate data about site traffic.

Skip to main content

Joint Audit Committee 28 May 2026
"""


def test_the_notice_is_blanked_and_every_offset_kept():
    out = uncookied(PAGE)
    assert len(out) == len(PAGE) and out.count("\n") == PAGE.count("\n")
    assert "cookie" not in out.lower() and "Google Analytics" not in out
    assert out.index("Skip to main content") == PAGE.index("Skip to main content")
    assert out.startswith("Source: https://example.org/panel/minutes\n")


def test_cookies_in_the_paper_below_its_top_are_the_papers():
    text = "\n".join(["Minutes of the Board", "Date: 2 March 2026", "Present: Ann Vale", "1. Apologies", "None.",
                      "2. Minutes", "Agreed.", "3. Website", "The Board noted that the site's cookies policy was updated."])
    assert uncookied(text) == text


def test_a_page_run_onto_one_line_with_its_notice_is_left_whole():
    text = "Source: invented\n This site uses cookies. We use necessary cookies to make our site work. " + \
        "Joint Audit Committee Minutes Date: Thursday 12 May 2022 Present: Ann Roe (Chair), Bob Hill. " * 6 + "\n"
    assert uncookied(text) == text
