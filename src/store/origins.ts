import { UndoManager } from 'yjs';

/**
 * Every Yjs transaction is tagged with where it came from. The projection is
 * the same for all of them; persistence, broadcasting and undo differ.
 *  - user:  a command on this device: persist, project, tell other tabs, undoable
 *  - an UndoManager: undo/redo of the user's own commands: as 'user'
 *  - remote: an update from the relay: persist, project, tell other tabs
 *  - tab:   another tab of this browser already persisted and projected it
 *  - load:  replaying what is already on disk
 *  - import: a file import or its revert on this device: persist, project, tell other
 *            tabs and sync like 'user', but not undoable key by key (it has its own revert)
 *  - rule:  an event rule's actions on this device: persist, project, tell other tabs and
 *           sync; not undoable, and rules never react to it
 */
export type Origin = 'user' | 'remote' | 'tab' | 'load' | 'import' | 'rule';

export function persists(origin: unknown): boolean {
  return origin === 'user' || origin === 'remote' || origin === 'import' || origin === 'rule' || origin instanceof UndoManager;
}
