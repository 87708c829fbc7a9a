import { defineMessages } from '../locale.ts';

/** Texts of the team's working day: funnel stage history and idle deals, sales targets, automatic follow-ups, ticket routing and SLA settings. */
export default defineMessages({
  en: {
    'enum.trigger.ticketWaiting': 'A ticket waits on the customer for N days', 'tickets.waiting': 'Waiting on the customer since {date}',
    'tickets.markWaiting': 'Waiting on the customer', 'tickets.customerAnswered': 'Customer answered',
    'tasks.remindAfterDue': 'The reminder is after the due date: it will come when the task is already late',
    'reminder.snooze': 'Snooze', 'reminder.snooze.15m': '15 min', 'reminder.snooze.1h': '1 hour', 'reminder.snooze.tomorrow': 'Tomorrow 9:00',
    'reminder.notify': 'Browser notifications', 'reminder.notifyOn': 'Notify me in the browser', 'reminder.notifyGranted': 'Browser notifications are on',
    'reminder.notifyDenied': 'Browser notifications are blocked; reminders show here in the app',
    'funnel.inStage': '{d} in stage', 'funnel.idle': 'Idle', 'funnel.idleFor': 'Idle: {d} in this stage (limit {n} d)',
    'funnel.idleAfter': 'Idle after {n} d', 'funnel.idleDays': 'Days before a deal in {stage} is idle', 'funnel.idleCount': '{n} idle',
    'funnel.history': 'Stage history', 'funnel.stay': '{d}', 'funnel.now': 'now', 'funnel.movedBy': 'moved by {name}', 'funnel.created': 'created here',
    'funnel.save': 'Save', 'funnel.cancel': 'Cancel', 'field.idleDays': 'Idle days',
  },
  ru: {
    'enum.trigger.ticketWaiting': 'Тикет ждёт ответа клиента N дней', 'tickets.waiting': 'Ждём ответа клиента с {date}',
    'tickets.markWaiting': 'Ждём ответа клиента', 'tickets.customerAnswered': 'Клиент ответил',
    'tasks.remindAfterDue': 'Напоминание позже срока: оно придёт, когда задача уже будет просрочена',
    'reminder.snooze': 'Отложить', 'reminder.snooze.15m': '15 мин', 'reminder.snooze.1h': '1 час', 'reminder.snooze.tomorrow': 'Завтра в 9:00',
    'reminder.notify': 'Уведомления браузера', 'reminder.notifyOn': 'Уведомлять в браузере', 'reminder.notifyGranted': 'Уведомления браузера включены',
    'reminder.notifyDenied': 'Уведомления браузера запрещены; напоминания показываются здесь, в приложении',
    'funnel.inStage': 'на этапе {d}', 'funnel.idle': 'Простаивает', 'funnel.idleFor': 'Простаивает: {d} на этапе (предел {n} дн)',
    'funnel.idleAfter': 'Простой после {n} дн', 'funnel.idleDays': 'Через сколько дней сделка на этапе «{stage}» считается простаивающей', 'funnel.idleCount': 'простаивает: {n}',
    'funnel.history': 'История этапов', 'funnel.stay': '{d}', 'funnel.now': 'сейчас', 'funnel.movedBy': 'перевёл(а) {name}', 'funnel.created': 'создана на этом этапе',
    'funnel.save': 'Сохранить', 'funnel.cancel': 'Отмена', 'field.idleDays': 'Дни до простоя',
  },
  zh: {
    'enum.trigger.ticketWaiting': '工单等待客户回复 N 天', 'tickets.waiting': '自 {date} 起等待客户回复',
    'tickets.markWaiting': '等待客户回复', 'tickets.customerAnswered': '客户已回复',
    'tasks.remindAfterDue': '提醒时间晚于截止时间：提醒到来时任务已逾期',
    'reminder.snooze': '稍后提醒', 'reminder.snooze.15m': '15 分钟', 'reminder.snooze.1h': '1 小时', 'reminder.snooze.tomorrow': '明天 9:00',
    'reminder.notify': '浏览器通知', 'reminder.notifyOn': '通过浏览器通知我', 'reminder.notifyGranted': '浏览器通知已开启',
    'reminder.notifyDenied': '浏览器通知已被阻止；提醒将在应用内显示',
    'funnel.inStage': '在此阶段 {d}', 'funnel.idle': '停滞', 'funnel.idleFor': '停滞：在此阶段 {d}（上限 {n} 天）',
    'funnel.idleAfter': '{n} 天后视为停滞', 'funnel.idleDays': '“{stage}”阶段的商机多少天后视为停滞', 'funnel.idleCount': '{n} 个停滞',
    'funnel.history': '阶段历史', 'funnel.stay': '{d}', 'funnel.now': '至今', 'funnel.movedBy': '由 {name} 移动', 'funnel.created': '创建于此阶段',
    'funnel.save': '保存', 'funnel.cancel': '取消', 'field.idleDays': '停滞天数',
  },
});
