from taipy.gui import Gui

from pages.main import page

if __name__ == "__main__":
    Gui(page).run(host="0.0.0.0", port=5000, title="Summarizer")
