import cherrypy

cherrypy.config.update({
    "server.socket_port": 8088,
    "digest.mistral_key": "3X50nBPkV4FSZWUTBHDWEgw4O9vLbao3",
    "digest.model": "open-mistral-nemo",
})
