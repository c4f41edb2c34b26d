"""The window's settings: the clinic profile and one display preference. Never patient data.

Stored as one small JSON file, ``settings.json``, in ``$HFS_DESKTOP_HOME`` when that is set
(tests, portable installs) and otherwise in the platform's user config folder. It is written
atomically, so a crash never leaves half a file. Qt's own QSettings is not used: its default
locations would write to the user's real configuration.

What is stored, and nothing else:

- ``clinic``: clinic name, daytime phone, out-of-hours phone, local emergency number, default
  clinician, default paper, logo path, and the clinic's own outcome figures file (optional);
- ``ui``: the text size (percent) and the window's language ("" follows the system; the
  handout's language is chosen per patient and saved in the session file only).

No patient names, no session paths, no recent-file list, no window history.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hfs_desktop.domain.clinic_outcomes import (
    ClinicOutcomes,
    ClinicOutcomesError,
    load_clinic_outcomes,
)
from hfs_desktop.domain.session import PAPERS, Clinic, Paper, Session
from hfs_desktop.storage.atomic import write_atomic
from hfs_desktop.storage.user_dirs import config_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
TEXT_SIZES = (80, 90, 100, 115, 130, 150, 175, 200)  # percent of the normal size
DEFAULT_TEXT_SIZE = 100
MAX_FIELD = 300  # the same limit as the session's clinician and clinic name
MAX_PHONE = 100
MAX_EMERGENCY = 30  # the session schema's limit for clinic.emergency_number


def settings_dir() -> Path:
    """Where settings live: ``$HFS_DESKTOP_HOME`` when set, else the user config folder."""
    return config_dir()


def settings_path() -> Path:
    return settings_dir() / SETTINGS_FILE


@dataclass(frozen=True)
class ClinicProfile:
    """What every new consultation starts with. Describes the clinic, never a patient."""

    clinic_name: str = ""
    phone: str = ""
    clinician: str = ""
    paper: Paper = "a4"
    logo_path: str = ""
    out_of_hours_phone: str = ""
    emergency_number: str = ""
    outcomes_path: str = ""  # the clinic's own outcome figures (TOML or JSON), optional

    def outcomes(self) -> ClinicOutcomes | None:
        """The clinic's figures, or None (no file, or one that no longer reads: the published
        figures print then, and the profile dialog shows why)."""
        if not self.outcomes_path:
            return None
        try:
            return load_clinic_outcomes(Path(self.outcomes_path))
        except ClinicOutcomesError:
            log.warning("Clinic outcome figures could not be used; the published ones apply")
            return None

    def apply_to(self, session: Session) -> None:
        """Fill a new session's clinic, clinician and paper from the profile."""
        session.clinic = Clinic(
            name=self.clinic_name,
            phone=self.phone,
            out_of_hours_phone=self.out_of_hours_phone,
            emergency_number=self.emergency_number,
            outcomes=self.outcomes(),
        )
        session.clinician = self.clinician
        session.handout.paper = self.paper


@dataclass(frozen=True)
class Settings:
    """The clinic profile and the text size; nothing about patients."""

    profile: ClinicProfile = field(default_factory=ClinicProfile)
    text_size: int = DEFAULT_TEXT_SIZE
    window_language: str = ""  # "" = the system's language when translated, else English

    def with_text_size(self, size: int) -> Settings:
        return replace(self, text_size=nearest_text_size(size))


def nearest_text_size(size: int) -> int:
    return min(TEXT_SIZES, key=lambda s: abs(s - size))


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def settings_from_dict(data: object) -> Settings:
    """Read what can be read; anything odd falls back to the default for that one value."""
    if not isinstance(data, dict):
        return Settings()
    clinic: Any = data.get("clinic") if isinstance(data.get("clinic"), dict) else {}
    ui: Any = data.get("ui") if isinstance(data.get("ui"), dict) else {}
    paper = clinic.get("paper")
    size = ui.get("text_size")
    return Settings(
        profile=ClinicProfile(
            clinic_name=_text(clinic.get("name"), MAX_FIELD),
            phone=_text(clinic.get("phone"), MAX_PHONE),
            clinician=_text(clinic.get("clinician"), MAX_FIELD),
            paper=paper if paper in PAPERS else "a4",
            logo_path=_text(clinic.get("logo_path"), 4096),
            out_of_hours_phone=_text(clinic.get("out_of_hours_phone"), MAX_PHONE),
            emergency_number=_text(clinic.get("emergency_number"), MAX_EMERGENCY),
            outcomes_path=_text(clinic.get("outcomes_path"), 4096),
        ),
        text_size=(
            nearest_text_size(size)
            if isinstance(size, int) and not isinstance(size, bool)
            else DEFAULT_TEXT_SIZE
        ),
        window_language=_language(ui.get("language")),
    )


def _language(value: object) -> str:
    """A language code such as "es" or "zh-Hans"; anything else means "the system's"."""
    if isinstance(value, str) and 0 < len(value) <= 20 and value.replace("-", "").isalnum():
        return value
    return ""


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    p = settings.profile
    return {
        "format": "hfs-desktop-settings",
        "version": SETTINGS_VERSION,
        "clinic": {
            "name": p.clinic_name,
            "phone": p.phone,
            "clinician": p.clinician,
            "paper": p.paper,
            "logo_path": p.logo_path,
            "out_of_hours_phone": p.out_of_hours_phone,
            "emergency_number": p.emergency_number,
            "outcomes_path": p.outcomes_path,
        },
        "ui": {"text_size": settings.text_size, "language": settings.window_language},
    }


def load_settings() -> Settings:
    """The saved settings, or the defaults when there are none or the file is unreadable."""
    path = settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("Settings file could not be read (%s); using defaults", type(exc).__name__)
        return Settings()
    try:
        return settings_from_dict(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        log.warning("Settings file is not valid JSON; using defaults")
        return Settings()


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (raises ``SaveError`` with a plain message)."""
    folder = settings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings_to_dict(settings), ensure_ascii=False, indent=2) + "\n"
    write_atomic(folder / SETTINGS_FILE, text.encode("utf-8"))
