import { useState } from "react";
import { Button, FlatList, Text, TextInput, View } from "react-native";
import { chat } from "../../services/mistral";

export default function ChatScreen() {
  const [messages, setMessages] = useState<{ role: string; content: string }[]>([]);
  const [draft, setDraft] = useState("");

  async function send() {
    const next = [...messages, { role: "user", content: draft }];
    setMessages(next);
    setDraft("");
    setMessages([...next, { role: "assistant", content: await chat(next) }]);
  }

  return (
    <View style={{ flex: 1, padding: 16 }}>
      <FlatList data={messages} renderItem={({ item }) => <Text>{item.content}</Text>} />
      <TextInput value={draft} onChangeText={setDraft} />
      <Button title="Send" onPress={send} />
    </View>
  );
}
