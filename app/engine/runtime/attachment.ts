/**
 * Handing the terminal to a shell inside a container: the attachment the session keeps
 * while the shell runs (`docker exec -it web sh`, `docker run -it busybox sh`), with the
 * prompt that image's shell shows.
 */
import type { Attachment } from '../cli/interactive';
import { basename } from '../fs/path';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { withAddedGroups } from './group-add';
import { openContainerFs } from './open-fs';
import type { ShellSession } from './exec';
import { imageUserland, processEnv, resolveUser } from './process-env';
import { shellPrompt } from './prompt';

export function shellAttachment(
  rt: HostRuntime,
  container: Container,
  session: ShellSession,
): Attachment {
  const opened = openContainerFs(rt.host, container);
  const { userland } = imageUserland(rt.host, container);
  const shell = basename(session.shell);
  return {
    kind: 'container',
    host: rt.hostName,
    containerId: container.id,
    prompt: shellPrompt({
      shell,
      userland,
      userName: session.user.name,
      uid: session.user.uid,
      home: session.user.home,
      hostname: container.hostname,
      cwd: session.cwd,
      fs: opened.fs,
    }),
    cwd: session.cwd,
    env: { ...session.env, PWD: session.cwd },
    vars: {},
    user: session.userSpec,
  };
}

/** The session of a container's own main shell (`docker run -it IMAGE sh`). */
export function mainShellSession(rt: HostRuntime, container: Container): ShellSession | undefined {
  const opened = openContainerFs(rt.host, container);
  const user = resolveUser(opened.fs, container.user);
  if (!user.ok) return undefined;
  return {
    shell: container.path,
    cwd: container.workingDir || '/',
    env: processEnv(container, user.user, [], true),
    user: withAddedGroups(user.user, container.groupAddGids ?? []),
    userSpec: container.user,
  };
}
