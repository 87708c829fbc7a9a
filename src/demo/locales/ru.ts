/** Russian-speaking customers (Russia): Cyrillic names with correct feminine surnames, Russian address order. */
import { digits, type CompanyName, type LocalePack, type Name, type Place } from './types.ts';

const MALE: Name[] = [['Иван', 'ivan'], ['Алексей', 'aleksey'], ['Сергей', 'sergey'], ['Дмитрий', 'dmitriy'], ['Андрей', 'andrey'], ['Михаил', 'mikhail'], ['Николай', 'nikolay'], ['Павел', 'pavel'], ['Артём', 'artem'], ['Максим', 'maksim'], ['Владимир', 'vladimir'], ['Евгений', 'evgeniy'], ['Олег', 'oleg'], ['Юрий', 'yuriy'], ['Александр', 'aleksandr'], ['Константин', 'konstantin'], ['Роман', 'roman'], ['Игорь', 'igor'], ['Денис', 'denis'], ['Кирилл', 'kirill'], ['Виктор', 'viktor'], ['Антон', 'anton']];
const FEMALE: Name[] = [['Анна', 'anna'], ['Мария', 'mariya'], ['Елена', 'elena'], ['Ольга', 'olga'], ['Наталья', 'natalya'], ['Екатерина', 'ekaterina'], ['Татьяна', 'tatyana'], ['Ирина', 'irina'], ['Светлана', 'svetlana'], ['Юлия', 'yuliya'], ['Анастасия', 'anastasiya'], ['Дарья', 'darya'], ['Ксения', 'kseniya'], ['Марина', 'marina'], ['Виктория', 'viktoriya'], ['Полина', 'polina'], ['Алина', 'alina'], ['Людмила', 'lyudmila'], ['Вера', 'vera'], ['Галина', 'galina']];
/** Masculine forms; `feminine` derives the other. */
const LAST: Name[] = [['Иванов', 'ivanov'], ['Петров', 'petrov'], ['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Васильев', 'vasilyev'], ['Соколов', 'sokolov'], ['Михайлов', 'mikhaylov'], ['Новиков', 'novikov'], ['Фёдоров', 'fedorov'], ['Морозов', 'morozov'], ['Волков', 'volkov'], ['Алексеев', 'alekseev'], ['Лебедев', 'lebedev'], ['Семёнов', 'semenov'], ['Егоров', 'egorov'], ['Павлов', 'pavlov'], ['Козлов', 'kozlov'], ['Степанов', 'stepanov'], ['Николаев', 'nikolaev'], ['Орлов', 'orlov'], ['Андреев', 'andreev'], ['Макаров', 'makarov'], ['Никитин', 'nikitin'], ['Захаров', 'zakharov'], ['Зайцев', 'zaytsev'], ['Соловьёв', 'solovyev'], ['Борисов', 'borisov'], ['Яковлев', 'yakovlev'], ['Григорьев', 'grigoryev'], ['Романов', 'romanov'], ['Воробьёв', 'vorobyev'], ['Сергеев', 'sergeev'], ['Кузьмин', 'kuzmin'], ['Фролов', 'frolov'], ['Белов', 'belov'], ['Ильин', 'ilyin'], ['Гусев', 'gusev'], ['Титов', 'titov'], ['Комаров', 'komarov'], ['Высоцкий', 'vysotskiy'], ['Вишневский', 'vishnevskiy'], ['Островский', 'ostrovskiy'], ['Толстой', 'tolstoy'], ['Шевченко', 'shevchenko'], ['Бондаренко', 'bondarenko'], ['Черных', 'chernykh'], ['Седых', 'sedykh']];

/**
 * Russian surnames agree with gender: -ов/-ев/-ин -> +а, -ский/-цкий -> -ская/-цкая,
 * -ой -> -ая; Ukrainian -енко and -ых/-их do not change.
 */
export function feminine([native, lat]: Name): Name {
  if (native.endsWith('ий')) return [native.slice(0, -2) + 'ая', lat.replace(/iy$/, 'aya')];
  if (native.endsWith('ой')) return [native.slice(0, -2) + 'ая', lat.replace(/oy$/, 'aya')];
  if (/(ов|ев|ёв|ин|ын)$/.test(native)) return [native + 'а', lat + 'a'];
  return [native, lat];
}

const P = (city: string, cityLatin: string, utcOffset: number, postal: string, areaCodes: string[], weight: number): Place => ({ country: 'RU', city, cityLatin, utcOffset, weight, postal, areaCodes });

const PLACES: Place[] = [
  P('Москва', 'moskva', 3, '12', ['495', '499'], 30),
  P('Санкт-Петербург', 'spb', 3, '19', ['812'], 14),
  P('Новосибирск', 'novosibirsk', 7, '630', ['383'], 5),
  P('Екатеринбург', 'ekaterinburg', 5, '620', ['343'], 5),
  P('Казань', 'kazan', 3, '420', ['843'], 4),
  P('Нижний Новгород', 'nnovgorod', 3, '603', ['831'], 4),
  P('Самара', 'samara', 4, '443', ['846'], 3),
  P('Ростов-на-Дону', 'rostov', 3, '344', ['863'], 3),
  P('Краснодар', 'krasnodar', 3, '350', ['861'], 3),
  P('Пермь', 'perm', 5, '614', ['342'], 2),
  P('Воронеж', 'voronezh', 3, '394', ['473'], 2),
  P('Уфа', 'ufa', 5, '450', ['347'], 2),
  P('Красноярск', 'krasnoyarsk', 7, '660', ['391'], 2),
  P('Челябинск', 'chelyabinsk', 5, '454', ['351'], 2),
];

const STREETS = ['ул. Ленина', 'ул. Гагарина', 'ул. Мира', 'ул. Советская', 'пр-т Мира', 'ул. Пушкина', 'ул. Садовая', 'ул. Молодёжная', 'ул. Лесная', 'ул. Школьная', 'ул. Кирова', 'ул. Октябрьская', 'ул. Набережная', 'ул. Центральная', 'ул. Профсоюзная', 'ул. Чехова', 'ул. Строителей', 'ул. Заводская', 'пр-т Ленина', 'ул. Горького', 'ул. Маяковского', 'ул. Победы', 'Комсомольский пр-т', 'ул. Тургенева'];

const BRAND: Name[] = [['Сибирь', 'sibir'], ['Волга', 'volga'], ['Урал', 'ural'], ['Байкал', 'baikal'], ['Нева', 'neva'], ['Енисей', 'enisey'], ['Алтай', 'altai'], ['Кама', 'kama'], ['Балтика', 'baltika'], ['Полюс', 'polus'], ['Вектор', 'vektor'], ['Гранит', 'granit'], ['Меридиан', 'meridian'], ['Импульс', 'impuls'], ['Спектр', 'spektr'], ['Альфа', 'alfa'], ['Орион', 'orion'], ['Фаворит', 'favorit'], ['Авангард', 'avangard'], ['Прогресс', 'progress'], ['Стандарт', 'standart'], ['Эталон', 'etalon'], ['Регион', 'region'], ['Союз', 'soyuz'], ['Горизонт', 'gorizont'], ['Форвард', 'forvard'], ['Лидер', 'lider'], ['Феникс', 'feniks'], ['Атлант', 'atlant'], ['Кристалл', 'kristall'], ['Север', 'sever'], ['Восток', 'vostok'], ['Дон', 'don'], ['Ока', 'oka'], ['Ладога', 'ladoga'], ['Арсенал', 'arsenal'], ['Мегаполис', 'megapolis'], ['Навигатор', 'navigator']];
const KIND: readonly (readonly [string, string, string])[] = [
  ['Трейд', 'trade', 'Wholesale'], ['Логистик', 'logistic', 'Transportation & Logistics'], ['Софт', 'soft', 'Software'],
  ['Строй', 'stroy', 'Construction'], ['Пром', 'prom', 'Manufacturing'], ['Агро', 'agro', 'Agriculture'], ['Маркет', 'market', 'Retail'],
  ['Медиа', 'media', 'Media'], ['Энерго', 'energo', 'Energy'], ['Консалт', 'consult', 'Professional Services'], ['Технологии', 'tech', 'IT Services'],
  ['Фарм', 'farm', 'Pharmaceuticals'], ['Сервис', 'service', 'IT Services'], ['Снаб', 'snab', 'Wholesale'], ['Инвест', 'invest', 'Financial Services'],
  ['Телеком', 'telecom', 'Telecommunications'], ['Авто', 'avto', 'Automotive'], ['Мебель', 'mebel', 'Retail'], ['Электроника', 'electronics', 'Electronics'], ['Мед', 'med', 'Healthcare'],
];

const TITLES = ['Генеральный директор', 'Офис-менеджер', 'Менеджер по закупкам', 'ИТ-директор', 'Финансовый директор', 'Главный бухгалтер', 'Руководитель отдела продаж', 'Директор по развитию', 'Специалист по закупкам', 'Системный администратор', 'Коммерческий директор', 'Руководитель АХО', 'Операционный директор', 'Менеджер проектов'];

export const ru: LocalePack = {
  locale: 'ru',
  places: PLACES,
  titles: TITLES,

  personName(rng, gender) {
    const [first, firstLatin] = rng.pick(gender === 'm' ? MALE : FEMALE);
    const masc = rng.pick(LAST);
    const [last, lastLatin] = gender === 'm' ? masc : feminine(masc);
    return { first, last, firstLatin, lastLatin };
  },

  fullName: (n) => `${n.first} ${n.last}`,

  address(rng, place, kind) {
    // Russian order: index, city, street, house, then flat or office.
    const index = place.postal + digits(rng, 6 - place.postal.length);
    const house = `д. ${rng.range(1, 120)}${rng.chance(0.15) ? ', корп. ' + rng.range(1, 4) : ''}`;
    const tail = kind === 'home' ? `кв. ${rng.range(1, 240)}` : rng.chance(0.5) ? `офис ${rng.range(1, 12)}${digits(rng, 2)}` : `стр. ${rng.range(1, 5)}, офис ${rng.range(1, 60)}`;
    return `${index}, г. ${place.city}, ${rng.pick(STREETS)}, ${house}, ${tail}`;
  },

  phone(rng, place, mobile) {
    const code = mobile ? rng.pick(['903', '905', '916', '921', '926', '950', '965', '977', '985', '999', '912']) : rng.pick(place.areaCodes);
    return `+7 (${code}) ${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 2)}`;
  },

  companyName(rng): CompanyName {
    const [a, aLat] = rng.pick(BRAND);
    const [b, bLat, industry] = rng.pick(KIND);
    const form = rng.next();
    const short = form < 0.55 ? `${a} ${b}` : form < 0.75 ? `${a}-${b}` : a + b.toLowerCase();
    const slug = form < 0.75 ? `${aLat}-${bLat}` : aLat + bLat;
    const r = rng.next();
    const legal = r < 0.78 ? 'ООО' : r < 0.95 ? 'АО' : 'ПАО';
    return { name: `${legal} «${short}»`, short, slug, industry };
  },

  tld: () => 'ru',
  freeMail: () => ['yandex.ru', 'mail.ru', 'gmail.com', 'rambler.ru', 'bk.ru', 'list.ru'],
};
