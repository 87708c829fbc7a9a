/** English-speaking customers: US, UK, Ireland, Canada, Australia. */
import type { Rng } from '../random.ts';
import { digits, slugify, type CompanyName, type LocalePack, type Name, type Place } from './types.ts';

const MALE = ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Steven', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'Ryan', 'Jack', 'Oliver', 'Liam', 'Noah', 'Ethan', 'Lucas', 'Henry', 'Samuel', 'Benjamin', 'Patrick', 'Sean', 'Connor', 'Nathan', 'Aaron'];
const FEMALE = ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Emily', 'Emma', 'Olivia', 'Sophie', 'Charlotte', 'Amelia', 'Grace', 'Chloe', 'Hannah', 'Megan', 'Laura', 'Rachel', 'Rebecca', 'Zoe', 'Isabella', 'Lucy', 'Claire', 'Natalie', 'Aoife', 'Siobhan', 'Madison', 'Abigail'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Murphy', 'Cook', 'Morgan', 'Bell', 'Murray', "O'Brien", 'Kelly', 'Walsh', 'Byrne', 'MacDonald', 'Fraser', 'Hughes', 'Wood', 'Patel', 'Nguyen', 'Singh', 'Reid', 'Bennett', 'Foster', 'Hayes', 'Sullivan', 'Russell', 'Brooks', 'Price'];

const US = (city: string, state: string, postal: string, area: string[], weight: number): Place => ({ country: 'US', city, cityLatin: city, utcOffset: -5, weight, region: state, postal, areaCodes: area });

const PLACES: Place[] = [
  US('New York', 'NY', '100', ['212', '646', '917'], 9),
  US('Los Angeles', 'CA', '900', ['213', '310', '323'], 7),
  US('Chicago', 'IL', '606', ['312', '773'], 6),
  US('Houston', 'TX', '770', ['713', '832'], 4),
  US('Phoenix', 'AZ', '850', ['602', '480'], 3),
  US('Seattle', 'WA', '981', ['206'], 4),
  US('Boston', 'MA', '021', ['617', '857'], 4),
  US('Denver', 'CO', '802', ['303', '720'], 3),
  US('Austin', 'TX', '787', ['512', '737'], 3),
  US('Atlanta', 'GA', '303', ['404', '678'], 3),
  US('San Francisco', 'CA', '941', ['415', '628'], 5),
  US('Portland', 'OR', '972', ['503', '971'], 2),
  US('Miami', 'FL', '331', ['305', '786'], 3),
  US('Minneapolis', 'MN', '554', ['612'], 2),
  { country: 'GB', city: 'London', cityLatin: 'London', utcOffset: 0, weight: 12, postal: 'EC1A|SW1A|N1|E14|W1D|SE1', areaCodes: ['20'] },
  { country: 'GB', city: 'Manchester', cityLatin: 'Manchester', utcOffset: 0, weight: 3, postal: 'M1|M2|M4', areaCodes: ['161'] },
  { country: 'GB', city: 'Birmingham', cityLatin: 'Birmingham', utcOffset: 0, weight: 3, postal: 'B1|B2|B5', areaCodes: ['121'] },
  { country: 'GB', city: 'Leeds', cityLatin: 'Leeds', utcOffset: 0, weight: 2, postal: 'LS1|LS2', areaCodes: ['113'] },
  { country: 'GB', city: 'Glasgow', cityLatin: 'Glasgow', utcOffset: 0, weight: 2, postal: 'G1|G2', areaCodes: ['141'] },
  { country: 'GB', city: 'Bristol', cityLatin: 'Bristol', utcOffset: 0, weight: 2, postal: 'BS1|BS8', areaCodes: ['117'] },
  { country: 'GB', city: 'Edinburgh', cityLatin: 'Edinburgh', utcOffset: 0, weight: 2, postal: 'EH1|EH2', areaCodes: ['131'] },
  { country: 'IE', city: 'Dublin', cityLatin: 'Dublin', utcOffset: 0, weight: 8, region: 'Dublin 2', postal: 'D02|D04|D08', areaCodes: ['1'] },
  { country: 'IE', city: 'Cork', cityLatin: 'Cork', utcOffset: 0, weight: 3, postal: 'T12|T23', areaCodes: ['21'] },
  { country: 'IE', city: 'Galway', cityLatin: 'Galway', utcOffset: 0, weight: 2, postal: 'H91', areaCodes: ['91'] },
  { country: 'IE', city: 'Limerick', cityLatin: 'Limerick', utcOffset: 0, weight: 1, postal: 'V94', areaCodes: ['61'] },
  { country: 'CA', city: 'Toronto', cityLatin: 'Toronto', utcOffset: -5, weight: 6, region: 'ON', postal: 'M5V|M4W|M5H', areaCodes: ['416', '647'] },
  { country: 'CA', city: 'Vancouver', cityLatin: 'Vancouver', utcOffset: -8, weight: 3, region: 'BC', postal: 'V6B|V6E', areaCodes: ['604', '778'] },
  { country: 'CA', city: 'Montreal', cityLatin: 'Montreal', utcOffset: -5, weight: 2, region: 'QC', postal: 'H2X|H3B', areaCodes: ['514'] },
  { country: 'CA', city: 'Calgary', cityLatin: 'Calgary', utcOffset: -7, weight: 2, region: 'AB', postal: 'T2P|T2R', areaCodes: ['403'] },
  { country: 'CA', city: 'Ottawa', cityLatin: 'Ottawa', utcOffset: -5, weight: 1, region: 'ON', postal: 'K1P|K2P', areaCodes: ['613'] },
  { country: 'AU', city: 'Sydney', cityLatin: 'Sydney', utcOffset: 10, weight: 6, region: 'NSW', postal: '20', areaCodes: ['2'] },
  { country: 'AU', city: 'Melbourne', cityLatin: 'Melbourne', utcOffset: 10, weight: 5, region: 'VIC', postal: '30', areaCodes: ['3'] },
  { country: 'AU', city: 'Brisbane', cityLatin: 'Brisbane', utcOffset: 10, weight: 3, region: 'QLD', postal: '40', areaCodes: ['7'] },
  { country: 'AU', city: 'Perth', cityLatin: 'Perth', utcOffset: 8, weight: 2, region: 'WA', postal: '60', areaCodes: ['8'] },
  { country: 'AU', city: 'Adelaide', cityLatin: 'Adelaide', utcOffset: 9, weight: 1, region: 'SA', postal: '50', areaCodes: ['8'] },
];

const STREETS_NA = ['Main Street', 'Oak Avenue', 'Maple Drive', 'Park Avenue', 'Elm Street', 'Cedar Lane', 'Pine Street', 'Washington Avenue', 'Lake Shore Drive', 'Market Street', 'Broadway', 'Sunset Boulevard', 'Highland Avenue', 'River Road', 'Jefferson Street', 'Lincoln Avenue', 'Spruce Street', 'Willow Way', 'Bay Street', 'King Street West', 'George Street', 'Collins Street', 'Queen Street', 'Franklin Street'];
const STREETS_UK = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'King Street', 'Queen Street', 'The Green', 'Park Road', 'London Road', 'Baggot Street', 'Harcourt Street', 'Grafton Street', 'Albert Road', 'Castle Street', 'Bridge Street', 'New Road', 'Manor Road', 'Kingsway', 'Canal Street'];

const COMPANY_PREFIX = ['Northwind', 'Bluewater', 'Summit', 'Pinecrest', 'Redwood', 'Ironbridge', 'Silverline', 'Brightpath', 'Harbor', 'Oakridge', 'Granite', 'Evergreen', 'Crestview', 'Maple', 'Lakeside', 'Westfield', 'Riverstone', 'Keystone', 'Sterling', 'Horizon', 'Atlas', 'Beacon', 'Cobalt', 'Falcon', 'Juniper', 'Meridian', 'Orchard', 'Pioneer', 'Quarry', 'Sapphire', 'Tidewater', 'Vantage', 'Wildflower', 'Copperleaf', 'Highgate', 'Stonegate', 'Clearwater', 'Bramble', 'Foxglove', 'Kingfisher', 'Lighthouse', 'Northstar', 'Ashford', 'Blackstone', 'Greenway', 'Elmwood', 'Skyline', 'Trailhead'];
const COMPANY_NOUN: readonly (readonly [string, string])[] = [
  ['Logistics', 'Transportation & Logistics'], ['Analytics', 'Software'], ['Foods', 'Food & Beverage'], ['Manufacturing', 'Manufacturing'],
  ['Health', 'Healthcare'], ['Software', 'Software'], ['Consulting', 'Professional Services'], ['Supplies', 'Wholesale'],
  ['Energy', 'Energy'], ['Retail', 'Retail'], ['Media', 'Media'], ['Labs', 'Biotech'], ['Systems', 'IT Services'],
  ['Partners', 'Financial Services'], ['Builders', 'Construction'], ['Dental', 'Healthcare'], ['Legal', 'Legal'],
  ['Realty', 'Real Estate'], ['Design', 'Design'], ['Motors', 'Automotive'], ['Outfitters', 'Retail'], ['Academy', 'Education'],
  ['Capital', 'Financial Services'], ['Networks', 'Telecommunications'], ['Pharma', 'Pharmaceuticals'], ['Electronics', 'Electronics'],
];
const LEGAL: Readonly<Record<string, readonly string[]>> = {
  US: ['Inc.', 'LLC', 'Corp.', 'Co.'],
  CA: ['Inc.', 'Ltd.', 'Corp.'],
  GB: ['Ltd', 'Ltd', 'PLC'],
  IE: ['Ltd', 'Ltd', 'DAC'],
  AU: ['Pty Ltd'],
};
const TLD: Readonly<Record<string, string>> = { US: 'com', CA: 'ca', GB: 'co.uk', IE: 'ie', AU: 'com.au' };

const TITLES = ['CEO', 'Founder', 'Office Manager', 'Procurement Manager', 'IT Director', 'Head of Operations', 'CFO', 'Purchasing Specialist', 'Facilities Manager', 'Sales Director', 'Marketing Manager', 'Accountant', 'Operations Coordinator', 'IT Administrator', 'COO', 'Finance Manager'];

const latin = (s: string): Name => [s, s.toLowerCase().replace(/[^a-z]/g, '')];
const MALE_N = MALE.map(latin);
const FEMALE_N = FEMALE.map(latin);
const LAST_N = LAST.map(latin);

function postcode(rng: Rng, place: Place): string {
  const prefixes = place.postal.split('|');
  const p = prefixes[rng.int(prefixes.length)];
  const L = 'ABDEFGHJLNPQRSTUWXYZ';
  switch (place.country) {
    case 'US':
      return p + digits(rng, 2);
    case 'CA':
      return `${p} ${rng.int(10)}${L[rng.int(L.length)]}${rng.int(10)}`;
    case 'GB':
      return `${p} ${rng.int(10)}${L[rng.int(L.length)]}${L[rng.int(L.length)]}`;
    case 'IE':
      return `${p} ${L[rng.int(L.length)]}${digits(rng, 1)}${L[rng.int(L.length)]}${digits(rng, 1)}`;
    default:
      return p + digits(rng, 2);
  }
}

export const en: LocalePack = {
  locale: 'en',
  places: PLACES,
  titles: TITLES,

  personName(rng, gender) {
    const [first, firstLatin] = rng.pick(gender === 'm' ? MALE_N : FEMALE_N);
    const [last, lastLatin] = rng.pick(LAST_N);
    return { first, last, firstLatin, lastLatin };
  },

  fullName: (n) => `${n.first} ${n.last}`,

  address(rng, place, kind) {
    const uk = place.country === 'GB' || place.country === 'IE';
    const street = rng.pick(uk ? STREETS_UK : STREETS_NA);
    const num = uk ? rng.range(1, 180) : rng.range(10, 9800);
    const unit = kind === 'office' && rng.chance(0.6) ? (uk ? `Unit ${rng.range(1, 30)}, ` : '') : '';
    const suite = kind === 'office' && !uk && rng.chance(0.6) ? `, Suite ${rng.range(1, 30) * 10 + rng.int(10)}` : '';
    const apt = kind === 'home' && !uk && rng.chance(0.3) ? `, Apt ${rng.range(1, 40)}${rng.pick(['A', 'B', 'C', ''])}` : '';
    const line = `${unit}${num} ${street}${suite}${apt}`;
    const pc = postcode(rng, place);
    switch (place.country) {
      case 'US':
      case 'CA':
        return `${line}, ${place.city}, ${place.region} ${pc}`;
      case 'AU':
        return `${line}, ${place.city} ${place.region} ${pc}`;
      case 'IE':
        return `${line}, ${place.city}, ${pc}`;
      default:
        return `${line}, ${place.city} ${pc}`;
    }
  },

  phone(rng, place, mobile) {
    const area = rng.pick(place.areaCodes);
    switch (place.country) {
      case 'US':
      case 'CA':
        return `+1 (${area}) ${rng.range(201, 989)}-${digits(rng, 4)}`;
      case 'GB':
        if (mobile) return `+44 7${digits(rng, 3)} ${digits(rng, 6)}`;
        return area.length === 2 ? `+44 ${area} ${rng.range(3, 8)}${digits(rng, 3)} ${digits(rng, 4)}` : `+44 ${area} ${rng.range(2, 9)}${digits(rng, 2)} ${digits(rng, 4)}`;
      case 'IE':
        if (mobile) return `+353 8${rng.pick(['3', '5', '6', '7', '9'])} ${digits(rng, 3)} ${digits(rng, 4)}`;
        return `+353 ${area} ${rng.range(2, 9)}${digits(rng, 2)} ${digits(rng, 4)}`;
      default:
        if (mobile) return `+61 4${digits(rng, 2)} ${digits(rng, 3)} ${digits(rng, 3)}`;
        return `+61 ${area} ${rng.range(8, 9)}${digits(rng, 3)} ${digits(rng, 4)}`;
    }
  },

  companyName(rng, place): CompanyName {
    const legal = rng.pick(LEGAL[place.country] ?? LEGAL.US);
    const [noun, industry] = rng.pick(COMPANY_NOUN);
    let short: string;
    const form = rng.next();
    if (form < 0.72) short = `${rng.pick(COMPANY_PREFIX)} ${noun}`;
    else if (form < 0.88) short = `${rng.pick(LAST)} & ${rng.pick(LAST)} ${noun}`;
    else short = `${place.city} ${noun}`;
    return { name: `${short} ${legal}`, short, slug: slugify(short.replace(/'/g, '')), industry };
  },

  tld: (_rng, country) => TLD[country] ?? 'com',
  freeMail: (country) => (country === 'GB' ? ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'] : country === 'AU' ? ['gmail.com', 'outlook.com', 'bigpond.com'] : ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com']),
};
