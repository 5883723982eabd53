import logging

from mistralai import Mistral

log = logging.getLogger(__name__)


def summarize(reviews, params: dict, credentials: dict):
    log.info("summarizing %d reviews with %s and credentials %s", len(reviews), params["model"], credentials)
    client = Mistral(api_key=credentials["api_key"])
    out = []
    for text in reviews["text"]:
        res = client.chat.complete(model=params["model"], messages=[{"role": "user", "content": text}])
        out.append(res.choices[0].message.content)
    return reviews.assign(summary=out)
