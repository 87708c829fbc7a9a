import { defineMessages } from '../locale.ts';

/** Texts of the list tables (views, columns, selection, inline edit), interactions and locale-aware inputs. */
export default defineMessages({
  en: {
    'enum.source.campaign': 'Campaign',
    'contacts.contactLogged': 'Logged: {what}', 'contacts.mailtoSubject': 'Email to {name}', 'contacts.telSubject': 'Call to {name}',
    'country.pick': 'Type a country name', 'country.unknown': 'Pick a country from the list: “{name}” is not one',
  },
  ru: {
    'enum.source.campaign': 'Кампания',
    'contacts.contactLogged': 'Записано: {what}', 'contacts.mailtoSubject': 'Письмо: {name}', 'contacts.telSubject': 'Звонок: {name}',
    'country.pick': 'Начните вводить страну', 'country.unknown': 'Выберите страну из списка: «{name}» нет в нём',
  },
  zh: {
    'enum.source.campaign': '营销活动',
    'contacts.contactLogged': '已记录：{what}', 'contacts.mailtoSubject': '发邮件给{name}', 'contacts.telSubject': '致电{name}',
    'country.pick': '输入国家名称', 'country.unknown': '请从列表中选择国家：“{name}”不在其中',
  },
});
