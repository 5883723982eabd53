import { createApp } from 'vue';
import ChatBox from './components/ChatBox.vue';

createApp(ChatBox, { apiKey: window.HELPDESK_KEY }).mount('#widget');
