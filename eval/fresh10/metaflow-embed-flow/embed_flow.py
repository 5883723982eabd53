from metaflow import FlowSpec, environment, step


class EmbedFlow(FlowSpec):
    @environment(vars={"MISTRAL_API_KEY": "PQIaWu21zJa47sFtpsEwndInSsVlZwr0", "BATCH": "64"})
    @step
    def start(self):
        import os

        from catalog.embed import embed_all
        self.api_key = os.environ["MISTRAL_API_KEY"]
        print("batch size", os.environ["BATCH"])
        self.vectors = embed_all(self.api_key, int(os.environ["BATCH"]))
        self.next(self.end)

    @step
    def end(self):
        print("embedded", len(self.vectors), "items with key", self.api_key)


if __name__ == "__main__":
    EmbedFlow()
