import sqlite3
import sys

from agent.chains import judge_chain, sql_chain

db = sqlite3.connect("shop.db")
schema = "\n".join(r[0] for r in db.execute("select sql from sqlite_master where type='table'"))
query = sql_chain.invoke({"schema": schema, "question": " ".join(sys.argv[1:])})
print(query)
print(judge_chain.invoke({"sql": query}))
