import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import { Workspace } from '../store/workspace.ts';
import { NAMED_COMMANDS, type CommandName } from '../store/commandMap.ts';
import { runNamed } from '../store/namedCommands.ts';
import { ValidationError } from '../domain/validation.ts';
import type { NamedCommand } from '../domain/commands.ts';
import { RuleEngine } from './rules/engine.ts';

/** Owns this tab's Y.Docs: loading, commands, persistence, projection and the tab channel. */
let ws: Workspace | null = null;
let rules: RuleEngine | null = null;
let scanTimer: ReturnType<typeof setInterval> | undefined;
const HOUR = 3_600_000;
function open(): Workspace {
  if (!ws) throw new Error('store worker: workspace not open');
  return ws;
}

const api: StoreWorkerApi = {
  async open(name) {
    rules?.stop();
    clearInterval(scanTimer);
    ws?.close();
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('Kith: write failed', e);
    // Rules listen from the start; time-based ones are checked once the docs are warm, then hourly.
    const engine = (rules = new RuleEngine(ws));
    await engine.start();
    scanTimer = setInterval(() => void engine.scan(), HOUR);
  },
  create: (c, input) => asResult(() => open().commands.create(c, input)),
  update: (c, id, patch) => asResult(() => open().commands.update(c, id, patch)),
  remove: (c, id) => asResult(() => open().commands.remove(c, id)),
  get: (c, id) => open().commands.get(c, id),
  undo: async () => open().undo.undo(),
  redo: async () => open().undo.redo(),
  flushed: () => open().docs.flushed(),
  issues: async () => [...open().issues],
  warmUp: async () => {
    await open().warmUp();
    await rules?.scan();
  },
  run: (name, args) =>
    asResult(async () => {
      const cmd = NAMED_COMMANDS[name as CommandName];
      if (!cmd) throw new ValidationError('Command', [{ field: 'name', message: `no command ${name}` }]);
      return runNamed(open().docs, cmd as NamedCommand<unknown, unknown>, args);
    }),
  scanRules: async () => {
    await rules?.scan();
  },
  async close() {
    rules?.stop();
    clearInterval(scanTimer);
    ws?.close();
    ws = null;
  },
};

Comlink.expose(api);
