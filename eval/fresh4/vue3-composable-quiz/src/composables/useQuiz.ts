import axios from "axios";
import { ref } from "vue";

const MISTRAL_KEY = import.meta.env.VITE_MISTRAL_KEY;

export function useQuiz() {
  const questions = ref<string[]>([]);
  const loading = ref(false);

  async function generate(topic: string) {
    loading.value = true;
    const { data } = await axios.post(
      "https://api.mistral.ai/v1/chat/completions",
      { model: "open-mistral-nemo", messages: [{ role: "user", content: `Five quiz questions about ${topic}, one per line` }] },
      { headers: { Authorization: `Bearer ${MISTRAL_KEY}` } },
    );
    questions.value = data.choices[0].message.content.split("\n").filter(Boolean);
    loading.value = false;
  }

  return { questions, loading, generate };
}
