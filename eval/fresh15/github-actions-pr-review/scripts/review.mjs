import { readFile } from "node:fs/promises";
import { buildRequest } from "./request.mjs";

const diff = await readFile(process.argv[2], "utf8");
const { url, options } = buildRequest(diff.slice(0, 60000));
if (process.env.RUNNER_DEBUG === "1") {
  console.log("::debug::" + JSON.stringify(options));
}
const res = await fetch(url, options);
if (!res.ok) {
  console.error(`::error::review request failed with ${res.status}`);
  process.exit(1);
}
const review = (await res.json()).choices[0].message.content;
await fetch(`https://api.github.com/repos/${process.env.GITHUB_REPOSITORY}/issues/${process.env.PR_NUMBER}/comments`, {
  method: "POST",
  headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
  body: JSON.stringify({ body: review }),
});
