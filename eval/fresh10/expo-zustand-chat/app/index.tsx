import { useState } from "react";
import { Button, FlatList, Text, TextInput, View } from "react-native";
import { useChat } from "../store/chat";

export default function Home() {
  const { messages, send } = useChat();
  const [t, setT] = useState("");
  return <View><FlatList data={messages} renderItem={({ item }) => <Text>{item.content}</Text>} /><TextInput value={t} onChangeText={setT} /><Button title="Send" onPress={() => send(t)} /></View>;
}
