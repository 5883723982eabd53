const API_URL = process.env.EXPO_PUBLIC_API_URL;

export async function pushNote(note: { id: string; text: string }) {
  await fetch(`${API_URL}/notes/${note.id}`, { method: 'PUT', body: JSON.stringify(note) });
}
