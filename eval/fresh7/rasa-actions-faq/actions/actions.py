import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from . import mistral_client

logger = logging.getLogger(__name__)
logger.debug("mistral session ready: %s", mistral_client.SESSION.headers)


class ActionAskMistral(Action):
    def name(self) -> str:
        return "action_ask_mistral"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        question = tracker.latest_message.get("text", "")
        try:
            dispatcher.utter_message(text=mistral_client.ask_mistral(question))
        except Exception as e:
            dispatcher.utter_message(text=f"Sorry, something broke: {e}")
        return []
