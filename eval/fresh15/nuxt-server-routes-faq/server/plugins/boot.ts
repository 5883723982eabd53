export default defineNitroPlugin(() => {
  const config = useRuntimeConfig();
  console.info("[boot] runtime config", config);
});
