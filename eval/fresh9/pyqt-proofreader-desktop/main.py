import sys

from PyQt6.QtWidgets import QApplication

from proofreader.window import Window

app = QApplication(sys.argv)
w = Window()
w.show()
sys.exit(app.exec())
