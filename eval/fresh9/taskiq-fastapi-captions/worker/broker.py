from taskiq_redis import RedisAsyncResultBackend, ListQueueBroker

broker = ListQueueBroker("redis://localhost:6379").with_result_backend(RedisAsyncResultBackend("redis://localhost:6379"))
