import { Mistral } from '@mistralai/mistralai';

const editor = document.getElementById('editor');

document.getElementById('continue').onclick = async () => {
  const out = await window.pad.continueText(editor.value);
  if (out.text) editor.value += out.text;
};

document.getElementById('rephrase').onclick = async () => {
  const client = new Mistral({ apiKey: localStorage.getItem('mistralKey') });
  const res = await client.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: `Rephrase: ${editor.value}` }] });
  editor.value = res.choices[0].message.content;
};
