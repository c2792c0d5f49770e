// The stores' product range. Orders follow shopping missions, so categories co-occur in baskets the
// way item-to-item association should find (desk lamp → light bulbs, coffee → mugs).

export interface Product {
  sku: string;
  name: string;
  category: string;
  price: number;
}

function products(
  category: string,
  prefix: string,
  items: readonly (readonly [string, number])[],
): Product[] {
  return items.map(([name, price], i) => ({ sku: `${prefix}-${String(101 + i)}`, name, category, price }));
}

export const CATALOGUE = {
  deskLamps: products("desk lamps", "LMP", [
    ["Architect desk lamp, black", 59.95],
    ["Dimmable LED desk lamp", 44.95],
    ["Brass reading lamp", 89.0],
    ["Clamp lamp, white", 24.95],
  ]),
  lightBulbs: products("light bulbs", "BLB", [
    ["LED bulb E27 warm white 2700K", 6.95],
    ["LED bulb E14 candle, 3-pack", 12.5],
    ["Smart LED bulb E27", 19.95],
    ["Filament bulb G95", 14.95],
  ]),
  officeChairs: products("office chairs", "CHR", [
    ["Ergonomic office chair Flex", 249.0],
    ["Mesh task chair", 149.0],
    ["Kneeling chair, oak", 119.0],
  ]),
  chairMats: products("chair mats", "MAT", [
    ["Chair mat for hard floors", 34.95],
    ["Chair mat for carpet", 39.95],
  ]),
  monitorStands: products("monitor stands", "MON", [
    ["Bamboo monitor riser", 29.95],
    ["Monitor arm, single", 69.0],
  ]),
  cables: products("cables", "CBL", [
    ["Extension cord, 3 sockets", 12.95],
    ["USB-C charging cable 2 m", 14.95],
    ["HDMI cable 1.5 m", 9.95],
    ["Cable management box", 19.95],
  ]),
  notebooks: products("notebooks", "NTB", [
    ["Notebook A5 dotted", 12.5],
    ["Notebook A4 lined", 14.95],
    ["Weekly planner 2027", 17.5],
  ]),
  pens: products("pens", "PEN", [
    ["Fineliner set, 6 colours", 8.95],
    ["Fountain pen, matte black", 29.95],
  ]),
  coffee: products("coffee", "COF", [
    ["Coffee beans house blend 1 kg", 21.95],
    ["Decaf beans 500 g", 11.95],
    ["Espresso capsules, 30", 9.95],
  ]),
  mugs: products("mugs", "MUG", [
    ["Stoneware mug, set of 2", 16.95],
    ["Double-walled glass, set of 2", 19.95],
  ]),
  bedLinen: products("bed linen", "BED", [
    ["Percale duvet cover 200x220", 69.95],
    ["Washed linen duvet cover 240x220", 119.0],
    ["Fitted sheet cotton 160x200", 29.95],
  ]),
  pillows: products("pillows", "PIL", [
    ["Hotel pillow, medium", 39.95],
    ["Memory foam pillow", 54.95],
  ]),
  towels: products("towels", "TWL", [
    ["Bath towel, set of 2", 29.95],
    ["Hotel towel set, 4 pieces", 49.95],
  ]),
} as const;

export type CategoryKey = keyof typeof CATALOGUE;

export interface Mission {
  name: string;
  anchor: CategoryKey;
  /** Categories that join the anchor, each with its chance of being in the basket. */
  companions: readonly (readonly [CategoryKey, number])[];
}

export const DESK_LIGHTING: Mission = {
  name: "desk lighting",
  anchor: "deskLamps",
  companions: [
    ["lightBulbs", 0.7],
    ["cables", 0.25],
  ],
};

export const MISSIONS: readonly (readonly [Mission, number])[] = [
  [DESK_LIGHTING, 16],
  [{ name: "replacement bulbs", anchor: "lightBulbs", companions: [["cables", 0.15]] }, 10],
  [
    {
      name: "home office",
      anchor: "officeChairs",
      companions: [
        ["chairMats", 0.55],
        ["monitorStands", 0.35],
        ["deskLamps", 0.3],
        ["cables", 0.3],
      ],
    },
    12,
  ],
  [
    {
      name: "desk tidy",
      anchor: "cables",
      companions: [
        ["monitorStands", 0.3],
        ["notebooks", 0.2],
      ],
    },
    8,
  ],
  [
    {
      name: "stationery",
      anchor: "notebooks",
      companions: [
        ["pens", 0.6],
        ["notebooks", 0.2],
      ],
    },
    14,
  ],
  [
    {
      name: "coffee corner",
      anchor: "coffee",
      companions: [
        ["mugs", 0.45],
        ["coffee", 0.25],
      ],
    },
    16,
  ],
  [
    {
      name: "hotel bed at home",
      anchor: "bedLinen",
      companions: [
        ["pillows", 0.55],
        ["towels", 0.4],
      ],
    },
    14,
  ],
  [{ name: "bathroom", anchor: "towels", companions: [["bedLinen", 0.15]] }, 6],
];
