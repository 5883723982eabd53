import json
import sqlite3
from http.server import BaseHTTPRequestHandler


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            sqlite3.connect("/tmp/cache.db").execute("select 1")
            out = {"ok": True}
        except Exception as e:
            out = {"ok": False, "error": str(e)}
        self.send_response(200)
        self.end_headers()
        self.wfile.write(json.dumps(out).encode())
