import sqlite3

from app.core.config import get_settings


def ping() -> None:
    path = get_settings().database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("select 1")
