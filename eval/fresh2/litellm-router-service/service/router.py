from litellm import Router

router = Router(
    model_list=[
        {
            "model_name": "chat",
            "litellm_params": {
                "model": "mistral/mistral-small-latest",
                "api_key": "OLQpPeEQXhgyvldibS6w60qLFrJG3wM5",
            },
        },
        {
            "model_name": "chat-backup",
            "litellm_params": {
                "model": "groq/mixtral-8x7b-32768",
                "api_key": "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",
            },
        },
    ],
    fallbacks=[{"chat": ["chat-backup"]}],
)
