import os
from collections import namedtuple

import psycopg

Doc = namedtuple("Doc", "id url")
conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)


def next_document():
    row = conn.execute("SELECT id, url FROM documents WHERE markdown IS NULL LIMIT 1").fetchone()
    return Doc(*row) if row else None


def save_result(doc_id, markdown):
    conn.execute("UPDATE documents SET markdown = %s WHERE id = %s", (markdown, doc_id))
