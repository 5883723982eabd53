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
        if not path or not os.path.isfile(path):
            return None
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        return OpenDocument(uri, path, language_of(path, None), None, DocumentText(data))

    def current_view(self, target, uri: str) -> TextView | None:
        if isinstance(target, OpenNotebook):
            cell = target.cells.get(uri)
            return TextView(uri, cell.version, cell.text) if cell else None
        return TextView(target.uri, target.version, target.text)
