from apiflask import APIFlask, Schema, abort
from apiflask.fields import String

from .llm import define

app = APIFlask(__name__, title="Glossary")


class TermIn(Schema):
    term = String(required=True)
    level = String(load_default="beginner")


@app.post("/define")
@app.input(TermIn)
def define_term(json_data):
    try:
        return {"definition": define(json_data["term"], json_data["level"])}
    except Exception as exc:
        abort(502, message=str(exc))
