import { defineMessages } from '../locale.ts';

export default defineMessages({
  en: {
    'offers.title': 'Next best offer',
    'offers.loading': 'Finding offers…',
    'offers.none': 'No offer yet: this customer has no purchases to go on.',
    'offers.cobuy': 'Bought {from}; {pct} of those buyers buy {name}',
    'offers.category': 'Best seller in {category}, a category this customer buys ({n} buyers)',
    'offers.offer': 'Offer',
    'offers.logged': 'Offer logged',
    'offers.subject': 'Offered {name}',
    'offers.body': 'Next best offer: {reason}',
  },
  ru: {
    'offers.title': 'Следующее лучшее предложение',
    'offers.loading': 'Подбираем предложения…',
    'offers.none': 'Предложений пока нет: у клиента нет покупок.',
    'offers.cobuy': 'Купил {from}; {pct} таких покупателей покупают {name}',
    'offers.category': 'Лидер продаж в категории «{category}», которую покупает клиент ({n} покупателей)',
    'offers.offer': 'Предложить',
    'offers.logged': 'Предложение записано',
    'offers.subject': 'Предложен товар: {name}',
    'offers.body': 'Следующее лучшее предложение: {reason}',
  },
  zh: {
    'offers.title': '最佳推荐',
    'offers.loading': '正在生成推荐…',
    'offers.none': '暂无推荐：该客户还没有购买记录。',
    'offers.cobuy': '购买了 {from}；这些买家中 {pct} 会购买 {name}',
    'offers.category': '{category} 类畅销品，该客户常买此类（{n} 位买家）',
    'offers.offer': '推荐',
    'offers.logged': '已记录推荐',
    'offers.subject': '推荐了 {name}',
    'offers.body': '最佳推荐：{reason}',
  },
});
