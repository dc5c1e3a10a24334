/**
 * embed.html's entry: read the configuration from the URL, fetch a scenario file if one
 * is named, render the player, and report its height to the parent page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedMode } from '../modes/Embed';
import { MAX_SCENARIO, readEmbedConfig, type ScenarioSource } from './config';
import { elementHeight, reportHeight } from './report-height';
import '../ui/AppShell/themes.css';

async function scenarioText(source: ScenarioSource): Promise<{ script: string; error?: string }> {
  if (source.kind === 'script') return { script: source.script };
  if (source.kind === 'none') return { script: '' };
  if (source.kind === 'error') return { script: '', error: source.error };
  try {
    const response = await fetch(source.url, { credentials: 'omit' });
    if (!response.ok)
      return { script: '', error: `The scenario could not be loaded (HTTP ${response.status}).` };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_SCENARIO) return { script: '', error: 'The scenario file is too large.' };
    const text = await response.text();
    if (text.length > MAX_SCENARIO) return { script: '', error: 'The scenario file is too large.' };
    return { script: text };
  } catch {
    return { script: '', error: 'The scenario could not be loaded.' };
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const config = readEmbedConfig(location.href, document.referrer);
  document.title = config.title;
  reportHeight(window, config.parentOrigin, elementHeight(root));
  const { script, error } = await scenarioText(config.scenario);
  createRoot(root).render(
    <StrictMode>
      <EmbedMode
        script={script}
        autoplay={config.autoplay}
        title={config.title}
        views={config.views}
        theme={config.theme}
        interactive={config.interactive}
        appUrl={new URL('./', location.href).href}
        {...(error ? { error } : {})}
      />
    </StrictMode>,
  );
}

void main();
