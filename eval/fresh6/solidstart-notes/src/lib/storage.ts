"use server";
import { createStorage } from "unstorage";
import fsDriver from "unstorage/drivers/fs";

const storage = createStorage({ driver: fsDriver({ base: "./.data" }) });

export async function saveNote(id: string, text: string) {
  try {
    await storage.setItem(`note:${id}`, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}
