import logging

from helpdesk.app import app

logging.basicConfig(level=logging.INFO)
app.run(port=5005)
