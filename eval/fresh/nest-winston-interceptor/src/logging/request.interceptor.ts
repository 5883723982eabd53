import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { logger } from './winston';

@Injectable()
export class RequestLogInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest();
    logger.info('incoming', { method: req.method, url: req.url, headers: req.headers });
    logger.info('route', { handler: ctx.getHandler().name });
    return next.handle();
  }
}
