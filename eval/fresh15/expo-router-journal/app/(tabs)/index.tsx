import { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import { reflect } from "@/services/mistral";

export default function TodayScreen() {
  const [entry, setEntry] = useState("");
  const [coach, setCoach] = useState("");
  return (
    <View style={{ padding: 16, gap: 12 }}>
      <TextInput multiline value={entry} onChangeText={setEntry} placeholder="How was today?" />
      <Button title="Reflect" onPress={async () => setCoach(await reflect(entry))} />
      <Text>{coach}</Text>
    </View>
  );
}
