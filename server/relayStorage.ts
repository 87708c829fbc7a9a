import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The relay's one SQLite file: envelope documents (Yjs state of encrypted
 * blobs — ciphertext only) and, per workspace, the SHA-256 hashes of its
 * read-write and read-only tokens. The relay never holds a token itself.
 */
export interface WorkspaceTokens {
  rwHash: string;
  roHash: string;
}

export class RelayStorage {
  private db: Database.Database;
  private getDoc: Database.Statement<[string], { data: Buffer }>;
  private putDoc: Database.Statement<[string, Buffer]>;
  private getWs: Database.Statement<[string], { rw_hash: string; ro_hash: string }>;
  private putWs: Database.Statement<[string, string, string]>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'relay.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS workspaces (id TEXT PRIMARY KEY, rw_hash TEXT NOT NULL, ro_hash TEXT NOT NULL);
    `);
    this.getDoc = this.db.prepare('SELECT data FROM documents WHERE name = ?');
    this.putDoc = this.db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');
    this.getWs = this.db.prepare('SELECT rw_hash, ro_hash FROM workspaces WHERE id = ?');
    this.putWs = this.db.prepare('INSERT OR IGNORE INTO workspaces (id, rw_hash, ro_hash) VALUES (?, ?, ?)');
  }

  fetch(name: string): Uint8Array | null {
    const row = this.getDoc.get(name);
    return row ? new Uint8Array(row.data) : null;
  }

  store(name: string, state: Uint8Array): void {
    this.putDoc.run(name, Buffer.from(state));
  }

  tokens(workspaceId: string): WorkspaceTokens | null {
    const row = this.getWs.get(workspaceId);
    return row ? { rwHash: row.rw_hash, roHash: row.ro_hash } : null;
  }

  /** First claim wins; returns the tokens now on record (the claim's or an earlier one's). */
  claim(workspaceId: string, t: WorkspaceTokens): WorkspaceTokens {
    this.putWs.run(workspaceId, t.rwHash, t.roHash);
    return this.tokens(workspaceId)!;
  }

  /** Bytes of stored envelope state, for benchmarks. */
  storedBytes(): number {
    return (this.db.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM documents').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
