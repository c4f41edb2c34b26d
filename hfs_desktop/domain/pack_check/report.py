"""What the pack checker found: findings, readability scores, notes, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field


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
