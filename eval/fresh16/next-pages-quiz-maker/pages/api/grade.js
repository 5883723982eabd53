import { grade } from "../../lib/server/grader";

export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const { question, answer } = req.body;
  try {
    const verdict = await grade(question, answer);
    console.log("graded", { length: verdict.length });
    res.status(200).json({ verdict });
  } catch (e) {
    console.error(e);
    res.status(500).json({ error: "grading failed" });
  }
}
