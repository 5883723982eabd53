import gradio as gr

from .agent import agent


def research(question: str, history: list) -> str:
    try:
        return str(agent.run(question))
    except Exception as e:
        return f"Agent error: {e}"


demo = gr.ChatInterface(research, title="Research bot")

if __name__ == "__main__":
    demo.launch()
