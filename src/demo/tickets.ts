/**
 * Support-request texts in English, Russian and Chinese. Topics carry a tone, so
 * the sentiment page has real positive/negative/neutral signal; a few mixed ones
 * ("good product, slow delivery") keep it from being trivially separable.
 */
import type { Rng } from './random.ts';
import type { TicketCategory } from '../domain/entities/index.ts';

export type Lang = 'en' | 'ru' | 'zh';
export type Tone = 'positive' | 'negative' | 'neutral';

export interface Topic {
  key: string;
  tone: Tone;
  /** Relative frequency of the topic. */
  weight: number;
  /** Whether the text names an order (so the ticket should follow a real one). */
  needsOrder: boolean;
}

/** The ticket category each topic is filed under (routing by topic skill and the analysis group by it). */
export const TOPIC_CATEGORY: Readonly<Record<string, TicketCategory>> = {
  late_delivery: 'delivery', damaged: 'delivery', wrong_item: 'delivery', change_address: 'delivery', mixed: 'delivery',
  invoice_wrong: 'billing', refund_slow: 'billing', invoice_copy: 'billing', bulk_pricing: 'billing',
  login: 'account', howto: 'product', praise_product: 'feedback', thanks: 'feedback', fast_delivery: 'feedback',
};

/** Topic list shared by all languages (same order as the texts below). */
export const TOPICS: readonly Topic[] = [
  { key: 'late_delivery', tone: 'negative', weight: 14, needsOrder: true },
  { key: 'damaged', tone: 'negative', weight: 8, needsOrder: true },
  { key: 'invoice_wrong', tone: 'negative', weight: 8, needsOrder: true },
  { key: 'login', tone: 'negative', weight: 7, needsOrder: false },
  { key: 'refund_slow', tone: 'negative', weight: 6, needsOrder: true },
  { key: 'wrong_item', tone: 'negative', weight: 5, needsOrder: true },
  { key: 'thanks', tone: 'positive', weight: 8, needsOrder: true },
  { key: 'praise_product', tone: 'positive', weight: 6, needsOrder: true },
  { key: 'fast_delivery', tone: 'positive', weight: 5, needsOrder: true },
  { key: 'howto', tone: 'neutral', weight: 10, needsOrder: false },
  { key: 'bulk_pricing', tone: 'neutral', weight: 6, needsOrder: false },
  { key: 'change_address', tone: 'neutral', weight: 5, needsOrder: true },
  { key: 'invoice_copy', tone: 'neutral', weight: 6, needsOrder: true },
  { key: 'mixed', tone: 'neutral', weight: 6, needsOrder: true },
];

interface TopicText {
  subjects: readonly string[];
  bodies: readonly string[];
  resolutions: readonly string[];
}

interface LangText {
  topics: Readonly<Record<string, TopicText>>;
  greet: readonly string[];
  close: Readonly<Record<Tone, readonly string[]>>;
  /** Extra sentences that make an angry message angrier. */
  escalate: readonly string[];
  /** Sentence separator: Chinese runs sentences together. */
  sep: string;
}

const EN: LangText = {
  sep: ' ',
  greet: ['Hello,', 'Hi,', 'Hi team,', 'Good morning,', 'Dear support,'],
  close: {
    negative: ['Please fix this as soon as possible.', 'This is really frustrating.', 'Very disappointed with the service.', "If this isn't resolved we will look for another supplier.", 'I expect an answer today.'],
    positive: ['Keep up the great work!', 'Thanks again!', "We'll definitely order again.", 'Much appreciated.'],
    neutral: ['Thanks in advance.', 'Best regards.', 'Looking forward to your reply.', 'Kind regards.'],
  },
  escalate: ['This is the second time this has happened.', "We've been loyal customers for years.", 'Nobody has replied to my previous email.'],
  topics: {
    late_delivery: {
      subjects: ['Order {order} still not delivered', 'Where is my order {order}?', 'Delivery is {days} days late'],
      bodies: [
        "I placed order {order} {days} days ago and it still hasn't arrived. The tracking page hasn't changed since last week. We need the {product} for a project starting Monday.",
        'Our order {order} was promised for this week, but nothing has arrived and nobody answers the phone. This delay is causing real problems for our team.',
      ],
      resolutions: ['Courier located the parcel; delivered next day with free express shipping.', 'Re-shipped the order by express; shipping fee refunded.'],
    },
    damaged: {
      subjects: ['{product} arrived damaged', 'Broken item in order {order}'],
      bodies: [
        "The {product} from order {order} arrived with a cracked casing and it doesn't power on. The box was clearly crushed in transit.",
        "We unpacked the {product} today and it's damaged. Very disappointing for a brand-new item.",
      ],
      resolutions: ['Replacement shipped; courier collected the damaged unit.', 'Full refund issued for the damaged item.'],
    },
    invoice_wrong: {
      subjects: ['Invoice for {order} is wrong', 'We were charged twice for {order}'],
      bodies: [
        "The invoice for order {order} shows the wrong VAT number and a price higher than the quote. Our accounts team can't pay it like this.",
        'Our card was charged twice for order {order}. Please refund the duplicate payment as soon as possible.',
      ],
      resolutions: ['Corrected invoice sent; duplicate charge refunded.', 'Invoice reissued with the quoted prices and correct company details.'],
    },
    login: {
      subjects: ["Can't log in to my account", 'Password reset email never arrives'],
      bodies: [
        "Since yesterday I can't log in to the customer portal: it says my password is wrong even after a reset. I can't download our invoices.",
        "I've requested a password reset three times and no email arrives, not even in spam. Please help, I need to place an order today.",
      ],
      resolutions: ['Account was locked after too many attempts; unlocked and reset email delivered.', 'Email address on the account was mistyped; corrected and reset link sent.'],
    },
    refund_slow: {
      subjects: ['Refund still not received', 'Where is my refund for {order}?'],
      bodies: [
        "I returned the {product} {days} days ago and still haven't received my refund. Every time I call I'm told to wait another week.",
        'You confirmed the return of order {order} but the money is still not back on my card. This is taking far too long.',
      ],
      resolutions: ['Refund was stuck in payment processing; released the same day.', 'Refund processed; the bank confirmed it will appear within 2 business days.'],
    },
    wrong_item: {
      subjects: ['Wrong item delivered', 'Received the wrong product in order {order}'],
      bodies: ['We ordered the {product} but received a completely different model. We need the correct one urgently.', 'Order {order} contained the wrong item and one product was missing.'],
      resolutions: ['Correct item shipped by express; return label sent for the wrong one.'],
    },
    thanks: {
      subjects: ['Thanks for the quick help!', 'Great support, thank you'],
      bodies: ['Just wanted to say thank you: your colleague sorted out our issue in ten minutes. Excellent service!', 'Thank you for the fast and friendly help with order {order}. Everything works perfectly now.'],
      resolutions: ['Thanked the customer; no action needed.'],
    },
    praise_product: {
      subjects: ['Very happy with the {product}', 'Love the new {product}'],
      bodies: [
        "We've been using the {product} for a month now and the whole team loves it. Great quality and easy to set up.",
        "The {product} is excellent: fast, quiet and exactly as described. We'll order more for the other office.",
      ],
      resolutions: ['Passed the feedback to the product team; offered volume pricing.'],
    },
    fast_delivery: {
      subjects: ['Delivered a day early, great!', 'Impressed by the fast delivery'],
      bodies: ['Order {order} arrived a day earlier than promised and everything was well packed. Thank you!', 'Really impressed: ordered in the morning, and the {product} was on my desk the next day.'],
      resolutions: ['Thanked the customer; shared with the logistics team.'],
    },
    howto: {
      subjects: ['How do I connect the {product} to Wi-Fi?', 'Question about setting up the {product}'],
      bodies: ["Could you send instructions for setting up the {product}? The quick-start guide in the box doesn't cover our setup.", "Is there a macOS driver for the {product}? I couldn't find it on your website."],
      resolutions: ['Sent the setup guide and driver link.', 'Walked the customer through the setup by phone.'],
    },
    bulk_pricing: {
      subjects: ['Volume discount for {days} units?', 'Quote request: {product}'],
      bodies: ["We're planning to order about {days} units of the {product} for our new office. Do you offer volume pricing?", "Please send a quote for the {product}, including delivery to our office. We'd like to order next month."],
      resolutions: ['Forwarded to sales; quote sent.'],
    },
    change_address: {
      subjects: ['Change delivery address for {order}', 'Update billing details'],
      bodies: ["Could you please change the delivery address for order {order}? We've moved to a new office.", 'Please update our company billing address and VAT number for future invoices.'],
      resolutions: ['Address updated before dispatch.', 'Billing details updated.'],
    },
    invoice_copy: {
      subjects: ['Copy of invoice for {order}', 'Need a VAT invoice'],
      bodies: ['Could you send a copy of the invoice for order {order}? Our accountant needs it for the quarterly report.', 'Please send a VAT invoice for order {order} to our accounts department.'],
      resolutions: ['Invoice copy sent by email.'],
    },
    mixed: {
      subjects: ['Good product, slow delivery', 'Feedback on order {order}'],
      bodies: ['The {product} itself is great, but delivery took {days} days longer than promised. Please improve shipping times.', 'Support was helpful in the end, but it took three emails to get an answer. The product works fine now.'],
      resolutions: ['Apologised for the delay; sent a discount code for the next order.'],
    },
  },
};

const RU: LangText = {
  sep: ' ',
  greet: ['Здравствуйте!', 'Добрый день!', 'Здравствуйте,', 'Добрый день, коллеги!'],
  close: {
    negative: ['Прошу решить вопрос как можно скорее.', 'Это очень неприятно.', 'Крайне разочарованы сервисом.', 'Если вопрос не решится, будем искать другого поставщика.', 'Жду ответа сегодня.'],
    positive: ['Так держать!', 'Ещё раз спасибо!', 'Обязательно закажем ещё.', 'Очень признательны.'],
    neutral: ['Заранее спасибо.', 'С уважением.', 'Жду ответа.', 'Спасибо.'],
  },
  escalate: ['Это уже второй раз.', 'Мы давно с вами работаем.', 'На прошлое письмо никто не ответил.'],
  topics: {
    late_delivery: {
      subjects: ['Заказ {order} до сих пор не доставлен', 'Где мой заказ {order}?', 'Доставка задерживается уже {days} дн.'],
      bodies: [
        'Оформили заказ {order} {days} дн. назад, но он до сих пор не пришёл. Статус отслеживания не меняется уже неделю. {product} нужен нам к понедельнику.',
        'Заказ {order} обещали доставить на этой неделе, но ничего нет, а по телефону никто не отвечает. Задержка срывает нам работу.',
      ],
      resolutions: ['Курьерская служба нашла посылку, доставили на следующий день бесплатно.', 'Заказ отправлен повторно экспресс-доставкой, стоимость доставки возвращена.'],
    },
    damaged: {
      subjects: ['{product} пришёл повреждённым', 'Брак в заказе {order}'],
      bodies: ['{product} из заказа {order} пришёл с треснувшим корпусом и не включается. Коробка была явно смята при перевозке.', 'Сегодня распаковали {product}, а он повреждён. Очень неприятно для нового товара.'],
      resolutions: ['Отправлена замена, курьер забрал повреждённый товар.', 'Оформлен полный возврат средств за повреждённый товар.'],
    },
    invoice_wrong: {
      subjects: ['Ошибка в счёте по заказу {order}', 'С нас дважды списали оплату за заказ {order}'],
      bodies: [
        'В счёте по заказу {order} указан неверный ИНН и цена выше, чем в коммерческом предложении. Бухгалтерия не может его оплатить.',
        'С нашей карты дважды списали оплату за заказ {order}. Верните, пожалуйста, лишний платёж как можно скорее.',
      ],
      resolutions: ['Выставлен исправленный счёт, двойное списание возвращено.', 'Счёт перевыставлен по ценам из КП с верными реквизитами.'],
    },
    login: {
      subjects: ['Не могу войти в личный кабинет', 'Не приходит письмо для сброса пароля'],
      bodies: [
        'Со вчерашнего дня не могу войти в личный кабинет: пишет, что пароль неверный, даже после сброса. Не могу скачать закрывающие документы.',
        'Три раза запрашивал сброс пароля, письмо так и не пришло, даже в спам. Помогите, сегодня нужно оформить заказ.',
      ],
      resolutions: ['Учётная запись была заблокирована после множества попыток входа; разблокирована, письмо доставлено.', 'В учётной записи была опечатка в e-mail, исправили и отправили ссылку.'],
    },
    refund_slow: {
      subjects: ['Деньги за возврат так и не пришли', 'Где возврат средств по заказу {order}?'],
      bodies: ['Вернули {product} {days} дн. назад, а деньги так и не получили. Каждый раз по телефону просят подождать ещё неделю.', 'Вы подтвердили возврат по заказу {order}, но деньги до сих пор не вернулись на карту. Это слишком долго.'],
      resolutions: ['Возврат завис в платёжной системе, проведён в тот же день.', 'Возврат проведён, банк зачислит средства в течение 2 рабочих дней.'],
    },
    wrong_item: {
      subjects: ['Привезли не тот товар', 'В заказе {order} не тот товар'],
      bodies: ['Мы заказывали {product}, а получили совсем другую модель. Правильный товар нужен срочно.', 'В заказе {order} оказался не тот товар, и одной позиции не хватает.'],
      resolutions: ['Правильный товар отправлен экспрессом, для возврата выслана накладная.'],
    },
    thanks: {
      subjects: ['Спасибо за быструю помощь!', 'Отличная поддержка, спасибо'],
      bodies: ['Хочу поблагодарить вашего сотрудника: решил нашу проблему за десять минут. Отличный сервис!', 'Спасибо за быструю и вежливую помощь с заказом {order}. Теперь всё работает отлично.'],
      resolutions: ['Поблагодарили клиента, действий не требуется.'],
    },
    praise_product: {
      subjects: ['Очень довольны покупкой: {product}', '{product} — отличная покупка'],
      bodies: ['Пользуемся {product} уже месяц, вся команда в восторге. Отличное качество и простая настройка.', '{product} просто отличный: быстрый, тихий, полностью соответствует описанию. Закажем ещё для второго офиса.'],
      resolutions: ['Отзыв передан продуктовой команде, предложены оптовые цены.'],
    },
    fast_delivery: {
      subjects: ['Доставили на день раньше — здорово!', 'Приятно удивила скорость доставки'],
      bodies: ['Заказ {order} пришёл на день раньше обещанного, всё отлично упаковано. Спасибо!', 'Очень впечатлён: заказал утром, а на следующий день {product} уже стоял у меня на столе.'],
      resolutions: ['Поблагодарили клиента, отзыв передан в логистику.'],
    },
    howto: {
      subjects: ['Как подключить {product} к Wi-Fi?', 'Вопрос по настройке: {product}'],
      bodies: ['Пришлите, пожалуйста, инструкцию по настройке {product}. В краткой инструкции из коробки нет нашего случая.', 'Есть ли драйвер для {product} под macOS? На сайте не нашёл.'],
      resolutions: ['Отправлены инструкция и ссылка на драйвер.', 'Помогли с настройкой по телефону.'],
    },
    bulk_pricing: {
      subjects: ['Скидка при заказе {days} шт.?', 'Запрос КП: {product}'],
      bodies: ['Планируем заказать около {days} шт. {product} для нового офиса. Есть ли скидки на объём?', 'Пришлите, пожалуйста, коммерческое предложение на {product} с доставкой до офиса. Планируем заказ в следующем месяце.'],
      resolutions: ['Передано в отдел продаж, КП отправлено.'],
    },
    change_address: {
      subjects: ['Изменить адрес доставки для заказа {order}', 'Обновить реквизиты для счетов'],
      bodies: ['Измените, пожалуйста, адрес доставки для заказа {order}: мы переехали в новый офис.', 'Просим обновить юридический адрес и реквизиты компании для будущих счетов.'],
      resolutions: ['Адрес изменён до отгрузки.', 'Реквизиты обновлены.'],
    },
    invoice_copy: {
      subjects: ['Копия счёта по заказу {order}', 'Нужны закрывающие документы'],
      bodies: ['Пришлите, пожалуйста, копию счёта по заказу {order}, она нужна бухгалтерии для квартального отчёта.', 'Просим направить счёт-фактуру и акт по заказу {order} в нашу бухгалтерию.'],
      resolutions: ['Копии документов отправлены по e-mail.'],
    },
    mixed: {
      subjects: ['Товар хороший, доставка медленная', 'Отзыв о заказе {order}'],
      bodies: ['Сам {product} отличный, но доставка заняла на {days} дн. больше обещанного. Пожалуйста, ускорьте доставку.', 'Поддержка в итоге помогла, но ответа пришлось ждать после трёх писем. Сейчас всё работает нормально.'],
      resolutions: ['Извинились за задержку, отправили промокод на следующий заказ.'],
    },
  },
};

const ZH: LangText = {
  sep: '',
  greet: ['你好，', '您好！', '你好！', '各位好，'],
  close: {
    negative: ['请尽快处理。', '真的很让人失望。', '对你们的服务非常不满意。', '如果问题得不到解决，我们将考虑更换供应商。', '希望今天能给个答复。'],
    positive: ['继续加油！', '再次感谢！', '我们一定会再来购买。', '非常感谢。'],
    neutral: ['提前谢谢。', '谢谢。', '期待回复。', '此致敬礼。'],
  },
  escalate: ['这已经是第二次了。', '我们是你们的老客户了。', '上一封邮件到现在都没人回复。'],
  topics: {
    late_delivery: {
      subjects: ['订单{order}还没有送到', '我的订单{order}在哪里？', '发货已延迟{days}天'],
      bodies: ['我{days}天前下的订单{order}到现在还没收到，物流信息一周都没有更新。我们下周一的项目急需这台{product}。', '订单{order}说好本周送达，但到现在什么都没收到，电话也没人接。这次延误严重影响了我们的工作。'],
      resolutions: ['快递公司找到了包裹，次日免费送达。', '已用加急快递重新发货，并退还运费。'],
    },
    damaged: {
      subjects: ['收到的{product}已损坏', '订单{order}中的商品有破损'],
      bodies: ['订单{order}里的{product}外壳开裂，无法开机，包装箱明显在运输中被压坏了。', '今天拆开{product}发现已经损坏，新买的东西出现这种情况非常失望。'],
      resolutions: ['已寄出替换商品，快递上门取回损坏件。', '已为损坏商品办理全额退款。'],
    },
    invoice_wrong: {
      subjects: ['订单{order}的发票有误', '订单{order}被重复扣款'],
      bodies: ['订单{order}的发票上税号不对，价格也比报价高，我们财务没法付款。', '订单{order}在我们的卡上被扣了两次款，请尽快退还重复支付的金额。'],
      resolutions: ['已开具更正后的发票，重复扣款已退回。', '已按报价重新开具发票，公司信息已更正。'],
    },
    login: {
      subjects: ['无法登录我的账户', '收不到重置密码的邮件'],
      bodies: ['从昨天开始无法登录客户门户，即使重置后仍然提示密码错误，没法下载发票。', '我已经申请了三次重置密码，邮件一直没收到，垃圾箱里也没有。请帮忙，今天需要下单。'],
      resolutions: ['账户因多次尝试登录被锁定，已解锁并发送重置邮件。', '账户邮箱填写有误，已更正并发送重置链接。'],
    },
    refund_slow: {
      subjects: ['退款还没有到账', '订单{order}的退款在哪里？'],
      bodies: ['我{days}天前退回了{product}，到现在还没收到退款。每次打电话都让我再等一周。', '你们已经确认订单{order}退货，但钱还没有退回到卡上，时间太长了。'],
      resolutions: ['退款卡在支付环节，已于当天处理。', '退款已处理，银行将在2个工作日内到账。'],
    },
    wrong_item: {
      subjects: ['发错货了', '订单{order}收到的商品不对'],
      bodies: ['我们订的是{product}，收到的却是完全不同的型号，急需正确的商品。', '订单{order}里有一件商品发错了，还少了一件。'],
      resolutions: ['已加急寄出正确商品，并发送退货单。'],
    },
    thanks: {
      subjects: ['感谢你们的快速帮助！', '服务很好，谢谢'],
      bodies: ['想特别感谢一下你们的同事，十分钟就解决了我们的问题，服务非常棒！', '感谢你们在订单{order}上快速又耐心的帮助，现在一切正常。'],
      resolutions: ['已感谢客户，无需处理。'],
    },
    praise_product: {
      subjects: ['对{product}非常满意', '{product}很好用'],
      bodies: ['我们用{product}已经一个月了，整个团队都很喜欢，质量好，安装也简单。', '{product}非常棒，速度快、噪音小，和描述完全一致。我们还会给另一个办公室再订一些。'],
      resolutions: ['已将反馈转给产品团队，并提供批量价格。'],
    },
    fast_delivery: {
      subjects: ['提前一天送到，太好了！', '发货速度让人惊喜'],
      bodies: ['订单{order}比承诺的提前一天送到，包装也很好，谢谢！', '真的很惊喜：早上下单，第二天{product}就送到了我桌上。'],
      resolutions: ['已感谢客户，并转达给物流团队。'],
    },
    howto: {
      subjects: ['{product}怎么连接Wi-Fi？', '关于{product}设置的问题'],
      bodies: ['能否发一份{product}的设置说明？包装里的快速指南没有涵盖我们的情况。', '{product}有macOS的驱动吗？我在你们网站上没找到。'],
      resolutions: ['已发送设置指南和驱动下载链接。', '已通过电话指导客户完成设置。'],
    },
    bulk_pricing: {
      subjects: ['采购{days}台有批量折扣吗？', '询价：{product}'],
      bodies: ['我们计划为新办公室采购大约{days}台{product}，请问有批量优惠吗？', '请发一份{product}的报价，包括送到我们办公室的运费。我们打算下个月下单。'],
      resolutions: ['已转给销售部门并发送报价。'],
    },
    change_address: {
      subjects: ['修改订单{order}的收货地址', '更新开票信息'],
      bodies: ['请帮忙修改订单{order}的收货地址，我们已经搬到新办公室了。', '请更新我们公司的开票地址和税号，用于以后的发票。'],
      resolutions: ['已在发货前修改地址。', '开票信息已更新。'],
    },
    invoice_copy: {
      subjects: ['需要订单{order}的发票副本', '需要开增值税发票'],
      bodies: ['能否发一份订单{order}的发票副本？我们会计做季度报表要用。', '请为订单{order}开具增值税专用发票，寄给我们财务部。'],
      resolutions: ['发票副本已通过邮件发送。'],
    },
    mixed: {
      subjects: ['产品不错，但发货太慢', '关于订单{order}的反馈'],
      bodies: ['{product}本身很好，但送货比承诺晚了{days}天，希望能改进物流速度。', '客服最后帮我们解决了问题，但发了三封邮件才得到回复。现在产品使用正常。'],
      resolutions: ['已就延误致歉，并发送下次订单的优惠码。'],
    },
  },
};

export const TICKET_TEXT: Readonly<Record<Lang, LangText>> = { en: EN, ru: RU, zh: ZH };

export interface Slots {
  order: string;
  product: string;
  days: number;
  name: string;
}

function fill(s: string, v: Slots): string {
  return s.replace(/\{(order|product|days|name)\}/g, (_, k: keyof Slots) => String(v[k]));
}

/** One customer message: greeting, the topic's core, maybe an escalation, a tone-matching close and a signature. */
export function ticketText(rng: Rng, lang: Lang, topic: Topic, slots: Slots): { subject: string; body: string } {
  const L = TICKET_TEXT[lang];
  const T = L.topics[topic.key];
  // Subjects and bodies are written in pairs (subject i belongs to body i), so the two never contradict.
  const k = rng.int(Math.max(T.subjects.length, T.bodies.length));
  const parts = [fill(T.bodies[k % T.bodies.length], slots)];
  if (topic.tone === 'negative' && rng.chance(0.35)) parts.push(rng.pick(L.escalate));
  parts.push(rng.pick(L.close[topic.tone]));
  const body = `${rng.pick(L.greet)}\n\n${parts.join(L.sep)}\n\n${slots.name}`;
  return { subject: fill(T.subjects[k % T.subjects.length], slots), body };
}

export function resolutionText(rng: Rng, lang: Lang, topic: Topic): string {
  return rng.pick(TICKET_TEXT[lang].topics[topic.key].resolutions);
}
