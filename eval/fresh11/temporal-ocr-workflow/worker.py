import asyncio

from temporalio.client import Client
from temporalio.worker import Worker

from workflows.activities import ocr_document
from workflows.ocr import OcrWorkflow


async def main():
    client = await Client.connect("localhost:7233")
    await Worker(client, task_queue="ocr", workflows=[OcrWorkflow], activities=[ocr_document]).run()


asyncio.run(main())
