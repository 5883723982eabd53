import { Mistral } from '@mistralai/mistralai'
import aiConfig from '#config/ai'

export default class MistralService {
  #client = new Mistral({ apiKey: aiConfig.apiKey })

  async answer(question: string) {
    const res = await this.#client.chat.complete({
      model: aiConfig.model,
      messages: [{ role: 'user', content: question }],
    })
    return String(res.choices?.[0]?.message?.content ?? '')
  }
}
