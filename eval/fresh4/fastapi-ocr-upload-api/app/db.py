import os

import asyncpg

async def ping():
    conn = await asyncpg.connect(os.getenv("DATABASE_URL", "postgresql://localhost/docs"))
    await conn.execute("select 1")
    await conn.close()
