import asyncpg
import os

_DSN = os.getenv("DATABASE_URL", "postgresql://blog@localhost/blog")


async def ping() -> None:
    conn = await asyncpg.connect(_DSN)
    try:
        await conn.execute("SELECT 1")
    finally:
        await conn.close()
