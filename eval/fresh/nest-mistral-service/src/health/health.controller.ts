import { Controller, Get, HttpException } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async check() {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok' };
    } catch (e) {
      throw new HttpException((e as Error).message, 503);
    }
  }
}
