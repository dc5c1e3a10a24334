/**
 * The long-running programs a container may start, as shell Programs that override the
 * ordinary ones of the same name (see types.ts for how they block).
 */
import type { ProgramEntry } from '../../shell/program';
import { daemonPrograms, sleepProgram, tailProgram, topProgram } from './blocking-tools';
import { fastapiProgram } from './fastapi-cli';
import { nodePrograms } from './node';
import { phpServerPrograms } from './php';
import { streamlitProgram } from './streamlit';
import { catalinaProgram } from './tomcat';
import { pythonPrograms } from './python';
import type { ServiceContext } from './types';

export type { ServiceContext, ServiceOutcome } from './types';
export { nginxEntrypoint } from './nginx';
export { sleepSeconds } from './blocking-tools';

export function servicePrograms(ctx: ServiceContext): Map<string, ProgramEntry> {
  return new Map<string, ProgramEntry>([
    [
      'sleep',
      { run: sleepProgram(ctx), ...(ctx.base.get('sleep')?.always ? { always: true } : {}) },
    ],
    ['tail', { run: tailProgram(ctx) }],
    ['top', { run: topProgram(ctx) }],
    ...daemonPrograms(ctx),
    ...pythonPrograms(ctx),
    ...nodePrograms(ctx),
    ...phpServerPrograms(ctx),
    ['streamlit', streamlitProgram(ctx)],
    ['fastapi', fastapiProgram(ctx)],
    ['catalina.sh', catalinaProgram(ctx)],
  ]);
}
