"""Links between documents: a symbol named in a paragraph resolved to a library document."""

from __future__ import annotations

from oicreader.app.links import SymbolResolver, document_links, resolve_symbol
from oicreader.app.session import Session
from oicreader.model.document import Document, LanguageVersion
from tests.app.conftest import KEY


def test_the_bundled_report_is_found_by_its_symbol_in_any_case_and_spacing(
    session: Session,
) -> None:
    assert resolve_symbol(session, "OIC/ACM-2017/CHAIR-REP") == KEY
    assert resolve_symbol(session, "oic/acm-2017/chair-rep") == KEY
    assert resolve_symbol(session, " OIC / ACM-2017 / CHAIR-REP ") == KEY
    assert resolve_symbol(session, "A/RES/72/1") is None


def test_a_resolution_with_its_year_is_found_when_the_library_holds_it_without() -> None:
    resolver = SymbolResolver([("s-res-2334", "S/RES/2334"), ("a-res-72-1", "A/RES/72/1 (2017)")])
    assert resolver.resolve("S/RES/2334 (2016)") == "s-res-2334"
    assert resolver.resolve("A/RES/72/1(2017)") == "a-res-72-1"
    assert resolver.resolve("S/RES/2335 (2016)") is None


def test_a_documents_links_come_in_paragraph_then_language_order() -> None:
    versions = {
        "en": LanguageVersion("en", (), {1: "See A/RES/72/1, para. 3.", 2: "And S/2017/123."}),
        "ar": LanguageVersion("ar", (), {1: "انظر S/2017/123.", 2: "وانظر A/RES/72/1."}),
    }
    document = Document("cites", "TEST/1", {"en": "Cites"}, "", "final", "en", versions)
    resolver = SymbolResolver([("a-res-72-1", "A/RES/72/1")])
    links = [
        (link.paragraph, link.language, link.symbol, link.cited_paragraph, link.document)
        for link in document_links(document, resolver)
    ]
    assert links == [
        (1, "en", "A/RES/72/1", 3, "a-res-72-1"),
        (1, "ar", "S/2017/123", None, None),
        (2, "en", "S/2017/123", None, None),
        (2, "ar", "A/RES/72/1", None, "a-res-72-1"),
    ]
