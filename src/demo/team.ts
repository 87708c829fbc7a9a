/** The vendor's own team: a fixed cast so screenshots and docs can name people. */
import type { TeamMember } from '../domain/entities/index.ts';
import { base, type DemoContext } from './context.ts';
import type { Locale } from './locales/index.ts';
import type { Rng } from './random.ts';

export interface MemberMeta {
  rec: TeamMember;
  locale: Locale;
}

const CAST: readonly (readonly [name: string, email: string, role: TeamMember['role'], locale: Locale, color: string])[] = [
  ['Sarah Mitchell', 'sarah.mitchell', 'manager', 'en', '#6b4fbb'],
  ['Дмитрий Орлов', 'dmitriy.orlov', 'manager', 'ru', '#3b5998'],
  ['James Carter', 'james.carter', 'sales', 'en', '#1f9d55'],
  ['Emily Walsh', 'emily.walsh', 'sales', 'en', '#e3342f'],
  ['Ryan Murphy', 'ryan.murphy', 'sales', 'en', '#f6993f'],
  ['Анна Смирнова', 'anna.smirnova', 'sales', 'ru', '#9561e2'],
  ['王芳', 'wang.fang', 'sales', 'zh', '#f66d9b'],
  ['Chloe Bennett', 'chloe.bennett', 'support', 'en', '#38c172'],
  ['Алексей Кузнецов', 'aleksey.kuznetsov', 'support', 'ru', '#4dc0b5'],
  ['李伟', 'li.wei', 'support', 'zh', '#3490dc'],
  ['Olivia Hughes', 'olivia.hughes', 'marketing', 'en', '#ffed4a'],
  ['Мария Волкова', 'mariya.volkova', 'marketing', 'ru', '#a0aec0'],
];

export const TEAM_DOMAIN = 'kith.example';

export class Team {
  readonly members: MemberMeta[];
  private readonly byRoleLocale = new Map<string, number[]>();

  constructor(ctx: DemoContext) {
    const id = ctx.ids('members');
    const ms = ctx.time.startMs;
    this.members = CAST.map(([name, email, role, locale, color]) => {
      const rec: TeamMember = { ...base(id(ms), ms), name, email: `${email}@${TEAM_DOMAIN}`, role, color };
      // Capacity (contacts per week) only matters for the people who run campaigns.
      if (role === 'marketing') rec.capacity = locale === 'en' ? 1500 : 800;
      // Support agents: native language 10, English 6 for the others; room for 150 open tickets each.
      if (role === 'support') {
        rec.skills = { 'lang:en': locale === 'en' ? 10 : 6, 'lang:ru': locale === 'ru' ? 10 : 1, 'lang:zh': locale === 'zh' ? 10 : 1 };
        // Each knows one area best, so best skill match has topics to weigh as well.
        const topic = locale === 'en' ? 'billing' : locale === 'ru' ? 'delivery' : 'product';
        rec.skills[`topic:${topic}`] = 8;
        rec.ticketCapacity = 150;
      }
      // Sellers carry a monthly target ($300,000 in won deals), so the dashboard's attainment has something to show.
      if (role === 'sales') rec.salesTargets = { '*': 30_000_000 };
      return { rec, locale };
    });
    this.members.forEach((m, i) => {
      for (const key of [`${m.rec.role}:${m.locale}`, `${m.rec.role}:*`]) {
        const list = this.byRoleLocale.get(key) ?? [];
        list.push(i);
        this.byRoleLocale.set(key, list);
      }
    });
  }

  /** A member of `role`, preferring one who speaks the customer's language. */
  pick(rng: Rng, role: TeamMember['role'], locale: Locale, sameLocale = 0.85): MemberMeta {
    const local = this.byRoleLocale.get(`${role}:${locale}`);
    const any = this.byRoleLocale.get(`${role}:*`) ?? [0];
    const list = local && rng.chance(sameLocale) ? local : any;
    return this.members[rng.pick(list)];
  }

  /** Account owner: the locale's salesperson, occasionally a manager keeps a key account. */
  owner(rng: Rng, locale: Locale): MemberMeta {
    return rng.chance(0.08) ? this.pick(rng, 'manager', locale) : this.pick(rng, 'sales', locale, 0.95);
  }
}

