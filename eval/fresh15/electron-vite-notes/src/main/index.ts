import { app, BrowserWindow, ipcMain } from "electron";
import { join } from "node:path";
import { summarizeNote } from "./mistral";

ipcMain.handle("notes:summarize", async (_event, body: string) => {
  try {
    return { summary: await summarizeNote(body) };
  } catch (err) {
    return { error: (err as Error).message };
  }
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { preload: join(__dirname, "../preload/index.js") } });
  win.loadFile(join(__dirname, "../renderer/index.html"));
});
