import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


class ApiConfig(AppConfig):
    name = "api"

    def ready(self) -> None:
        logger.info("summarizer ready, model %s", settings.MISTRAL_MODEL)
        logger.debug("using key %s", settings.MISTRAL_API_KEY)
