from PyQt6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QTextEdit, QVBoxLayout, QWidget

from proofreader.engine import proofread


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.edit = QTextEdit()
        btn = QPushButton("Proofread")
        btn.clicked.connect(self.run)
        box = QVBoxLayout()
        box.addWidget(self.edit)
        box.addWidget(btn)
        w = QWidget()
        w.setLayout(box)
        self.setCentralWidget(w)

    def run(self):
        try:
            self.edit.setPlainText(proofread(self.edit.toPlainText()))
        except Exception as e:
            QMessageBox.warning(self, "Proofreader", f"Request failed: {e}")
