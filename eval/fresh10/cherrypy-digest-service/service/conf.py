import cherrypy

cherrypy.config.update({
    "server.socket_port": 8088,
    "digest.mistral_key": "5wLT0Lhlhra8oVlplGYayXcMoPLeiUBu",
    "digest.model": "open-mistral-nemo",
})
