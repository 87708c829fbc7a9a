/**
 * English polarity lexicon, hand-written (general review and service vocabulary), weights
 * roughly -3..+3 in the spirit of AFINN/VADER. Data-derived additions live in lexicon-derived.ts.
 */
const pos3 = 'amazing awesome excellent fantastic outstanding superb perfect wonderful brilliant exceptional phenomenal incredible flawless magnificent marvelous spectacular stellar terrific heavenly delightful love loved loves best';
const pos2 = 'good great nice happy pleased glad impressed impressive beautiful lovely enjoy enjoyed enjoying recommend recommended favorite favourite friendly helpful delicious tasty yummy fresh reliable sturdy comfortable comfy easy solid superior fast quick clean pleasant pleasure satisfied satisfying worth worthwhile attentive courteous polite fun cool neat elegant gorgeous handy useful efficient effective smooth wow thanks thank appreciate appreciated charming generous affordable reasonable bargain fabulous fine clear crisp bright works working worked exceeded exceeds exceed glowing tender juicy flavorful authentic cozy warm welcoming professional knowledgeable accommodating recommendable beat unbeatable ideal incredible premium classy smart joy excited exciting thrilled cute adorable yum fave';
const pos1 = 'ok okay decent fair adequate better improved improve like liked likes well right correct accurate compatible convenient simple cheap inexpensive kind hot interesting popular safe secure stable quiet light lightweight sleek durable nicely properly quickly easily pretty prompt promptly fixed honest real genuine value generous plenty filling hearty huge large satisfy satisfied calm relaxing relaxed success successful win winner positive';
const neg3 = 'terrible horrible awful worst disgusting hate hated hates pathetic useless garbage junk crap crappy atrocious abysmal dreadful appalling inedible nasty sucks sucked rude scam fraud ripoff disaster nightmare unacceptable insulting gross vomit sick poisoning';
const neg2 = 'bad poor disappointing disappointed disappointment broken broke waste wasted worse fail failed fails failure defective faulty annoying annoyed angry frustrating frustrated unhappy unreliable uncomfortable flimsy cheaply overpriced overcooked undercooked bland tasteless stale soggy cold dirty filthy slow mediocre lousy problem problems issue issues hassle refund return returned returning avoid wrong lacking lacked lame weak unfortunately sadly sad upset mistake error errors dead dies died crash crashes crashed freeze freezes froze dropped drops glitch glitchy noisy static buggy bugs dull boring lukewarm greasy oily salty burnt raw rubbery dry tough chewy expensive pricey incompetent unprofessional ignored ignore insult complaint complain complained regret regretted ridiculous sloppy mess messy smelled smells stinks unusable unsatisfactory inferior damaged cracked scratched leaking leaks hurt hurts painful poorly shame shameful unfriendly disrespectful careless';
const neg1 = 'meh average ordinary okayish difficult hard confusing confused complicated small tiny thin loud wait waited waiting late delay delayed lost lose missing miss missed odd weird strange unclear awkward heavy bulky concern concerned doubt tired old outdated limited lacks less little barely mess negative slowly trouble worried worry warning';

function fill(target: Record<string, number>, words: string, w: number): void {
  for (const t of words.split(/\s+/)) if (t) target[t] = w;
}

export const EN_LEXICON: Record<string, number> = {};
fill(EN_LEXICON, pos1, 1);
fill(EN_LEXICON, pos2, 2);
fill(EN_LEXICON, pos3, 3);
fill(EN_LEXICON, neg1, -1);
fill(EN_LEXICON, neg2, -2);
fill(EN_LEXICON, neg3, -3);

/** Multi-word expressions, matched before single words. */
export const EN_PHRASES: Record<string, number> = {
  // Courtesy closings of support requests carry no opinion.
  'thanks in advance': 0,
  'thank you in advance': 0,
  'kind regards': 0,
  'best regards': 0,
  // Support complaints.
  'has not arrived': -2,
  "hasn't arrived": -2,
  'never arrived': -3,
  'still waiting': -2,
  'still not': -2,
  'charged twice': -3,
  'wrong item': -2,
  'arrived damaged': -3,
  'waste of money': -3,
  'waste of time': -3,
  'not worth': -2,
  'would not recommend': -3,
  'do not recommend': -3,
  "don't recommend": -3,
  'never again': -3,
  'never go back': -3,
  'not go back': -2,
  'will be back': 2,
  'will definitely be back': 3,
  'coming back': 2,
  'come back': 1,
  'highly recommend': 3,
  'works great': 3,
  'works well': 2,
  'stopped working': -3,
  'no longer works': -3,
  'does not work': -3,
  "doesn't work": -3,
  "didn't work": -3,
  'did not work': -3,
  'fell apart': -3,
  'falls apart': -3,
  'hung up': -2,
  'last time': -1,
  'five stars': 3,
  '5 stars': 3,
  'one star': -3,
  'zero stars': -3,
  'at all': -1,
  'thumbs up': 2,
  'thumbs down': -2,
  'a must': 2,
  'must have': 2,
  'so so': -1,
  'not bad': 1,
  'not too bad': 1,
  'no complaints': 2,
  'no problems': 2,
  'no problem': 1,
  'no issues': 2,
  'well worth': 2,
  'went downhill': -3,
  'gone downhill': -3,
  'too long': -2,
  'too much': -1,
  'too salty': -2,
  'too expensive': -2,
  'piece of junk': -3,
  'piece of crap': -3,
  'what a joke': -3,
  'customer service': 0,
};

export const EN_NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'hardly', 'barely',
  'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'couldnt',
  'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'lack', 'lacks',
]);

export const EN_INTENSIFIERS: Record<string, number> = {
  very: 1.4, really: 1.3, extremely: 1.6, so: 1.3, super: 1.4, absolutely: 1.5, totally: 1.4, completely: 1.4,
  highly: 1.5, incredibly: 1.6, truly: 1.3, most: 1.3, quite: 1.1, too: 1.2, especially: 1.2, utterly: 1.6,
  definitely: 1.3, seriously: 1.3, insanely: 1.5, exceptionally: 1.5, thoroughly: 1.3, pretty: 1.1,
  slightly: 0.6, somewhat: 0.6, barely: 0.5, little: 0.7, kinda: 0.7, fairly: 0.8, rather: 0.8,
};

/** Words after which the clause that follows carries the opinion ("ok, but the fries were cold"). */
export const EN_CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', 'except']);
