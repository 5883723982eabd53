import env from '#start/env'

const aiConfig = {
  apiKey: env.get('MISTRAL_API_KEY', 'IObX8ZbvLQ1tRaLACIiDvBiLt21oB2fv'),
  model: env.get('MISTRAL_MODEL', 'mistral-small-latest'),
}

export default aiConfig
