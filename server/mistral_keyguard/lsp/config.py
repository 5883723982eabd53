"""Editor settings (section `mistral-keyguard`), typed, with one warning for whatever is wrong.

Server keys (enable, run, debounceMs, scanWorkspace, logLevel) are read here; scan keys
(select, ignore, severity, exclude, clientGlobs, serverGlobs, maxFileSize) are validated with the
engine's own `settings.apply_mapping` and later laid over each document's project settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mistral_keyguard.settings import Settings, apply_mapping, load_project_settings

SECTION = "mistral-keyguard"
RUN_MODES = ("onType", "onSave")
LOG_LEVELS = ("error", "warning", "info", "debug")
SCAN_KEYS = frozenset({"select", "ignore", "severity", "exclude", "extendExclude", "extend-exclude",
                       "clientGlobs", "serverGlobs", "maxFileSize", "client-globs", "server-globs",
                       "max-file-size"})
DEFAULT_DEBOUNCE_MS = 50


@dataclass(frozen=True)
class ServerSettings:
    enable: bool = True
    run: str = "onType"
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    scan_workspace: bool = False
    log_level: str | None = None  # None: the server's --log-level
    scan: dict = field(default_factory=dict)  # validated scan keys, applied over project files

    @property
    def debounce_seconds(self) -> float:
        return self.debounce_ms / 1000


def _bool(value, key):
    if isinstance(value, bool):
        return value
    raise TypeError(f"{key} must be true or false")


def _run(value, key):
    if value in RUN_MODES:
        return value
    raise TypeError(f"{key} must be \"onType\" or \"onSave\"")


def _debounce(value, key):
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 60_000:
        return value
    raise TypeError(f"{key} must be a number of milliseconds between 0 and 60000")


def _log_level(value, key):
    if isinstance(value, str) and value.lower() in LOG_LEVELS + ("warn", "trace", "off"):
        return {"warn": "warning", "trace": "debug", "off": "error"}.get(value.lower(), value.lower())
    raise TypeError(f"{key} must be one of {', '.join(LOG_LEVELS)}")


_SERVER_KEYS = {
    "enable": ("enable", _bool),
    "run": ("run", _run),
    "debounceMs": ("debounce_ms", _debounce),
    "scanWorkspace": ("scan_workspace", _bool),
    "logLevel": ("log_level", _log_level),
}


def parse_settings(raw, base: ServerSettings | None = None) -> tuple[ServerSettings, list[str]]:
    """Read a settings object; an unknown or ill-typed entry keeps its default and adds a warning."""
    base = base or ServerSettings()
    if raw is None:
        return base, []
    if isinstance(raw, dict) and isinstance(raw.get(SECTION), dict):
        raw = raw[SECTION]  # some clients send the whole settings tree
    if not isinstance(raw, dict):
        return base, [f"{SECTION} settings must be an object; using the defaults"]
    values: dict = {}
    scan: dict = {}
    warnings: list[str] = []
    for key, value in raw.items():
        if value is None:
            continue  # unset in the editor: the project file or the default applies
        if key in _SERVER_KEYS:
            name, reader = _SERVER_KEYS[key]
            try:
                values[name] = reader(value, key)
            except TypeError as exc:
                warnings.append(f"{exc}; using the default")
        elif key in SCAN_KEYS:
            _, problems = apply_mapping(Settings(), {key: value}, source="editor settings")
            if problems:
                warnings.extend(p.removeprefix("editor settings: ") for p in problems)
            else:
                scan[key] = value
        else:
            warnings.append(f"unknown setting {key!r} ignored")
    return ServerSettings(**{**base.__dict__, **values, "scan": scan}), warnings


class SettingsResolver:
    """Scan settings per document: defaults, then the project file, then the editor's scan keys.

    Editor settings win over the project file for every key the editor sets; keys it leaves unset
    come from the project file. Project files are read once per folder until `clear()`.
    """

    def __init__(self) -> None:
        self._projects: dict[Path, tuple[Settings, list[str], Path | None]] = {}
        self.reported: set[str] = set()

    def clear(self) -> None:
        self._projects.clear()

    def project(self, folder: Path) -> tuple[Settings, list[str], Path | None]:
        if folder not in self._projects:
            self._projects[folder] = load_project_settings(folder)
        return self._projects[folder]

    def project_folder(self, path: str | None) -> Path | None:
        """The folder of the project file that applies to `path` (exclude globs are relative to it)."""
        if not path or not Path(path).parent.is_dir():
            return None
        found = self.project(Path(path).parent)[2]
        return found.parent if found else None

    def for_path(self, path: str | None, editor: ServerSettings) -> tuple[Settings, list[str]]:
        warnings: list[str] = []
        base = Settings()
        if path:
            folder = Path(path).parent
            if folder.is_dir():
                base, project_warnings, _ = self.project(folder)
                warnings = [w for w in project_warnings if w not in self.reported]
                self.reported.update(warnings)
        settings, _ = apply_mapping(base, editor.scan, source="editor settings")
        return settings, warnings
