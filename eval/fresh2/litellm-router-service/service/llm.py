import logging

from service.router import router

log = logging.getLogger(__name__)


def ask(question: str) -> dict:
    try:
        res = router.completion(model="chat", messages=[{"role": "user", "content": question}])
        return {"ok": True, "answer": res.choices[0].message.content}
    except Exception as exc:
        log.warning("router failed")
        return {"ok": False, "error": f"litellm failed: {exc}"}
