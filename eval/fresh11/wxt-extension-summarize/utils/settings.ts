export async function getApiKey(): Promise<string> {
  const { mistralKey } = await browser.storage.local.get("mistralKey");
  return mistralKey ?? "";
}
