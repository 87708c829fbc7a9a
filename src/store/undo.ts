import * as Y from 'yjs';

/**
 * Undo across collections: each doc has its own Y.UndoManager (tracking only
 * this user's changes, never a teammate's), and one stack remembers which doc
 * changed last.
 */
export class UndoStack {
  private managers = new Map<string, Y.UndoManager>();
  private order: string[] = [];
  private redoOrder: string[] = [];

  track(docId: string, type: Y.AbstractType<unknown>): void {
    if (this.managers.has(docId)) return;
    const um = new Y.UndoManager(type, { trackedOrigins: new Set(['user']), captureTimeout: 400 });
    um.on('stack-item-added', (e: { type: 'undo' | 'redo' }) => {
      if (e.type === 'undo' && !this.undoing) {
        this.order.push(docId);
        if (!this.redoing) this.redoOrder = [];
      }
    });
    this.managers.set(docId, um);
  }

  private undoing = false;
  private redoing = false;

  get canUndo(): boolean {
    return this.order.length > 0;
  }

  undo(): boolean {
    const docId = this.order.pop();
    if (!docId) return false;
    this.undoing = true;
    try {
      this.managers.get(docId)?.undo();
    } finally {
      this.undoing = false;
    }
    this.redoOrder.push(docId);
    return true;
  }

  redo(): boolean {
    const docId = this.redoOrder.pop();
    if (!docId) return false;
    this.redoing = true;
    try {
      this.managers.get(docId)?.redo();
    } finally {
      this.redoing = false;
    }
    return true;
  }
}
