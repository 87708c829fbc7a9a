/**
 * Header names people use for each field, in English, Russian and Chinese.
 * Keys are field names of the record types, plus pseudo-fields the importer
 * resolves itself: `companyName` (a company matched or created by name),
 * `fullName` (split into first and last name) and `stageName`.
 */
export const FIELD_SYNONYMS: Record<string, readonly string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'forename', 'name first', 'имя', '名', '名字'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'фамилия', '姓', '姓氏'],
  fullName: ['name', 'full name', 'contact', 'contact name', 'person', 'фио', 'ф.и.о.', 'полное имя', 'контакт', '姓名', '联系人', '全名'],
  name: ['name', 'title', 'название', 'наименование', 'имя', '名称', '名字'],
  email: ['email', 'e-mail', 'e mail', 'mail', 'email address', 'почта', 'эл. почта', 'электронная почта', 'емейл', 'имейл', '邮箱', '电子邮件', '电子邮箱', '邮件'],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'cell', 'phone number', 'телефон', 'тел', 'тел.', 'мобильный', '电话', '手机', '手机号', '电话号码', '联系电话'],
  title: ['job title', 'position', 'role', 'должность', '职位', '职务'],
  companyName: ['company', 'company name', 'organization', 'organisation', 'account', 'employer', 'компания', 'организация', 'фирма', 'название компании', '公司', '公司名称', '单位', '企业'],
  country: ['country', 'country code', 'страна', '国家'],
  city: ['city', 'town', 'город', '城市'],
  address: ['address', 'street', 'street address', 'адрес', '地址'],
  tags: ['tags', 'labels', 'теги', 'метки', '标签'],
  notes: ['notes', 'note', 'comment', 'comments', 'description', 'заметки', 'примечание', 'комментарий', '备注', '说明'],
  birthday: ['birthday', 'birth date', 'date of birth', 'dob', 'birthdate', 'день рождения', 'дата рождения', '生日', '出生日期'],
  lifecycle: ['lifecycle', 'stage', 'lifecycle stage', 'стадия', '阶段'],
  source: ['source', 'lead source', 'источник', '来源'],
  domain: ['domain', 'домен', '域名'],
  industry: ['industry', 'sector', 'отрасль', '行业'],
  size: ['size', 'employees', 'company size', 'размер', '规模'],
  website: ['website', 'web', 'url', 'site', 'сайт', '网站', '网址'],
  sku: ['sku', 'article', 'code', 'product code', 'артикул', 'код', '货号', '编号', '商品编码'],
  price: ['price', 'unit price', 'цена', '价格', '单价'],
  currency: ['currency', 'валюта', '货币', '币种'],
  category: ['category', 'категория', '类别', '分类'],
  description: ['description', 'описание', '描述'],
  amount: ['amount', 'value', 'deal value', 'sum', 'сумма', 'стоимость', '金额'],
  stageName: ['stage', 'deal stage', 'этап', 'стадия сделки', '阶段'],
  expectedClose: ['expected close', 'close date', 'дата закрытия', '预计成交'],
  status: ['status', 'статус', '状态'],
  score: ['score', 'оценка', '评分'],
  subject: ['subject', 'тема', '主题'],
  body: ['body', 'text', 'текст', '内容'],
  occurredAt: ['date', 'when', 'occurred', 'дата', '日期', '时间'],
  type: ['type', 'тип', '类型'],
  channel: ['channel', 'канал', '渠道'],
  externalId: ['external id', 'external_id', 'client id', 'customer id', 'внешний id', 'код клиента', '外部编号'],
};

/** Header text folded for matching: NFKC turns full-width "Ｅｍａｉｌ" into "Email"; case, punctuation and spacing do not count. */
export function foldHeader(h: string): string {
  return h.normalize('NFKC').toLowerCase().replace(/[\s_\-.:*()"'№#]+/gu, ' ').trim();
}
