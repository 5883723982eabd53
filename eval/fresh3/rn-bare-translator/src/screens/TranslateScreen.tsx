import React, { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import { translate } from "../api/translate";

export default function TranslateScreen() {
  const [text, setText] = useState("");
  const [out, setOut] = useState("");
  return (
    <View>
      <TextInput value={text} onChangeText={setText} />
      <Button title="French" onPress={async () => setOut(await translate(text, "French"))} />
      <Text>{out}</Text>
    </View>
  );
}
