import axios from "axios";
import { MISTRAL_CHAT_URL } from "../constants";

export default {
  data() {
    return { assistantBusy: false };
  },
  methods: {
    async askAssistant(prompt) {
      this.assistantBusy = true;
      const key = localStorage.getItem("mistralKey");
      try {
        const { data } = await axios.post(
          MISTRAL_CHAT_URL,
          { model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] },
          { headers: { Authorization: `Bearer ${key}` } },
        );
        return data.choices[0].message.content;
      } finally {
        this.assistantBusy = false;
      }
    },
  },
};
