import { answer } from "../lib/mistral"

export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end()
  try {
    res.json({ answer: await answer(req.body.question) })
  } catch (err) {
    res.status(500).send(err.toString())
  }
}
