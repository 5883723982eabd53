"""Document state: the open documents and notebooks a request can name, and the closed files
a code action may still ask about."""

from __future__ import annotations

import os
from pathlib import Path

from pygls.uris import to_fs_path

from mistral_keyguard.lsp.convert import TextView
from mistral_keyguard.lsp.documents import OpenDocument, language_of
from mistral_keyguard.lsp.notebooks import OpenNotebook
from mistral_keyguard.lsp.text import DocumentText


class TargetStore:
    """Open documents by uri, notebooks by uri, and the notebook owning each cell uri."""

    documents: dict[str, OpenDocument]
    notebooks: dict[str, OpenNotebook]
    cell_owner: dict[str, str]

    def target(self, uri: str):
        if uri in self.documents:
            return self.documents[uri]
        if uri in self.cell_owner:
            return self.notebooks.get(self.cell_owner[uri])
        return self.notebooks.get(uri)

    def open_targets(self):
        return [*self.documents.values(), *self.notebooks.values()]

    def closed_document(self, uri: str) -> OpenDocument | None:
        """A file that is not open (a workspace-scan result the editor asks fixes for): its text
        from disk, unversioned, not kept."""
        path = to_fs_path(uri)
        if not path or not self.inside_workspace(path) or not os.path.isfile(path):
            return None
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        return OpenDocument(uri, path, language_of(path, None), None, DocumentText(data))

    def open_text(self, path: Path) -> bytes | None:
        """An open document's current text, by file path (the project view reads it first)."""
        for doc in list(self.documents.values()):
            if doc.path and Path(doc.path) == path:
                return doc.text.data
        return None

    def inside_workspace(self, path: str) -> bool:
        """Whether a path lies inside a workspace folder or the project of an open document
        (links resolved): the only files the server reads or edits on a client's request."""
        try:
            real = Path(path).resolve()
        except (OSError, RuntimeError):
            return False
        return any(real.is_relative_to(root) for root in self.trusted_roots())

    def trusted_roots(self) -> list[Path]:
        """The workspace folders, and the project folders of the documents the user opened (an
        editor without workspace folders still edits the project of the file at hand)."""
        roots = list(self.workspace_folders())
        roots += [Path(t.project.root) for t in self.open_targets() if t.project is not None and t.project.root]
        out = []
        for root in roots:
            try:
                out.append(root.resolve())
            except (OSError, RuntimeError):
                continue
        return out

    def current_view(self, target, uri: str) -> TextView | None:
        if isinstance(target, OpenNotebook):
            cell = target.cells.get(uri)
            return TextView(uri, cell.version, cell.text) if cell else None
        return TextView(target.uri, target.version, target.text)
