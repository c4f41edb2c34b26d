"""A small, offline Flesch-Kincaid grade for the clinician's notes. No Qt, no dictionaries.

The grade is ``0.39 * words/sentences + 11.8 * syllables/words - 15.59``. Syllables are
counted with the usual vowel-group rule (a silent final "e" does not count, "-le" does), which
is close to dictionary counts for everyday English and needs no download: textstat 0.7.5+
fetches an NLTK dictionary at run time and pyphen is not a runtime dependency.

The number is a hint for plain language ("grade 8 or below"), not a measurement to trust to a
decimal; the meter rounds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLAIN_LANGUAGE_GRADE = 8  # above this the window suggests simpler words
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
# Words whose vowel groups the rule gets wrong in ways that matter for common clinic text.
_EXCEPTIONS = {"the": 1, "are": 1, "were": 1, "one": 1, "once": 1, "people": 2, "every": 2}


def count_syllables(word: str) -> int:
    """Syllables in one English word by vowel groups; at least 1."""
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 1
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    count = len(_VOWEL_GROUP.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "make", "side", "nerve"
    if len(w) > 3 and count > 1:
        if w.endswith("ed") and w[-3] not in "aeiouytd":
            count -= 1  # "asked", "moved" (but "wanted", "needed" keep the syllable)
        elif w.endswith("es") and w[-3] not in "aeiouycszxgh":
            count -= 1  # "makes", "types" (but "places", "boxes", "changes" keep it)
    return max(1, count)


def count_sentences(text: str) -> int:
    """Sentence ends, plus lines that end without punctuation (notes are often lists)."""
    total = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not _WORD.search(stripped):
            continue
        ends = len(_SENTENCE_END.findall(stripped))
        if not _SENTENCE_END.search(stripped[-3:] if stripped else ""):
            ends += 1  # the line's last words form a sentence of their own
        total += max(1, ends)
    return total


@dataclass(frozen=True)
class ReadingLevel:
    """A text's reading grade with the counts it was computed from."""

    grade: float
    words: int
    sentences: int

    @property
    def rounded(self) -> int:
        return max(0, round(self.grade))

    @property
    def plain(self) -> bool:
        return self.rounded <= PLAIN_LANGUAGE_GRADE


def reading_level(text: str) -> ReadingLevel | None:
    """The Flesch-Kincaid grade of English text, or None when there are no English words."""
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = max(1, count_sentences(text))
    syllables = sum(count_syllables(w) for w in words)
    grade = 0.39 * (len(words) / sentences) + 11.8 * (syllables / len(words)) - 15.59
    return ReadingLevel(grade=grade, words=len(words), sentences=sentences)
