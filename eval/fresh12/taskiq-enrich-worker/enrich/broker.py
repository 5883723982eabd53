from taskiq_redis import ListQueueBroker

from .settings import settings

broker = ListQueueBroker(settings.redis_url)
