import os
import xml.etree.ElementTree as ET

import requests
from mistralai import Mistral

ARXIV = "http://export.arxiv.org/api/query"
NS = {"a": "http://www.w3.org/2005/Atom"}


def fetch_abstracts(category: str, n: int) -> list[dict]:
    r = requests.get(ARXIV, params={"search_query": f"cat:{category}", "max_results": n,
                                    "sortBy": "submittedDate"}, timeout=30)
    root = ET.fromstring(r.text)
    return [
        {"title": e.findtext("a:title", namespaces=NS), "summary": e.findtext("a:summary", namespaces=NS)}
        for e in root.findall("a:entry", NS)
    ]


def summarise(text: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    resp = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "One-sentence summary:\n" + text}],
    )
    return resp.choices[0].message.content
