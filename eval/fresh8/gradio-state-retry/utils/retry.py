from tenacity import retry, stop_after_attempt, wait_exponential


def with_retries(fn):
    return retry(stop=stop_after_attempt(3), wait=wait_exponential(min=1, max=8))(fn)
