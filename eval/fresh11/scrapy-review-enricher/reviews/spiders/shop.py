import scrapy


class ShopSpider(scrapy.Spider):
    name = "shop"
    start_urls = ["https://example.com/reviews"]

    def parse(self, response):
        for r in response.css(".review"):
            yield {"text": r.css("p::text").get(), "stars": r.attrib.get("data-stars")}
