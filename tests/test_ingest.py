"""Readers: plain text, JSON Lines, HTML and folders; each kind of bad input is named."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from eventwire import ids
from eventwire.errors import BadInputError
from eventwire.ingest import IngestFailure, clean_text, guess_language, read_article, read_articles
from eventwire.records import Article
from eventwire.settings import Settings

DATA = Path(__file__).parent / "data" / "ingest"
ENGLISH = (
    "Gunmen attacked a police station in the north of the country on Sunday night, "
    "killing two officers, a spokesman for the police said on Monday.\n"
)


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- plain text -------------------------------------------------------------------------


def test_plain_text_file_becomes_article_with_deterministic_id_and_hash() -> None:
    article = read_article(DATA / "report.txt")
    assert article.text.startswith("Gunmen attack checkpoint outside river town\n\nGunmen")
    assert article.id == ids.article_id(text=article.text)
    assert article.content_hash == ids.content_hash(article.text)
    assert article.published is None and article.source is None and article.url is None
    assert article.language == "en"
    assert read_article(DATA / "report.txt") == article


def test_title_line_above_blank_line_is_taken_as_title_and_kept_in_text() -> None:
    article = read_article(DATA / "report.txt")
    assert article.title == "Gunmen attack checkpoint outside river town"
    assert article.text.startswith(article.title)


def test_first_line_without_blank_line_after_it_is_not_a_title() -> None:
    assert read_article(DATA / "wire.txt").title is None


def test_published_and_source_given_by_caller_are_kept() -> None:
    article = read_article(DATA / "wire.txt", published=dt.date(2024, 1, 5), source="Wire")
    assert (article.published, article.source) == (dt.date(2024, 1, 5), "Wire")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffLine one\r\nLine two\r\n", "Line one\nLine two"),
        ("Line one\rLine two", "Line one\nLine two"),
        ("Trailing spaces   \nand tabs\t\t\n\n\n", "Trailing spaces\nand tabs"),
        ("\n\nLeading blank lines\n", "Leading blank lines"),
        ("Cafe\u0301 decomposed", "Caf\u00e9 decomposed"),
        ("  indented first line stays", "  indented first line stays"),
    ],
)
def test_clean_text_normalises_endings_bom_nfc_and_trailing_space(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_cleaned_text_is_what_the_article_holds(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", "\ufeff" + ENGLISH.replace("\n", "\r\n") + "  \r\n")
    article = read_article(path)
    assert article.text == ENGLISH.rstrip("\n")
    assert article.content_hash == ids.content_hash(ENGLISH.rstrip("\n"))


def test_unknown_extension_that_is_text_is_read_as_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "report.md", ENGLISH))
    assert article.text == ENGLISH.rstrip("\n")


# -- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\r\n  ", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("controls.dat", bytes(range(1, 32)) * 20, "binary"),
        ("latin1.txt", "Gunmen attacked the caf\u00e9 on Tuesday".encode("latin-1"), "byte offset 23"),
        ("french.txt", "Des hommes armés ont attaqué un poste de police mardi, tuant deux "
         "agents, selon la police locale et les habitants de la ville.", "French"),
        ("arabic.txt", "هاجم مسلحون نقطة تفتيش للجيش يوم الثلاثاء وقتلوا ثلاثة جنود", "Arabic script"),
        ("script.html", b"<html><head><script>var x = 1;</script></head><body> </body></html>",
         "no article text"),
        ("many.jsonl", b'{"text": "x"}\n', "read_articles"),
    ],
)
def test_bad_input_raises_bad_input_error_naming_the_problem(
    tmp_path: Path, name: str, content: bytes | str, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(BadInputError, match=problem) as info:
        read_article(path)
    assert info.value.where == str(path)


def test_not_utf8_error_names_the_byte_and_its_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1252.txt", b"Police said \x93twelve\x94 people died.")
    with pytest.raises(BadInputError, match=r"0x93 at byte offset 12"):
        read_article(path)


def test_file_over_size_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ENGLISH * 20)
    with pytest.raises(BadInputError, match="over the limit of 1,000 bytes"):
        read_article(path, settings=Settings(max_article_bytes=1000))
    assert read_article(path, settings=Settings(max_article_bytes=10_000)).text


def test_missing_file_is_a_bad_input_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seize town",  # too short to judge: accepted
        "Regime forces shell western rebel-held countryside villages near border crossing",
        ENGLISH,
    ],
)
def test_english_and_short_headlines_pass_the_language_check(text: str) -> None:
    assert guess_language(text).english


@pytest.mark.parametrize(
    ("text", "detected"),
    [
        ("Bewaffnete haben am Dienstag einen Kontrollpunkt der Armee angegriffen und drei "
         "Soldaten getötet, sagten die Behörden der Stadt.", "German"),
        ("Hombres armados atacaron un puesto de control del ejército el martes y mataron a "
         "tres soldados, según las autoridades de la ciudad.", "Spanish"),
        ("Вооруженные люди напали на армейский блокпост во вторник и убили трех солдат", "Cyrillic script"),
    ],
)
def test_other_languages_are_detected_and_named(text: str, detected: str) -> None:
    guess = guess_language(text)
    assert not guess.english
    assert guess.detected == detected


# -- HTML -------------------------------------------------------------------------------


def test_html_gives_body_text_and_metadata_without_boilerplate() -> None:
    article = read_article(DATA / "report.html")
    assert "Thousands of protesters marched" in article.text
    assert "tracking" not in article.text and "All rights reserved" not in article.text
    assert article.title == "Protesters rally in capital"
    assert article.url == "https://news.example.org/world/rally"
    assert article.published == dt.date(2024, 5, 2)
    assert article.source == "Example Wire"
    assert article.id == ids.article_id(text=article.text, url=article.url)


def test_html_without_a_stated_date_keeps_published_none(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Clash</title></head><body><article><p>"
        + ENGLISH + " The previous clash there was on 3 March 2021, residents said.</p>"
        "<p>" + ENGLISH + "</p></article></body></html>"
    )
    article = read_article(write(tmp_path, "nodate.htm", html))
    assert article.published is None
    assert "3 March 2021" in article.text


def test_html_in_a_declared_legacy_charset_is_decoded_by_its_declaration(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 attack</title></head>'
        "<body><article><p>Gunmen attacked a caf\u00e9 in the town on Tuesday, killing two "
        "people, police said. \u201cIt was terrible,\u201d a witness said.</p></article></body></html>"
    )
    article = read_article(write(tmp_path, "legacy.html", html.encode("cp1252")))
    assert article.title == "Caf\u00e9 attack"
    assert "a caf\u00e9 in the town" in article.text and "\u201cIt was terrible,\u201d" in article.text


def test_caller_date_overrides_html_date_and_default_only_fills_gaps(tmp_path: Path) -> None:
    given = dt.date(2020, 1, 1)
    assert read_article(DATA / "report.html", published=given).published == given
    [item] = read_articles([DATA / "report.html"], default_published=given)
    assert isinstance(item, Article) and item.published == dt.date(2024, 5, 2)


# -- JSON Lines -------------------------------------------------------------------------


def test_jsonl_bad_lines_are_failures_and_good_lines_articles() -> None:
    items = list(read_articles([DATA / "articles.jsonl"]))
    where = [i.where for i in items if isinstance(i, IngestFailure)]
    jsonl = str(DATA / "articles.jsonl")
    assert where == [f"{jsonl}:line {n}" for n in (3, 5, 6, 7)]
    problems = {i.where.rsplit(" ", 1)[1]: i.problem for i in items if isinstance(i, IngestFailure)}
    assert "invalid JSON" in problems["3"]
    assert "'text'" in problems["5"]
    assert "French" in problems["6"]
    assert "last Tuesday" in problems["7"]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 3
    first = articles[0]
    assert (first.title, first.url, first.source) == (
        "Aid workers abducted", "https://news.example.org/1", "Example Wire",
    )
    assert first.published == dt.date(2024, 3, 4)
    assert articles[1].published == dt.date(2024, 3, 5)  # a datetime string keeps its date


def test_jsonl_defaults_fill_missing_date_and_source_only() -> None:
    items = read_articles(
        [DATA / "articles.jsonl"], default_published=dt.date(2000, 1, 1), default_source="Feed"
    )
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.published for a in articles] == [
        dt.date(2024, 3, 4), dt.date(2024, 3, 5), dt.date(2000, 1, 1),
    ]
    assert [a.source for a in articles] == ["Example Wire", "Feed", "Feed"]


def test_jsonl_line_over_size_limit_is_one_failure(tmp_path: Path) -> None:
    long = '{"text": "%s"}' % (ENGLISH.strip() * 10)
    path = write(tmp_path, "mixed.jsonl", '{"text": "%s"}\n%s\n' % (ENGLISH.strip(), long))
    items = list(read_articles([path], settings=Settings(max_article_bytes=500)))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], IngestFailure) and "over the limit" in items[1].problem
    assert items[1].where.endswith(":line 2")


# -- folders ----------------------------------------------------------------------------


def test_folder_with_one_broken_file_yields_failure_for_it_and_articles_for_the_rest(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "report.txt", folder / "b.txt")
    shutil.copy(DATA / "report.html", folder / "sub" / "c.html")
    shutil.copy(DATA / "wire.txt", folder / "a.txt")
    write(folder, "broken.txt", b"\xff\xfeG\x00u\x00n\x00")
    write(folder, ".hidden.txt", ENGLISH)
    items = list(read_articles([folder]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "IngestFailure", "Article"]
    failure = items[2]
    assert failure.where == str(folder / "broken.txt") and "binary" in failure.problem
    assert items == list(read_articles([folder]))  # deterministic


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    [item] = read_articles([tmp_path / "missing"])
    assert item == IngestFailure(str(tmp_path / "missing"), "no such file or folder")
