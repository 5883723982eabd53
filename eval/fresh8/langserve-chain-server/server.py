import logging

from fastapi import FastAPI
from langserve import add_routes

from chains import cheap_chain, summarize_chain
from config import SETTINGS

logging.basicConfig(level=logging.INFO)
logging.info("loaded settings %s", SETTINGS)
logging.info("server port %s", SETTINGS["server"]["port"])

app = FastAPI(title="newsletter chains")
add_routes(app, summarize_chain, path="/summarize")
add_routes(app, cheap_chain, path="/summarize-cheap")
