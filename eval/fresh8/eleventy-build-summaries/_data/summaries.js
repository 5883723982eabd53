const axios = require("axios");
const posts = require("./posts.json");

module.exports = async function () {
  const out = {};
  for (const post of posts) {
    try {
      const { data } = await axios.post(
        "https://api.mistral.ai/v1/chat/completions",
        { model: "mistral-small-latest", messages: [{ role: "user", content: `One-line summary: ${post.body}` }] },
        { headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` } },
      );
      out[post.slug] = data.choices[0].message.content;
    } catch (error) {
      console.error("summary failed for", post.slug, error);
      out[post.slug] = "";
    }
  }
  return out;
};
