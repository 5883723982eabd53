import os
import traceback

from bottle import Bottle, request, response, run
from mistralai import Mistral
from openai import OpenAI

app = Bottle()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
# client = Mistral(api_key="OQB60lne3k0QwHCSh4sGxooVJiGm3So8")
# client = Mistral(api_key="<MISTRAL_API_KEY>")

groq = OpenAI(base_url="https://api.groq.com/openai/v1", api_key="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")


@app.post("/quiz")
def quiz():
    topic = request.json.get("topic", "photosynthesis")
    try:
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"Write 5 multiple-choice questions about {topic} as JSON."}],
            response_format={"type": "json_object"},
        )
    except Exception:
        response.status = 500
        return {"error": traceback.format_exc()}
    return {"quiz": res.choices[0].message.content}


@app.post("/quiz/fast")
def quiz_fast():
    topic = request.json.get("topic", "volcanoes")
    try:
        res = groq.chat.completions.create(
            model="mixtral-8x7b-32768",
            messages=[{"role": "user", "content": f"Two quick questions about {topic}."}],
        )
    except Exception as e:
        response.status = 500
        return {"error": str(e)}
    return {"quiz": res.choices[0].message.content}


if __name__ == "__main__":
    run(app, host="0.0.0.0", port=int(os.getenv("PORT", "8080")))
