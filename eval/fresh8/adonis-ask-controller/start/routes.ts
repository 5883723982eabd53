import router from '@adonisjs/core/services/router'
const AskController = () => import('#controllers/ask_controller')

router.post('/ask', [AskController, 'store'])
router.get('/health', async () => ({ ok: true }))
