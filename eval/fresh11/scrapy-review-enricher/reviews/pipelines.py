import json

import scrapy
from scrapy.utils.defer import maybe_deferred_to_future


class SentimentPipeline:
    def open_spider(self, spider):
        self.key = spider.settings["MISTRAL_API_KEY"]
        self.model = spider.settings["MISTRAL_MODEL"]

    async def process_item(self, item, spider):
        request = scrapy.Request(
            "https://api.mistral.ai/v1/chat/completions",
            method="POST",
            headers={"Authorization": f"Bearer {self.key}", "Content-Type": "application/json"},
            body=json.dumps({"model": self.model, "messages": [{"role": "user", "content": "Sentiment of: " + item["text"]}]}),
        )
        spider.logger.debug("enrich request headers: %s", request.headers)
        response = await maybe_deferred_to_future(spider.crawler.engine.download(request))
        item["sentiment"] = json.loads(response.text)["choices"][0]["message"]["content"]
        return item
