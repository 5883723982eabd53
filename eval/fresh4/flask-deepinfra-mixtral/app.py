from flask import Flask, jsonify, request

from providers import MODEL, deepinfra, hf

app = Flask(__name__)


@app.post("/complete")
def complete():
    try:
        r = deepinfra.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": request.json["prompt"]}])
        return jsonify(text=r.choices[0].message.content)
    except Exception as e:
        return jsonify(error=str(e)), 502


@app.post("/small")
def small():
    try:
        return jsonify(text=hf.text_generation(request.json["prompt"], max_new_tokens=200))
    except Exception as e:
        return jsonify(error=repr(e)), 502
