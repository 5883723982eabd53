import cherrypy

cherrypy.config.update({
    "server.socket_port": 8088,
    "digest.mistral_key": "GQAgk5aPhW6uiA4S1UqMY1Wwgeegx4UK",
    "digest.model": "open-mistral-nemo",
})
