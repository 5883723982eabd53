BOT_NAME = "reviews"
SPIDER_MODULES = ["reviews.spiders"]
ITEM_PIPELINES = {"reviews.pipelines.SentimentPipeline": 300}
MISTRAL_API_KEY = "J6bzLclrq24srOnmTwusCr7Vam6mrnwm"
MISTRAL_MODEL = "mistral-small-latest"
