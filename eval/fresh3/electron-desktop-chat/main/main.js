const { app, BrowserWindow, ipcMain } = require("electron");
const path = require("path");
const { chat } = require("./mistral");

function createWindow() {
  const win = new BrowserWindow({ width: 1100, height: 760, webPreferences: { preload: path.join(__dirname, "preload.js") } });
  win.loadFile(path.join(__dirname, "../renderer/index.html"));
}

ipcMain.handle("chat:send", async (_event, messages) => {
  try {
    return { reply: await chat(messages) };
  } catch (err) {
    return { error: err.message };
  }
});

app.whenReady().then(createWindow);
