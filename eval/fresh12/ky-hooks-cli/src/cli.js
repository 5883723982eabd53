#!/usr/bin/env node
import { api } from "./api.js";

const verbose = process.argv.includes("--verbose");
const client = api.extend({
  hooks: {
    beforeRequest: [
      (request) => {
        if (verbose) console.debug("->", request.method, request.url, Object.fromEntries(request.headers));
      },
    ],
  },
});

const prompt = process.argv.slice(2).filter((a) => a !== "--verbose").join(" ");
const data = await client.post("chat/completions", { json: { model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] } }).json();
console.log(data.choices[0].message.content);
