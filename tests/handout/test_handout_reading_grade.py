"""Reading grade of the generated handouts, as the patient reads them.

Flesch-Kincaid (textstat 0.7.4, offline) on every sub-section, with headings as boundaries,
and on the whole handout, for every example session. A list item is read as a sentence of
its own (it is printed on its own line), so items without a full stop get one.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from hfs_desktop.domain import document as d
from hfs_desktop.domain.content import load_content
from hfs_desktop.resources import resource_path
from hfs_desktop.storage.session_file import load_session

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import textstat

MAX_SUB_SECTION = 7.0
MAX_WHOLE = 6.0
EXAMPLES = sorted(resource_path("examples").glob("*.json"))


def plain(markup: object) -> str:
    text = re.sub(r"<[^>]+>", "", str(markup))
    for entity, char in (("&#34;", '"'), ("&#39;", "'"), ("&amp;", "&"), ("&lt;", "<")):
        text = text.replace(entity, char)
    return re.sub(r"\s+", " ", text).strip()


def sentences(items: object) -> list[str]:
    out = []
    for item in items:  # type: ignore[attr-defined]
        text = plain(item)
        if text and text[-1] not in ".?!:":
            text += "."
        out.append(text)
    return out


def block_sentences(block: d.Block) -> list[str]:
    if isinstance(block, d.Paragraph):
        return sentences([block.text])
    if isinstance(block, d.Bullets):
        return sentences(block.items)
    if isinstance(block, d.TableBlock):
        return sentences([c for row in block.rows for c in row])
    if isinstance(block, d.OptionGridBlock):
        cells = [c for _label, row in block.rows for c in row]
        return sentences([block.decision, block.intro, *cells])
    if isinstance(block, d.ValuesBlock):
        return sentences([block.intro, *(v for v, _ in block.values), block.sure_intro])
    if isinstance(block, d.CheckList):
        return sentences([x for i in block.items for x in (i.title, i.text) if x])
    if isinstance(block, d.Milestones):
        return sentences([block.phase or "", *(r[2] for r in block.rows)])
    return []


def sub_sections(doc: d.HandoutDocument) -> list[tuple[str, str]]:
    """(heading, text) for each part of the handout a patient reads on its own."""
    parts: list[tuple[str, list[str]]] = [
        ("purpose", sentences([doc.purpose])),
        (str(doc.key_points_title), sentences(k.text for k in doc.key_points)),
    ]
    if doc.safety is not None:
        s = doc.safety
        parts.append(
            (
                str(s.title),
                sentences(
                    [s.intro, s.emergency_title, *s.emergency, s.emergency_call]
                    + [s.same_day_title, *s.same_day, s.same_day_call]
                ),
            )
        )
    for section in doc.sections:
        parts.append((str(section.title), sentences([section.summary])))
        for block in section.blocks:
            if isinstance(block, d.Heading):
                parts.append((str(block.text), []))
            else:
                parts[-1][1].extend(block_sentences(block))
    parts.append((str(doc.next_steps_title), sentences(doc.next_steps)))
    parts.append(
        (
            str(doc.contact_title),
            sentences([doc.contact_intro, *(r.text for r in doc.contact_reasons)]),
        )
    )
    parts.append((str(doc.glossary_title), sentences(m for _t, m in doc.glossary)))
    return [(title, " ".join(text)) for title, text in parts if text]


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: Path(p).stem)
def test_every_sub_section_and_the_whole_handout_read_easily(example: Path) -> None:
    doc = d.build_document(load_session(example), load_content("en"))
    parts = sub_sections(doc)
    assert len(parts) > 10
    too_hard = [
        (title, round(grade(text), 1))
        for title, text in parts
        if len(text.split()) >= 8 and grade(text) > MAX_SUB_SECTION
    ]
    assert not too_hard, too_hard
    whole = " ".join(text for _title, text in parts)
    assert grade(whole) <= MAX_WHOLE, grade(whole)
