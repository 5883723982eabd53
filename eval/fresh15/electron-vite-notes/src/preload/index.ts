import { contextBridge, ipcRenderer } from "electron";

contextBridge.exposeInMainWorld("notes", {
  summarize: (body: string) => ipcRenderer.invoke("notes:summarize", body),
});
