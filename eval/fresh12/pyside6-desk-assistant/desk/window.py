from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from . import settings
from .worker import ChatWorker


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle(settings.WINDOW_TITLE)
        self.input = QPlainTextEdit()
        self.output = QPlainTextEdit(readOnly=True)
        button = QPushButton("Ask")
        button.clicked.connect(self.ask)
        box = QVBoxLayout()
        for w in (self.input, button, self.output):
            box.addWidget(w)
        root = QWidget()
        root.setLayout(box)
        self.setCentralWidget(root)

    def ask(self):
        self.worker = ChatWorker(self.input.toPlainText(), self)
        self.worker.reply.connect(self.output.setPlainText)
        self.worker.failed.connect(lambda msg: QMessageBox.critical(self, "Error", msg))
        self.worker.start()
