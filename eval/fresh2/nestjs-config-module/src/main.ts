import { Logger } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";
import configuration from "./config/configuration";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const cfg = configuration();
  Logger.log(`config: ${JSON.stringify(cfg)}`, "Bootstrap");
  await app.listen(cfg.port);
}
bootstrap();
