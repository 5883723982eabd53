import sqlite3


def save_question(q: str) -> None:
    with sqlite3.connect("questions.db") as db:
        db.execute("insert into questions(text) values (?)", (q,))
