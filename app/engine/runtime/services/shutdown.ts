/**
 * What servers log while `docker stop` shuts them down gracefully (nginx and php-fpm on
 * SIGQUIT, uvicorn and gunicorn on SIGTERM: their images' stop signals), found from the
 * main's command line. Services that declare a stop log (ServiceOutcome.stopLog: Apache,
 * puma, Kestrel, Spring Boot) are not here.
 */
import { notices, WORKERS } from '../../programs/nginx/nginx';
import { fpmTime } from './php';
import { gunicornTime } from './python-servers';

export type LogChunk = { stream: 'stdout' | 'stderr'; text: string };

export function shutdownOutput(argv: readonly string[], now: number): LogChunk[] {
  const words = argv.flatMap((a) => a.split(/\s+/)).map((w) => w.replace(/^.*\//, ''));
  if (words.includes('nginx') || words.includes('nginx-debug')) {
    const text = notices(now, [
      [1, 'signal 3 (SIGQUIT) received, shutting down'],
      ...WORKERS.flatMap((pid): [number, string][] => [
        [pid, 'gracefully shutting down'],
        [pid, 'exiting'],
        [pid, 'exit'],
      ]),
      [1, `signal 17 (SIGCHLD) received from ${WORKERS[0]}`],
      ...WORKERS.map((pid): [number, string] => [1, `worker process ${pid} exited with code 0`]),
      [1, 'exit'],
    ]);
    return [{ stream: 'stderr', text }];
  }
  if (words.includes('uvicorn')) {
    return [
      {
        stream: 'stderr',
        text:
          'INFO:     Shutting down\nINFO:     Waiting for application shutdown.\n' +
          'INFO:     Application shutdown complete.\nINFO:     Finished server process [1]\n',
      },
    ];
  }
  if (words.includes('gunicorn')) {
    const t = gunicornTime(now);
    return [
      {
        stream: 'stderr',
        text: `${t} [1] [INFO] Handling signal: term\n${t} [7] [INFO] Worker exiting (pid: 7)\n${t} [1] [INFO] Shutting down: Master\n`,
      },
    ];
  }
  if (words.includes('php-fpm')) {
    const t = fpmTime(now);
    return [
      {
        stream: 'stderr',
        text: `[${t}] NOTICE: Finishing ...\n[${t}] NOTICE: exiting, bye-bye!\n`,
      },
    ];
  }
  return [];
}
