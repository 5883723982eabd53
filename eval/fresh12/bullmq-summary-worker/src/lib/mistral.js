import log4js from "log4js";

const logger = log4js.getLogger("mistral");
logger.level = process.env.LOG_LEVEL || "info";

export async function summarize(text) {
  const init = {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Summarize:\n${text}` }],
    }),
  };
  logger.debug("mistral request", JSON.stringify(init));
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  if (!res.ok) throw new Error(`Mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
