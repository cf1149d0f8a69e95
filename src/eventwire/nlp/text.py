"""Shared helpers for reading a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.analysis import TextSpan


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token on each access."""
    text = doc.user_data.get("ew_text")
    if text is None:
        text = doc.user_data["ew_text"] = doc.text
    return text


def text_span(doc: Doc, start: int, end: int) -> TextSpan:
    """A TextSpan without surrounding blanks (the blanked dateline leaves some)."""
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextSpan(start, end, text[start:end])


def token_span(token: Token) -> TextSpan:
    """One token as a TextSpan."""
    return TextSpan(token.idx, token.idx + len(token.text), token.text)
