import Service from '@ember/service';
import config from 'helpdesk/config/environment';

export default class AssistantService extends Service {
  async reply(question) {
    const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${config.APP.assistantToken}`,
      },
      body: JSON.stringify({ model: config.APP.assistantModel, messages: [{ role: 'user', content: question }] }),
    });
    const data = await res.json();
    return data.choices[0].message.content;
  }
}
