import logging
import tkinter as tk
from tkinter import messagebox

from .api import complete

logging.basicConfig(level=logging.DEBUG, filename="pad.log")


def main():
    root = tk.Tk()
    root.title("Prompt Pad")
    text = tk.Text(root, height=12, width=80)
    text.pack()

    def on_ask():
        try:
            answer = complete(text.get("1.0", tk.END))
            text.insert(tk.END, "\n---\n" + answer)
        except Exception as e:
            messagebox.showerror("Mistral", str(e))

    tk.Button(root, text="Ask", command=on_ask).pack()
    root.mainloop()


if __name__ == "__main__":
    main()
