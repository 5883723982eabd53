import json
from http.server import BaseHTTPRequestHandler

from lib.mistral_call import complete


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        try:
            out, status = {"text": complete(body.get("prompt", ""))}, 200
        except Exception as e:
            out, status = {"error": repr(e)}, 500
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(out).encode())
