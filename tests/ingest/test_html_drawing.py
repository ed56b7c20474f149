"""devtools.ingest.html_drawing: a paper's text written as its web page keeps every word, and sets labels, headings,
lists and table rows in the elements a site would use."""

from bs4 import BeautifulSoup

from devtools.ingest.html_drawing import page_html

PAPER = ("Source: https://example.org/minutes\n\nMinutes of the Northshire Joint Audit Committee\n\nDate: 12 March 2025\n"
         "Present:\n• Jane Adley (Chair)\n• Robert Brennan\n\nService  Budget  Forecast\nPolicing  45,200  44,950\n"
         "Estates 4,100 4,250\n\nThe committee noted the report.\n")


def test_the_page_keeps_every_word():
    text = BeautifulSoup(page_html(PAPER, chrome=False), "lxml").find("main").get_text(" ")
    assert text.split() == [w for w in PAPER.replace("•", " ").split()]


def test_labels_headings_lists_and_rows_in_their_elements():
    soup = BeautifulSoup(page_html(PAPER), "lxml")
    assert [s.get_text() for s in soup.find_all("strong")] == ["Date:", "Present:"]
    assert [h.get_text() for h in soup.find_all("h2")] == ["Minutes of the Northshire Joint Audit Committee"]
    assert [li.get_text() for li in soup.find_all("li")] == ["Jane Adley (Chair)", "Robert Brennan"]
    rows = [[td.get_text() for td in tr.find_all(["th", "td"])] for tr in soup.find_all("tr")]
    assert rows == [["Service", "Budget", "Forecast"], ["Policing", "45,200", "44,950"], ["Estates", "4,100", "4,250"]]


def test_the_sites_menu_and_footer_with_chrome():
    page = page_html(PAPER, chrome=True)
    soup = BeautifulSoup(page, "lxml")
    assert soup.find("nav") and soup.find("footer") and "Accessibility statement" in soup.find("footer").get_text()
    assert not BeautifulSoup(page_html(PAPER), "lxml").find("nav")
