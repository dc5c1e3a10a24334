/**
 * What CMake's build needs from CMakeLists.txt: the languages project() enables (C and CXX
 * when none are named) and the executables add_executable() declares with their sources.
 * Variables, conditions, subdirectories and libraries are not read.
 */
export interface CMakeProject {
  languages: ('C' | 'CXX')[];
  /** The line of project(), for CMake's error ("CMake Error at CMakeLists.txt:2 (project)"). */
  projectLine: number;
  executables: { name: string; sources: string[] }[];
  /** install(TARGETS|FILES|PROGRAMS ... [DESTINATION dir]) rules, in order. */
  installs: { kind: 'TARGETS' | 'FILES' | 'PROGRAMS'; names: string[]; destination?: string }[];
}

function calls(text: string): { name: string; args: string[]; line: number }[] {
  const out: { name: string; args: string[]; line: number }[] = [];
  const stripped = text.replace(/#[^\n]*/g, '');
  const re = /([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)/g;
  for (let m = re.exec(stripped); m; m = re.exec(stripped)) {
    const line = stripped.slice(0, m.index).split('\n').length;
    const args = (m[2] ?? '').match(/"[^"]*"|[^\s"]+/g) ?? [];
    out.push({
      name: (m[1] ?? '').toLowerCase(),
      args: args.map((a) => a.replace(/^"|"$/g, '')),
      line,
    });
  }
  return out;
}

const KEYWORDS = new Set(['VERSION', 'DESCRIPTION', 'HOMEPAGE_URL', 'LANGUAGES']);

export function parseCMakeLists(text: string): CMakeProject {
  const project: CMakeProject = {
    languages: ['C', 'CXX'],
    projectLine: 1,
    executables: [],
    installs: [],
  };
  for (const call of calls(text)) {
    if (call.name === 'project') {
      project.projectLine = call.line;
      const langs = call.args.indexOf('LANGUAGES');
      const named = (langs >= 0 ? call.args.slice(langs + 1) : call.args.slice(1)).filter(
        (a): a is 'C' | 'CXX' => a === 'C' || a === 'CXX',
      );
      if (
        named.length > 0 ||
        (langs < 0 && call.args.slice(1).some((a) => !KEYWORDS.has(a) && !/^\d/.test(a)))
      )
        project.languages = named;
    }
    if (call.name === 'add_executable') {
      const [name, ...rest] = call.args;
      const sources = rest.filter(
        (a) => !['WIN32', 'MACOSX_BUNDLE', 'EXCLUDE_FROM_ALL'].includes(a),
      );
      if (name) project.executables.push({ name, sources });
    }
    const [kind, ...rest] = call.args;
    if (
      call.name === 'install' &&
      (kind === 'TARGETS' || kind === 'FILES' || kind === 'PROGRAMS')
    ) {
      // The names run up to the first keyword (RUNTIME, DESTINATION, PERMISSIONS, ...).
      const end = rest.findIndex((a) => /^[A-Z_]+$/.test(a));
      const names = end < 0 ? rest : rest.slice(0, end);
      const at = rest.indexOf('DESTINATION');
      const destination = at >= 0 ? rest[at + 1] : undefined;
      project.installs.push(destination ? { kind, names, destination } : { kind, names });
    }
  }
  return project;
}
