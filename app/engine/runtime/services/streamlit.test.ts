import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from '../testing/terminal';

const terminal = busyboxTerminals('docker pull -q python:3.12-slim');
const INSTALL =
  'pip install -q --root-user-action=ignore streamlit && echo "import streamlit" > app.py';

describe('streamlit run in a container', () => {
  it('keeps serving after its start-up lines and stops cleanly', () => {
    const t = terminal();
    t.run(
      `docker run -d --name st python:3.12-slim sh -c '${INSTALL} && exec streamlit run app.py --server.port=8502 --server.address=0.0.0.0'`,
    );
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^st Up /);
    expect(t.run('docker logs st').out).toContain(
      '\n  You can now view your Streamlit app in your browser.\n\n  URL: http://0.0.0.0:8502\n\n',
    );
    t.run('docker stop st');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('fails as click does when the script is missing', () => {
    const t = terminal();
    const printed = t.run(
      `docker run --rm python:3.12-slim sh -c 'pip install -q --root-user-action=ignore streamlit && streamlit run nope.py'`,
    );
    expect(printed.code).toBe(2);
    expect(printed.err).toContain('Error: Invalid value: File does not exist: nope.py\n');
  });
});
