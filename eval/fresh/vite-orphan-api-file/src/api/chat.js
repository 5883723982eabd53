// Draft of the serverless function, to be moved to /api once we deploy on Vercel.
export default async function handler(req, res) {
  const r = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: req.body.prompt }] }),
  });
  const data = await r.json();
  res.status(200).json({ reply: data.choices[0].message.content });
}
