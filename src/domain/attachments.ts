import type { CollectionName } from './entities/index.ts';
import { fieldIssue } from './fields.ts';
import type { FieldIssue } from './validation.ts';

/** A file on a record. Kept only on the device that attached it (never synced: blobs would swamp the CRDT). */
export interface AttachmentMeta {
  id: string;
  collection: CollectionName;
  recordId: string;
  name: string;
  /** MIME type as the browser reported it ('' when unknown). */
  type: string;
  size: number;
  createdAt: string;
  by?: string;
}

/** One file at most this large: a CRM record is not a file share, and IndexedDB writes it in one go. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/**
 * Why a file cannot be attached, if it cannot: too large, empty name, or more
 * than the device has room for (`free` from the browser's storage estimate,
 * null when the browser does not say).
 */
export function attachmentIssues(name: string, size: number, free: number | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!name.trim()) issues.push(fieldIssue('name', 'required'));
  if (size > MAX_ATTACHMENT_BYTES) issues.push(fieldIssue(name, 'fileTooLarge', { size, max: MAX_ATTACHMENT_BYTES }));
  else if (free !== null && size > free) issues.push(fieldIssue(name, 'quota', { size }));
  return issues;
}

/** Files a browser can show inline in a preview. */
export function previewKind(type: string): 'image' | 'pdf' | null {
  if (/^image\/(png|jpeg|gif|webp|avif|bmp)$/.test(type)) return 'image';
  return type === 'application/pdf' ? 'pdf' : null;
}
