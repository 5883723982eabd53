import { streamText } from "ai";

export default defineEventHandler(async (event) => {
  const { prompt } = await readBody(event);
  const stream = createEventStream(event);
  (async () => {
    try {
      const result = streamText({ model, prompt });
      for await (const delta of result.textStream) await stream.push(delta);
    } catch (err) {
      await stream.push(JSON.stringify({ error: (err as Error).message }));
    } finally {
      await stream.close();
    }
  })();
  return stream.send();
});
