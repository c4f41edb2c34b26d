"""The counseling content: loads, cites its sources, keeps numbers in facts, reads at grade 7.

Reading grade is measured with textstat 0.7.4 (offline syllable counts via pyphen) on each
section's full text as it prints, with sample personal values filled in: the same texts the
pack checker scores in the translations (``pack_check.section_texts``).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from hfs_desktop.domain.content import TOPIC_IDS, Content, load_content
from hfs_desktop.domain.pack_check import section_texts
from hfs_desktop.resources import content_languages, resource_path

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import textstat

MAX_GRADE = 7.0
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content("en")


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


def test_english_is_available() -> None:
    assert "en" in content_languages()


@pytest.mark.parametrize(
    "section",
    [*TOPIC_IDS, "personal", "key_points", "contact", "questions", "glossary"],
)
def test_reading_grade_at_most_7(content: Content, section: str) -> None:
    text = section_texts(content)[section]
    assert len(text.split()) > 20, f"{section} has almost no text"
    assert grade(text) <= MAX_GRADE, f"{section}: grade {grade(text):.1f}"


def test_all_four_topics_cover_the_brief(content: Content) -> None:
    recurrence = content.topics["recurrence"]
    assert {c.id for c in recurrence.causes} == {
        "vessels_lengthen",
        "high_pressure_arteries",
        "technique",
        "pad_changes",
        "new_vessel",
    }
    groups = content.topics["second_surgery"].risk_groups
    assert [g.id for g in groups] == ["general", "anesthesia", "nerve"]
    assert all(len(g.risks) >= 3 for g in groups)
    for tid in TOPIC_IDS:
        assert content.topics[tid].teach_back, f"{tid} has no teach-back prompt"


def _prose_strings(content: Content) -> list[tuple[str, str]]:
    out = []
    for tid in TOPIC_IDS:
        t = content.topics[tid]
        out += [(tid, s) for s in [t.title, t.summary]]
        for b in t.blocks:
            out += [(tid, s) for s in [b.text, *b.items]]
        out += [(tid, s) for c in t.causes for s in (c.title, c.text)]
        out += [(tid, s) for g in t.risk_groups for s in (g.title, *(r.text for r in g.risks))]
    out += [("key_points", k.text) for k in content.key_points]
    out += [("contact", r.text) for r in content.contact_reasons]
    out += [("personal", m.text) for m in content.milestones]
    out += [("personal", p.text) for p in content.phases]
    out += [("glossary", g.meaning) for g in content.glossary]
    return out


def test_numbers_only_come_from_facts(content: Content) -> None:
    """A digit typed into prose would be a number without a source: use fact("id")."""
    for where, text in _prose_strings(content):
        stripped = re.sub(r"\{\{.*?\}\}", "", text)
        assert not re.search(r"\d", stripped), f"{where}: digit in prose: {text!r}"


def test_every_fact_matches_the_policy(content: Content) -> None:
    f = content.facts
    assert f["immediate_relief"].per_100_low == 67
    assert "1 in 3" in f["delayed_recovery"].words
    assert "fewer than 10" not in f["delayed_recovery"].words
    # the evidence (Sindou & Mercier 2018; Miller 2012) narrows the seed's 80-90 to 85-90
    assert (f["lasting_relief"].per_100_low, f["lasting_relief"].per_100_high) == (85, 90)
    assert (f["recurrence"].per_100_low, f["recurrence"].per_100_high) == (2, 3)
    assert f["recurrence"].sources[0] == "S1"
    # the recovery picture no longer shows 100 of 100 recovering
    outcome = ("immediate_relief", "later_twitch_free", "still_twitching")
    assert sum(f[k].per_100_low or 0 for k in outcome) == 100
    assert (f["still_twitching"].per_100_low or 0) > 0
    # risks carry how many recover, and per 1,000 only where per 100 rounds to 0, said in
    # plain words ("out of 100 this rounds to 0" asked the reader to do the rounding)
    for fid, fact in f.items():
        if "1,000" in fact.words:
            assert "(fewer than 1 out of 100)" in fact.words, fid
            assert "rounds" not in fact.words, fid
    assert "3 to 6 months" not in " ".join(x.words for x in f.values())


def test_sources_point_at_the_seed_documents(content: Content) -> None:
    assert [s.id for s in content.sources][:3] == ["S1", "S2", "S3"]
    if SEEDS.is_dir():
        names = {p.stem for p in SEEDS.glob("*.txt")}
        assert {s.document for s in content.sources if s.document} <= names


def test_every_source_id_resolves_to_a_readable_citation(content: Content) -> None:
    """Each cited id is in meta.toml with a citation a reader can look up (a year or a
    named page), never a file name."""
    known = {s.id: s for s in content.sources}
    cited: set[str] = set()
    for fact in content.facts.values():
        cited |= set(fact.sources)
    for topic in content.topics.values():
        for b in topic.blocks:
            cited |= set(b.sources)
        cited |= {s for c in topic.causes for s in c.sources}
        cited |= {s for g in topic.risk_groups for s in g.sources}
    cited |= {s for k in content.key_points for s in k.sources}
    cited |= {s for p in content.phases for s in p.sources}
    cited |= {s for m in content.milestones for s in m.sources}
    cited |= {s for g in content.options.grids.values() for o in g.options for s in o.sources}
    cited |= set(content.safety.sources)
    assert cited <= set(known), sorted(cited - set(known))
    for src in known.values():
        assert len(src.citation) > 30, src.id
        assert not re.search(r"[0-9a-f]{16}", src.citation), f"{src.id} cites a file name"
        assert re.search(r"(19|20)\d\d", src.citation) or "web page" in src.citation, src.id
    line = content.string("source_line")
    assert "document" not in line


def test_source_tags_are_sorted_by_one_formatter(content: Content) -> None:
    assert content.source_tag(["E2", "S3", "S1", "E1", "S1"]) == "[S1, S3, E1, E2]"
    assert content.source_tag([]) == ""


def test_no_sentence_copied_from_the_seeds(content: Content) -> None:
    """Plain words, written anew: no run of 8 words may match a seed."""
    if not SEEDS.is_dir():
        pytest.skip("seeds not beside the checkout")

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z]+", text.lower())
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    seed_grams: set[tuple[str, ...]] = set()
    for path in SEEDS.glob("*.txt"):
        seed_grams |= grams(path.read_text(encoding="utf-8"))
    ours = grams("\n".join(section_texts(content).values()))
    assert not (ours & seed_grams), sorted(ours & seed_grams)[:3]


def test_review_dates_are_printed_values(content: Content) -> None:
    assert content.next_review_date > content.review_date


def test_resource_locator_names_unknown_resources() -> None:
    from hfs_desktop.resources import ResourceNotFoundError

    with pytest.raises(ResourceNotFoundError, match="no-such-font.ttf"):
        resource_path("fonts", "no-such-font.ttf")
    with pytest.raises(ResourceNotFoundError):
        resource_path("..", "pyproject.toml")
