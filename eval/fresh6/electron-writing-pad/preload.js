const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('pad', {
  continueText: (text) => ipcRenderer.invoke('continue-text', text),
});
