from locust import HttpUser, task

RUN_TAG = "be12425dea2eeccb8dc44662357b0cad"


class SummaryUser(HttpUser):
    @task
    def summarize(self):
        self.client.post("/summarize", json={"text": "hello " * 200}, headers={"x-run": RUN_TAG})
