figma.showUI(__html__, { width: 320, height: 240 });
const node = figma.currentPage.selection[0];
if (node && node.type === "TEXT") figma.ui.postMessage({ type: "text", text: node.characters });
figma.ui.onmessage = async (msg) => {
  if (msg.type === "rewritten" && node && node.type === "TEXT") {
    await figma.loadFontAsync(node.fontName as FontName);
    node.characters = msg.text;
  }
};
