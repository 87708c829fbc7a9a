/**
 * The product catalog of the demo vendor (office equipment and supplies) and the
 * buying structure behind it: items bought together (a printer and its toner),
 * consumables owners come back for, and shopper personas with category tastes.
 * This structure is what association rules and recommendations should rediscover.
 */
import type { Product } from '../domain/entities/index.ts';
import { base, type DemoContext } from './context.ts';
import { DAY, HOUR } from './time.ts';

export const CATEGORIES = [
  'Printers', 'Toner & Ink', 'Paper & Office Supplies', 'Laptops', 'Laptop Accessories', 'Monitors', 'Peripherals',
  'Cables & Adapters', 'Networking', 'Storage', 'Furniture', 'Coffee & Pantry', 'Software', 'Phones & Audio',
  'Cleaning', 'Power', 'Presentation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Gross margin share of list price per category (office-supply trade norms: hardware thin, consumables and services fat). */
const GROSS_MARGIN: Record<Category, number> = {
  Printers: 0.18, 'Toner & Ink': 0.42, 'Paper & Office Supplies': 0.35, Laptops: 0.12, 'Laptop Accessories': 0.45, Monitors: 0.15,
  Peripherals: 0.38, 'Cables & Adapters': 0.55, Networking: 0.25, Storage: 0.2, Furniture: 0.33, 'Coffee & Pantry': 0.3, Software: 0.6,
  'Phones & Audio': 0.22, Cleaning: 0.4, Power: 0.3, Presentation: 0.28,
};

export interface CatalogItem {
  sku: string;
  name: string;
  category: Category;
  /** List price in US cents. */
  priceUsd: number;
  /** Durable goods are bought once per need; consumables are bought in quantity and again. */
  durable: boolean;
  /** Items put in the same basket with probability p when this one is bought. */
  complements: { item: number; p: number }[];
  /** Consumables an owner of this item keeps re-ordering. */
  refills: number[];
  /** Fraction of the three years from which it is sold (new models launch mid-way). */
  from: number;
  /** Fraction of the three years after which it is no longer sold (discontinued models). */
  until: number;
  /** Relative popularity inside its category. */
  popularity: number;
  description?: string;
}

class Builder {
  readonly items: CatalogItem[] = [];
  private readonly bySku = new Map<string, number>();

  add(sku: string, name: string, category: Category, price: number, o: Partial<Pick<CatalogItem, 'durable' | 'from' | 'until' | 'popularity' | 'description'>> = {}): number {
    if (this.bySku.has(sku)) throw new Error(`duplicate sku ${sku}`);
    const i = this.items.length;
    this.items.push({ sku, name, category, priceUsd: Math.round(price * 100), durable: o.durable ?? true, complements: [], refills: [], from: o.from ?? 0, until: o.until ?? 1, popularity: o.popularity ?? 1, description: o.description });
    this.bySku.set(sku, i);
    return i;
  }

  with(a: number, b: number, p: number): void {
    this.items[a].complements.push({ item: b, p });
  }

  refill(a: number, b: number): void {
    this.items[a].refills.push(b);
  }
}


function build(): CatalogItem[] {
  const b = new Builder();
  const C = (sku: string, name: string, cat: Category, price: number, pop = 1) => b.add(sku, name, cat, price, { durable: false, popularity: pop });

  // Office supplies first: other families link to paper and cables.
  const a4Box = C('PAP-A4-5R', 'Copy paper A4 80 g/m², box of 5 reams', 'Paper & Office Supplies', 27.9, 5);
  C('PAP-A4-1R', 'Copy paper A4 80 g/m², 500 sheets', 'Paper & Office Supplies', 6.49, 4);
  C('PAP-LT-10R', 'Copy paper Letter 20 lb, case of 10 reams', 'Paper & Office Supplies', 52.0, 3);
  C('PAP-PHOTO', 'Glossy photo paper A4, 50 sheets', 'Paper & Office Supplies', 14.5, 0.6);
  C('OFF-STICKY-Y', 'Sticky notes 76×76 mm, yellow, 12 pads', 'Paper & Office Supplies', 8.9, 3);
  C('OFF-STICKY-NEON', 'Sticky notes neon assorted, 12 pads', 'Paper & Office Supplies', 10.5, 1.5);
  C('OFF-PEN-BLUE', 'Ballpoint pens, blue, box of 50', 'Paper & Office Supplies', 12.0, 3);
  C('OFF-GELPEN', 'Gel pens, assorted colours, 12 pack', 'Paper & Office Supplies', 9.5, 1.5);
  C('OFF-HILITE', 'Highlighters, 6 colours', 'Paper & Office Supplies', 5.9, 2);
  C('OFF-NOTEBOOK', 'Notebook A5 ruled, hardcover, 5 pack', 'Paper & Office Supplies', 17.5, 2);
  C('OFF-FILE-LA', 'Lever arch files, 10 pack', 'Paper & Office Supplies', 24.0, 1.5);
  const staples = C('OFF-STAPLES', 'Staples 24/6, box of 5000', 'Paper & Office Supplies', 3.2, 1.5);
  const stapler = b.add('OFF-STAPLER', 'Desk stapler, 30 sheets', 'Paper & Office Supplies', 11.9, { popularity: 1 });
  C('OFF-ENV-DL', 'Envelopes DL self-seal, 500', 'Paper & Office Supplies', 21.0, 1);
  C('OFF-ENV-C4', 'Envelopes C4 with window, 250', 'Paper & Office Supplies', 29.0, 0.8);
  C('OFF-CLIPS', 'Binder clips, mixed sizes, 60 pack', 'Paper & Office Supplies', 6.5, 1);
  const wbMarker = C('OFF-WB-MARK', 'Whiteboard markers, 8 colours', 'Paper & Office Supplies', 9.9, 1.2);
  const whiteboard = b.add('OFF-WB-9060', 'Magnetic whiteboard 90×60 cm', 'Paper & Office Supplies', 69.0, { popularity: 0.6 });
  const labelTape = C('OFF-LBL-TAPE', 'Label tape 12 mm, black on white', 'Paper & Office Supplies', 16.9, 1);
  const labeller = b.add('OFF-LBL-PRN', 'Kestrel LabelMate 210 label printer', 'Paper & Office Supplies', 49.0, { popularity: 0.6 });
  C('PAP-A3-1R', 'Copy paper A3 80 g/m², 500 sheets', 'Paper & Office Supplies', 12.9, 0.8);
  C('PAP-LT-1R', 'Copy paper Letter 20 lb, 500 sheets', 'Paper & Office Supplies', 7.49, 2);
  C('OFF-DIVIDERS', 'Index dividers A4, 1-12, 10 sets', 'Paper & Office Supplies', 15.9, 0.8);
  C('OFF-SCISSORS', 'Office scissors 21 cm', 'Paper & Office Supplies', 4.9, 0.8);
  C('OFF-ORGANISER', 'Mesh desk organiser', 'Paper & Office Supplies', 15.5, 0.8);
  C('OFF-CALC', 'Desktop calculator, 12 digits', 'Paper & Office Supplies', 13.9, 0.6);
  const shredder = b.add('OFF-SHRED-P4', 'Cross-cut shredder P-4, 20 l', 'Paper & Office Supplies', 149.0, { popularity: 0.5 });
  const shredBags = C('OFF-SHRED-BAG', 'Shredder bags 20 l, 50 pack', 'Paper & Office Supplies', 12.5, 0.4);
  b.with(stapler, staples, 0.6);
  b.refill(stapler, staples);
  b.with(whiteboard, wbMarker, 0.7);
  b.refill(whiteboard, wbMarker);
  b.with(labeller, labelTape, 0.85);
  b.refill(labeller, labelTape);
  b.with(shredder, shredBags, 0.6);
  b.refill(shredder, shredBags);

  // Cables: many families point at them.
  C('CBL-HDMI-1', 'HDMI 2.1 cable, 1 m', 'Cables & Adapters', 9.9, 2);
  const hdmi2 = C('CBL-HDMI-2', 'HDMI 2.1 cable, 2 m', 'Cables & Adapters', 12.9, 3);
  const hdmi5 = C('CBL-HDMI-5', 'HDMI 2.0 cable, 5 m', 'Cables & Adapters', 19.9, 1);
  const dp2 = C('CBL-DP-2', 'DisplayPort 1.4 cable, 2 m', 'Cables & Adapters', 14.9, 1.5);
  const usbcc1 = C('CBL-USBC-1', 'USB-C to USB-C cable 100 W, 1 m', 'Cables & Adapters', 11.9, 2.5);
  C('CBL-USBC-2', 'USB-C to USB-C cable 100 W, 2 m', 'Cables & Adapters', 14.9, 1.5);
  const usbcHdmi = C('ADP-USBC-HDMI', 'USB-C to HDMI adapter 4K', 'Cables & Adapters', 19.9, 2);
  C('ADP-USBC-ETH', 'USB-C to Gigabit Ethernet adapter', 'Cables & Adapters', 22.9, 1.2);
  C('ADP-USBA-C', 'USB-A to USB-C adapter, 2 pack', 'Cables & Adapters', 8.9, 1.2);
  const usbB = C('CBL-USB-AB', 'USB-A to USB-B printer cable, 2 m', 'Cables & Adapters', 6.9, 1);
  C('PWR-STRIP6', 'Power strip, 6 sockets, 1.5 m', 'Cables & Adapters', 17.9, 2);
  C('PWR-EXT5', 'Extension cord 5 m', 'Cables & Adapters', 12.9, 1);
  C('CBL-TIES', 'Reusable cable ties, 50 pack', 'Cables & Adapters', 7.5, 1);
  C('CHG-65W', 'USB-C GaN charger 65 W', 'Cables & Adapters', 39.0, 1.5);
  C('CHG-100W', 'USB-C GaN charger 100 W, 3 ports', 'Cables & Adapters', 59.0, 1);
  const cat1 = C('CBL-CAT6-1', 'Cat6 patch cable, 1 m', 'Cables & Adapters', 3.9, 2);
  const cat3 = C('CBL-CAT6-3', 'Cat6 patch cable, 3 m', 'Cables & Adapters', 5.9, 2);
  C('CBL-CAT6-10', 'Cat6 patch cable, 10 m', 'Cables & Adapters', 11.9, 1);
  C('CBL-CAT6-305', 'Cat6 installation cable, 305 m reel', 'Cables & Adapters', 139.0, 0.3);

  // Printers and their own cartridges: the strongest pairs in the data.
  const printers: [string, string, number, boolean, number, number][] = [
    ['Apex LaserPro 2100', 'AP2100', 149, false, 0, 0.55],
    ['Apex LaserPro 2200w', 'AP2200', 179, false, 0.5, 1],
    ['Apex LaserPro 3200dn', 'AP3200', 289, false, 0, 1],
    ['Apex LaserPro 4400dn', 'AP4400', 449, false, 0, 1],
    ['Novo PrintMax M20', 'NVM20', 129, false, 0, 1],
    ['Novo PrintMax M35w', 'NVM35', 199, false, 0, 1],
    ['Novo PrintMax M50dn', 'NVM50', 379, false, 0, 1],
    ['Kestrel Mono 180', 'KM180', 99, false, 0, 0.7],
    ['Apex ColorPro 500', 'AC500', 399, true, 0, 1],
    ['Apex ColorPro 650dn', 'AC650', 629, true, 0.35, 1],
    ['Novo PrintMax C40', 'NVC40', 349, true, 0, 1],
    ['Kestrel Color 220', 'KC220', 279, true, 0, 0.6],
    ['Kestrel Color 360', 'KC360', 459, true, 0.45, 1],
  ];
  for (const [name, code, price, color, from, until] of printers) {
    const p = b.add(`PRN-${code}`, `${name} ${color ? 'colour' : 'mono'} laser printer`, 'Printers', price, { from, until, popularity: 1 / (1 + price / 300) });
    const k = b.add(`TNR-${code}-K`, `${name.split(' ').slice(0, 2).join(' ')} ${code} toner, black`, 'Toner & Ink', Math.round(price * 0.35 + 30), { durable: false, popularity: 2 });
    b.with(p, k, 0.75);
    b.refill(p, k);
    if (color) {
      for (const [col, L] of [['cyan', 'C'], ['magenta', 'M'], ['yellow', 'Y']] as const) {
        const t = b.add(`TNR-${code}-${L}`, `${name.split(' ').slice(0, 2).join(' ')} ${code} toner, ${col}`, 'Toner & Ink', Math.round(price * 0.3 + 35), { durable: false, popularity: 1.2 });
        b.with(p, t, 0.45);
        b.refill(p, t);
      }
    }
    b.with(p, a4Box, 0.35);
    b.with(p, usbB, 0.2);
    b.refill(p, a4Box);
  }

  // Laptops, each with its own charger; accessories by screen size.
  const sleeves = new Map<number, number>();
  for (const [inch, price] of [[13, 24.9], [14, 26.9], [15, 29.9], [16, 32.9]] as const)
    sleeves.set(inch, C(`LAC-SLV-${inch}`, `Neoprene laptop sleeve ${inch}"`, 'Laptop Accessories', price, 1.5));
  const backpack = b.add('LAC-BPK-PRO', 'Commuter laptop backpack 16", water-resistant', 'Laptop Accessories', 79.0, { popularity: 1.2 });
  b.add('LAC-BPK-SLIM', 'Slim laptop backpack 14"', 'Laptop Accessories', 59.0, { popularity: 0.8 });
  const dockUsbc = b.add('LAC-DOCK-C', 'USB-C dock, 11-in-1, 100 W PD', 'Laptop Accessories', 129.0, { popularity: 2 });
  const dockTb = b.add('LAC-DOCK-TB4', 'Thunderbolt 4 dock, dual 4K', 'Laptop Accessories', 249.0, { popularity: 1 });
  b.add('LAC-HUB-TRAVEL', 'USB-C travel hub, 5-in-1', 'Laptop Accessories', 39.0, { popularity: 1.5 });
  const stand = b.add('LAC-STAND-ALU', 'Aluminium laptop stand', 'Laptop Accessories', 45.0, { popularity: 1.2 });
  b.add('LAC-PRIV-14', 'Privacy filter 14"', 'Laptop Accessories', 49.0, { popularity: 0.6 });
  b.add('LAC-PRIV-16', 'Privacy filter 16"', 'Laptop Accessories', 55.0, { popularity: 0.5 });
  const laptops: [string, string, number, number, number, number][] = [
    ['Vertex Air 13', 'VA13', 13, 899, 0, 1],
    ['Vertex Pro 14 G3', 'VP14G3', 14, 1299, 0, 0.5],
    ['Vertex Pro 14 G4', 'VP14G4', 14, 1349, 0.45, 1],
    ['Vertex Pro 16', 'VP16', 16, 1899, 0, 1],
    ['Lumen Book 14', 'LB14', 14, 749, 0, 1],
    ['Lumen Book 15', 'LB15', 15, 829, 0, 0.65],
    ['Lumen Book 15 (2nd gen)', 'LB15G2', 15, 869, 0.6, 1],
    ['Lumen Flex 13 2-in-1', 'LF13', 13, 999, 0, 1],
    ['Corvid Work 14', 'CW14', 14, 1099, 0, 1],
    ['Corvid Work 15', 'CW15', 15, 1149, 0, 1],
    ['Corvid Studio 16', 'CS16', 16, 2299, 0.3, 1],
    ['Corvid Go 13', 'CG13', 13, 649, 0, 1],
  ];
  const mice: number[] = [];
  const mouseSpecs: [string, string, number][] = [
    ['Glide wireless mouse', 'MSE-GLIDE', 24.9],
    ['Glide Pro ergonomic mouse', 'MSE-GLIDEPRO', 69.0],
    ['Compact travel mouse', 'MSE-TRAVEL', 19.9],
    ['Vertical ergonomic mouse', 'MSE-VERT', 44.9],
    ['Wired optical mouse', 'MSE-WIRED', 9.9],
    ['Silent click wireless mouse', 'MSE-SILENT', 29.9],
    ['Trackball mouse', 'MSE-TRACK', 59.0],
  ];
  for (const [name, sku, price] of mouseSpecs) mice.push(b.add(sku, name, 'Peripherals', price, { popularity: 30 / price }));
  const office = C('SW-OFFICE-1Y', 'Office suite, 1 user, annual subscription', 'Software', 99.0, 3);
  const antivirus = C('SW-AV-1Y', 'Endpoint antivirus, 1 device, 1 year', 'Software', 39.0, 2);
  for (const [name, code, inch, price, from, until] of laptops) {
    const l = b.add(`LPT-${code}`, `${name} laptop`, 'Laptops', price, { from, until, popularity: 1000 / price });
    const chg = b.add(`LAC-CHG-${code}`, `${name} replacement charger`, 'Laptop Accessories', Math.round(price * 0.05 + 20), { popularity: 0.5 });
    b.with(l, chg, 0.12);
    b.with(l, sleeves.get(inch)!, 0.4);
    b.with(l, inch >= 15 ? dockTb : dockUsbc, 0.3);
    b.with(l, mice[0], 0.3);
    b.with(l, office, 0.3);
    b.with(l, antivirus, 0.25);
    if (inch >= 15) b.with(l, backpack, 0.15);
    else b.with(l, stand, 0.12);
  }

  // Monitors.
  const armSingle = b.add('MON-ARM-1', 'Single monitor arm, gas spring', 'Monitors', 89.0, { popularity: 1 });
  const armDual = b.add('MON-ARM-2', 'Dual monitor arm, gas spring', 'Monitors', 149.0, { popularity: 0.8 });
  const monitors: [string, number, number][] = [
    ['ViewLine 22" FHD', 22, 129], ['ViewLine 24" FHD', 24, 159], ['ViewLine 24" QHD', 24, 219], ['ViewLine 27" QHD', 27, 279],
    ['ViewLine 27" 4K USB-C', 27, 429], ['ViewLine 32" 4K', 32, 499], ['ViewLine 34" ultrawide', 34, 599], ['ClearView 24" IPS', 24, 189],
    ['ClearView 27" IPS', 27, 249], ['ClearView 27" 4K', 27, 379], ['ClearView 32" curved', 32, 429], ['ProArt-style 27" colour-accurate', 27, 749],
  ];
  monitors.forEach(([name, inch, price], i) => {
    const m = b.add(`MON-${String(i + 1).padStart(2, '0')}-${inch}`, `${name} monitor`, 'Monitors', price, { popularity: 300 / price });
    b.with(m, name.includes('USB-C') ? usbcc1 : hdmi2, 0.5);
    b.with(m, dp2, 0.15);
    b.with(m, inch >= 32 ? armSingle : rnd(i) < 0.5 ? armDual : armSingle, 0.2);
    b.with(m, usbcHdmi, 0.1);
  });

  // Keyboards pair with a mouse of the same line; pads with mice.
  const pad = C('PER-PAD', 'Mouse pad, fabric', 'Peripherals', 7.9, 2);
  C('PER-PAD-XL', 'Desk-size mouse pad 90×40 cm', 'Peripherals', 19.9, 1);
  const keyboards: [string, string, number, number][] = [
    ['Glide wireless keyboard', 'KBD-GLIDE', 39.9, 0],
    ['Glide Pro ergonomic keyboard', 'KBD-GLIDEPRO', 99.0, 1],
    ['Compact Bluetooth keyboard', 'KBD-COMPACT', 34.9, 2],
    ['Split ergonomic keyboard', 'KBD-SPLIT', 129.0, 3],
    ['Wired keyboard, full size', 'KBD-WIRED', 19.9, 4],
    ['Mechanical keyboard, brown switches', 'KBD-MECH', 89.0, 5],
  ];
  for (const [name, sku, price, mouse] of keyboards) {
    const k = b.add(sku, name, 'Peripherals', price, { popularity: 40 / price });
    b.with(k, mice[mouse], 0.55);
  }
  for (const m of mice) b.with(m, pad, 0.2);
  b.add('KBD-COMBO', 'Wireless keyboard and mouse combo', 'Peripherals', 49.0, { popularity: 2 });
  b.add('KBD-COMBO-SLIM', 'Slim keyboard and mouse combo', 'Peripherals', 59.0, { popularity: 1 });
  const headsetUsb = b.add('AUD-HS-USB', 'USB stereo headset with boom mic', 'Phones & Audio', 39.0, { popularity: 2 });
  const webcams: number[] = [];
  for (const [name, sku, price] of [['HD webcam 1080p', 'CAM-1080', 49.0], ['4K webcam with privacy shutter', 'CAM-4K', 129.0], ['Webcam light ring', 'CAM-LIGHT', 24.9], ['Wide-angle webcam 1080p', 'CAM-WIDE', 79.0]] as const) {
    const w = b.add(sku, name, 'Peripherals', price, { popularity: 60 / price });
    webcams.push(w);
    if (sku !== 'CAM-LIGHT') b.with(w, headsetUsb, 0.25);
  }
  b.add('PER-NUMPAD', 'USB numeric keypad', 'Peripherals', 19.9, { popularity: 0.6 });
  b.add('PER-DOCCAM', 'Document camera 8 MP', 'Peripherals', 119.0, { popularity: 0.3 });
  b.add('PER-PRESENTER', 'Wireless presenter with laser pointer', 'Peripherals', 29.9, { popularity: 0.6 });
  b.add('PER-PRESENTER-PRO', 'Presenter with digital highlight', 'Peripherals', 79.0, { popularity: 0.3 });

  // Networking: a router or switch comes with patch cables.
  const nets: [string, string, number, number, number][] = [
    ['NetCore AX3000 Wi-Fi 6 router', 'NET-RT-AX3000', 129, cat3, 0.55],
    ['NetCore AX5400 Wi-Fi 6 router', 'NET-RT-AX5400', 219, cat3, 0.55],
    ['NetCore BE7200 Wi-Fi 7 router', 'NET-RT-BE7200', 349, cat3, 0.5],
    ['NetCore small-business VPN router', 'NET-RT-VPN', 189, cat3, 0.5],
    ['NetCore LTE router', 'NET-RT-LTE', 159, cat3, 0.3],
    ['NetCore 8-port gigabit switch', 'NET-SW-8', 29, cat1, 0.6],
    ['NetCore 16-port gigabit switch', 'NET-SW-16', 79, cat1, 0.6],
    ['NetCore 24-port managed switch', 'NET-SW-24M', 249, cat1, 0.65],
    ['NetCore 48-port managed switch', 'NET-SW-48M', 549, cat1, 0.65],
    ['NetCore 8-port PoE+ switch', 'NET-SW-8POE', 139, cat3, 0.6],
    ['NetCore 24-port PoE+ switch', 'NET-SW-24POE', 399, cat3, 0.6],
    ['NetCore Wi-Fi 6 ceiling access point', 'NET-AP-6', 149, cat3, 0.45],
    ['NetCore Wi-Fi 6E access point', 'NET-AP-6E', 229, cat3, 0.45],
    ['NetCore outdoor access point', 'NET-AP-OUT', 199, cat3, 0.4],
    ['NetCore Wi-Fi 6 access point (wall plate)', 'NET-AP-WALL', 119, cat3, 0.4],
    ['NetCore mesh Wi-Fi kit, 3 units', 'NET-MESH-3', 299, cat3, 0.3],
    ['NetCore mesh Wi-Fi kit, 2 units', 'NET-MESH-2', 199, cat3, 0.3],
    ['NetCore firewall appliance 1G', 'NET-FW-1G', 449, cat1, 0.5],
    ['NetCore firewall appliance 10G', 'NET-FW-10G', 1290, cat1, 0.5],
  ];
  let poeSwitch = -1;
  for (const [name, sku, price, cable, p] of nets) {
    const n = b.add(sku, name, 'Networking', price, { popularity: 150 / price });
    b.with(n, cable, p);
    if (sku === 'NET-SW-8POE') poeSwitch = n;
    if (sku.startsWith('NET-AP') && poeSwitch >= 0) b.with(n, poeSwitch, 0.3);
    if (sku.startsWith('NET-SW-24') || sku.startsWith('NET-SW-48')) b.with(n, cat3, 0.4);
  }

  // Storage: a NAS is useless without drives.
  const backup = C('SW-BACKUP-1TB', 'Cloud backup 1 TB, 1 year', 'Software', 69.0, 1.5);
  const drives = [4, 8, 12].map((tb) => b.add(`HDD-NAS-${tb}TB`, `NAS hard drive ${tb} TB, 7200 rpm`, 'Storage', 89 + tb * 14, { popularity: 1, durable: false }));
  ([[2, 299], [4, 549], [8, 1099]] as const).forEach(([bays, price], i) => {
    const nas = b.add(`NAS-${bays}BAY`, `StoreBox ${bays}-bay NAS`, 'Storage', price, { popularity: 0.8 });
    b.with(nas, drives[Math.min(i, 2)], 0.85);
    b.with(nas, drives[Math.min(i + 1, 2)], 0.2);
    b.with(nas, backup, 0.2);
    b.with(nas, cat1, 0.25);
    b.refill(nas, drives[Math.min(i, 2)]);
  });
  for (const [tb, price] of [[0.5, 59], [1, 89], [2, 149]] as const) C(`SSD-PORT-${tb * 1000}`, `Portable SSD ${tb >= 1 ? tb + ' TB' : '500 GB'}, USB-C`, 'Storage', price, 2);
  for (const [gb, price] of [[500, 49], [1000, 79], [2000, 139], [4000, 279]] as const) C(`SSD-NVME-${gb}`, `NVMe SSD ${gb >= 1000 ? gb / 1000 + ' TB' : gb + ' GB'}, M.2`, 'Storage', price, 1.2);
  for (const [gb, price] of [[32, 7.9], [64, 11.9], [128, 18.9]] as const) C(`USB-FL-${gb}`, `USB flash drive ${gb} GB`, 'Storage', price, 2);
  for (const [gb, price] of [[64, 12.9], [128, 21.9]] as const) C(`SD-${gb}`, `microSD card ${gb} GB with adapter`, 'Storage', price, 1);
  for (const [tb, price] of [[2, 79], [4, 119]] as const) C(`HDD-EXT-${tb}TB`, `External hard drive ${tb} TB`, 'Storage', price, 1);

  // Furniture: a desk brings a chair along.
  const chairs: number[] = [];
  for (const [name, sku, price] of [['ErgoSeat task chair', 'CHR-TASK', 189], ['ErgoSeat Pro mesh chair', 'CHR-MESH', 349], ['ErgoSeat executive chair', 'CHR-EXEC', 499], ['Meeting chair, stackable', 'CHR-STACK', 69], ['Kneeling chair', 'CHR-KNEEL', 129], ['Drafting stool', 'CHR-STOOL', 149]] as const)
    chairs.push(b.add(sku, name, 'Furniture', price, { popularity: 150 / price }));
  const lamp = b.add('FRN-LAMP-LED', 'LED desk lamp, dimmable', 'Furniture', 49.0, { popularity: 2 });
  b.add('FRN-LAMP-ARCH', 'Architect desk lamp', 'Furniture', 69.0, { popularity: 1 });
  const deskMat = b.add('FRN-MAT', 'Felt desk mat 80×30 cm', 'Furniture', 24.0, { popularity: 1.5 });
  const footrest = b.add('FRN-FOOT', 'Adjustable footrest', 'Furniture', 35.0, { popularity: 1 });
  b.add('FRN-RISER', 'Monitor riser shelf', 'Furniture', 39.0, { popularity: 1 });
  b.add('FRN-CAB-3', 'Mobile pedestal, 3 drawers', 'Furniture', 179.0, { popularity: 0.8 });
  b.add('FRN-CAB-4', 'Filing cabinet, 4 drawers', 'Furniture', 299.0, { popularity: 0.5 });
  b.add('FRN-TABLE-8', 'Meeting table for 8', 'Furniture', 899.0, { popularity: 0.3 });
  const desks: [string, string, number, number][] = [
    ['Standing desk 120×70, electric', 'DSK-STAND-120', 449, 1], ['Standing desk 140×70, electric', 'DSK-STAND-140', 529, 1],
    ['Standing desk 160×80, dual motor', 'DSK-STAND-160', 699, 1], ['Office desk 120×70', 'DSK-CLASSIC-120', 219, 0],
    ['Office desk 140×80', 'DSK-CLASSIC-140', 259, 0], ['Corner desk 160×120', 'DSK-CORNER', 389, 2],
  ];
  for (const [name, sku, price, chair] of desks) {
    const d = b.add(sku, name, 'Furniture', price, { popularity: 300 / price });
    b.with(d, chairs[chair], 0.5);
    b.with(d, lamp, 0.3);
    b.with(d, deskMat, 0.25);
  }
  b.with(chairs[0], footrest, 0.1);

  // Coffee: each machine type has its own consumable.
  const beans = [
    C('COF-BEAN-HOUSE', 'House blend coffee beans, 1 kg', 'Coffee & Pantry', 18.9, 4),
    C('COF-BEAN-ESP', 'Espresso roast coffee beans, 1 kg', 'Coffee & Pantry', 22.9, 3),
    C('COF-BEAN-DECAF', 'Decaf coffee beans, 1 kg', 'Coffee & Pantry', 21.9, 0.8),
    C('COF-BEAN-ORG', 'Organic single-origin beans, 1 kg', 'Coffee & Pantry', 29.9, 1),
  ];
  const capsules = [C('COF-CAP-INT', 'Coffee capsules, intenso, 100 pack', 'Coffee & Pantry', 32.0, 3), C('COF-CAP-LUNGO', 'Coffee capsules, lungo, 100 pack', 'Coffee & Pantry', 32.0, 2)];
  const filters = C('COF-FILTER', 'Paper coffee filters #4, 500 pack', 'Coffee & Pantry', 8.5, 1.5);
  const ground = C('COF-GROUND', 'Ground filter coffee, 1 kg', 'Coffee & Pantry', 14.9, 2);
  const descaler = C('COF-DESCALE', 'Descaler for coffee machines, 2 × 500 ml', 'Coffee & Pantry', 15.9, 1);
  const cups = C('COF-CUPS', 'Paper cups 250 ml, 1000 pack', 'Coffee & Pantry', 39.0, 2);
  C('PAN-TEA', 'Tea selection box, 120 bags', 'Coffee & Pantry', 19.9, 2);
  C('PAN-SUGAR', 'Sugar sticks, 1000 pack', 'Coffee & Pantry', 13.9, 1.5);
  C('PAN-MILK', 'UHT milk portions, 240 pack', 'Coffee & Pantry', 21.0, 1.5);
  C('PAN-COCOA', 'Hot chocolate sachets, 100 pack', 'Coffee & Pantry', 24.0, 1);
  C('PAN-OATMILK', 'Oat drink barista, 12 × 1 l', 'Coffee & Pantry', 29.0, 1);
  C('PAN-WATER', 'Still water 0.5 l, 24 bottles', 'Coffee & Pantry', 9.9, 2);
  const waterFilter = C('PAN-WFILTER', 'Water dispenser filter cartridge', 'Coffee & Pantry', 34.0, 0.8);
  const dispenser = b.add('PAN-DISPENSER', 'Mains-fed water dispenser', 'Coffee & Pantry', 489.0, { popularity: 0.3 });
  b.with(dispenser, waterFilter, 0.8);
  b.refill(dispenser, waterFilter);
  const machines: [string, string, number, number[]][] = [
    ['BrewMaster bean-to-cup coffee machine', 'COF-M-B2C', 899, [beans[0], beans[1]]],
    ['BrewMaster office espresso machine', 'COF-M-ESP', 1290, [beans[1]]],
    ['BrewMaster capsule coffee machine', 'COF-M-CAP', 149, capsules],
    ['BrewMaster drip coffee maker 1.8 l', 'COF-M-DRIP', 119, [filters, ground]],
  ];
  for (const [name, sku, price, cons] of machines) {
    const m = b.add(sku, name, 'Coffee & Pantry', price, { popularity: 0.4 });
    for (const x of cons) {
      b.with(m, x, 0.75);
      b.refill(m, x);
    }
    b.with(m, descaler, 0.35);
    b.with(m, cups, 0.25);
  }

  // Software and services.
  for (const [sku, name, price, pop] of [
    ['SW-PWD-1Y', 'Password manager, team, 1 user / year', 36, 1.5], ['SW-VPN-1Y', 'Business VPN, 1 user / year', 59, 1.2],
    ['SW-PDF', 'PDF editor, perpetual licence', 129, 1], ['SW-DESIGN-1Y', 'Design suite, 1 user / year', 299, 0.6],
    ['SW-ACCT-1Y', 'Accounting software, small business / year', 249, 0.8], ['SW-VIDEO-1Y', 'Video conferencing pro, 1 host / year', 149, 1.2],
    ['SW-REMOTE-1Y', 'Remote desktop, 1 technician / year', 199, 0.6], ['SW-PM-1Y', 'Project management, 1 user / year', 96, 1],
    ['SW-OFFICE-BIZ-1Y', 'Office suite business premium, 1 user / year', 264, 1], ['SW-AV-5-1Y', 'Endpoint antivirus, 5 devices, 1 year', 149, 1],
  ] as const)
    C(sku, name, 'Software', price, pop);

  // Phones and audio.
  const headsetWireless = b.add('AUD-HS-BT', 'Wireless headset with noise cancelling', 'Phones & Audio', 129.0, { popularity: 1.5 });
  b.add('AUD-HS-MONO', 'Mono USB headset', 'Phones & Audio', 29.0, { popularity: 1.5 });
  b.add('AUD-HS-DECT', 'DECT wireless headset for desk phones', 'Phones & Audio', 219.0, { popularity: 0.6 });
  b.add('AUD-EARBUDS', 'Business earbuds with charging case', 'Phones & Audio', 149.0, { popularity: 1 });
  b.add('AUD-SPK-2', 'Desktop speakers 2.0', 'Phones & Audio', 59.0, { popularity: 0.8 });
  const voip: number[] = [];
  for (const [sku, name, price] of [['PHN-VOIP-B', 'VoIP desk phone, basic', 79], ['PHN-VOIP-C', 'VoIP desk phone, colour screen', 149], ['PHN-VOIP-EX', 'VoIP executive phone, video', 329], ['PHN-DECT-1', 'DECT cordless phone', 59], ['PHN-DECT-2', 'DECT cordless phone twin pack', 99]] as const)
    voip.push(b.add(sku, name, 'Phones & Audio', price, { popularity: 80 / price }));
  for (const v of voip.slice(0, 3)) b.with(v, headsetUsb, 0.3);
  for (const [sku, name, price] of [['AUD-CONF-S', 'Conference speakerphone, small room', 149], ['AUD-CONF-M', 'Conference speakerphone, medium room', 299], ['AUD-CONF-BAR', 'Video conference bar with camera', 899]] as const) {
    const s = b.add(sku, name, 'Phones & Audio', price, { popularity: 100 / price });
    if (sku === 'AUD-CONF-BAR') b.with(s, hdmi5, 0.6);
    else b.with(s, webcams[1], 0.2);
  }
  const phoneCase = C('PHN-CASE', 'Rugged smartphone case', 'Phones & Audio', 24.9, 1.5);
  const phoneGlass = C('PHN-GLASS', 'Tempered glass screen protector, 2 pack', 'Phones & Audio', 14.9, 1.5);
  for (const [sku, name, price, from] of [['PHN-SM-A5', 'Pulse A5 smartphone 128 GB', 349, 0], ['PHN-SM-X2', 'Pulse X2 smartphone 256 GB', 799, 0], ['PHN-SM-X3', 'Pulse X3 smartphone 256 GB', 849, 0.55]] as const) {
    const s = b.add(sku, name, 'Phones & Audio', price, { popularity: 200 / price, from, until: sku === 'PHN-SM-X2' ? 0.65 : 1 });
    b.with(s, phoneCase, 0.6);
    b.with(s, phoneGlass, 0.5);
  }
  b.with(headsetWireless, usbcc1, 0.1);

  // Cleaning and facility consumables.
  for (const [sku, name, price, pop] of [
    ['CLN-WIPES', 'Screen cleaning wipes, 100 pack', 6.9, 3], ['CLN-SPRAY', 'Screen cleaning spray with cloth', 9.9, 2],
    ['CLN-AIR', 'Compressed air duster, 2 × 400 ml', 14.9, 2], ['CLN-CLOTH', 'Microfiber cloths, 24 pack', 12.9, 1.5],
    ['CLN-SANI', 'Hand sanitiser 500 ml, 6 pack', 24.9, 2], ['CLN-DISINF', 'Disinfectant surface wipes, 6 tubs', 29.9, 2],
    ['CLN-TOWEL', 'Paper towels, 24 rolls', 22.0, 2.5], ['CLN-BAGS', 'Bin bags 60 l, 200 pack', 16.5, 2],
    ['CLN-SOAP', 'Liquid hand soap 5 l refill', 18.9, 1.5], ['CLN-TISSUE', 'Facial tissues, 24 boxes', 27.0, 1.5],
  ] as const)
    C(sku, name, 'Cleaning', price, pop);

  // Power protection.
  for (const [va, price] of [[650, 89], [1000, 159], [1500, 249]] as const) {
    const ups = b.add(`UPS-${va}`, `Line-interactive UPS ${va} VA`, 'Power', price, { popularity: 100 / price });
    const bat = b.add(`UPS-BAT-${va}`, `Replacement battery pack for UPS ${va} VA`, 'Power', Math.round(price * 0.35), { durable: false, popularity: 0.8 });
    b.with(ups, bat, 0.05);
    b.refill(ups, bat);
  }
  C('PWR-AA-24', 'AA alkaline batteries, 24 pack', 'Power', 14.9, 3);
  C('PWR-AAA-24', 'AAA alkaline batteries, 24 pack', 'Power', 14.9, 2);

  // Projectors wear out lamps.
  const screen = b.add('PRJ-SCREEN', 'Pull-down projection screen 200 cm', 'Presentation', 139.0, { popularity: 0.8 });
  for (const [sku, name, price] of [['PRJ-FHD', 'BeamPro Full HD office projector', 549], ['PRJ-WXGA', 'BeamPro WXGA classroom projector', 429], ['PRJ-4K', 'BeamPro 4K laser projector', 1890]] as const) {
    const p = b.add(sku, name, 'Presentation', price, { popularity: 200 / price });
    b.with(p, screen, 0.3);
    b.with(p, hdmi5, 0.5);
    if (sku !== 'PRJ-4K') {
      const lampP = b.add(`${sku}-LAMP`, `Replacement lamp for ${name}`, 'Presentation', Math.round(price * 0.25), { durable: false, popularity: 0.6 });
      b.refill(p, lampP);
    }
  }

  return b.items;
}

/** A fixed pseudo-random number per index: the catalog must not depend on the seed. */
function rnd(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

export const CATALOG: readonly CatalogItem[] = build();

/** How often a shopper starts a basket in each category, before persona tastes. */
export const CATEGORY_WEIGHT: Readonly<Record<Category, number>> = {
  Printers: 3,
  'Toner & Ink': 5,
  'Paper & Office Supplies': 16,
  Laptops: 5,
  'Laptop Accessories': 5,
  Monitors: 5,
  Peripherals: 9,
  'Cables & Adapters': 9,
  Networking: 4,
  Storage: 6,
  Furniture: 4,
  'Coffee & Pantry': 8,
  Software: 5,
  'Phones & Audio': 5,
  Cleaning: 6,
  Power: 2,
  Presentation: 1.5,
};

/** Shopper personas: multipliers over CATEGORY_WEIGHT, so recommendations have tastes to learn. */
export const PERSONAS: readonly { name: string; b2b: boolean; boost: Partial<Record<Category, number>> }[] = [
  { name: 'office manager', b2b: true, boost: { 'Paper & Office Supplies': 3, 'Toner & Ink': 3, Printers: 2, 'Coffee & Pantry': 3, Cleaning: 3, Furniture: 2 } },
  { name: 'it admin', b2b: true, boost: { Networking: 5, Storage: 3, Laptops: 3, Monitors: 2.5, Software: 3, 'Cables & Adapters': 2.5, Power: 4 } },
  { name: 'workplace', b2b: true, boost: { Furniture: 5, Monitors: 2.5, Peripherals: 2, 'Phones & Audio': 3, Presentation: 4 } },
  { name: 'home office', b2b: false, boost: { Laptops: 3, 'Laptop Accessories': 3, Peripherals: 3, Furniture: 2, 'Phones & Audio': 2, Printers: 1.5 } },
  { name: 'gadget fan', b2b: false, boost: { 'Phones & Audio': 4, Storage: 3, Laptops: 2, 'Cables & Adapters': 3, Peripherals: 2 } },
];


/** Product records for the catalog: launched items appear when they launch, discontinued ones are inactive. */
export function makeProducts(ctx: DemoContext): Product[] {
  const id = ctx.ids('products');
  const t = ctx.time;
  const at = (f: number) => t.startMs + Math.floor(f * (t.days - 1)) * DAY + 9 * HOUR;
  return CATALOG.map((it) => {
    const created = at(it.from);
    const p: Product = {
      ...base(id(created), created, it.until < 1 ? at(it.until) : created),
      sku: it.sku,
      name: it.name,
      category: it.category,
      price: it.priceUsd,
      cost: Math.round(it.priceUsd * (1 - GROSS_MARGIN[it.category])),
      currency: 'USD',
      active: it.until >= 1,
    };
    if (it.description) p.description = it.description;
    return p;
  });
}
