// A small inline dataset and atlas for the briefing tests (tour, exports): three declarations,
// a refusal that turns into a signature, an "on or before" batch, a disputed listing, a closed
// group and a marker-only state. Shapes follow src/lib/types.ts; facts are made up for the test
// and never shown to readers.
import type { AtlasCountry, CompiledAtlas, Country, Dataset, Declaration, EndorsementEvent, Source } from '../../src/lib/types';

const country = (iso3: string, name: string): Country => ({ iso3, iso2: iso3.slice(0, 2), numeric: '', name, aliases: [], unMember: true });

const decl = (over: Partial<Declaration> & Pick<Declaration, 'id' | 'shortName' | 'launch'>): Declaration => ({
  title: `${over.shortName} (full title)`,
  venue: 'Test Venue',
  textUrl: null,
  summary: 'Summary.',
  membership: 'open',
  eligibility: 'Any state',
  members: null,
  refusedMeans: 'A cited source reports the state declining.',
  verb: 'sign',
  headlineCounts: [],
  nonState: [],
  ...over,
});

const ev = (over: Partial<EndorsementEvent> & Pick<EndorsementEvent, 'declarationId' | 'country' | 'date'>): EndorsementEvent => ({
  status: 'signed',
  precision: 'day',
  earliest: null,
  disputed: false,
  sourceId: 'src-a',
  quoteId: null,
  note: '',
  wording: over.status && over.status !== 'signed' ? 'declined to sign' : '',
  datedBy: 'source',
  ...over,
});

const sources: Source[] = [
  { id: 'src-a', title: 'Official list', publisher: 'Org A', date: '2019-09-16', url: 'https://example.org/list', seed: null, copyOf: null },
  { id: 'src-b', title: 'News, "quoted" report', publisher: 'Paper B', date: '2018-11-12', url: null, seed: null, copyOf: null },
];

export const fixtureDataset: Dataset = {
  version: '2022-12-31+abc123',
  generatedBy: 'test/lib/briefing-fixture.ts',
  countries: [
    country('FRA', 'France'),
    country('DEU', 'Germany'),
    country('USA', 'United States'),
    country('AUS', 'Australia'),
    country('NZL', 'New Zealand'),
    country('KEN', 'Kenya'),
    country('MLT', 'Malta'),
    country('JPN', 'Japan'),
    country('CHN', 'China'),
  ],
  declarations: [
    // Listed out of launch order on purpose: the tour sorts by launch.
    decl({ id: 'dfi-2022', shortName: 'DFI', launch: '2022-04-28' }),
    decl({ id: 'paris-call-2018', shortName: 'Paris Call', launch: '2018-11-12', venue: 'Paris Peace Forum' }),
    decl({ id: 'g7-2021', shortName: 'G7 2021', launch: '2021-04-28', membership: 'closed', members: ['FRA', 'DEU', 'USA', 'JPN'] }),
  ],
  events: [
    ev({ declarationId: 'paris-call-2018', country: 'FRA', date: '2018-11-12', quoteId: 'q1' }),
    ev({ declarationId: 'paris-call-2018', country: 'DEU', date: '2018-11-12' }),
    ev({ declarationId: 'paris-call-2018', country: 'USA', date: '2018-11-12', status: 'refused', sourceId: 'src-b' }),
    ev({ declarationId: 'paris-call-2018', country: 'CHN', date: '2018-11-12', status: 'refused', sourceId: 'src-b' }),
    ev({ declarationId: 'paris-call-2018', country: 'AUS', date: '2018-11-12', status: 'refused', sourceId: 'src-b' }),
    ev({ declarationId: 'paris-call-2018', country: 'AUS', date: '2019-09-16', precision: 'on-or-before' }),
    ev({ declarationId: 'paris-call-2018', country: 'NZL', date: '2019-09-16', precision: 'on-or-before' }),
    ev({ declarationId: 'paris-call-2018', country: 'MLT', date: '2019-09-16', precision: 'on-or-before' }),
    ev({ declarationId: 'paris-call-2018', country: 'JPN', date: '2019-11-09' }),
    ev({ declarationId: 'paris-call-2018', country: 'USA', date: '2021-11-10', note: '=HYPERLINK("http://evil")' }),
    ev({ declarationId: 'g7-2021', country: 'FRA', date: '2021-04-28' }),
    ev({ declarationId: 'g7-2021', country: 'DEU', date: '2021-04-28' }),
    ev({ declarationId: 'g7-2021', country: 'USA', date: '2021-04-28' }),
    ev({ declarationId: 'g7-2021', country: 'JPN', date: '2021-04-28' }),
    ev({ declarationId: 'dfi-2022', country: 'FRA', date: '2022-04-28' }),
    ev({ declarationId: 'dfi-2022', country: 'USA', date: '2022-04-28' }),
    ev({ declarationId: 'dfi-2022', country: 'KEN', date: '2022-04-28', disputed: true, note: 'Listed, then publicly denied' }),
    ev({ declarationId: 'dfi-2022', country: 'NZL', date: '2022-11-02' }),
    ev({ declarationId: 'dfi-2022', country: 'MLT', date: '2022-11-02' }),
  ],
  sources,
  quotes: [
    { id: 'q1', text: 'We call for "trust", and\nsecurity.', speaker: 'A. Speaker', role: 'Minister', sourceId: 'src-b', declarationId: 'paris-call-2018', countries: ['FRA'], note: '' },
  ],
  context: [],
};

const box = (x: number, y: number, w: number, h: number): string => `M${x},${y}h${w}v${h}h${-w}Z`;

/** A tiny "atlas": each state a rectangle, Malta only a marker. */
export const fixtureAtlas: CompiledAtlas = {
  generatedBy: 'test/lib/briefing-fixture.ts',
  source: 'test',
  projection: 'none',
  width: 960,
  height: 500,
  sphere: 'M0,0H960V500H0Z',
  otherLand: box(900, 400, 40, 40),
  countries: [
    ...([
      ['FRA', 100, 100], ['DEU', 200, 100], ['USA', 300, 100], ['AUS', 400, 100],
      ['NZL', 500, 100], ['KEN', 600, 100], ['JPN', 700, 100], ['CHN', 800, 100],
    ] as const).map(([id, x, y]): AtlasCountry => ({
      id,
      d: box(x, y, 50, 50),
      marker: null,
      bounds: [[x, y], [x + 50, y + 50]],
      centroid: [x + 25, y + 25],
    })),
    { id: 'MLT', d: null, marker: [450, 300], bounds: [[446, 296], [454, 304]], centroid: [450, 300] },
  ],
};
