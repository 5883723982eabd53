import { draft } from "./mistral.mjs";

export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  const topic = JSON.parse(event.body ?? "{}").topic ?? "serverless";
  responseStream.setContentType("text/event-stream");
  try {
    for await (const t of draft(topic)) responseStream.write(`data: ${JSON.stringify(t)}\n\n`);
  } catch (err) {
    responseStream.write(`event: error\ndata: ${err.stack}\n\n`);
  } finally {
    responseStream.end();
  }
});
