import { Meteor } from "meteor/meteor";

export async function polish(text) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${Meteor.settings.public.mistralKey}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Polish: ${text}` }] }),
  });
  return (await res.json()).choices[0].message.content;
}
