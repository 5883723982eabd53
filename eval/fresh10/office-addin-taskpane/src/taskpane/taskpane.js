import { config } from "./config";

Office.onReady(() => {
  document.getElementById("draft").onclick = draftReply;
});

async function draftReply() {
  const item = Office.context.mailbox.item;
  item.body.getAsync("text", async (res) => {
    const r = await fetch(config.mistralEndpoint, {
      method: "POST",
      headers: { Authorization: "Bearer " + config.mistralKey, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: "Draft a polite reply to:\n" + res.value }] }),
    });
    const j = await r.json();
    item.displayReplyForm(j.choices[0].message.content);
  });
}
