import axios from "axios";

const client = axios.create({ baseURL: "https://api.mistral.ai/v1" });

export function askRecipe(ingredients) {
  return client
    .post(
      "/chat/completions",
      { model: "mistral-small-latest", messages: [{ role: "user", content: `Recipe with ${ingredients}` }] },
      { headers: { Authorization: `Bearer ${process.env.REACT_APP_MISTRAL_API_KEY}` } }
    )
    .then((r) => r.data.choices[0].message.content);
}
