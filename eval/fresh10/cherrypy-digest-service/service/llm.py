import cherrypy
from mistralai import Mistral


def digest(text: str) -> str:
    client = Mistral(api_key=cherrypy.config["digest.mistral_key"])
    r = client.chat.complete(model=cherrypy.config["digest.model"], messages=[{"role": "user", "content": "Digest:\n" + text}])
    return r.choices[0].message.content
