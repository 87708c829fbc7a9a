import { defineMessages } from '../locale.ts';

/** Texts of the Leads page: list, filters, qualification and conversion. */
export default defineMessages({
  en: {
    'leads.title': 'Leads', 'leads.search': 'Search leads', 'leads.anyStatus': 'Any status', 'leads.anySource': 'Any source', 'leads.anyOwner': 'Any owner',
    'leads.score': 'Score', 'leads.drivers': 'Why this score', 'leads.history': 'History', 'leads.noHistory': 'No changes recorded yet',
    'leads.qualify': 'Qualify', 'leads.disqualify': 'Disqualify', 'leads.reason': 'Reason', 'leads.reasonHelp': 'Why is this lead not a fit?',
    'leads.convert': 'Convert', 'leads.convertHelp': 'Creates the contact, the company and an open deal, keeping the source, owner and history.',
    'leads.dealTitle': 'Deal title', 'leads.amount': 'Deal amount', 'leads.converted': 'Converted to',
    'leads.openContact': 'Open contact', 'leads.openDeal': 'Open deal', 'leads.by': 'by {name}',
    'leads.driver.base': 'Starting points', 'leads.driver.source': 'Source: {source}', 'leads.driver.company': 'Names a company',
    'leads.driver.businessEmail': 'Business email', 'leads.driver.freeEmail': 'Personal email', 'leads.driver.phone': 'Has a phone number',
    'leads.driver.fresh': 'Arrived this week', 'leads.driver.recent': 'Arrived this month', 'leads.driver.stale': 'Older than six months',
    'leads.driver.engaged': 'Already contacted', 'leads.driver.qualified': 'Qualified',
  },
  ru: {
    'leads.title': 'Лиды', 'leads.search': 'Поиск лидов', 'leads.anyStatus': 'Любой статус', 'leads.anySource': 'Любой источник', 'leads.anyOwner': 'Любой ответственный',
    'leads.score': 'Оценка', 'leads.drivers': 'Из чего складывается оценка', 'leads.history': 'История', 'leads.noHistory': 'Изменений пока нет',
    'leads.qualify': 'Квалифицировать', 'leads.disqualify': 'Отклонить', 'leads.reason': 'Причина', 'leads.reasonHelp': 'Почему этот лид не подходит?',
    'leads.convert': 'Конвертировать', 'leads.convertHelp': 'Создаёт контакт, компанию и открытую сделку, сохраняя источник, ответственного и историю.',
    'leads.dealTitle': 'Название сделки', 'leads.amount': 'Сумма сделки', 'leads.converted': 'Преобразован в',
    'leads.openContact': 'Открыть контакт', 'leads.openDeal': 'Открыть сделку', 'leads.by': '— {name}',
    'leads.driver.base': 'Начальные баллы', 'leads.driver.source': 'Источник: {source}', 'leads.driver.company': 'Указана компания',
    'leads.driver.businessEmail': 'Рабочая почта', 'leads.driver.freeEmail': 'Личная почта', 'leads.driver.phone': 'Есть телефон',
    'leads.driver.fresh': 'Пришёл на этой неделе', 'leads.driver.recent': 'Пришёл в этом месяце', 'leads.driver.stale': 'Старше полугода',
    'leads.driver.engaged': 'Уже был контакт', 'leads.driver.qualified': 'Квалифицирован',
  },
  zh: {
    'leads.title': '线索', 'leads.search': '搜索线索', 'leads.anyStatus': '任意状态', 'leads.anySource': '任意来源', 'leads.anyOwner': '任意负责人',
    'leads.score': '评分', 'leads.drivers': '评分依据', 'leads.history': '历史', 'leads.noHistory': '暂无变更记录',
    'leads.qualify': '确认有效', 'leads.disqualify': '判定无效', 'leads.reason': '原因', 'leads.reasonHelp': '为什么这条线索不合适？',
    'leads.convert': '转化', 'leads.convertHelp': '创建联系人、公司和一个进行中的商机，保留来源、负责人和历史。',
    'leads.dealTitle': '商机名称', 'leads.amount': '商机金额', 'leads.converted': '已转化为',
    'leads.openContact': '打开联系人', 'leads.openDeal': '打开商机', 'leads.by': '（{name}）',
    'leads.driver.base': '基础分', 'leads.driver.source': '来源：{source}', 'leads.driver.company': '填写了公司',
    'leads.driver.businessEmail': '企业邮箱', 'leads.driver.freeEmail': '个人邮箱', 'leads.driver.phone': '有电话号码',
    'leads.driver.fresh': '本周新到', 'leads.driver.recent': '本月新到', 'leads.driver.stale': '超过六个月',
    'leads.driver.engaged': '已联系过', 'leads.driver.qualified': '已确认有效',
  },
});
