import { defineMessages } from '../locale.ts';

/** Storage safety, offline use and the workspace lifecycle. */
export default defineMessages({
  en: {
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
    'trust.missing.title': '此设备上已没有您的工作区',
    'trust.missing.body': '此浏览器曾保存过一个 Kith 工作区，但其存储现在为空：网站数据已被清除，或浏览器为释放空间将其删除。没有创建任何内容来替代它。',
    'trust.missing.restore': '要找回数据，请先创建一个空工作区，然后在“设置 › 备份”中恢复备份文件，或连接团队的中继服务器重新下载。',
    'trust.missing.empty': '创建空工作区',
    'trust.missing.demo': '改为加载演示数据',
    'trust.quota': '浏览器已没有存储此工作区的空间。未做任何更改。请释放设备空间或删除旧数据后重试。',
  },
});
