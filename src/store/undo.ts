import * as Y from 'yjs';

/**
 * Undo across collections: each doc has its own Y.UndoManager (tracking only
 * this user's changes, never a teammate's), and one stack remembers which docs
 * changed in each step, so a command that wrote several docs undoes as one.
 */
export class UndoStack {
  private managers = new Map<string, Y.UndoManager>();
  private order: string[][] = [];
  private redoOrder: string[][] = [];
  /** Docs of the command being applied, when one is. */
  private group: string[] | null = null;
  private undoing = false;
  private redoing = false;

  track(docId: string, type: Y.AbstractType<unknown>): void {
    const known = this.managers.get(docId);
    if (known && (known.scope as unknown[]).includes(type)) return;
    known?.destroy();
    const um = new Y.UndoManager(type, { trackedOrigins: new Set(['user']), captureTimeout: 400 });
    um.on('stack-item-added', (e: { type: 'undo' | 'redo' }) => {
      if (e.type !== 'undo' || this.undoing) return;
      if (this.group) {
        if (this.group.length === 0) this.order.push(this.group);
        this.group.push(docId);
      } else this.order.push([docId]);
      if (!this.redoing) this.redoOrder = [];
    });
    this.managers.set(docId, um);
  }

  /** Everything `fn` writes is one undo step. */
  grouped<T>(fn: () => T): T {
    const outer = this.group;
    if (outer) return fn();
    this.group = [];
    // Each command is its own step: a quick second command must not merge into the first.
    for (const um of this.managers.values()) um.stopCapturing();
    try {
      return fn();
    } finally {
      this.group = null;
    }
  }

  /** A doc was reloaded from disk: its undo history refers to changes that no longer exist. */
  forget(docId: string): void {
    this.managers.get(docId)?.destroy();
    this.managers.delete(docId);
    const drop = (steps: string[][]) => steps.map((s) => s.filter((d) => d !== docId)).filter((s) => s.length > 0);
    this.order = drop(this.order);
    this.redoOrder = drop(this.redoOrder);
  }

  get canUndo(): boolean {
    return this.order.length > 0;
  }

  undo(): boolean {
    const step = this.order.pop();
    if (!step) return false;
    this.undoing = true;
    try {
      for (const docId of step) this.managers.get(docId)?.undo();
    } finally {
      this.undoing = false;
    }
    this.redoOrder.push(step);
    return true;
  }

  redo(): boolean {
    const step = this.redoOrder.pop();
    if (!step) return false;
    this.redoing = true;
    try {
      this.grouped(() => {
        for (const docId of step) this.managers.get(docId)?.redo();
      });
    } finally {
      this.redoing = false;
    }
    return true;
  }
}
