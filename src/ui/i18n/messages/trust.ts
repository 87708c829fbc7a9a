import { defineMessages } from '../locale.ts';

/** Storage safety, offline use and the workspace lifecycle. */
export default defineMessages({
  en: {
    'trust.update.ready': 'A new version of Kith is ready. Reload to use it (every open Kith tab reloads).',
    'trust.update.reload': 'Reload now',
    'trust.update.later': 'Later',
    'trust.storage.title': 'Storage on this device',
    'trust.storage.persisted': 'Protected from eviction',
    'trust.storage.notPersisted': 'Not protected from eviction',
    'trust.storage.persistedHelp': 'The browser has agreed to keep this workspace even when the disk runs low.',
    'trust.storage.notPersistedHelp': 'The browser may delete this workspace when the disk runs low. Install the app or keep a backup.',
    'trust.storage.records': 'Records (lists and search)',
    'trust.storage.history': 'Change history (sync and undo)',
    'trust.storage.facts': 'Order batches',
    'trust.storage.used': 'Used by this site',
    'trust.storage.quota': 'Available to this site',
    'trust.missing.title': 'Your workspace is not on this device any more',
    'trust.missing.body':
      'This browser held a Kith workspace, but its storage is now empty: the site data was cleared, or the browser evicted it to free space. Nothing has been created in its place.',
    'trust.missing.restore':
      'To get your data back, start an empty workspace, then restore a backup file in Settings › Backup, or connect to your team’s relay to download it again.',
    'trust.missing.empty': 'Start an empty workspace',
    'trust.missing.demo': 'Load the demo instead',
    'trust.quota':
      'The browser has no more storage space for this workspace. Nothing was changed. Free space on the device or delete old data, then try again.',
  },
  ru: {
    'trust.update.ready': 'Готова новая версия Kith. Перезагрузите, чтобы перейти на неё (перезагрузятся все открытые вкладки Kith).',
    'trust.update.reload': 'Перезагрузить',
    'trust.update.later': 'Позже',
    'trust.storage.title': 'Хранилище на этом устройстве',
    'trust.storage.persisted': 'Защищено от удаления',
    'trust.storage.notPersisted': 'Не защищено от удаления',
    'trust.storage.persistedHelp': 'Браузер согласился хранить это пространство, даже когда место на диске заканчивается.',
    'trust.storage.notPersistedHelp': 'Браузер может удалить это пространство, когда на диске мало места. Установите приложение или храните резервную копию.',
    'trust.storage.records': 'Записи (списки и поиск)',
    'trust.storage.history': 'История изменений (синхронизация и отмена)',
    'trust.storage.facts': 'Пакеты заказов',
    'trust.storage.used': 'Занято этим сайтом',
    'trust.storage.quota': 'Доступно этому сайту',
    'trust.missing.title': 'Рабочего пространства больше нет на этом устройстве',
    'trust.missing.body':
      'В этом браузере было рабочее пространство Kith, но его хранилище пусто: данные сайта удалили или браузер освободил место. Вместо него ничего не создано.',
    'trust.missing.restore':
      'Чтобы вернуть данные, создайте пустое пространство и восстановите резервную копию в «Настройки › Резервная копия» или подключитесь к ретранслятору команды, чтобы загрузить их снова.',
    'trust.missing.empty': 'Создать пустое пространство',
    'trust.missing.demo': 'Загрузить демо',
    'trust.quota':
      'В браузере закончилось место для этого рабочего пространства. Ничего не изменено. Освободите место на устройстве или удалите старые данные и повторите попытку.',
  },
  zh: {
    'trust.update.ready': 'Kith 的新版本已就绪。重新加载即可使用（所有打开的 Kith 标签页都会重新加载）。',
    'trust.update.reload': '立即重新加载',
    'trust.update.later': '稍后',
    'trust.storage.title': '本设备上的存储',
    'trust.storage.persisted': '已防止被清除',
    'trust.storage.notPersisted': '未防止被清除',
    'trust.storage.persistedHelp': '即使磁盘空间不足，浏览器也会保留此工作区。',
    'trust.storage.notPersistedHelp': '磁盘空间不足时，浏览器可能会删除此工作区。请安装应用或保留备份。',
    'trust.storage.records': '记录（列表和搜索）',
    'trust.storage.history': '变更历史（同步和撤销）',
    'trust.storage.facts': '订单批次',
    'trust.storage.used': '本网站已用',
    'trust.storage.quota': '本网站可用',
    'trust.missing.title': '此设备上已没有您的工作区',
    'trust.missing.body': '此浏览器曾保存过一个 Kith 工作区，但其存储现在为空：网站数据已被清除，或浏览器为释放空间将其删除。没有创建任何内容来替代它。',
    'trust.missing.restore': '要找回数据，请先创建一个空工作区，然后在“设置 › 备份”中恢复备份文件，或连接团队的中继服务器重新下载。',
    'trust.missing.empty': '创建空工作区',
    'trust.missing.demo': '改为加载演示数据',
    'trust.quota': '浏览器已没有存储此工作区的空间。未做任何更改。请释放设备空间或删除旧数据后重试。',
  },
});
