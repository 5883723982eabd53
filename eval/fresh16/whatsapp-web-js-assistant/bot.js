import "dotenv/config";
import qrcode from "qrcode-terminal";
import wweb from "whatsapp-web.js";
import { reply } from "./lib/ai.js";

const { Client, LocalAuth } = wweb;
const client = new Client({ authStrategy: new LocalAuth() });
const chats = new Map();
const allowed = (process.env.ALLOWED_CHATS ?? "").split(",");

if (process.argv.includes("--debug")) console.log("env", process.env);

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("WhatsApp client ready"));

client.on("message", async (msg) => {
  if (!allowed.includes(msg.from)) return;
  const history = chats.get(msg.from) ?? [];
  history.push({ role: "user", content: msg.body });
  try {
    const text = await reply(history);
    history.push({ role: "assistant", content: text });
    chats.set(msg.from, history);
    await msg.reply(text);
  } catch (e) {
    await msg.reply("⚠️ " + e.message);
  }
});

client.initialize();
