"""Check a translated content pack against the English one: ``hfs-desktop check-pack es``.

A pack (``resources/content/<language>/``) must say everything English says, in the same
shape, and change nothing but the words:

- every file, key, list entry, id, source list and condition of ``en`` is there, unchanged;
- every Jinja placeholder (``{{ fact("…") }}``, ``{{ date("…") }}``, ``{% if … %}``) and every
  ``{field}`` of a format string is kept, and no digit is typed that English does not type;
- every picture word (``domain/pictures/common.py`` ``WORDS``) has its translation;
- no English is left (a string identical to English, or English stop-words / mostly Latin
  words where the language is not written in Latin letters);
- dates and numbers print the language's way (known forms for the languages we ship);
- the text reads easily: Spanish by Fernández-Huerta (textstat 0.7.4, offline syllables from
  pyphen), Chinese by characters per sentence; budgets beside the English grade budget.

Run ``python3 -m hfs_desktop.domain.pack_check es`` (or ``hfs-desktop check-pack es``); exit
status 0 when the pack passes. ``tests/domain/test_pack_check.py`` runs it on every pack.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hfs_desktop.domain.content import TOPIC_IDS, Content, ContentError, load_content
from hfs_desktop.resources import content_languages, resource_path

REFERENCE = "en"

# Keys whose values are data, not words: a pack must keep them exactly as English has them.
STRUCTURAL = frozenset(
    {
        "id",
        "type",
        "sources",
        "stages",
        "twitching",
        "from_days",
        "to_days",
        "order",
        "check_up",
        "offset",
        "picture",
        "grid",
        "common",
        "chance_fact",
        "topic",
        "content_version",
        "review_date",
        "next_review_date",
        "diary_rows",
        "own_questions_blank_lines",
    }
)
# meta.toml keys that are the language's own (not a translation of English's).
OWN_META = frozenset({"language", "dates", "numbers", "translation"})

# Words that are English and not Spanish (short words such as "a", "no", "me" are both).
ENGLISH_STOP_WORDS = frozenset(
    {
        "the",
        "and",
        "you",
        "your",
        "yours",
        "with",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "have",
        "has",
        "had",
        "not",
        "for",
        "after",
        "before",
        "from",
        "what",
        "when",
        "where",
        "which",
        "who",
        "how",
        "people",
        "out",
        "about",
        "it",
        "its",
        "they",
        "them",
        "their",
        "there",
        "or",
        "if",
        "at",
        "by",
        "may",
        "more",
        "than",
        "some",
        "most",
        "into",
        "over",
        "only",
        "also",
        "very",
        "just",
        "because",
        "while",
        "does",
        "do",
        "did",
        "get",
        "gets",
        "back",
    }
)

SAMPLE_DATE = dt.date(2027, 6, 3)
SAMPLE_NUMBERS = (1105, 12000)
# How the languages we ship write the sample date and numbers (checked against the pack).
KNOWN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("3 June 2027", ("1,105", "12,000")),
    "es": ("3 de junio de 2027", ("1105", "12\u00a0000")),
    "zh-Hans": ("2027年6月3日", ("1,105", "12,000")),
}
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Readability budgets, one per measure (English: Flesch-Kincaid grade <= 7 per section).
# Fernández-Huerta (Spanish): 60-70 "normal" is grade 7-8, 70-80 "fairly easy" grade 6; a
# section must score at least this (grade 6-7), on the stricter of two syllable counts.
MIN_FERNANDEZ_HUERTA = 70.0
# Chinese: plain-language guides ask for short sentences, about 20 characters or fewer on
# average; a section's mean may not pass this, nor any one sentence the longest budget.
MAX_HAN_PER_SENTENCE = 20.0
MAX_HAN_LONGEST_SENTENCE = 45


@dataclass(frozen=True)
class Finding:
    """One thing wrong in a pack: where (file and key path) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Readability:
    """One section's reading ease in the pack's language, against its budget."""

    section: str
    measure: str
    value: float
    budget: float
    ok: bool
    detail: str = ""

    def __str__(self) -> str:
        mark = "ok" if self.ok else "OVER BUDGET"
        extra = f" ({self.detail})" if self.detail else ""
        value = f"{self.measure} {self.value:.1f} (budget {self.budget:g})"
        return f"{self.section}: {value} {mark}{extra}"


@dataclass
class PackReport:
    """Everything the checker found for one language."""

    language: str
    findings: list[Finding] = field(default_factory=list)
    readability: list[Readability] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings and all(r.ok for r in self.readability)


# --- comparing the files -----------------------------------------------------------------------

_JINJA = re.compile(r"\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}", re.S)
_FORMAT_FIELD = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
_TAG = re.compile(r"<[^>]+>")
_DIGITS = re.compile(r"\d+")


def _jinja_parts(text: str) -> Counter[str]:
    return Counter(" ".join((a or b).split()) for a, b in _JINJA.findall(text))


def _literal(text: str) -> str:
    """The words a reader sees: no Jinja, no {fields}, no markup tags."""
    return _TAG.sub(" ", _FORMAT_FIELD.sub(" ", _JINJA.sub(" ", text)))


def _is_latin_script(language: str) -> bool:
    return language.split("-")[0] not in ("zh", "ja", "ko", "ar", "he", "ru", "el", "th")


def _english_left(
    text: str, english: str, language: str, same: frozenset[str] = frozenset()
) -> str:
    """Why ``text`` looks untranslated, or "" when it does not. ``same``: words the pack
    declares are written the same in both languages (``[translation] same_as_english``)."""
    seen, ref = _literal(text), _literal(english)
    letters = [c for c in seen if c.isalpha()]
    if len(letters) < 4:
        return ""
    normal = " ".join(seen.lower().split())
    if normal == " ".join(ref.lower().split()) and normal not in same:
        return "same as the English"
    words = re.findall(r"[A-Za-z']+", seen)
    if _is_latin_script(language):
        stop = [w for w in words if w.lower() in ENGLISH_STOP_WORDS]
        if len(stop) >= 2:
            return f"English words left: {', '.join(sorted(set(stop)))}"
        return ""
    latin = sum(len(w) for w in words if len(w) > 1)
    if len([w for w in words if len(w) > 1]) >= 3 and latin > 0.3 * len(letters):
        return f"mostly Latin letters: {' '.join(words[:8])}"
    return ""


class _Compare:
    def __init__(self, language: str, report: PackReport, same: frozenset[str]) -> None:
        self.language = language
        self.report = report
        self.same = same

    def add(self, where: str, message: str) -> None:
        self.report.findings.append(Finding(where, message))

    def tree(self, ref: Any, pack: Any, where: str, key: str) -> None:
        if isinstance(ref, dict):
            if not isinstance(pack, dict):
                self.add(where, "should be a table like English's")
                return
            for k, v in ref.items():
                if k not in pack:
                    self.add(f"{where}.{k}", "missing (English has it)")
                else:
                    self.tree(v, pack[k], f"{where}.{k}", k)
            for k in pack:
                if k not in ref:
                    self.add(f"{where}.{k}", "not in English: a key English does not have")
        elif isinstance(ref, list):
            if not isinstance(pack, list) or len(pack) != len(ref):
                got = len(pack) if isinstance(pack, list) else type(pack).__name__
                self.add(where, f"should list {len(ref)} entries like English, has {got}")
                return
            for i, (r, p) in enumerate(zip(ref, pack, strict=True)):
                self.tree(r, p, f"{where}[{i}]", key)
        elif isinstance(ref, str) and key not in STRUCTURAL:
            if not isinstance(pack, str):
                self.add(where, "should be text")
                return
            self.prose(ref, pack, where)
        elif pack != ref:
            self.add(where, f"is data, not words: must stay {ref!r} (has {pack!r})")

    def prose(self, ref: str, pack: str, where: str) -> None:
        if ref.strip() and not pack.strip():
            self.add(where, "empty")
            return
        if _jinja_parts(ref) != _jinja_parts(pack):
            want, got = _jinja_parts(ref), _jinja_parts(pack)
            lost, extra = sorted((want - got).elements()), sorted((got - want).elements())
            self.add(where, f"placeholders differ from English: missing {lost}, extra {extra}")
        lit_ref = _JINJA.sub(" ", ref)
        lit_pack = _JINJA.sub(" ", pack)
        if Counter(_FORMAT_FIELD.findall(lit_ref)) != Counter(_FORMAT_FIELD.findall(lit_pack)):
            self.add(where, "{fields} differ from English")
        digits_ref = sorted(_DIGITS.findall(_FORMAT_FIELD.sub(" ", lit_ref)))
        digits_pack = sorted(_DIGITS.findall(_FORMAT_FIELD.sub(" ", lit_pack)))
        if digits_ref != digits_pack:
            self.add(where, f"types digits {digits_pack}; English has {digits_ref}")
        why = _english_left(pack, ref, self.language, self.same)
        if why:
            self.add(where, f"untranslated? {why}: {pack[:70]!r}")


def english_digest() -> str:
    """A fingerprint of the English pack's words (its data parsed, comments left out): a
    translation records the one it was made from (``[translation] english_digest``), so a
    later change to the English text shows up as a stale translation."""
    import hashlib
    import json

    folder = resource_path("content", REFERENCE)
    parsed = {rel.as_posix(): _read(folder / rel) for rel in _toml_files(folder)}
    blob = json.dumps(parsed, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _toml_files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*.toml"))


def _read(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _compare_files(language: str, report: PackReport) -> None:
    ref_dir, pack_dir = resource_path("content", REFERENCE), resource_path("content", language)
    try:
        table = _read(pack_dir / "meta.toml").get("translation", {})
    except (OSError, tomllib.TOMLDecodeError):
        table = {}
    same = frozenset(str(w).lower() for w in table.get("same_as_english", ()))
    cmp = _Compare(language, report, same)
    ref_files, pack_files = _toml_files(ref_dir), _toml_files(pack_dir)
    for extra in sorted(set(pack_files) - set(ref_files)):
        cmp.add(str(extra), "a file English does not have")
    for rel in ref_files:
        if rel not in pack_files:
            cmp.add(str(rel), "missing (English has this file)")
            continue
        try:
            ref, pack = _read(ref_dir / rel), _read(pack_dir / rel)
        except tomllib.TOMLDecodeError as exc:
            cmp.add(str(rel), f"not valid TOML ({exc})")
            continue
        name = rel.as_posix()
        if name == "meta.toml":
            for k in OWN_META:
                ref.pop(k, None)
            if "translation" not in pack:
                cmp.add(name, "has no [translation] table (translation status)")
            elif pack["translation"].get("english_digest") != english_digest():
                cmp.add(
                    name,
                    "the English text has changed since this translation was made: bring the "
                    "pack up to date (git diff the English pack), then set [translation] "
                    f'english_digest = "{english_digest()}"',
                )
            pack = {k: v for k, v in pack.items() if k not in OWN_META}
        if name == "handout.toml":
            _picture_words(cmp, ref.pop("picture_words", {}), pack.pop("picture_words", None))
        cmp.tree(ref, pack, name, "")


def _picture_words(cmp: _Compare, ref: Mapping[str, str], pack: object) -> None:
    """Every picture word (English defaults in code, overridden in en's handout.toml)."""
    from hfs_desktop.domain.pictures.common import WORDS

    english = {**WORDS, **ref}
    if not isinstance(pack, dict):
        cmp.add("handout.toml [picture_words]", "missing: the pictures would print in English")
        return
    for key, words in english.items():
        where = f"handout.toml picture_words.{key}"
        if key not in pack:
            cmp.add(where, "missing (the picture would print it in English)")
        elif isinstance(pack[key], str):
            cmp.prose(words, pack[key], where)
    for key in sorted(set(pack) - set(english)):
        cmp.add(f"handout.toml picture_words.{key}", "not a picture word")


# --- the loaded pack: dates, numbers, facts ----------------------------------------------------


def _formats(content: Content, report: PackReport) -> None:
    lang = content.language
    date, numbers = (
        content.dates.format(SAMPLE_DATE),
        tuple(content.format_number(n) for n in SAMPLE_NUMBERS),
    )
    report.notes.append(f"date {SAMPLE_DATE.isoformat()} prints {date!r}; numbers {numbers}")
    if lang in KNOWN_FORMS:
        want_date, want_numbers = KNOWN_FORMS[lang]
        if date != want_date:
            report.findings.append(
                Finding("meta.toml [dates]", f"{date!r}, expected {want_date!r}")
            )
        if numbers != want_numbers:
            report.findings.append(
                Finding("meta.toml [numbers]", f"{numbers}, expected {want_numbers}")
            )
    elif not lang.startswith("en") and any(m in date for m in ENGLISH_MONTHS):
        report.findings.append(Finding("meta.toml [dates]", f"English month name in {date!r}"))
    for fact in content.facts.values():
        for n in fact.numbers:
            if content.format_number(n) not in fact.words:
                report.findings.append(
                    Finding(f"facts.toml [{fact.id}]", f"{n} not printed the language's way")
                )


# --- readability -------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return _TAG.sub("", text).replace("&amp;", "&")


def section_texts(content: Content) -> dict[str, str]:
    """Each section's printed words (one text per topic, the personal part, key points, ...)."""
    sample = {
        "you": str(content.strings.get("you", "you")),
        "side": str(content.strings.get("side_word_left", "left")),
        "clinic_phone": "0161 555 0142",
        "out_of_hours_phone": "",
        "emergency_number": "",
        "months": 4,
        "date": lambda _id: content.dates.format(SAMPLE_DATE),
    }

    def render(texts: Iterable[str]) -> str:
        return "\n".join(_plain(str(content.render(t, **sample))) for t in texts if t)

    out = {}
    for tid in TOPIC_IDS:
        topic = content.topics[tid]
        parts = [topic.title, topic.summary]
        for b in topic.blocks:
            if b.type != "clinician_note":
                parts += [b.text, *b.items]
        for c in topic.causes:
            parts += [c.title, c.text]
        for g in topic.risk_groups:
            parts += [g.title, *(r.text for r in g.risks)]
        parts += [t.prompt for t in topic.teach_back]
        out[tid] = render(parts)
    out["personal"] = render(
        [m.text for m in content.milestones]
        + [t for m in content.milestones for t in m.by_twitching.values()]
        + [ph.text for ph in content.phases]
        + [step for ph in content.phases for step in ph.next_steps]
    )
    out["key_points"] = render(k.text for k in content.key_points)
    out["contact"] = render([content.contact_intro, *(r.text for r in content.contact_reasons)])
    out["questions"] = render(q.text for q in content.prompts)
    out["glossary"] = render(g.meaning for g in content.glossary)
    return out


def _textstat() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat  # a development tool (pinned 0.7.4: 0.7.5+ downloads data at run time)

    return textstat


def fernandez_huerta(text: str) -> float:
    """Spanish reading ease (higher is easier), textstat 0.7.4 with pyphen's Spanish syllables."""
    ts = _textstat()
    ts.set_lang("es")
    try:
        return float(ts.fernandez_huerta(text))
    finally:
        ts.set_lang("en_US")


_ES_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+")
_ES_VOWELS = re.compile(r"[aeiouáéíóúü]+")
_ES_NUCLEUS = set("aeoáéíóú")  # a, e, o and accented i/u each make a syllable of their own


def spanish_syllables(word: str) -> int:
    """Syllables of a Spanish word by its vowel nuclei (diphthongs count once, hiatus twice)."""
    total = 0
    for group in _ES_VOWELS.findall(word.lower()):
        total += max(1, sum(1 for c in group if c in _ES_NUCLEUS))
    return max(1, total)


def fernandez_huerta_vowels(text: str) -> float:
    """Fernández-Huerta with syllables counted by vowel nuclei. textstat counts pyphen's
    hyphenation points, which never split off a word's first or last letter ("ope-ra-ción":
    three, not four), so it reads Spanish about five to ten points easier than it is."""
    words = _ES_WORD.findall(text)
    sentences = [s for s in re.split(r"[.!?¿¡:;\n]+", text) if _ES_WORD.search(s)]
    if not words or not sentences:
        return 0.0
    per_word = sum(spanish_syllables(w) for w in words) / len(words)
    return 206.84 - 60 * per_word - 1.02 * len(words) / len(sentences)


_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")


def han_per_sentence(text: str) -> tuple[float, int]:
    """Chinese: mean and longest count of characters (not punctuation, not spaces) a sentence."""
    counts = []
    for sentence in _SENTENCE_END.split(text):
        n = sum(
            1
            for c in sentence
            if not c.isspace() and not unicodedata.category(c).startswith(("P", "S"))
        )
        if n:
            counts.append(n)
    if not counts:
        return 0.0, 0
    return sum(counts) / len(counts), max(counts)


def _readability(content: Content, report: PackReport) -> None:
    base = content.language.split("-")[0]
    texts = section_texts(content)
    measure: Callable[[str, str], Readability] | None = None
    if base == "es":
        try:
            _textstat()
        except ImportError:
            report.notes.append("textstat is not installed: Spanish readability not measured")
            return

        def measure(section: str, text: str) -> Readability:
            textstat_value, vowels = fernandez_huerta(text), fernandez_huerta_vowels(text)
            value = min(textstat_value, vowels)  # the stricter of the two syllable counts
            return Readability(
                section,
                "Fernández-Huerta",
                value,
                MIN_FERNANDEZ_HUERTA,
                value >= MIN_FERNANDEZ_HUERTA,
                f"textstat {textstat_value:.1f}, vowel nuclei {vowels:.1f}",
            )

    elif base == "zh":

        def measure(section: str, text: str) -> Readability:
            mean, longest = han_per_sentence(text)
            ok = mean <= MAX_HAN_PER_SENTENCE and longest <= MAX_HAN_LONGEST_SENTENCE
            return Readability(
                section,
                "characters per sentence",
                mean,
                MAX_HAN_PER_SENTENCE,
                ok,
                f"longest {longest}, budget {MAX_HAN_LONGEST_SENTENCE}",
            )

    if measure is None:
        report.notes.append(f"no readability measure for {content.language!r}")
        return
    for section, text in texts.items():
        report.readability.append(measure(section, text))


# --- entry points ------------------------------------------------------------------------------


def check_pack(language: str) -> PackReport:
    """Check one pack against English; see the module docstring for what is checked."""
    report = PackReport(language)
    if language not in content_languages():
        report.findings.append(
            Finding(language, f"no content pack; available: {', '.join(content_languages())}")
        )
        return report
    if language != REFERENCE:
        _compare_files(language, report)
    try:
        content = load_content(language)
    except ContentError as exc:
        report.findings.append(Finding(language, f"does not load: {exc}"))
        return report
    if language != REFERENCE and content.translation is None:
        report.findings.append(Finding("meta.toml", "no [translation] status"))
    _formats(content, report)
    _readability(content, report)
    if content.translation is not None:
        report.notes.append(f"translation status: {content.translation.summary}")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hfs-desktop check-pack",
        description="Check a translated content pack against the English one.",
    )
    parser.add_argument("languages", nargs="*", help="e.g. es zh-Hans (default: every pack)")
    args = parser.parse_args(argv)
    languages = args.languages or [x for x in content_languages() if x != REFERENCE]
    failed = False
    for language in languages:
        report = check_pack(language)
        print(f"== {language}: {'passes' if report.ok else 'FAILS'}")
        for note in report.notes:
            print(f"   {note}")
        for r in report.readability:
            print(f"   readability {r}")
        for finding in report.findings:
            print(f"   {finding}")
        failed = failed or not report.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
