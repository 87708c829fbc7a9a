import { defineMessages } from '../locale.ts';

/** Who changed what: identity, record history, edits racing other tabs or teammates, failed saves. */
export default defineMessages({
  en: {
    'me.prompt': 'Changes you make are signed with your name. Who are you?',
    'me.youAre': 'You are {name}',
    'me.pick': 'Team member',
    'me.thisIsMe': 'This is me',
    'me.keep': 'Keep',
    'me.title': 'This device is used by',
    'me.hint': 'Every change made on this device carries this member’s name in the record’s history.',
    'me.saved': 'From now on changes are signed by {name}',

    'history.title': 'History',
    'history.empty': 'No changes recorded on this record yet',
    'history.created': 'created the record',
    'history.deleted': 'deleted the record',
    'history.changed': 'changed',
    'history.someone': 'Someone',
    'history.loading': 'Loading history…',

    'form.changedElsewhere': 'Changed elsewhere while you were editing:',
    'form.draftKept': 'your draft is kept; saving writes only the fields you changed',

    'store.writeFailed': 'Not saved: this device could not write the change ({msg}). Your edits are still in the form; free some storage and try again.',
    'store.writeFailedBanner': 'A change could not be saved on this device: {msg}',
    'store.dismiss': 'Dismiss',
  },
  ru: {
    'me.prompt': 'Ваши изменения подписываются вашим именем. Кто вы?',
    'me.youAre': 'Вы — {name}',
    'me.pick': 'Сотрудник',
    'me.thisIsMe': 'Это я',
    'me.keep': 'Оставить',
    'me.title': 'Этим устройством пользуется',
    'me.hint': 'Каждое изменение, сделанное на этом устройстве, попадает в историю записи с именем этого сотрудника.',
    'me.saved': 'Теперь изменения подписываются: {name}',

    'history.title': 'История',
    'history.empty': 'Изменений этой записи пока нет',
    'history.created': 'создал(а) запись',
    'history.deleted': 'удалил(а) запись',
    'history.changed': 'изменил(а)',
    'history.someone': 'Кто-то',
    'history.loading': 'Загрузка истории…',

    'form.changedElsewhere': 'Пока вы редактировали, запись изменили в другом месте:',
    'form.draftKept': 'ваш черновик сохранён; при сохранении запишутся только изменённые вами поля',

    'store.writeFailed': 'Не сохранено: устройство не смогло записать изменение ({msg}). Ваши правки остались в форме; освободите место и попробуйте снова.',
    'store.writeFailedBanner': 'Изменение не удалось сохранить на этом устройстве: {msg}',
    'store.dismiss': 'Скрыть',
  },
  zh: {
    'me.prompt': '您所做的更改会署上您的名字。您是哪位？',
    'me.youAre': '您是 {name}',
    'me.pick': '团队成员',
    'me.thisIsMe': '这是我',
    'me.keep': '保留',
    'me.title': '本设备的使用者',
    'me.hint': '在本设备上做的每一处更改都会以该成员的名字记入记录的历史。',
    'me.saved': '此后的更改将署名为 {name}',

    'history.title': '历史',
    'history.empty': '此记录尚无更改记录',
    'history.created': '创建了记录',
    'history.deleted': '删除了记录',
    'history.changed': '修改了',
    'history.someone': '某人',
    'history.loading': '正在加载历史…',

    'form.changedElsewhere': '您编辑期间，此记录在别处被修改：',
    'form.draftKept': '已保留您的草稿；保存时只写入您改动的字段',

    'store.writeFailed': '未保存：本设备无法写入此更改（{msg}）。您的编辑仍在表单中；请释放存储空间后重试。',
    'store.writeFailedBanner': '有一项更改未能保存到本设备：{msg}',
    'store.dismiss': '关闭',
  },
});
