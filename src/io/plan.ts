import { DEFAULT_STAGES, RECORD_TYPES, type CollectionName, type Stage } from '../domain/entities/index.ts';
import type { FieldSpec } from '../domain/fields.ts';
import type { NumberLocale } from '../domain/numbers.ts';
import { emailKey, nameKey } from '../domain/similarity.ts';
import { ValidationError } from '../domain/validation.ts';
import { unneutralise } from './csv.ts';
import { slashOrder } from './dates.ts';
import { autoMapping, CUSTOM_PREFIX, mappableFields } from './mapping.ts';
import { defaultCountryFor, toE164 } from './phones.ts';
import { foldHeader } from './synonyms.ts';
import type { Table } from './table.ts';
import { currencyIn, parseCell, type CellContext } from './values.ts';

export type ImportMode = 'create' | 'update' | 'upsert';

export interface PlanOptions {
  collection: CollectionName;
  mapping?: Record<string, string | null>;
  existing?: Partial<Record<CollectionName, object[]>>;
  mode?: ImportMode;
  matchOn?: string;
  locale?: NumberLocale;
  /** Currency of money columns whose cells name none (default USD). */
  currency?: string;
}

export interface ImportPlan {
  mapping: Record<string, string | null>;
  /** Valid inputs for the collection's create command (money in minor units). */
  create: Record<string, unknown>[];
  update: { id: string; patch: Record<string, unknown> }[];
  /** row: 1-based data row (first row under the header = 1). */
  errors: { row: number; column: string; message: string }[];
  /** of: an earlier data row of the file, or an existing record's id. `by` says what matched. */
  duplicates: { row: number; of: number | string; by: 'email' | 'phone' | 'name' | 'match' }[];
  /** The data row each entry of `create` / `update` came from. */
  createRows: number[];
  updateRows: number[];
  /** Rows left out: duplicates in create mode, unmatched rows in update mode. */
  skipped: number[];
  /** Companies a contacts file names that do not exist yet; `create[i].companyId` is `new:<index>` for them. */
  newCompanies: string[];
}

/** The pipeline a deals file lands in when it names none: the first one (the workspace's default). */
export const DEFAULT_PIPELINE = 'default';
export const NEW_COMPANY = 'new:';

type Rec = Record<string, unknown> & { id?: string };

function defaultMatchOn(c: CollectionName): string {
  return c === 'companies' || c === 'products' ? (c === 'products' ? 'sku' : 'name') : c === 'deals' ? 'title' : 'email';
}

function foldName(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "Иванов Иван Иванович" under ФИО is family name first; "Ivan Ivanov" is given name first; "王小明" is one family character first. */
function splitFullName(full: string, header: string): { firstName: string; lastName?: string } {
  const s = full.trim().replace(/\s+/g, ' ');
  if (/^\p{Script=Han}{2,4}$/u.test(s)) return { lastName: s.slice(0, 1), firstName: s.slice(1) };
  if (s.includes(',')) {
    const [last, first] = s.split(',').map((x) => x.trim());
    return first ? { firstName: first, lastName: last } : { firstName: last };
  }
  const parts = s.split(' ');
  if (parts.length === 1) return { firstName: s };
  const familyFirst = /фио|ф и о/.test(foldHeader(header));
  return familyFirst ? { lastName: parts[0], firstName: parts.slice(1).join(' ') } : { firstName: parts[0], lastName: parts.slice(1).join(' ') };
}

class Index {
  private map = new Map<string, string>();
  add(key: string, id: string): void {
    if (key && !this.map.has(key)) this.map.set(key, id);
  }
  get(key: string): string | undefined {
    return key ? this.map.get(key) : undefined;
  }
}

/** Files repeat first and last names a lot; the key (transliteration, phonetics) is worked out once per distinct name. */
function nameKeys(): (r: Rec) => string {
  const memo = new Map<string, string>();
  return (r) => {
    const first = r.firstName as string | undefined;
    const last = r.lastName as string | undefined;
    const name = r.name as string | undefined;
    const k = `${first ?? ''}\u0000${last ?? ''}\u0000${name ?? ''}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = nameKey(first, last, name)));
    return v;
  };
}

/** A stored contact row carries its duplicate keys (`dupKeys`: e:, p:, n:); reading them beats parsing every phone again. */
function storedKey(r: Rec, prefix: 'p:' | 'n:'): string | undefined {
  const keys = r.dupKeys;
  if (!Array.isArray(keys)) return undefined;
  const k = (keys as string[]).find((x) => x.startsWith(prefix));
  return k === undefined ? '' : k.slice(2);
}

/**
 * Reads a table into what an import would do, writing nothing: the records
 * to create, the changes to existing ones, every cell that is wrong (by row
 * and column) and the duplicates. Pure, so it runs in a worker, in Node
 * tests, and again on every edit in the validation grid.
 */
export function planImport(table: Table, options: PlanOptions): ImportPlan {
  const { collection } = options;
  const type = RECORD_TYPES[collection];
  const specs = type.fields as Record<string, FieldSpec>;
  const locale = options.locale ?? 'en';
  const mode = options.mode ?? 'create';
  const matchOn = options.matchOn ?? defaultMatchOn(collection);
  const mapping = options.mapping ?? autoMapping(table.columns, collection);
  const allowed = new Set(mappableFields(collection));
  const existing = (options.existing?.[collection] ?? []) as Rec[];
  const plan: ImportPlan = { mapping, create: [], update: [], errors: [], duplicates: [], createRows: [], updateRows: [], skipped: [], newCompanies: [] };

  const cols = table.columns.map((header, i) => ({ header, i, field: mapping[header] ?? null }));
  for (const c of cols)
    if (c.field && !c.field.startsWith(CUSTOM_PREFIX) && !allowed.has(c.field))
      plan.errors.push({ row: 0, column: c.header, message: `"${c.field}" is not a field of ${type.entity}` });
  const fieldColumn = new Map<string, string>();
  for (const c of cols) if (c.field) fieldColumn.set(c.field, c.header);
  if (fieldColumn.has('fullName')) {
    fieldColumn.set('firstName', fieldColumn.get('fullName')!);
    fieldColumn.set('lastName', fieldColumn.get('fullName')!);
  }

  const ctxFor = (i: number): CellContext => {
    const slash = slashOrder(table.rows.map((r) => r[i] ?? '')) ?? (locale === 'en' ? 'mdy' : 'dmy');
    return { locale, defaultCountry: defaultCountryFor(locale), slash };
  };
  const ctx = cols.map((c) => (c.field && specs[c.field] && /date/.test(specs[c.field].kind) ? ctxFor(c.i) : { locale, defaultCountry: defaultCountryFor(locale), slash: 'dmy' as const }));

  // Workspace context: companies by name, the pipeline and its stages.
  const companies = (options.existing?.companies ?? []) as Rec[];
  const companyByName = new Map<string, string>();
  for (const co of companies) if (typeof co.name === 'string' && co.id) companyByName.set(foldName(co.name), co.id);
  const newCompanyIndex = new Map<string, number>();
  const pipeline = (options.existing?.pipelines?.[0] ?? null) as (Rec & { stages?: Stage[] }) | null;
  const stages = pipeline?.stages ?? DEFAULT_STAGES;

  // Existing records by the keys a duplicate or a match is found on.
  const byEmail = new Index();
  const byPhone = new Index();
  const byName = new Index();
  const byMatch = new Index();
  const country = defaultCountryFor(locale);
  const matchKey = (r: Rec): string => {
    const v = r[matchOn];
    if (v === undefined || v === null || v === '') return '';
    if (matchOn === 'phone') return toE164(String(v), country) ?? String(v);
    return String(v).normalize('NFKC').trim().toLowerCase();
  };
  const personName = nameKeys();
  for (const r of existing) {
    if (!r.id || r.deletedAt) continue;
    byEmail.add(emailKey(r.email as string | undefined), r.id);
    if (typeof r.phone === 'string') byPhone.add(storedKey(r, 'p:') || (toE164(r.phone, country) ?? r.phone), r.id);
    if (collection === 'contacts' || collection === 'leads') byName.add(storedKey(r, 'n:') ?? personName(r), r.id);
    byMatch.add(matchKey(r), r.id);
  }
  const existingById = new Map(existing.map((r) => [r.id, r]));
  const seenEmail = new Map<string, number>();
  const seenPhone = new Map<string, number>();
  const seenName = new Map<string, number>();
  const seenMatch = new Map<string, number>();

  table.rows.forEach((cells, idx) => {
    const row = idx + 1;
    const errors: { column: string; message: string }[] = [];
    if (cells.length !== table.columns.length)
      errors.push({ column: '(row)', message: `has ${cells.length} cells; the header has ${table.columns.length}` });
    const input: Rec = {};
    const custom: Record<string, string> = {};
    let companyName = '';
    let stageName = '';
    let cellCurrency: string | undefined;
    for (const c of cols) {
      if (!c.field) continue;
      const text = unneutralise(cells[c.i] ?? '');
      if (c.field.startsWith(CUSTOM_PREFIX)) {
        if (text.trim()) custom[c.field.slice(CUSTOM_PREFIX.length)] = text.trim();
      } else if (c.field === 'fullName') {
        if (text.trim()) Object.assign(input, splitFullName(text, c.header));
      } else if (c.field === 'companyName') companyName = text.trim();
      else if (c.field === 'stageName') stageName = text.trim();
      else {
        const spec = specs[c.field];
        if (!spec) continue;
        const r = parseCell(spec, text, ctx[c.i]);
        if (!r.ok) errors.push({ column: c.header, message: r.message });
        else if (r.value !== undefined) input[c.field] = r.value;
        if (spec.kind === 'money' && text.trim()) cellCurrency ??= currencyIn(text);
      }
    }
    if (Object.keys(custom).length) input.custom = custom;
    if (companyName) {
      const found = companyByName.get(foldName(companyName));
      if (found) input.companyId = found;
      else {
        const key = foldName(companyName);
        let n = newCompanyIndex.get(key);
        if (n === undefined) {
          n = plan.newCompanies.push(companyName) - 1;
          newCompanyIndex.set(key, n);
        }
        input.companyId = NEW_COMPANY + n;
      }
    }
    if (collection === 'deals') {
      input.pipelineId = pipeline?.id ?? DEFAULT_PIPELINE;
      const st = stageName ? stages.find((s) => s.id === stageName || foldName(s.name) === foldName(stageName)) : stages[0];
      if (!st) errors.push({ column: fieldColumn.get('stageName') ?? 'stage', message: `"${stageName}" is not a stage of the pipeline (${stages.map((s) => s.name).join(', ')})` });
      else input.stageId = st.id;
    }
    if ('currency' in specs && input.currency === undefined) input.currency = cellCurrency ?? options.currency ?? 'USD';
    if (collection === 'products' && input.active === undefined) input.active = true;
    if (collection === 'leads' && input.status === undefined) input.status = 'new';
    if (collection === 'contacts' && input.source === undefined) input.source = 'import';

    // Duplicates: against the workspace, then against earlier rows of the file.
    const em = emailKey(input.email as string | undefined);
    const ph = typeof input.phone === 'string' ? input.phone : '';
    const nm = collection === 'contacts' || collection === 'leads' ? personName(input) : '';
    const mk = matchKey(input);
    const strongExisting = byEmail.get(em) ?? byPhone.get(ph);
    const matched = byMatch.get(mk);
    const earlier = (em && seenEmail.get(em)) || (ph && seenPhone.get(ph)) || undefined;
    const earlierMatch = mk ? seenMatch.get(mk) : undefined;
    if (strongExisting) plan.duplicates.push({ row, of: strongExisting, by: byEmail.get(em) ? 'email' : 'phone' });
    else if (earlier) plan.duplicates.push({ row, of: earlier, by: em && seenEmail.get(em) ? 'email' : 'phone' });
    else if (nm && byName.get(nm)) plan.duplicates.push({ row, of: byName.get(nm)!, by: 'name' });
    else if (nm && seenName.get(nm)) plan.duplicates.push({ row, of: seenName.get(nm)!, by: 'name' });
    if (em && !seenEmail.has(em)) seenEmail.set(em, row);
    if (ph && !seenPhone.has(ph)) seenPhone.set(ph, row);
    if (nm && !seenName.has(nm)) seenName.set(nm, row);

    const target = mode === 'create' ? undefined : matched;
    if (target) {
      const old = existingById.get(target)!;
      const patch: Rec = {};
      for (const [k, v] of Object.entries(input)) {
        if (k === 'source' || k === 'pipelineId') continue;
        if (JSON.stringify(old[k]) !== JSON.stringify(v)) patch[k] = v;
      }
      try {
        const fields = type.validatePatch(patch);
        if (!errors.length) {
          if (Object.keys(fields).length) {
            plan.update.push({ id: target, patch: fields as Rec });
            plan.updateRows.push(row);
          } else plan.skipped.push(row);
        }
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        for (const i of e.issues) {
          const column = fieldColumn.get(i.field) ?? i.field;
          // A cell already reported as unreadable is not reported again as missing.
          if (!errors.some((x) => x.column === column) && !(i.field === 'stageId' && errors.length)) errors.push({ column, message: i.message });
        }
      }
    } else if (mode === 'update') {
      if (!errors.length) plan.skipped.push(row);
    } else {
      try {
        const fields = type.validateNew(input);
        const isDuplicate = strongExisting !== undefined || earlier !== undefined || (mode === 'upsert' && earlierMatch !== undefined) || (mode === 'create' && matched !== undefined);
        if (!errors.length) {
          if (isDuplicate) plan.skipped.push(row);
          else {
            plan.create.push(fields as Rec);
            plan.createRows.push(row);
          }
        }
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        for (const i of e.issues) {
          const column = fieldColumn.get(i.field) ?? i.field;
          // A cell already reported as unreadable is not reported again as missing.
          if (!errors.some((x) => x.column === column) && !(i.field === 'stageId' && errors.length)) errors.push({ column, message: i.message });
        }
      }
    }
    if (mk && !seenMatch.has(mk)) seenMatch.set(mk, row);
    for (const e of errors) plan.errors.push({ row, ...e });
  });
  return plan;
}
