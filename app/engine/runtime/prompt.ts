/**
 * The prompt an interactive shell in a container shows, as that image's shell draws it:
 * BusyBox ash `/ # ` (busybox, alpine), Debian's bash from /etc/bash.bashrc
 * `root@3f2a1b4c5d6e:/app# `, bash without that file `bash-5.2# `, dash `# `.
 */
import type { FileSystem } from '../fs/filesystem';
import type { Userland } from '../shell/program';

export interface PromptInput {
  /** "sh", "bash", "ash", "dash". */
  shell: string;
  userland: Userland;
  userName: string;
  uid: number;
  home: string;
  hostname: string;
  cwd: string;
  fs: FileSystem;
}

function tilde(cwd: string, home: string): string {
  if (home !== '/' && (cwd === home || cwd.startsWith(home + '/')))
    return '~' + cwd.slice(home.length);
  return cwd;
}

export function shellPrompt(p: PromptInput): string {
  const sign = p.uid === 0 ? '#' : '$';
  if (p.shell === 'bash') {
    if (p.fs.stat('/etc/bash.bashrc').ok && p.userland === 'gnu') {
      return `${p.userName}@${p.hostname}:${tilde(p.cwd, p.home)}${sign} `;
    }
    return `bash-5.2${sign} `;
  }
  if (p.userland === 'busybox') return `${tilde(p.cwd, p.home)} ${sign} `;
  return `${sign} `;
}

/** Which shell drew a prompt (the attachment keeps the prompt, not the shell's name). */
export function shellOfPrompt(prompt: string): 'bash' | 'sh' {
  return /^(\S+@\S+:.*[#$] |bash-[\d.]+[#$] )$/.test(prompt) ? 'bash' : 'sh';
}
