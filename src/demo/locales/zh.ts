/** Chinese customers (mainland China): family name in `lastName`, given name in `firstName`. */
import type { Rng } from '../random.ts';
import { digits, type CompanyName, type LocalePack, type Name, type Place } from './types.ts';

const FAMILY: Name[] = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['萧', 'xiao']];
// Real naming is skewed: the top surnames cover a large share of the population.
const FAMILY_WEIGHTS = FAMILY.map((_, i) => 1 / (i + 3));
const MALE: Name[] = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['浩然', 'haoran'], ['子轩', 'zixuan'], ['建国', 'jianguo'], ['志强', 'zhiqiang'], ['俊杰', 'junjie'], ['宇航', 'yuhang'], ['文博', 'wenbo'], ['鹏', 'peng'], ['建华', 'jianhua'], ['海涛', 'haitao'], ['晨', 'chen'], ['斌', 'bin']];
const FEMALE: Name[] = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['秀英', 'xiuying'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['玲', 'ling'], ['欣怡', 'xinyi'], ['梓涵', 'zihan'], ['雨桐', 'yutong'], ['佳怡', 'jiayi'], ['晓燕', 'xiaoyan'], ['桂英', 'guiying'], ['丹', 'dan'], ['颖', 'ying'], ['思雨', 'siyu'], ['美玲', 'meiling']];

const P = (city: string, cityLatin: string, region: string, areaCode: string, postal: string, districts: string[], weight: number): Place => ({ country: 'CN', city, cityLatin, utcOffset: 8, weight, region, postal, areaCodes: [areaCode], districts });

// Municipalities (北京, 上海, 天津, 重庆) have no province before the city.
const PLACES: Place[] = [
  P('北京', 'beijing', '', '10', '100', ['朝阳区', '海淀区', '东城区', '西城区', '丰台区'], 14),
  P('上海', 'shanghai', '', '21', '200', ['浦东新区', '徐汇区', '静安区', '黄浦区', '长宁区'], 14),
  P('广州', 'guangzhou', '广东省', '20', '510', ['天河区', '越秀区', '海珠区', '白云区'], 8),
  P('深圳', 'shenzhen', '广东省', '755', '518', ['南山区', '福田区', '罗湖区', '宝安区'], 9),
  P('杭州', 'hangzhou', '浙江省', '571', '310', ['西湖区', '滨江区', '上城区', '余杭区'], 6),
  P('成都', 'chengdu', '四川省', '28', '610', ['武侯区', '锦江区', '青羊区', '成华区'], 5),
  P('武汉', 'wuhan', '湖北省', '27', '430', ['武昌区', '江汉区', '洪山区', '江岸区'], 4),
  P('南京', 'nanjing', '江苏省', '25', '210', ['鼓楼区', '玄武区', '建邺区', '秦淮区'], 4),
  P('西安', 'xian', '陕西省', '29', '710', ['雁塔区', '碑林区', '未央区', '新城区'], 3),
  P('重庆', 'chongqing', '', '23', '400', ['渝中区', '江北区', '南岸区', '沙坪坝区'], 4),
  P('天津', 'tianjin', '', '22', '300', ['和平区', '南开区', '河西区', '河东区'], 3),
  P('苏州', 'suzhou', '江苏省', '512', '215', ['姑苏区', '工业园区', '吴中区', '虎丘区'], 4),
];

const STREETS = ['人民路', '中山路', '解放路', '建设路', '南京路', '长安街', '和平路', '新华路', '胜利路', '文化路', '科技路', '滨江大道', '世纪大道', '工业园路', '朝阳路', '学院路', '东风路', '青年路', '华山路', '延安路'];

const BRAND: Name[] = [['华信', 'huaxin'], ['恒通', 'hengtong'], ['东方', 'dongfang'], ['金源', 'jinyuan'], ['鼎盛', 'dingsheng'], ['宏达', 'hongda'], ['瑞丰', 'ruifeng'], ['天成', 'tiancheng'], ['中科', 'zhongke'], ['嘉禾', 'jiahe'], ['新元', 'xinyuan'], ['博远', 'boyuan'], ['海川', 'haichuan'], ['锦程', 'jincheng'], ['明德', 'mingde'], ['永泰', 'yongtai'], ['盛世', 'shengshi'], ['华彩', 'huacai'], ['远航', 'yuanhang'], ['创新', 'chuangxin'], ['联合', 'lianhe'], ['卓越', 'zhuoyue'], ['百川', 'baichuan'], ['启明', 'qiming'], ['星辰', 'xingchen'], ['蓝海', 'lanhai'], ['凯达', 'kaida'], ['金桥', 'jinqiao'], ['汇通', 'huitong'], ['正泰', 'zhengtai']];
const KIND: readonly (readonly [string, string, string])[] = [
  ['科技', 'tech', 'IT Services'], ['物流', 'logistics', 'Transportation & Logistics'], ['贸易', 'trading', 'Wholesale'], ['电子', 'electronics', 'Electronics'],
  ['食品', 'food', 'Food & Beverage'], ['医药', 'pharma', 'Pharmaceuticals'], ['软件', 'soft', 'Software'], ['制造', 'mfg', 'Manufacturing'],
  ['能源', 'energy', 'Energy'], ['传媒', 'media', 'Media'], ['建筑', 'build', 'Construction'], ['咨询', 'consulting', 'Professional Services'],
  ['教育', 'edu', 'Education'], ['网络', 'net', 'Telecommunications'], ['商贸', 'commerce', 'Retail'],
];

const TITLES = ['总经理', '采购经理', '行政主管', '财务总监', 'IT经理', '销售总监', '运营经理', '办公室主任', '技术总监', '市场经理', '采购专员', '副总经理', '项目经理'];

function weightedFamily(rng: Rng): Name {
  let total = 0;
  for (const w of FAMILY_WEIGHTS) total += w;
  let u = rng.next() * total;
  for (let i = 0; i < FAMILY.length; i++) if ((u -= FAMILY_WEIGHTS[i]) < 0) return FAMILY[i];
  return FAMILY[0];
}

export const zh: LocalePack = {
  locale: 'zh',
  places: PLACES,
  titles: TITLES,

  personName(rng, gender) {
    const [last, lastLatin] = weightedFamily(rng);
    const [first, firstLatin] = rng.pick(gender === 'm' ? MALE : FEMALE);
    return { first, last, firstLatin, lastLatin };
  },

  fullName: (n) => `${n.last}${n.first}`,

  address(rng, place, kind) {
    const street = `${rng.pick(place.districts ?? [''])}${rng.pick(STREETS)}${rng.range(1, 999)}号`;
    const tail = kind === 'home' ? `${rng.range(1, 30)}栋${rng.range(1, 6)}单元${rng.range(1, 33)}0${rng.range(1, 4)}室` : rng.chance(0.5) ? `${rng.pick(['A', 'B', 'C'])}座${rng.range(2, 40)}层` : `${rng.range(1, 28)}楼${rng.range(1, 20)}室`;
    return `${place.region ?? ''}${place.city}市${street}${tail}`;
  },

  phone(rng, place, mobile) {
    if (mobile) return `+86 1${rng.pick(['3', '5', '8', '7'])}${rng.int(10)} ${digits(rng, 4)} ${digits(rng, 4)}`;
    return `+86 ${place.areaCodes[0]} ${rng.range(5, 8)}${digits(rng, 3)} ${digits(rng, 4)}`;
  },

  companyName(rng, place): CompanyName {
    const [brand, brandLat] = rng.pick(BRAND);
    const [kind, kindLat, industry] = rng.pick(KIND);
    const short = `${brand}${kind}`;
    const r = rng.next();
    const name = r < 0.75 ? `${place.city}${short}有限公司` : r < 0.9 ? `${short}股份有限公司` : `${place.city}${short}集团有限公司`;
    return { name, short, slug: `${brandLat}-${kindLat}`, industry };
  },

  tld: (rng) => (rng.chance(0.6) ? 'cn' : 'com.cn'),
  freeMail: () => ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'],
};
