/**
 * A write to disk failed (e.g. storage quota): the change it carried is lost,
 * and the docs it touched were reloaded from disk. Its own module, free of
 * Yjs and Dexie, because the page imports it to tell this error apart.
 */
export class WriteFailedError extends Error {
  constructor(
    message: string,
    readonly docIds: string[],
  ) {
    super(message);
    this.name = 'WriteFailedError';
  }
}

/** This device joined with a read-only invite: commands are refused before anything is written. */
export class ReadOnlyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadOnlyError';
  }
}
