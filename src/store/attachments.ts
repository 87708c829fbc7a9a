import { attachmentIssues, type AttachmentMeta } from '../domain/attachments.ts';
import type { CollectionName } from '../domain/entities/index.ts';
import { ulid } from '../domain/ids.ts';
import { ValidationError } from '../domain/validation.ts';
import type { KithDB } from './schema.ts';

export interface AttachmentRow extends AttachmentMeta {
  blob: Blob;
}

/** Room left on this device as the browser estimates it; null where the browser does not say. */
async function freeBytes(): Promise<number | null> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return null;
  return estimate.quota - (estimate.usage ?? 0);
}

/**
 * Stores a file on a record. Checked before anything is written: size cap and
 * quota; a refusal throws a ValidationError naming the file. Attachments live
 * in their own table, outside the Yjs documents: they stay on this device.
 */
export async function putAttachment(db: KithDB, collection: CollectionName, recordId: string, file: Blob, name: string, by: string | null, free?: number | null): Promise<AttachmentMeta> {
  const issues = attachmentIssues(name, file.size, free === undefined ? await freeBytes() : free);
  if (issues.length) throw new ValidationError('Attachment', issues);
  const meta: AttachmentMeta = { id: ulid(), collection, recordId, name: name.trim(), type: file.type, size: file.size, createdAt: new Date().toISOString(), ...(by ? { by } : {}) };
  await db.attachments.put({ ...meta, blob: file });
  return meta;
}

export async function deleteAttachment(db: KithDB, id: string): Promise<void> {
  await db.attachments.delete(id);
}
