import functools

import boto3


@functools.lru_cache(maxsize=1)
def mistral_key(param: str) -> str:
    ssm = boto3.client("ssm")
    return ssm.get_parameter(Name=param, WithDecryption=True)["Parameter"]["Value"]
