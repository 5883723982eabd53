export const stageConfig = {
  dev: { memory: 512, mistralApiKey: "3drXdDyaRtNAlGrD16PBtXfLIDObhay6" },
  prod: { memory: 1024, mistralApiKey: "" },
};
