import json

import tornado
from jupyter_server.base.handlers import APIHandler

from .llm import complete_cell, get_key


class CompleteHandler(APIHandler):
    @tornado.web.authenticated
    def post(self):
        body = self.get_json_body()
        self.log.info(f"mistral completion with key {get_key()}")
        try:
            self.finish(json.dumps({"completion": complete_cell(body["code"])}))
        except Exception as e:
            self.set_status(500)
            self.finish(json.dumps({"error": str(e)}))
