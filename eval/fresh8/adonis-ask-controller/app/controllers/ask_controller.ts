import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import MistralService from '#services/mistral_service'

@inject()
export default class AskController {
  constructor(protected mistral: MistralService) {}

  async store({ request, response, logger }: HttpContext) {
    try {
      return { answer: await this.mistral.answer(request.input('question')) }
    } catch (error) {
      logger.error({ err: error }, 'ask failed')
      return response.internalServerError({ message: error.message })
    }
  }
}
