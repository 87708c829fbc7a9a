import { type CsvPreview, previewCsv } from '../../../../mining/worker/csv.ts';
import { DataError } from '../../../../mining/worker/errors.ts';
import { decodeText } from '../../../../mining/worker/text.ts';
import type { Source } from '../../../../mining/worker/types.ts';
import { t } from '../../../i18n/index.svelte.ts';
import { workspace } from '../../../lib/session.svelte.ts';
import { errorText } from './text.ts';

/** What a tab accepts as a file: basket lines, a numeric CSV, a CSV with a 0/1 target, or plain text lines. */
export type FileKind = 'baskets' | 'numeric' | 'labelled' | 'text';

/** The head of a file is enough to offer its columns; the worker reads and checks the whole file. */
const PREVIEW_BYTES = 64 * 1024;

/** A tab's data source: the workspace, or a file the user dropped (with its columns when a CSV). */
export class SourceChoice {
  mode = $state<'workspace' | 'file'>('workspace');
  file = $state.raw<File | null>(null);
  preview = $state.raw<CsvPreview | null>(null);
  problem = $state('');
  readonly kind: FileKind;

  constructor(kind: FileKind) {
    this.kind = kind;
  }

  get usesFile(): boolean {
    return this.mode === 'file';
  }

  /** Numeric columns of the dropped CSV. */
  get numericColumns(): string[] {
    const p = this.preview;
    return p ? p.header.filter((_, j) => p.numeric[j]) : [];
  }

  async setFile(f: File | null): Promise<void> {
    this.file = f;
    this.preview = null;
    this.problem = '';
    if (!f || this.kind === 'baskets' || this.kind === 'text') return;
    try {
      const head = new Uint8Array(await f.slice(0, PREVIEW_BYTES).arrayBuffer());
      // Cut at the last complete line so the preview never sees half a row.
      const end = f.size > PREVIEW_BYTES ? head.lastIndexOf(10) + 1 : head.length;
      const text = decodeText(head.subarray(0, end > 0 ? end : head.length));
      this.preview = previewCsv(text);
      if (this.numericColumns.length === 0) this.problem = t('mining.err.noNumeric');
    } catch (e) {
      this.problem = e instanceof DataError ? errorText({ code: e.code, params: e.params }) : String(e);
    }
  }

  /** Why Run cannot start with this source, or '' when it can. */
  get blocked(): string {
    if (this.mode !== 'file') return '';
    if (!this.file) return t('mining.err.needFile');
    return this.problem ? t('mining.err.fixFile') : '';
  }

  /** The source for a request; a file's bytes are read now, fresh for every run (they are transferred away). */
  async source(): Promise<Source> {
    if (this.mode === 'workspace' || !this.file) return { kind: 'workspace', workspace: workspace().name };
    return { kind: 'file', name: this.file.name, bytes: new Uint8Array(await this.file.arrayBuffer()) };
  }
}
