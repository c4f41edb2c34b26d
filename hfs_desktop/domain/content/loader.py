"""One language folder → ``Content``: every file read, cross-checked and put together."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hfs_desktop.domain.content.facts import _facts
from hfs_desktop.domain.content.language import _date_style, _number_style, _translation
from hfs_desktop.domain.content.model import (
    TOPIC_IDS,
    Condition,
    ContactReason,
    GlossaryTerm,
    KeyPoint,
    Milestone,
    Phase,
    QuestionPrompt,
    SafetyNet,
    Source,
)
from hfs_desktop.domain.content.options import _options
from hfs_desktop.domain.content.pack import Content
from hfs_desktop.domain.content.templates import _make_env
from hfs_desktop.domain.content.toml_files import ContentError, _need, _read, _srcs
from hfs_desktop.domain.content.topics import _condition, _topic


def _load(folder: Path) -> Content:
    meta = _read(folder, "meta.toml")
    shared_sources = _read(folder.parent, "sources.toml")
    sources = tuple(
        Source(
            _need(s, "id", "sources.toml"),
            _need(s, "citation", f"sources.toml {s.get('id')}"),
            s.get("document", ""),
            s.get("title", ""),
        )
        for s in _need(shared_sources, "sources", "sources.toml")
    )
    known = {s.id for s in sources}
    numbers = _number_style(meta)
    facts = _facts(_read(folder.parent, "facts.toml"), _read(folder, "facts.toml"), known, numbers)
    topics = {}
    for tid in TOPIC_IDS:
        topic = _topic(_read(folder / "topics", f"{tid}.toml"), f"topics/{tid}.toml", known)
        if topic.id != tid:
            raise ContentError(f"topics/{tid}.toml: id is {topic.id!r}, expected {tid!r}")
        topics[tid] = topic
    personal = _read(folder, "personal.toml")
    milestones = tuple(
        Milestone(
            m["id"],
            m["label"],
            m["offset"],
            m["text"],
            _srcs(m, "milestones", known),
            dict(m.get("by_twitching", {})),
        )
        for m in _need(personal, "milestones", "personal.toml")
    )
    phases = []
    for p in _need(personal, "phases", "personal.toml"):
        where = f"personal.toml phases {p.get('id')}"
        cond = _condition(p, where) or Condition()
        if cond.unless is not None:
            raise ContentError(f"{where}: unless is for topic blocks only")
        phases.append(
            Phase(
                _need(p, "id", where),
                cond.from_days,
                cond.to_days,
                _need(p, "text", where),
                _srcs(p, where, known),
                cond.stages,
                cond.twitching,
                tuple(_need(p, "next_steps", where)),
            )
        )
    check_up = personal.get("check_up", {"text": "", "sources": []})
    check_text, check_sources = check_up.get("text", ""), tuple(check_up.get("sources", ()))
    key_points = tuple(
        KeyPoint(
            text=k["text"],
            sources=_srcs(k, "key_points.toml", known),
            stages=tuple(k["stages"]),
            twitching=tuple(k.get("twitching", ())),
            order=int(k.get("order", 100)),
            check_up=k.get("check_up"),
            from_days=k.get("from_days"),
            to_days=k.get("to_days"),
        )
        for k in _need(_read(folder, "key_points.toml"), "points", "key_points.toml")
    )
    prompts = tuple(
        QuestionPrompt(q["id"], q["text"], q.get("topic", ""))
        for q in _need(_read(folder, "questions.toml"), "prompts", "questions.toml")
    )
    glossary = tuple(
        GlossaryTerm(g["term"], g["meaning"], _srcs(g, f"glossary {g.get('term')}", known))
        for g in _need(_read(folder, "glossary.toml"), "terms", "glossary.toml")
    )
    contact = _read(folder, "contact.toml")
    reasons = tuple(
        ContactReason(
            r["text"],
            _srcs(r, "contact.toml reasons", known),
            _condition(r, "contact.toml reasons"),
        )
        for r in _need(contact, "reasons", "contact.toml")
    )
    help_table = _need(contact, "get_help", "contact.toml")
    safety = SafetyNet(
        **{
            key: _need(help_table, key, "contact.toml [get_help]")
            for key in (
                "title",
                "intro",
                "emergency_title",
                "emergency_call",
                "same_day_title",
                "same_day_call",
            )
        },
        emergency=tuple(_need(help_table, "emergency", "contact.toml [get_help]")),
        same_day=tuple(_need(help_table, "same_day", "contact.toml [get_help]")),
        sources=_srcs(help_table, "contact.toml [get_help]", known),
    )
    about = {
        key: _need(meta, key, "meta.toml")
        for key in ("authors", "reviewers", "funding", "conflicts", "update_policy")
    }
    try:
        review = dt.date.fromisoformat(_need(meta, "review_date", "meta.toml"))
        next_review = dt.date.fromisoformat(_need(meta, "next_review_date", "meta.toml"))
    except (TypeError, ValueError) as exc:
        raise ContentError(f"meta.toml: review dates must be YYYY-MM-DD ({exc})") from None
    return Content(
        language=_need(meta, "language", "meta.toml"),
        dates=_date_style(meta),
        numbers=numbers,
        translation=_translation(meta, str(meta.get("language", ""))),
        version=str(_need(meta, "content_version", "meta.toml")),
        review_date=review,
        next_review_date=next_review,
        disclaimer=_need(meta, "disclaimer", "meta.toml"),
        sources=sources,
        facts=facts,
        glossary=glossary,
        topics=topics,
        milestones=milestones,
        phases=tuple(phases),
        check_up=check_text,
        check_up_sources=check_sources,
        key_points=key_points,
        prompts=prompts,
        contact_title=_need(contact, "title", "contact.toml"),
        contact_intro=_need(contact, "intro", "contact.toml"),
        contact_reasons=reasons,
        safety=safety,
        options=_options(_read(folder, "options.toml"), known, facts),
        about=about,
        strings=_read(folder, "handout.toml"),
        _env=_make_env(facts),
    )
