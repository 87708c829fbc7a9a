import { command, type CommandTx } from '../commands.ts';
import { DEFAULT_STAGES, type Lead, type LeadEvent, type LeadStatus } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { splitPersonName } from './personName.ts';

const bad = (field: string, message: string) => new ValidationError('Lead', [{ field, message }]);

function openLead(tx: CommandTx, id: string): Lead {
  const lead = tx.get('leads', id);
  if (!lead) throw bad('id', `no lead ${id}`);
  if (lead.status === 'converted') throw bad('status', 'is already converted');
  return lead;
}

function step(tx: CommandTx, lead: Lead, status: LeadStatus, reason?: string): LeadEvent[] {
  const ev: LeadEvent = { at: tx.now.toISOString(), status };
  if (tx.author) ev.by = tx.author;
  if (reason) ev.reason = reason;
  return [...(lead.history ?? []), ev];
}

/** A lead worth a sales conversation; clears an earlier disqualification. */
export const qualifyLead = command(['leads'], (tx, a: { id: string }) => {
  const lead = openLead(tx, a.id);
  return tx.update('leads', a.id, { status: 'qualified', reason: undefined, history: step(tx, lead, 'qualified') });
});

/** Someone reached the lead: the first touch a "new lead" follow-up asks for. */
export const contactLead = command(['leads'], (tx, a: { id: string }) => {
  const lead = openLead(tx, a.id);
  if (lead.status !== 'new') return lead;
  return tx.update('leads', a.id, { status: 'contacted', history: step(tx, lead, 'contacted') });
});

/** Not a fit: the reason is required, so the funnel's losses can be read later. */
export const disqualifyLead = command(['leads'], (tx, a: { id: string; reason: string }) => {
  const lead = openLead(tx, a.id);
  const reason = (a.reason ?? '').trim();
  if (!reason) throw bad('reason', 'is required to disqualify a lead');
  return tx.update('leads', a.id, { status: 'disqualified', reason, history: step(tx, lead, 'disqualified', reason) });
});

export interface ConvertArgs {
  id: string;
  /** Deal title; defaults to the company (or person) name. */
  title?: string;
  /** Integer minor units of `currency`. */
  amount?: number;
  currency?: string;
  pipelineId?: string;
}

export interface ConvertResult {
  contactId: string;
  companyId?: string;
  dealId: string;
}

const sameText = (a: string | undefined, b: string | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * One step from lead to customer record: the company (an existing one of the same
 * name is reused), the contact (the one the lead already points at, or one with the
 * same email, else a new one), and an open deal in the first stage, all carrying the
 * lead's source and owner. The lead stays, marked converted and linked to all three,
 * with its history; a note on the contact's timeline tells the story.
 */
export const convertLead = command(['leads', 'contacts', 'companies', 'deals', 'pipelines', 'activities'], (tx, a: ConvertArgs): ConvertResult => {
  const lead = openLead(tx, a.id);
  if (lead.status === 'disqualified') throw bad('status', 'is disqualified: qualify it again before converting');
  const stamp = tx.now.toISOString();

  let companyId: string | undefined;
  if (lead.companyName) {
    const existing = tx.all('companies').find((c) => sameText(c.name, lead.companyName));
    companyId = existing?.id ?? tx.create('companies', { name: lead.companyName, ownerId: lead.ownerId }).id;
  }

  const known = (lead.contactId && tx.get('contacts', lead.contactId)) || (lead.email ? tx.all('contacts').find((c) => sameText(c.email, lead.email)) : undefined);
  let contactId: string;
  if (known) {
    contactId = known.id;
    const patch: Record<string, unknown> = {};
    if (!known.companyId && companyId) patch.companyId = companyId;
    if (!known.source && lead.source) patch.source = lead.source;
    if (!known.phone && lead.phone) patch.phone = lead.phone;
    if (Object.keys(patch).length) tx.update('contacts', contactId, patch);
  } else {
    contactId = tx.create('contacts', {
      ...splitPersonName(lead.name),
      email: lead.email,
      phone: lead.phone,
      companyId,
      ownerId: lead.ownerId,
      source: lead.source,
      lifecycle: 'prospect',
      notes: lead.notes,
    }).id;
  }

  const pipeline = a.pipelineId ? tx.get('pipelines', a.pipelineId) : tx.all('pipelines')[0];
  if (!pipeline) throw bad('pipelineId', a.pipelineId ? `no pipeline ${a.pipelineId}` : 'needs a sales pipeline: the workspace has none');
  const stage = pipeline.stages.find((s) => s.kind === 'open') ?? DEFAULT_STAGES[0];
  const deal = tx.create('deals', {
    title: a.title?.trim() || lead.companyName || lead.name,
    pipelineId: pipeline.id,
    stageId: stage.id,
    amount: a.amount ?? 0,
    currency: a.currency ?? 'USD',
    companyId,
    contactId,
    ownerId: lead.ownerId,
    source: lead.source,
  });

  const history = step(tx, lead, 'converted');
  const story = history.map((e) => `${e.at.slice(0, 10)} ${e.status}${e.reason ? ` (${e.reason})` : ''}`).join('\n');
  tx.create('activities', {
    type: 'note',
    source: lead.source,
    subject: `Converted from lead “${lead.name}”`,
    body: `Lead created ${lead.createdAt.slice(0, 10)}${lead.source ? `, source: ${lead.source}` : ''}.\n${story}`,
    occurredAt: stamp,
    contactId,
    companyId,
    dealId: deal.id,
    ownerId: tx.author ?? lead.ownerId,
  });
  tx.update('leads', a.id, { status: 'converted', contactId, companyId, dealId: deal.id, convertedAt: stamp, reason: undefined, history });
  return { contactId, companyId, dealId: deal.id };
});

export const leadCommands = {
  'lead.qualify': qualifyLead,
  'lead.contact': contactLead,
  'lead.disqualify': disqualifyLead,
  'lead.convert': convertLead,
};
