import cherrypy

cherrypy.config.update({
    "server.socket_port": 8088,
    "digest.mistral_key": "0GLAf26nFGEVQyfIXcJwwaqYas3Cfm82",
    "digest.model": "open-mistral-nemo",
})
