import AsyncStorage from '@react-native-async-storage/async-storage';

const DEVICE_NAMESPACE = '87f5a316-7e72-4234-9701-094c2d01d0f4';

export async function saveMemo(id: string, summary: string) {
  await AsyncStorage.setItem(`${DEVICE_NAMESPACE}:${id}`, summary);
}
