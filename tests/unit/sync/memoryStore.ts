import * as Y from 'yjs';
import type { SyncStore } from '../../../src/sync/syncStore.ts';

/** A stand-in for the store worker in Node: one Y.Doc per doc id, commits reported like the store's subscription. */
export class MemoryStore implements SyncStore {
  readonly docs = new Map<string, Y.Doc>();
  onCommit: (docId: string, origin: string) => void = () => {};

  doc(docId: string): Y.Doc {
    let d = this.docs.get(docId);
    if (!d) {
      d = new Y.Doc();
      d.on('update', (_u: Uint8Array, origin: unknown) => this.onCommit(docId, origin === 'remote' ? 'remote' : 'user'));
      this.docs.set(docId, d);
    }
    return d;
  }

  async applyRemote(docId: string, update: Uint8Array): Promise<void> {
    Y.applyUpdate(this.doc(docId), update, 'remote');
  }

  async encodeStateAsUpdate(docId: string, sv?: Uint8Array): Promise<Uint8Array> {
    return Y.encodeStateAsUpdate(this.doc(docId), sv);
  }

  records(docId: string): Y.Map<Y.Map<unknown>> {
    return this.doc(docId).getMap('records');
  }

  set(docId: string, id: string, field: string, value: unknown): void {
    const doc = this.doc(docId);
    doc.transact(() => {
      const map = this.records(docId);
      let m = map.get(id);
      if (!m) {
        m = new Y.Map();
        map.set(id, m);
      }
      m.set(field, value);
    }, 'user');
  }

  json(docId: string): unknown {
    return this.records(docId).toJSON();
  }
}
