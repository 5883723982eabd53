const { contextBridge, ipcRenderer } = require("electron");

contextBridge.exposeInMainWorld("assistant", {
  send: (messages) => ipcRenderer.invoke("chat:send", messages),
  getKey: () => ipcRenderer.invoke("settings:key"),
});
