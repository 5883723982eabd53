import React, { useState } from 'react';
import { Button, Text, View } from 'react-native';
import { summarizeMemo } from '../api/summarize';
import { saveMemo } from '../api/storage';

export default function MemoScreen({ route }: any) {
  const [summary, setSummary] = useState('');
  const onSummarize = async () => {
    const s = await summarizeMemo(route.params.transcript);
    setSummary(s);
    await saveMemo(route.params.id, s);
  };
  return (
    <View>
      <Button title="Summarize" onPress={onSummarize} />
      <Text>{summary}</Text>
    </View>
  );
}
