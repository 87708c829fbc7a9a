/**
 * Chinese polarity lexicon for character n-gram matching (no word segmentation): the scanner
 * takes the longest entry starting at each position, so entries that embed a negator
 * (不错, 不好吃) win over the negator rule. Hand-written; data-derived additions live in
 * lexicon-derived.ts.
 */
const pos3 = '非常好 特别好 超级好 太好了 完美 极好 一流 绝了 超赞 很赞 满分 五星 惊艳 无可挑剔 物超所值 超值 强烈推荐 好评 非常满意 很满意 点赞 优秀 出色 精致 完美无缺';
const pos2 = '好吃 好喝 美味 可口 香 鲜 嫩 新鲜 满意 喜欢 推荐 不错 很好 挺好 好 赞 棒 快 很快 及时 准时 热情 周到 贴心 细心 耐心 礼貌 客气 干净 整洁 舒适 舒服 方便 便利 安静 实惠 划算 便宜 值得 超值 精美 漂亮 温馨 宽敞 豪华 大气 丰富 量大 分量足 足量 份量足 入味 地道 正宗 口感好 味道好 服务好 环境好 性价比高 好评 感谢 谢谢 辛苦 开心 愉快 惊喜 放心 靠谱 给力 够味 下次还 还会再来 会再来 再来 回头客 老顾客 一直点 经常点 好评如潮 热乎 热乎乎 很香 酥脆 清淡 爽口 到位 实在 干净卫生';
const pos1 = '还行 还可以 可以 还好 凑合 一般般 ok 行 方便 新 大 多 够 值 快捷 准确 合理 亲切 正常';
const neg3 = '难吃 恶心 垃圾 太差 很差 极差 特别差 非常差 差劲 糟糕 最差 太慢 超慢 太难吃 再也不 再也不会 不会再 拉肚子 吃坏 变质 馊 发霉 臭 虫子 头发 苍蝇 骗子 欺骗 坑人 坑爹 黑店 投诉 差评 无语 失望 太失望 很失望 非常失望 后悔 气死 坑 恶劣 极其 退款 退钱';
const neg2 = '差 慢 很慢 太慢了 迟到 晚了 晚点 等了 等太久 超时 冷了 凉了 都凉了 凉 冷 硬 咸 太咸 油腻 太油 腥 淡 没味道 没有味道 味道差 难喝 不新鲜 不好吃 不好 不行 不满意 不值 不值得 不推荐 少 太少 量少 分量少 份量少 贵 太贵 偏贵 小 脏 乱 吵 噪音 旧 破 简陋 陈旧 异味 霉味 潮湿 态度差 态度不好 服务差 不热情 冷淡 敷衍 傲慢 粗鲁 送错 漏送 少送 洒了 撒了 漏了 错了 麻烦 问题 不干净 不卫生 卫生差 隔音差 设施旧 失误 郁闷 生气 遗憾 不舒服 上当 忽悠 一般 不怎么样 太难 难 糊了 焦了 生的 没熟 太辣 齁 坑人 不像 不如 差点 不太好 不够';
const neg1 = '稍微 有点 略 偏 凑合 不太 还不如 勉强';

function fill(target: Record<string, number>, words: string, w: number): void {
  for (const t of words.split(/\s+/)) if (t) target[t] = w;
}

export const ZH_LEXICON: Record<string, number> = {};
// Courtesy closings (提前谢谢 = thanks in advance) carry no opinion; longest match wins over 谢谢.
fill(ZH_LEXICON, '提前谢谢 提前感谢 此致敬礼', 0);
// Support complaints.
fill(ZH_LEXICON, '还没到 还没收到 没收到 一直没 坏了 扣了两次 重复扣款 发错', -2);
fill(ZH_LEXICON, pos1, 1);
fill(ZH_LEXICON, pos2, 2);
fill(ZH_LEXICON, pos3, 3);
fill(ZH_LEXICON, neg1, -0.5);
fill(ZH_LEXICON, neg2, -2);
fill(ZH_LEXICON, neg3, -3);

/** Negators; the longest one ending right before a lexicon hit (within a short gap) flips it. */
export const ZH_NEGATORS = ['没有', '并不', '从不', '绝不', '毫无', '不是', '不够', '不太', '不', '没', '别', '无', '未', '非', '莫', '勿'];

export const ZH_INTENSIFIERS: Record<string, number> = {
  非常: 1.5,特别: 1.5,十分: 1.5,超级: 1.6,极其: 1.7,相当: 1.3,太: 1.4,很: 1.2,挺: 1.1,真: 1.2,超: 1.4,好: 1.2, 巨: 1.5, 最: 1.5, 更: 1.2, 蛮: 1.1, 有点: 0.7, 稍微: 0.6, 略: 0.6, 比较: 0.9,
};

export const ZH_CONTRAST = ['但是', '但', '可是', '不过', '然而', '就是'];
