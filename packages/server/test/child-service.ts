/** A service process for multi-process tests: configured from env, prints READY, stops on SIGTERM. */
import { startService } from '../src/service.ts';

const svc = await startService({ env: process.env });
process.stdout.write(`READY ${svc.url}\n`);
process.on('SIGTERM', () => {
  void svc.close().finally(() => process.exit(0));
});
