from arq.connections import RedisSettings

from jobs import translate

REDIS = RedisSettings(host="redis", password="VSiaHFgXovvmmzUmW3aqoLrkI43szBLs")


class WorkerSettings:
    functions = [translate]
    redis_settings = REDIS
    max_tries = 2
