import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { busyboxTerminals, type Terminal } from '../../../runtime/testing/terminal';
import { fixtureSteps, normalise, simulated } from '../../../runtime/testing/fixtures';

const terminal = busyboxTerminals();

const help = (name: string) =>
  readFileSync(new URL(`../../fixtures/help/${name}.txt`, import.meta.url), 'utf8');

/** The recorded session's three containers' worth of events, in a fresh terminal. */
function recordedSetup(): Terminal {
  const t = terminal();
  t.run('docker run --name ev busybox true');
  t.run('docker run -d --name evd busybox sleep 3600');
  t.run('docker stop -t 0 evd >/dev/null; sleep 2');
  return t;
}

describe('docker events', () => {
  it('replays the recorded window session (Docker 20.10 daemon) line for line', () => {
    const t = terminal();
    for (const step of fixtureSteps('runtime-events-window')) {
      // Docker 28's daemon refuses an unknown filter key (tested below); 20.10 ignored it.
      if (step.command.includes('colour=red')) continue;
      const run = t.run(simulated(step.command));
      // Docker 24+ adds execDuration to die events (moby#45488); the 20.10 recording has none.
      expect({
        command: step.command,
        out: normalise(run.out.replace(/execDuration=\d+, /g, '')),
        err: run.err,
        code: run.code,
      }).toEqual({
        command: step.command,
        out: normalise(step.stdout),
        err: step.stderr,
        code: step.exit,
      });
    }
  });

  it('prints nine-digit UTC times, the actor id and attributes sorted by key', () => {
    const t = recordedSetup();
    const id = t.container('evd').id;
    const lines = t.run('docker events --since 1m --until 0s --filter container=evd').out;
    expect(lines.split('\n')[2]).toMatch(
      new RegExp(
        `^2026-01-15T09:00:\\d\\d\\.\\d{9}Z container kill ${id} \\(image=busybox, name=evd, signal=15\\)$`,
      ),
    );
  });

  it('gives die events the whole seconds the main ran, as Docker 24+ does', () => {
    const t = recordedSetup();
    const die = t.run(
      'docker events --since 1m --until 0s --filter container=evd --filter event=die',
    );
    expect(die.out).toMatch(/ \(execDuration=1, exitCode=137, image=busybox, name=evd\)\n$/);
  });

  it('logs a main that ended by itself at the time it ended, not when docker noticed', () => {
    const t = terminal();
    t.run('docker run -d --name nap busybox sleep 5');
    t.wait(60_000);
    t.run('docker ps -a');
    const r = t.run(
      "docker events --since 1h --until 0s --filter container=nap --format '{{.Action}} {{.Time}}'",
    );
    const [, start, die] = r.out
      .trim()
      .split('\n')
      .map((l) => Number(l.split(' ')[1]));
    expect(r.out).toMatch(/^create \d+\nstart \d+\ndie \d+\n$/);
    expect(die! - start!).toBe(5);
  });

  it('ignores a filter key the daemon does not filter on, as the recorded daemon did', () => {
    const t = recordedSetup();
    const all = t.run("docker events --since 1m --until 0s --format '{{.Action}}'");
    const r = t.run(
      "docker events --since 1m --until 0s --filter colour=red --format '{{.Action}}'",
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(all.out);
    expect(r.out).not.toBe('');
  });

  it('checks --format before anything else, with the 28.2.2 client wording and status 64', () => {
    const t = terminal();
    expect(t.run("docker events --since yesterday --format '{{'")).toMatchObject({
      err: 'Error parsing format: template: :1: unclosed action\n',
      code: 64,
    });
    expect(t.run("docker events --format '{{.Nope}}' --until x")).toMatchObject({
      err: 'Error parsing format: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *events.Message\n',
      code: 64,
    });
  });

  it('rejects --since and --until values that are neither times nor durations', () => {
    const t = terminal();
    expect(t.run('docker events --until nope')).toMatchObject({
      err: 'failed to parse value as time or duration: "nope"\n',
      code: 1,
    });
  });

  it('takes no arguments and rejects a filter without a value before asking the daemon', () => {
    const t = terminal();
    expect(t.run('docker events extra')).toMatchObject({
      err: "docker: 'docker events' accepts no arguments\n\nUsage:  docker events [OPTIONS]\n\nRun 'docker events --help' for more information\n",
      code: 1,
    });
    expect(t.run('docker events --filter foo')).toMatchObject({
      err: 'invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker events [OPTIONS]\n\nRun \'docker events --help\' for more information\n',
      code: 125,
    });
  });

  it('prints Docker 28 help for both spellings', () => {
    const t = terminal();
    expect(t.run('docker events --help').out).toBe(help('events'));
    expect(t.run('docker system events --help').out).toBe(help('system_events'));
    expect(t.run('docker system --help').out).toContain(
      '  events      Get real time events from the server\n',
    );
  });

  it('replays nothing without --since and says real docker would wait for new events', () => {
    const r = recordedSetup().run('docker events');
    expect(r.out).toBe('');
    expect(r.notes.join('\n')).toContain('docker events shows only new events');
  });

  it('says it would keep following when --until is not given', () => {
    const r = recordedSetup().run(
      "docker events --since 1m --format '{{.Action}}' --filter container=ev",
    );
    expect(r.out.split('\n')[0]).toBe('create');
    expect(r.notes.join('\n')).toContain('keeps following new events until Ctrl+C');
    expect(recordedSetup().run('docker events --since 1m --until 0s').notes).toEqual([]);
  });

  it('logs image pulls, tags, untags and deletes with the ids the daemon uses', () => {
    const t = terminal();
    t.run('docker tag busybox app:v1');
    t.run('docker rmi app:v1');
    const id = t.run("docker image inspect -f '{{.Id}}' busybox").out.trim();
    const r = t.run(
      "docker events --since 1h --until 0s --filter type=image --format '{{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}}'",
    );
    expect(r.out).toBe(`pull busybox:latest busybox\ntag ${id} app:v1\nuntag ${id} ${id}\n`);
  });

  it('logs exec, rename, export and volume events, filterable by event and type', () => {
    const t = terminal();
    t.run('docker run -d --name box -v data:/data busybox sleep 3600');
    t.run('docker exec box ls /nope');
    t.run('docker rename box crate');
    t.run('docker export crate > fs.tar');
    const r = t.run(
      "docker events --since 1h --until 0s --filter event=exec_start --filter event=exec_die --filter event=rename --filter event=export --format '{{.Action}} {{json .Actor.Attributes}}'",
    );
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      /^exec_start: ls \/nope \{"execID":"[0-9a-f]{64}","image":"busybox","name":"box"\}$/,
    );
    expect(lines[1]).toMatch(
      /^exec_die \{"execID":"[0-9a-f]{64}","exitCode":"1","image":"busybox","name":"box"\}$/,
    );
    expect(lines.slice(2)).toEqual([
      'rename {"image":"busybox","name":"crate","oldName":"/box"}',
      'export {"image":"busybox","name":"crate"}',
      '',
    ]);
    const volumes = t.run(
      "docker events --since 1h --until 0s --filter type=volume --format '{{.Action}} {{.Actor.ID}}'",
    );
    expect(volumes.out).toBe('create data\nmount data\n');
  });

  it('prints json as the daemon marshals the message, for --format json and {{json .}}', () => {
    const t = recordedSetup();
    const json = t.run(
      'docker events --since 1m --until 0s --filter container=ev --format json',
    ).out;
    const template = t.run(
      "docker events --since 1m --until 0s --filter container=ev --format '{{json .}}'",
    ).out;
    expect(template).toBe(json);
    expect(json.split('\n')[0]).toMatch(
      /^\{"status":"create","id":"[0-9a-f]{64}","from":"busybox","Type":"container","Action":"create","Actor":\{"ID":"[0-9a-f]{64}","Attributes":\{"image":"busybox","name":"ev"\}\},"scope":"local","time":\d{10},"timeNano":\d{19}\}$/,
    );
  });

  it('words each lifecycle call as the daemon does, in order', () => {
    const t = terminal();
    t.run("printf 'FROM busybox\\nRUN echo hi > /f\\n' > Dockerfile");
    t.run('docker build -t app .');
    t.run('docker run -d --name web busybox sleep 3600');
    t.run('docker pause web');
    t.run('docker unpause web');
    t.run('docker kill -s HUP web');
    t.run('docker restart -t 1 web');
    t.run('docker cp web:/etc/hostname h.txt');
    t.run('docker cp h.txt web:/tmp/');
    t.run('docker commit web snap');
    t.run('docker rm -f web');
    const r = t.run(
      "docker events --since 1h --until 0s --filter type=container --filter type=image --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.signal}}{{.Actor.Attributes.exitCode}}{{.Actor.Attributes.path}}{{.Actor.Attributes.imageRef}}'",
    );
    expect(
      r.out
        .replace(/<no value>/g, '')
        .trimEnd()
        .split('\n')
        .map((l) => l.trimEnd()),
    ).toEqual([
      'image pull busybox',
      'image tag app:latest',
      'container create web',
      'container start web',
      'container pause web',
      'container unpause web',
      'container kill web 1',
      'container kill web 15',
      'container kill web 9',
      'container die web 137',
      'container stop web',
      'container start web',
      'container restart web',
      'container archive-path web /etc/hostname',
      'container extract-to-dir web /tmp/',
      'image tag snap:latest',
      'container commit web snap:latest',
      'container kill web 9',
      'container die web 137',
      'container destroy web',
    ]);
  });
});
