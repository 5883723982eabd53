import AsyncStorage from '@react-native-async-storage/async-storage';

const DEVICE_NAMESPACE = 'a1000baf-4afe-44ad-be3d-bb89892f339c';

export async function saveMemo(id: string, summary: string) {
  await AsyncStorage.setItem(`${DEVICE_NAMESPACE}:${id}`, summary);
}
