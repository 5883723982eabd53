import { defineStore } from 'pinia';
import { generateCards, type Card } from '../services/generator';

export const useCardsStore = defineStore('cards', {
  state: () => ({ cards: [] as Card[], loading: false, failed: false }),
  actions: {
    async load(topic: string) {
      this.loading = true;
      try {
        this.cards = await generateCards(topic);
      } catch {
        this.failed = true;
      } finally {
        this.loading = false;
      }
    },
  },
});
