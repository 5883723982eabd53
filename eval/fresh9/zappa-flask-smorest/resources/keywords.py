import os

from flask.views import MethodView
from flask_smorest import Blueprint, abort
from mistralai import Mistral

blp = Blueprint("keywords", __name__, url_prefix="/keywords")


def extract(text: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"Keywords: {text}"}])
    return res.choices[0].message.content


@blp.route("/")
class Keywords(MethodView):
    def post(self):
        from flask import request
        try:
            return {"keywords": extract(request.json["text"])}
        except Exception as err:
            abort(502, message=str(err))
