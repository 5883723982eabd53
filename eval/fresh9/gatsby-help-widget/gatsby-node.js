const { Mistral } = require("@mistralai/mistralai")

exports.onPreBuild = async ({ reporter }) => {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: "Write a 1-line site tagline" }] })
  reporter.info(`tagline ready (${res.choices[0].message.content.length} chars)`)
}
