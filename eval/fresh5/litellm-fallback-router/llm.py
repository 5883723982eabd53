import tomllib

from litellm import Router

with open("models.toml", "rb") as f:
    CONF = tomllib.load(f)

router = Router(
    model_list=[
        {"model_name": "chat", "litellm_params": {"model": CONF["mistral"]["model"], "api_key": CONF["mistral"]["api_key"]}},
        {"model_name": "chat-local", "litellm_params": {"model": CONF["local"]["model"], "api_base": CONF["local"]["api_base"]}},
    ],
    fallbacks=[{"chat": ["chat-local"]}],
)


async def complete(messages: list[dict]) -> str:
    res = await router.acompletion(model="chat", messages=messages)
    return res.choices[0].message.content


async def complete_local(messages: list[dict]) -> str:
    res = await router.acompletion(model="chat-local", messages=messages)
    return res.choices[0].message.content
