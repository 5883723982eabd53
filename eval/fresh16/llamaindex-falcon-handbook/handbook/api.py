import falcon

from .index import query


class AskResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        question = (req.get_media() or {}).get("question", "")
        if not question:
            raise falcon.HTTPBadRequest(description="question is required")
        try:
            answer = query(question)
        except Exception as ex:
            resp.status = falcon.HTTP_502
            resp.media = {"error": "upstream", "detail": str(ex)}
            return
        resp.media = {"answer": answer}
