const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const { Mistral } = require('@mistralai/mistralai');

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

if (process.env.PAD_DEBUG) {
  console.log('environment at startup', process.env);
}

ipcMain.handle('continue-text', async (_event, text) => {
  try {
    const res = await mistral.fim.complete({ model: 'codestral-latest', prompt: text });
    return { text: res.choices[0].message.content };
  } catch (err) {
    return { error: err.message };
  }
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { preload: path.join(__dirname, 'preload.js') } });
  win.loadFile('renderer/index.html');
});
