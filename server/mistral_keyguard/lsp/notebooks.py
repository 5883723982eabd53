"""Notebooks open in the editor (LSP 3.17 `notebookDocument/sync`).

The code cells are scanned as one text, in cell order, so a key defined in one cell and used in
another is still seen; each finding is then reported on the cell that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsprotocol import types

from mistral_keyguard.engine import ProjectContext
from mistral_keyguard.languages import LANGUAGE_IDS
from mistral_keyguard.lsp.convert import TextView
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome, Snapshot
from mistral_keyguard.lsp.text import DocumentText


@dataclass
class OpenNotebook:
    uri: str
    path: str
    version: int | None
    cell_order: list[str] = field(default_factory=list)
    code_cells: set[str] = field(default_factory=set)
    cells: dict[str, OpenDocument] = field(default_factory=dict)
    project: ProjectContext | None = None
    outcome: ScanOutcome | None = None
    scan_due: bool = True
    pending: object = field(default=None, repr=False)

    @property
    def language(self) -> str | None:
        for uri in self.cell_order:
            if uri in self.code_cells and uri in self.cells:
                language = LANGUAGE_IDS.get(self.cells[uri].language_id or "")
                if language:
                    return language
        return "python"

    @property
    def text(self) -> DocumentText:
        return self.snapshot().text

    def set_cells(self, start: int, delete: int, cells: list[types.NotebookCell]) -> None:
        removed = self.cell_order[start:start + delete]
        self.cell_order[start:start + delete] = [c.document for c in cells]
        for uri in removed:
            if uri not in self.cell_order:
                self.code_cells.discard(uri)
        for cell in cells:
            self._set_kind(cell)

    def _set_kind(self, cell: types.NotebookCell) -> None:
        if cell.kind == types.NotebookCellKind.Code:
            self.code_cells.add(cell.document)
        else:
            self.code_cells.discard(cell.document)

    def update_cell_kinds(self, cells: list[types.NotebookCell]) -> None:
        for cell in cells:
            self._set_kind(cell)

    def open_cell(self, item: types.TextDocumentItem) -> None:
        # Cells keep their raw languageId; the notebook's language decides how the joined text parses.
        self.cells[item.uri] = OpenDocument(item.uri, self.path, None, item.version,
                                            DocumentText.from_str(item.text), language_id=item.language_id)

    def snapshot(self) -> Snapshot:
        parts: list[bytes] = []
        views: list[TextView] = []
        offset = 0
        for uri in self.cell_order:
            cell = self.cells.get(uri)
            if cell is None or uri not in self.code_cells:
                continue
            data = cell.text.data
            views.append(TextView(uri, cell.version, cell.text, offset))
            parts.append(data)
            offset += len(data)
            if not data.endswith(b"\n"):
                parts.append(b"\n")
                offset += 1
        return Snapshot(self.version, DocumentText(b"".join(parts)), None, tuple(views))

    def owner_of(self, cell_uri: str) -> bool:
        return cell_uri in self.cells
