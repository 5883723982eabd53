import os
import time

import psycopg

from tagger import tags_for, vector_for

with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    while True:
        row = conn.execute("select id, body from articles where tags is null limit 1").fetchone()
        if not row:
            time.sleep(30)
            continue
        conn.execute("update articles set tags = %s, embedding = %s where id = %s", (tags_for(row[1]), vector_for(row[1]), row[0]))
        conn.commit()
