import { defineMessages } from '../locale.ts';

export default defineMessages({
  en: {
    'field.birthday': 'Birthday',
    'field.externalId': 'External id',
  },
  ru: {
    'field.birthday': 'День рождения',
    'field.externalId': 'Внешний id',
  },
  zh: {
    'field.birthday': '生日',
    'field.externalId': '外部编号',
  },
});
