import logging

from rag.settings import settings

log = logging.getLogger(__name__)


def startup_report():
    log.info("settings: %s", settings)
    log.debug("raw key for support: %s", settings.mistral_api_key.get_secret_value())
