from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from workflows.activities import ocr_document


@workflow.defn
class OcrWorkflow:
    @workflow.run
    async def run(self, url: str) -> str:
        return await workflow.execute_activity(
            ocr_document, url, start_to_close_timeout=timedelta(minutes=5), retry_policy=RetryPolicy(maximum_attempts=2)
        )
