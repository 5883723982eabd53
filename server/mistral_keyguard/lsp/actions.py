"""Code actions: a quick fix per fix of a diagnostic, "ignore on this line", fix-all of the safe
fixes, and the lazy edits of `codeAction/resolve`."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.uris import to_fs_path

from mistral_keyguard import fix_writer, safe_git
from mistral_keyguard.document import SourceText
from mistral_keyguard.edits import suppression_edit
from mistral_keyguard.languages import has_grammar, parse_refusal, parser
from mistral_keyguard.lsp import isolated
from mistral_keyguard.lsp.convert import FIX_ALL_KIND, SOURCE, fix_data, lsp_edit
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome
from mistral_keyguard.lsp.text import DocumentText

if TYPE_CHECKING:  # the server mixes this module's class in
    from mistral_keyguard.lsp.keyguard_server import KeyguardServer

log = logging.getLogger("mistral_keyguard.lsp")
UNTRACK_COMMAND = "mistral-keyguard.untrack"
SHOW_ROUTE_COMMAND = "mistral-keyguard.showCreatedRoute"
PROXY_FIX = "proxy"
ROUTE_WARNING = ("mistral-keyguard created {names} to call Mistral with the server's key. Add authentication and "
                 "rate limiting to it before it goes public: until then anyone can spend your Mistral quota through it.")


class CodeActions:
    """The fixes of diagnostics, turned into workspace edits the client can apply."""

    route_warning_shown = False  # the proxy route's warning is shown once per session

    def fixes_for(self, target, fingerprint, at=None) -> list[dict]:
        """The fixes of the finding a diagnostic names, with their edits, from the server's own
        current result for the target (the client's copy of a diagnostic only names it). `at`,
        the diagnostic's start `[line, character]`, tells apart findings with one fingerprint
        (the same line twice in a file)."""
        outcome = self.own_outcome(target)
        if outcome is None or not isinstance(fingerprint, str):
            return []
        same = [f for f in outcome.result.findings if f.fingerprint == fingerprint]
        finding = next((f for f in same if self._starts_at(outcome, f, at)), same[0] if same else None)
        if finding is None:
            return []
        fixes = [fix_data(fix, outcome.snapshot.locate, self.encoding, self.path_uri) for fix in finding.fixes]
        return [fix for fix in fixes if self._stays_inside(fix)]

    def _starts_at(self, outcome: ScanOutcome, finding, at) -> bool:
        if not (isinstance(at, list) and len(at) == 2):
            return False
        start = finding.span.start.byte
        position = outcome.snapshot.locate(start).range(start, start, self.encoding).start
        return [position.line, position.character] == at

    def own_outcome(self, target) -> ScanOutcome | None:
        """The current outcome of an open target, or a fresh scan of a closed file."""
        if target.outcome is not None and target.outcome.snapshot.version == target.version:
            return target.outcome
        if self.target(target.uri) is target:
            return None  # a newer version is being scanned; its diagnostics will come
        settings, _ = self.resolver.for_path(target.path, self.config)
        snapshot = target.snapshot()
        result = scan_with_fixes(target.path, snapshot.text.data, settings, language=target.language,
                                 project=self.index.context(Path(target.path)))
        return ScanOutcome(snapshot, result, self.generation)

    def _stays_inside(self, fix: dict) -> bool:
        """Fixes edit and create files inside the workspace only."""
        uris = [e["uri"] for e in fix["edits"]] + [c["uri"] for c in fix["creations"]] + fix.get("untrack", [])
        paths = [to_fs_path(uri) for uri in uris]
        inside = all(path and self.inside_workspace(path) for path in paths)
        if not inside:
            log.warning("fix %r left out: it would touch a file outside the workspace folders", fix["id"])
        return inside

    def workspace_edit(self, edits: list[dict], creations: list[dict]) -> types.WorkspaceEdit | None:
        """A WorkspaceEdit from fix data: versioned documentChanges when the client has them."""
        by_doc: dict[tuple[str, int | None], list[types.TextEdit]] = {}
        for edit in edits:
            by_doc.setdefault((edit["uri"], edit.get("version")), []).append(self.text_edit(edit))
        if not self.document_changes_allowed(bool(creations)):
            if creations:
                return None
            changes: dict[str, list[types.TextEdit]] = {}
            for (uri, _), items in by_doc.items():
                changes.setdefault(uri, []).extend(items)
            return types.WorkspaceEdit(changes=changes)
        operations: list = []
        for creation in creations:
            operations.append(types.CreateFile(uri=creation["uri"],
                                               options=types.CreateFileOptions(ignore_if_exists=True)))
            operations.append(types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=creation["uri"], version=None),
                edits=[types.TextEdit(range=types.Range(start=types.Position(line=0, character=0),
                                                        end=types.Position(line=0, character=0)),
                                      new_text=creation["text"])]))
        for (uri, version), items in by_doc.items():
            operations.append(types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=items))
        return types.WorkspaceEdit(document_changes=operations)

    def text_edit(self, edit: dict) -> types.TextEdit:
        if "range" in edit:
            return lsp_edit(edit)
        # an edit in another file, in bytes of that file: convert with its current text
        target = self.target(edit["uri"])
        view = self.current_view(target, edit["uri"]) if target else None
        if view is not None:
            text = view.text
        else:
            path = to_fs_path(edit["uri"])
            try:
                readable = path and self.inside_workspace(path) and os.path.isfile(path)
                text = DocumentText(Path(path).read_bytes()) if readable else DocumentText(b"")
            except OSError:
                text = DocumentText(b"")
        start, end = edit["bytes"]
        return types.TextEdit(range=text.range(start, end, self.encoding), new_text=edit["newText"])

    def creates_allowed(self) -> bool:
        """`create` among the resource operations is enough: Neovim advertises it without the
        `documentChanges` flag, and applies `documentChanges` all the same."""
        operations = self.capability("workspace.workspace_edit.resource_operations") or []
        return types.ResourceOperationKind.Create in operations

    def document_changes_allowed(self, creates: bool) -> bool:
        return bool(self.capability("workspace.workspace_edit.document_changes")) or (
            creates and self.creates_allowed())

    def fix_action(self, uri: str, diag: types.Diagnostic, fingerprint: str, fix: dict,
                   lazy: bool) -> types.CodeAction | None:
        identity = {"uri": uri, "fingerprint": fingerprint, "fix": fix["id"],
                    "at": [diag.range.start.line, diag.range.start.character]}
        action = types.CodeAction(title=fix["title"], kind=types.CodeActionKind.QuickFix,
                                  diagnostics=[diag], is_preferred=bool(fix.get("preferred")) or None)
        if fix.get("creations") and not self.creates_allowed():
            reason = "this fix creates a file, which this editor does not allow language servers to do"
            if self.capability("text_document.code_action.disabled_support"):
                action.disabled = types.CodeActionDisabled(reason=reason)
                return action
            log.info("%s: %s (%s)", uri, reason, fix["title"])
            return None
        if lazy:
            action.data = identity
        else:
            action.edit = self.workspace_edit(fix["edits"], fix.get("creations") or [])
        if fix.get("untrack"):
            # `git rm --cached` is no text edit: the client runs this command after the edit, and
            # only when the user picks the fix. The server recomputes what to untrack itself.
            action.command = types.Command(title=fix["title"], command=UNTRACK_COMMAND,
                                           arguments=[identity])
        elif fix["id"] == PROXY_FIX and fix.get("creations"):
            # The client runs the command after applying the edit: the created route is shown.
            action.command = types.Command(title=fix["title"], command=SHOW_ROUTE_COMMAND,
                                           arguments=[{"created": [c["uri"] for c in fix["creations"]]}])
        return action

    def show_created_route(self, arguments: list) -> dict:
        """`mistral-keyguard.showCreatedRoute`: open the route file the proxy fix created
        (`window/showDocument`, when the client has it) and say once per session that it needs
        authentication and rate limiting. Only files inside the workspace that exist, on disk or
        as documents the editor opened, are shown (Neovim creates a file with `ignoreIfExists` as a
        buffer only, written on save)."""
        data = arguments[0] if arguments and isinstance(arguments[0], dict) else {}
        uris = [u for u in data.get("created") or [] if isinstance(u, str) and u.startswith("file:")]
        paths = [to_fs_path(u) for u in uris]
        created = [u for u, p in zip(uris, paths) if p and self.inside_workspace(p)
                   and (os.path.isfile(p) or self.target(u) is not None)]
        if created and self.capability("window.show_document.support"):
            for file_uri in created:
                self.window_show_document(types.ShowDocumentParams(uri=file_uri, take_focus=True))
        if created and not self.route_warning_shown:
            self.route_warning_shown = True
            names = ", ".join(self.relative_name(to_fs_path(u)) for u in created)
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning,
                                                             message=ROUTE_WARNING.format(names=names)))
        return {"shown": created}

    def relative_name(self, path: str) -> str:
        """`path` relative to the workspace folder holding it, for messages."""
        real = Path(path).resolve()
        for root in self.trusted_roots():
            if real.is_relative_to(root):
                return real.relative_to(root).as_posix()
        return real.name

    def untrack(self, arguments: list) -> dict:
        """`mistral-keyguard.untrack`: take the files of a picked fix out of git's index (the
        files stay on disk, history is never rewritten), recomputed from the server's state."""
        data = arguments[0] if arguments and isinstance(arguments[0], dict) else {}
        uri = data.get("uri")
        target = (self.target(uri) or self.closed_document(uri)) if isinstance(uri, str) else None
        fix = next((f for f in self.fixes_for(target, data.get("fingerprint"), data.get("at"))
                    if f["id"] == data.get("fix")),
                   None) if target is not None else None
        if fix is None:
            raise JsonRpcInvalidParams("nothing to untrack: the fix no longer applies")
        done = []
        for file_uri in fix.get("untrack", []):
            path = Path(to_fs_path(file_uri))
            result = safe_git.run_git(str(path.parent), "rm", "--cached", "--quiet", "--", path.name)
            if result is None or result.returncode != 0:
                log.warning("git rm --cached %s failed", path.name)
            else:
                done.append(file_uri)
        return {"untracked": done}

    def ignore_action(self, target, uri: str, diag: types.Diagnostic) -> types.CodeAction | None:
        view = self.current_view(target, uri)
        code = str(diag.code)
        if view is None:
            return None
        language = target.language
        tree = target.current_tree() if isinstance(target, OpenDocument) else None
        if tree is None and language and has_grammar(language) and parse_refusal(language, view.text.data) is None:
            tree = parser(language).parse(view.text.data)
        edit = suppression_edit(SourceText(view.text.data), language or "", diag.range.start.line, code, tree)
        if edit is None:
            return None
        rng = view.text.range(edit.start, edit.end, self.encoding)
        workspace_edit = self.workspace_edit(
            [{"uri": uri, "version": view.version,
              "range": [rng.start.line, rng.start.character, rng.end.line, rng.end.character],
              "newText": edit.new_text}], [])
        return types.CodeAction(title=f"Ignore {code} on this line", kind=types.CodeActionKind.QuickFix,
                                diagnostics=[diag], edit=workspace_edit)

    async def fix_all_action(self, target, lazy: bool = False, asked: bool = True) -> types.CodeAction | None:
        """`source.fixAll`: with `lazy` (resolve support) its edit comes on resolve; when the
        client did not ask for fixAll (a plain quick-fix request) and cannot resolve, the cheap
        per-fix edits are offered rather than check --fix's rescans on every cursor move."""
        outcome = await self.current_outcome(target)
        if outcome is None:
            return None
        creates = self.creates_allowed()
        if not any(fix.safe and (creates or not fix.creations) for finding in outcome.result.findings
                   for fix in finding.fixes):
            return None
        action = types.CodeAction(title="mistral-keyguard: fix all safe issues", kind=FIX_ALL_KIND)
        # a notebook's cells are no file check --fix could rewrite, and a large document (a bundle)
        # gets the cheap per-fix edits rather than several rescans
        whole_file = isinstance(target, OpenDocument) and len(outcome.snapshot.text.data) < isolated.ISOLATE_BYTES
        whole_file = whole_file and (lazy or asked)
        if whole_file and lazy:
            action.data = {"uri": target.uri, "fixAll": True}
            return action
        action.edit = await self.fix_all_edit(target) if whole_file else self._fix_all_by_fix(outcome)
        return action if action.edit is not None else None

    async def fix_all_edit(self, target) -> types.WorkspaceEdit | None:
        """What `check --fix` does to the document's current text (every pass, then the tidy step
        that removes names several fixes left unused), as one edit per changed file. The passes
        run in a worker thread: the server keeps answering meanwhile."""
        snapshot = target.snapshot()
        settings, _ = self.resolver.for_path(target.path, self.config)
        path = Path(target.path)
        run = await asyncio.to_thread(fix_writer.fix_text, path, snapshot.text.data, settings,
                                      language=target.language, index=self.index, creations=self.creates_allowed())
        edits: list[dict] = []
        creations: list[dict] = []
        for changed, new in run.overlay.changed.items():
            before = snapshot.text.data if changed == fix_writer.target_path(path) else run.overlay.original.get(changed)
            if before is None:
                creations.append({"uri": self.path_uri(str(changed)), "text": new.decode("utf-8")})
                continue
            start, end, new_end = _changed_span(before, new)
            if start == end == new_end:
                continue
            edit = {"uri": self.path_uri(str(changed)), "version": None, "bytes": [start, end],
                    "newText": new[start:new_end].decode("utf-8")}
            if changed == fix_writer.target_path(path):
                rng = snapshot.text.range(start, end, self.encoding)
                edit = {"uri": target.uri, "version": snapshot.version, "newText": edit["newText"],
                        "range": [rng.start.line, rng.start.character, rng.end.line, rng.end.character]}
            edits.append(edit)
        if not (edits or creations) or not self._stays_inside(
                {"id": "fix-all", "edits": edits, "creations": creations}):
            return None
        return self.workspace_edit(edits, creations)

    def _fix_all_by_fix(self, outcome) -> types.WorkspaceEdit | None:
        """A notebook's fix-all: the first safe fix of each finding, overlapping ones left for
        the next run (its cells are no file `check --fix` could rewrite)."""
        edits: list[dict] = []
        taken: list[tuple[str, int, int]] = []
        for finding in outcome.result.findings:
            for fix in finding.fixes:
                if not fix.safe or fix.creations:
                    continue
                spans = [(e.path or "", e.start, e.end) for e in fix.edits]
                if any(p == q and s < e2 and s2 < e for p, s, e in spans for q, s2, e2 in taken):
                    continue  # overlaps an edit already taken: the next fixAll run gets it
                taken.extend(spans)
                edits.extend(fix_data(fix, outcome.snapshot.locate, self.encoding, self.path_uri)["edits"])
                break
        return self.workspace_edit(edits, []) if edits else None


def _changed_span(before: bytes, after: bytes) -> tuple[int, int, int]:
    """The one byte range of `before` that differs from `after`, on UTF-8 character boundaries:
    (start, end in before, end in after)."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    while start > 0 and (before[start:start + 1] or b"\0")[0] & 0xC0 == 0x80:
        start -= 1
    end, new_end = len(before), len(after)
    while end > start and new_end > start and before[end - 1] == after[new_end - 1]:
        end, new_end = end - 1, new_end - 1
    while end < len(before) and before[end] & 0xC0 == 0x80:
        end, new_end = end + 1, new_end + 1
    return start, end, new_end


def _wants(kind: str, only: list[str] | None) -> bool:
    if not only:
        return True
    return any(kind == o or kind.startswith(f"{o}.") for o in only)


async def code_actions(ls: KeyguardServer, params: types.CodeActionParams):
    uri = params.text_document.uri
    target = ls.target(uri) or ls.closed_document(uri)
    if target is None:
        raise JsonRpcInvalidParams(f"{uri} is neither open in the server nor a readable file")
    only = [str(k) for k in params.context.only] if params.context.only else None
    actions: list[types.CodeAction] = []
    resolve = "edit" in (ls.capability("text_document.code_action.resolve_support.properties") or [])
    if _wants(types.CodeActionKind.QuickFix, only):
        seen: set[tuple[int, str]] = set()
        for diag in params.context.diagnostics:
            if diag.source != SOURCE or diag.code is None:
                continue
            data = diag.data if isinstance(diag.data, dict) else {}
            fingerprint = data.get("fingerprint")
            for fix in ls.fixes_for(target, fingerprint, [diag.range.start.line, diag.range.start.character]):
                action = ls.fix_action(uri, diag, fingerprint, fix, lazy=resolve)
                if action is not None:
                    actions.append(action)
            key = (diag.range.start.line, str(diag.code))
            if key not in seen:
                seen.add(key)
                ignore = ls.ignore_action(target, uri, diag)
                if ignore is not None:
                    actions.append(ignore)
    asked = bool(only) and _wants(FIX_ALL_KIND, only)
    if asked or (not only and any(d.source == SOURCE for d in params.context.diagnostics)):
        fix_all = await ls.fix_all_action(target, lazy=resolve, asked=asked)
        if fix_all is not None:
            actions.append(fix_all)
    return actions or None


async def resolve_code_action(ls: KeyguardServer, action: types.CodeAction) -> types.CodeAction:
    """The edit of a quick fix the user picked, recomputed from the server's own state: the
    action's `data` names a document, a finding and a fix, and is trusted for nothing else."""
    data = action.data if isinstance(action.data, dict) else {}
    uri = data.get("uri")
    if action.edit is not None or not isinstance(uri, str):
        return action
    target = ls.target(uri) or ls.closed_document(uri)
    if target is None:
        raise JsonRpcInvalidParams(f"{uri} is neither open in the server nor a readable file in the workspace")
    if data.get("fixAll") is True and isinstance(target, OpenDocument):
        action.edit = await ls.fix_all_edit(target)
        if action.edit is None:
            raise JsonRpcInvalidParams("nothing left to fix: the document changed since it was offered")
        return action
    fix = next((f for f in ls.fixes_for(target, data.get("fingerprint"), data.get("at"))
                if f["id"] == data.get("fix")), None)
    if fix is None:
        raise JsonRpcInvalidParams("the fix no longer applies: the document changed since it was offered")
    action.edit = ls.workspace_edit(fix["edits"], fix["creations"])
    return action
