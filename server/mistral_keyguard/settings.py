"""Scan settings shared by the CLI and the server, and the project file that sets them.

Project settings live in `[tool.mistral-keyguard]` of `pyproject.toml` or in
`.mistral-keyguard.toml`, found by walking up from the scanned path.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from mistral_keyguard.catalogue import RULES, Severity

DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024


class SettingsError(ValueError):
    """A setting has the wrong type or an unknown value; the message says which."""


@dataclass(frozen=True)
class Settings:
    select: frozenset[str] = frozenset(RULES)
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    client_globs: tuple[str, ...] = ()
    server_globs: tuple[str, ...] = ()
    # A baseline file (see `baseline.py`); from a project file it is made absolute against the
    # file's folder. `baselined`: what the server does with baselined findings, hint or hide.
    baseline: str | None = None
    baselined: str = "hint"

    def enabled(self, code: str) -> bool:
        return code in self.select and code not in self.ignore

    def severity_of(self, code: str) -> Severity:
        return self.severity.get(code) or RULES[code].severity

    @property
    def enabled_codes(self) -> frozenset[str]:
        return frozenset(c for c in RULES if self.enabled(c))


def shown(value) -> str:
    """A setting's value as an error message may show it: short values whole, longer ones cut,
    since a mistyped setting can be a pasted key (and `select` upper-cases it past redaction)."""
    text = value if isinstance(value, str) else repr(value)
    return repr(text) if len(text) <= 12 else f"{text[:4]!r}… ({len(text)} characters)"


def _codes(value, key: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{key} must be a list of rule codes")
    codes = set()
    for item in value:
        item = item.strip().upper()
        if item == "ALL":
            codes |= set(RULES)
        elif item in RULES:
            codes.add(item)
        elif any(c.startswith(item) for c in RULES) and item:
            codes |= {c for c in RULES if c.startswith(item)}
        else:
            raise SettingsError(f"{key}: unknown rule code {shown(item)}")
    return frozenset(codes)


def _globs(value, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{key} must be a list of glob patterns")
    return tuple(value)


def apply_mapping(base: Settings, data: dict, *, source: str = "settings") -> tuple[Settings, list[str]]:
    """Overlay a mapping (project file, editor settings) on `base`.

    Ill-typed entries are skipped with a warning each; the rest still applies.
    """
    warnings: list[str] = []
    changes: dict = {}
    readers = {
        "select": lambda v, k: _codes(v, k),
        "ignore": lambda v, k: _codes(v, k),
        "exclude": _globs,
        "extend-exclude": _globs,
        "client-globs": _globs,
        "server-globs": _globs,
    }
    for raw_key, value in data.items():
        key = raw_key.replace("_", "-")
        key = {"clientGlobs": "client-globs", "serverGlobs": "server-globs",
               "maxFileSize": "max-file-size"}.get(raw_key, key)
        try:
            if key in ("select", "ignore"):
                changes[key] = readers[key](value, key)
            elif key in ("exclude", "extend-exclude"):
                changes["exclude"] = changes.get("exclude", base.exclude) + readers[key](value, key)
            elif key in ("client-globs", "server-globs"):
                changes[key.replace("-", "_")] = readers[key](value, key)
            elif key == "max-file-size":
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise SettingsError("max-file-size must be a positive number of bytes")
                changes["max_file_size"] = value
            elif key == "severity":
                changes["severity"] = _severity_map(value)
            elif key == "baseline":
                if not isinstance(value, str) or not value:
                    raise SettingsError("baseline must be the path of a baseline file")
                changes["baseline"] = value
            elif key == "baselined":
                if value not in ("hint", "hide"):
                    raise SettingsError("baselined must be hint or hide")
                changes["baselined"] = value
            else:
                warnings.append(f"{source}: unknown setting {shown(raw_key)} ignored")
        except SettingsError as exc:
            warnings.append(f"{source}: {exc}; using the default")
    return replace(base, **changes), warnings


def _severity_map(value) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise SettingsError("severity must map rule codes to error|warning|info|hint")
    out = {}
    for code, level in value.items():
        if code.upper() not in RULES:
            raise SettingsError(f"severity: unknown rule code {shown(code)}")
        try:
            out[code.upper()] = Severity(str(level).lower())
        except ValueError:
            raise SettingsError(f"severity of {code}: {shown(level)} is not error|warning|info|hint") from None
    return out


def find_project_file(start: Path) -> Path | None:
    """The nearest `.mistral-keyguard.toml`, or `pyproject.toml` with our table, above `start`."""
    try:
        start = start.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: look from where it sits
        start = start.absolute().parent
    for folder in [start, *start.parents] if _is(start, Path.is_dir) else [start.parent, *start.parent.parents]:
        own = folder / ".mistral-keyguard.toml"
        if _is(own, Path.is_file):
            return own
        pyproject = folder / "pyproject.toml"
        if _is(pyproject, Path.is_file) and _project_table(pyproject) is not None:
            return pyproject
    return None


def toml_parser():
    # Deferred: the TOML parser costs a tenth of `check`'s start-up, and most folders above a
    # scanned path hold no settings file.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def _is(path: Path, test) -> bool:
    """`path.is_file()` / `is_dir()`, False where the answer cannot be known: Python before 3.12
    raises PermissionError for an entry of an unreadable folder."""
    try:
        return test(path)
    except OSError:
        return False


def _project_table(path: Path) -> dict | None:
    tomllib = toml_parser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    tool = data.get("tool")
    table = tool.get("mistral-keyguard") if isinstance(tool, dict) else None
    if path.name == "pyproject.toml" or isinstance(table, dict):
        return table if isinstance(table, dict) else None
    return data


def load_settings_file(path: Path, base: Settings | None = None) -> tuple[Settings, list[str], Path]:
    """Settings from the file `--config` names: `.mistral-keyguard.toml` style, or the
    `[tool.mistral-keyguard]` table when the file has one (always for pyproject.toml)."""
    base = base or Settings()
    table = _project_table(path)
    if table is None:
        return base, [f"{path}: not valid TOML or no [tool.mistral-keyguard] table; settings ignored"], path
    settings, warnings = apply_mapping(base, table, source=str(path))
    return settings, warnings, path


def load_project_settings(start: Path, base: Settings | None = None) -> tuple[Settings, list[str], Path | None]:
    base = base or Settings()
    path = find_project_file(start)
    if path is None:
        return base, [], None
    table = _project_table(path)
    if table is None:
        return base, [f"{path}: not valid TOML; project settings ignored"], path
    settings, warnings = apply_mapping(base, table, source=str(path))
    if settings.baseline is not None and settings.baseline != base.baseline:
        settings = replace(settings, baseline=str(path.parent / settings.baseline))
    return settings, warnings, path
