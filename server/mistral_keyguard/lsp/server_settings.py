"""Settings: applied from `initialize`, `didChangeConfiguration` or `workspace/configuration`,
with one visible warning per batch of problems, and the `exclude` globs for open documents."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from lsprotocol import types

from mistral_keyguard.globs import cached_spec
from mistral_keyguard.lsp import logs
from mistral_keyguard.lsp.config import SECTION, parse_settings

log = logging.getLogger("mistral_keyguard.lsp")


class SettingsState:
    """The server's current settings and what changes when they do."""

    def warn(self, warnings: list[str]) -> None:
        """One visible warning for a batch of settings problems (not repeated if unchanged)."""
        if not warnings or frozenset(warnings) == self._shown_warnings:
            return
        self._shown_warnings = frozenset(warnings)
        message = "mistral-keyguard settings: " + "; ".join(warnings)
        log.warning("%s", message)
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))

    def apply_settings(self, raw, *, from_init: bool = False) -> None:
        if from_init:
            self.init_settings, warnings = parse_settings(raw)
            new = self.init_settings
        else:
            new, warnings = parse_settings(raw, base=self.init_settings)
            if raw is None:
                new = self.init_settings
        self.warn(warnings)
        logs.set_level(new.log_level or self.cli_log_level)
        old, self.config = self.config, new
        if old == new and not from_init:
            return
        self.generation += 1
        self.resolver.clear()
        log.info("settings: enable=%s run=%s debounceMs=%s scanWorkspace=%s", new.enable, new.run,
                 new.debounce_ms, new.scan_workspace)
        if from_init or self.loop is None:
            return  # initialize: nothing is open yet; `initialized` starts the workspace scan
        if not new.enable:
            for target in self.open_targets():
                self.cancel_pending(target)
                for view in target.snapshot().views:
                    self.clear(view.uri)
            self.cancel_workspace_scan(clear=True)
            if self.pull:
                self.refresh_pull()
            return
        self.rescan_all()
        if new.scan_workspace and (not old.scan_workspace or old.scan != new.scan or not old.enable):
            self.start_workspace_scan()
        elif not new.scan_workspace and old.scan_workspace:
            self.cancel_workspace_scan(clear=True)

    async def pull_configuration(self) -> None:
        if not self.capability("workspace.configuration"):
            return
        try:
            values = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)]))
        except Exception as exc:  # a client that fails here still gets defaults
            log.warning("workspace/configuration failed: %s", exc)
            return
        self.apply_settings(values[0] if values else None)

    def is_excluded(self, path: str | None, settings) -> bool:
        """An open document under an `exclude` glob is not scanned, as in `check`; globs are
        relative to the project file's folder, else to the workspace folder holding the document."""
        if not path or not os.path.isabs(path):
            return False
        bases = [self.resolver.project_folder(path), *self.workspace_folders()]
        for base in bases:
            if base is not None and Path(path).is_relative_to(base):
                rel = Path(path).relative_to(base).as_posix()
                return cached_spec(tuple(settings.exclude)).match_file(rel)  # bad patterns skipped
        return False
