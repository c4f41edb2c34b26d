"""A pack's files against English's, key by key: the same shape, the same data, the same
placeholders and digits, every picture word, and no English left in the words."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hfs_desktop.domain.pack_check.report import Finding, PackReport
from hfs_desktop.domain.pack_check.text import (
    DIGITS,
    FORMAT_FIELD,
    JINJA,
    english_left,
    jinja_parts,
    word_set,
)
from hfs_desktop.resources import resource_path

REFERENCE = "en"

# Keys whose values are data, not words: a pack must keep them exactly as English has them.
STRUCTURAL = word_set(
    """
    id type sources stages twitching from_days to_days order check_up offset picture grid
    common chance_fact topic content_version review_date next_review_date diary_rows
    own_questions_blank_lines
    """
)
# meta.toml keys that are the language's own (not a translation of English's).
OWN_META = frozenset({"language", "dates", "numbers", "translation"})


class _Compare:
    """Walks English's tree and the pack's side by side, adding a Finding per difference."""

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
        if jinja_parts(ref) != jinja_parts(pack):
            want, got = jinja_parts(ref), jinja_parts(pack)
            lost, extra = sorted((want - got).elements()), sorted((got - want).elements())
            self.add(where, f"placeholders differ from English: missing {lost}, extra {extra}")
        lit_ref = JINJA.sub(" ", ref)
        lit_pack = JINJA.sub(" ", pack)
        if Counter(FORMAT_FIELD.findall(lit_ref)) != Counter(FORMAT_FIELD.findall(lit_pack)):
            self.add(where, "{fields} differ from English")
        digits_ref = sorted(DIGITS.findall(FORMAT_FIELD.sub(" ", lit_ref)))
        digits_pack = sorted(DIGITS.findall(FORMAT_FIELD.sub(" ", lit_pack)))
        if digits_ref != digits_pack:
            self.add(where, f"types digits {digits_pack}; English has {digits_ref}")
        why = english_left(pack, ref, self.language, self.same)
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


def compare_files(language: str, report: PackReport) -> None:
    """Every file of the pack against English's (see the module docstring)."""
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
