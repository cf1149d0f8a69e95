"""An offline, dependency-free guess at whether a text is English.

The guess counts English function words (articles, pronouns, prepositions, auxiliaries):
they make up roughly 35-50% of the words of English news prose, whatever its topic, and
proper names or numbers barely move that share. A text in another Latin-script language
scores low on English and high on its own function words; a text in another script is
caught by counting letters by Unicode script first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

ENGLISH = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours out over own said same she should so some such than that the
    their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours""".split()
)

# A few distinctive function words per language, only to say what a rejected text looks like.
OTHERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "French": "de le la les des du et est une dans pour que qui sur pas par avec au aux ce "
        "sont ont été il elle ils nous vous leur",
        "Spanish": "de el la los las del y es una en para que por con se su sus lo como más "
        "fue han son pero este esta",
        "Portuguese": "de o a os as do da dos das e é um uma em para que por com se não foi são "
        "mais no na nos nas",
        "German": "der die das und ist nicht ein eine zu den mit von sich auf für im dem des "
        "auch wurde sind werden",
        "Italian": "il lo la gli le di e è un una che per non con del della sono nel alla "
        "anche stato ha",
        "Dutch": "de het een en is van op te dat die niet zijn met voor er werd ook aan "
        "door hij",
        "Indonesian": "yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah "
        "juga ke oleh",
        "Turkish": "ve bir bu da de için ile olarak çok daha olan gibi ama ancak",
    }.items()
}

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SHORT_WORDS = 8  # below this many words the guess is not made: the text is accepted
SHORT_TEXT = 100  # from this many words on, a text with almost no English is rejected
ENGLISH_SHARE = 0.18  # English news prose: 30-50%; telegraphic headlines can be lower
OTHER_SHARE = 0.10  # another language's function words must reach this share to convict
LOW_SHARE = 0.08


@dataclass(frozen=True)
class LanguageGuess:
    """What the heuristic saw: English or not, and what it looks like instead."""

    english: bool
    words: int
    english_share: float
    detected: str | None = None  # e.g. "French", "Arabic script"; None when unsure

    def describe(self) -> str:
        """A one-line reason for a rejection."""
        what = f"; it looks like {self.detected}" if self.detected else ""
        return (
            f"text does not look like English: English function words are "
            f"{self.english_share:.0%} of {self.words} words{what}"
        )


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in {"CJK", "HIRAGANA", "KATAKANA"}:
        return "Chinese/Japanese script"
    if first == "HANGUL":
        return "Korean script"
    return "Latin script" if first == "LATIN" else f"{first.title()} script"


def guess_language(text: str) -> LanguageGuess:
    """Guess whether ``text`` is English; short texts are given the benefit of the doubt."""
    letters = [c for c in text if c.isalpha()]
    if letters:
        scripts = Counter(_script_of(c) for c in letters[:20_000])
        script, count = scripts.most_common(1)[0]
        if script != "Latin script" and count > 0.5 * sum(scripts.values()):
            words = len(WORD.findall(text))
            return LanguageGuess(False, words, _share(text), detected=script)
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < SHORT_WORDS:
        return LanguageGuess(True, len(words), _share_of(words))
    share = _share_of(words)
    if share >= ENGLISH_SHARE:
        return LanguageGuess(True, len(words), share)
    # Headlines and short wire items are telegraphic: few function words. Reject only on
    # positive evidence of another language, or a long text with almost no English.
    best, best_share = None, 0.0
    for name, vocab in OTHERS.items():
        other = sum(w in vocab for w in words) / len(words)
        if other > best_share:
            best, best_share = name, other
    if best_share > share and best_share >= OTHER_SHARE:
        return LanguageGuess(False, len(words), share, detected=best)
    if len(words) >= SHORT_TEXT and share < LOW_SHARE:
        return LanguageGuess(False, len(words), share)
    return LanguageGuess(True, len(words), share)


def _share_of(words: list[str]) -> float:
    return sum(w in ENGLISH for w in words) / len(words) if words else 0.0


def _share(text: str) -> float:
    return _share_of([w.lower() for w in WORD.findall(text)])
