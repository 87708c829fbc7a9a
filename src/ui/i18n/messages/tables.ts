import { defineMessages } from '../locale.ts';

/** Texts of the list tables (views, columns, selection, inline edit), interactions and locale-aware inputs. */
export default defineMessages({
  en: {
    'tables.editHint': 'Double-click to edit', 'tables.columns': 'Columns', 'tables.selectAll': 'Select all rows', 'tables.selectRow': 'Select {name}', 'tables.bulk': 'Selected rows',
    'tables.selected': '{n} selected', 'tables.assignOwner': 'Assign owner', 'tables.assign': 'Assign', 'tables.tag': 'Tag', 'tables.addTag': 'Add tag',
    'tables.delete': 'Delete', 'tables.clear': 'Clear selection', 'tables.deleted': 'Deleted: {n}', 'tables.undo': 'Undo', 'tables.undone': 'Restored',
    'tables.assigned': 'Owner assigned: {n}', 'tables.tagged': 'Tag added: {n}', 'tables.confirmDelete': 'Delete {n} selected records?',
    'enum.source.campaign': 'Campaign',
    'contacts.contactLogged': 'Logged: {what}', 'contacts.mailtoSubject': 'Email to {name}', 'contacts.telSubject': 'Call to {name}',
    'country.pick': 'Type a country name', 'country.unknown': 'Pick a country from the list: “{name}” is not one',
  },
  ru: {
    'tables.editHint': 'Дважды щёлкните, чтобы изменить', 'tables.columns': 'Столбцы', 'tables.selectAll': 'Выбрать все строки', 'tables.selectRow': 'Выбрать: {name}', 'tables.bulk': 'Выбранные строки',
    'tables.selected': 'Выбрано: {n}', 'tables.assignOwner': 'Назначить ответственного', 'tables.assign': 'Назначить', 'tables.tag': 'Тег', 'tables.addTag': 'Добавить тег',
    'tables.delete': 'Удалить', 'tables.clear': 'Снять выбор', 'tables.deleted': 'Удалено: {n}', 'tables.undo': 'Отменить', 'tables.undone': 'Восстановлено',
    'tables.assigned': 'Ответственный назначен: {n}', 'tables.tagged': 'Тег добавлен: {n}', 'tables.confirmDelete': 'Удалить выбранные записи ({n})?',
    'enum.source.campaign': 'Кампания',
    'contacts.contactLogged': 'Записано: {what}', 'contacts.mailtoSubject': 'Письмо: {name}', 'contacts.telSubject': 'Звонок: {name}',
    'country.pick': 'Начните вводить страну', 'country.unknown': 'Выберите страну из списка: «{name}» нет в нём',
  },
  zh: {
    'tables.editHint': '双击编辑', 'tables.columns': '列', 'tables.selectAll': '选择所有行', 'tables.selectRow': '选择{name}', 'tables.bulk': '已选行',
    'tables.selected': '已选 {n} 项', 'tables.assignOwner': '指定负责人', 'tables.assign': '指定', 'tables.tag': '标签', 'tables.addTag': '添加标签',
    'tables.delete': '删除', 'tables.clear': '取消选择', 'tables.deleted': '已删除：{n}', 'tables.undo': '撤销', 'tables.undone': '已恢复',
    'tables.assigned': '已指定负责人：{n}', 'tables.tagged': '已添加标签：{n}', 'tables.confirmDelete': '删除所选的 {n} 条记录？',
    'enum.source.campaign': '营销活动',
    'contacts.contactLogged': '已记录：{what}', 'contacts.mailtoSubject': '发邮件给{name}', 'contacts.telSubject': '致电{name}',
    'country.pick': '输入国家名称', 'country.unknown': '请从列表中选择国家：“{name}”不在其中',
  },
});
