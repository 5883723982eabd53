import { Logger } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  Logger.debug(JSON.stringify(process.env), "Env");
  await app.listen(3000);
}
bootstrap();
