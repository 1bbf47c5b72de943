/**
 * The terminal's own strings: i18next namespace `terminal`, used as `t('terminal:welcome')`.
 * Japanese: ./strings-ja.ts, same keys.
 */
export const en = {
  tab: 'Terminal',
  target: 'Shell in',
  host: 'host (utsuwa-host)',
  vm: 'VM',
  container: 'container',
  welcome: 'Utsuwa terminal: commands run against the simulation. Type help for the list.',
  notLoaded: '(the simulation is not loaded yet)',
  failed: 'utsuwa: the command could not run: {{reason}}',
  gone: '(the instance {{name}} is gone: back on the host)',
  notReady: '({{name}} did not become ready: {{why}})',
};
