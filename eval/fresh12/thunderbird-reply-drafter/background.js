/* global browser, draftReply */
browser.composeAction.onClicked.addListener(async (tab) => {
  const details = await browser.compose.getComposeDetails(tab.id);
  const parts = await browser.messages.getFull(details.relatedMessageId);
  const body = parts.parts?.[0]?.body ?? "";
  const draft = await draftReply(body);
  await browser.compose.setComposeDetails(tab.id, { body: draft });
});
