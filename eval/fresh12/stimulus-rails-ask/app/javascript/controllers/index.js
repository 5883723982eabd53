import { application } from "controllers/application"
import AskController from "controllers/ask_controller"
application.register("ask", AskController)
