from connexion.problem import problem

from tagger.vision import tags_for


def create_tags(body):
    if not body.get("url"):
        return problem(status=400, title="Bad request", detail="url is required")
    try:
        return {"tags": tags_for(body["url"]).split(",")}
    except Exception as exc:
        return problem(status=502, title="Tagging failed", detail=str(exc))
