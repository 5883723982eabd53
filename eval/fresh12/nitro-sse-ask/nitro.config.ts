export default defineNitroConfig({ srcDir: "server", compatibilityDate: "2024-09-01" });
