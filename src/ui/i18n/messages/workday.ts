import { defineMessages } from '../locale.ts';

/** Texts of the team's working day: funnel stage history and idle deals, sales targets, automatic follow-ups, ticket routing and SLA settings. */
export default defineMessages({
  en: {
    'funnel.inStage': '{d} in stage', 'funnel.idle': 'Idle', 'funnel.idleFor': 'Idle: {d} in this stage (limit {n} d)',
    'funnel.idleAfter': 'Idle after {n} d', 'funnel.idleDays': 'Days before a deal in {stage} is idle', 'funnel.idleCount': '{n} idle',
    'funnel.history': 'Stage history', 'funnel.stay': '{d}', 'funnel.now': 'now', 'funnel.movedBy': 'moved by {name}', 'funnel.created': 'created here',
    'funnel.save': 'Save', 'funnel.cancel': 'Cancel', 'field.idleDays': 'Idle days',
  },
  ru: {
    'funnel.inStage': 'на этапе {d}', 'funnel.idle': 'Простаивает', 'funnel.idleFor': 'Простаивает: {d} на этапе (предел {n} дн)',
    'funnel.idleAfter': 'Простой после {n} дн', 'funnel.idleDays': 'Через сколько дней сделка на этапе «{stage}» считается простаивающей', 'funnel.idleCount': 'простаивает: {n}',
    'funnel.history': 'История этапов', 'funnel.stay': '{d}', 'funnel.now': 'сейчас', 'funnel.movedBy': 'перевёл(а) {name}', 'funnel.created': 'создана на этом этапе',
    'funnel.save': 'Сохранить', 'funnel.cancel': 'Отмена', 'field.idleDays': 'Дни до простоя',
  },
  zh: {
    'funnel.inStage': '在此阶段 {d}', 'funnel.idle': '停滞', 'funnel.idleFor': '停滞：在此阶段 {d}（上限 {n} 天）',
    'funnel.idleAfter': '{n} 天后视为停滞', 'funnel.idleDays': '“{stage}”阶段的商机多少天后视为停滞', 'funnel.idleCount': '{n} 个停滞',
    'funnel.history': '阶段历史', 'funnel.stay': '{d}', 'funnel.now': '至今', 'funnel.movedBy': '由 {name} 移动', 'funnel.created': '创建于此阶段',
    'funnel.save': '保存', 'funnel.cancel': '取消', 'field.idleDays': '停滞天数',
  },
});
