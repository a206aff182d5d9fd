import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AGE_GROUPS,
  NATIONS,
  UnknownOptionError,
  hrefFor,
  servicesFor,
  shortRoutes,
  type AgeGroup,
  type Nation,
  type RouteTier,
} from '../../src/core/index.js';

const ids = (tiers: RouteTier[]) => tiers.flatMap((t) => t.routes.map((r) => r.service.id));
const actions = (tiers: RouteTier[]) => tiers.flatMap((t) => t.routes.flatMap((r) => r.channels.map((c) => c.action ?? '')));
const hrefs = (tiers: RouteTier[]) => tiers.flatMap((t) => t.routes.flatMap((r) => r.channels.map(hrefFor)));

/** What each nation adds beyond the UK-wide routes. */
const NATION_ROUTES: Record<Nation, { includes: string[]; excludes: string[]; urgentAction: RegExp }> = {
  wales: { includes: ['nhs-111-wales', 'call-wales', 'samaritans-welsh-language-line'], excludes: ['nhs-111-england', 'breathing-space', 'lifeline'], urgentAction: /^Call 111 and press 2$/ },
  england: { includes: ['nhs-111-england'], excludes: ['nhs-111-wales', 'meic', 'call-wales', 'breathing-space', 'lifeline'], urgentAction: /^Call 111 and select the mental health option$/ },
  scotland: { includes: ['nhs-24-scotland'], excludes: ['nhs-111-wales', 'nhs-111-england', 'lifeline', 'meic'], urgentAction: /NHS 24/ },
  'northern-ireland': { includes: ['lifeline'], excludes: ['nhs-111-wales', 'nhs-111-england', 'nhs-24-scotland', 'breathing-space', 'meic'], urgentAction: /Lifeline/ },
};

describe('servicesFor', () => {
  for (const nation of NATIONS) {
    for (const age of [undefined, ...AGE_GROUPS] as (AgeGroup | undefined)[]) {
      describe(`${nation}, ${age ?? 'all ages'}`, () => {
        const tiers = servicesFor({ nation, age });

        it('lists tiers from most to least urgent, emergency first', () => {
          const order = tiers.map((t) => t.urgency);
          assert.equal(order[0], 'emergency');
          assert.deepEqual(order, [...order].sort((a, b) => ['emergency', 'urgent', 'talk-now', 'information'].indexOf(a) - ['emergency', 'urgent', 'talk-now', 'information'].indexOf(b)));
          assert.equal(new Set(order).size, order.length);
        });

        it('always includes 999 and Samaritans, free and open 24/7', () => {
          assert.ok(hrefs(tiers).includes('tel:999'));
          const samaritans = tiers.flatMap((t) => t.routes).find((r) => r.service.id === 'samaritans')?.channels.find((c) => c.type === 'phone');
          assert.equal(samaritans?.value, '116123');
          assert.equal(samaritans?.free, true);
          assert.equal(samaritans?.hours?.always, true);
        });

        it(`has the right urgent route for ${nation}`, () => {
          const urgent = tiers.find((t) => t.urgency === 'urgent');
          assert.ok(urgent, 'no urgent tier');
          assert.ok(urgent.routes.some((r) => r.channels.some((c) => NATION_ROUTES[nation].urgentAction.test(c.action ?? ''))));
          for (const id of NATION_ROUTES[nation].includes) {
            if (id === 'meic' && age === 'adult') continue;
            assert.ok(ids(tiers).includes(id), `${id} missing`);
          }
          for (const id of NATION_ROUTES[nation].excludes) assert.ok(!ids(tiers).includes(id), `${id} should not be shown`);
        });

        it('never says "press 2" outside Wales', () => {
          if (nation !== 'wales') assert.ok(actions(tiers).every((a) => !/press 2/i.test(a)));
        });

        it('shows the young people’s routes to young people and children only where they serve them', () => {
          const shown = ids(tiers);
          const young = age === 'young-person' || age === 'child' || age === undefined;
          assert.equal(shown.includes('childline'), young);
          assert.equal(shown.includes('meic'), nation === 'wales' && young);
          assert.ok(shown.includes('papyrus'), 'Papyrus serves everyone under 35');
          assert.ok(shown.includes('shout'), 'Shout serves any age');
        });

        it('renders no conflicting or unverified channel', () => {
          const channels = tiers.flatMap((t) => t.routes.flatMap((r) => r.channels));
          assert.ok(channels.every((c) => c.confidence === 'confirmed' || c.confidence === 'corroborated'));
          assert.ok(!channels.some((c) => c.keyword === 'YM'));
          assert.ok(!hrefs(tiers).some((h) => h.includes('07860039967') || h.includes('07786209697')));
        });
      });
    }
  }

  it('defaults to Wales and every age', () => {
    assert.deepEqual(ids(servicesFor()), ids(servicesFor({ nation: 'wales' })));
    assert.ok(actions(servicesFor()).includes('Call 111 and press 2'));
  });

  it('adds Breathing Space in Scotland only for those 16 and over', () => {
    assert.ok(ids(servicesFor({ nation: 'scotland', age: 'adult' })).includes('breathing-space'));
    assert.ok(!ids(servicesFor({ nation: 'scotland', age: 'child' })).includes('breathing-space'));
  });

  it('throws an UnknownOptionError that lists the valid nations', () => {
    assert.throws(() => servicesFor({ nation: 'france' as Nation }), (error: unknown) => {
      assert.ok(error instanceof UnknownOptionError);
      assert.equal(error.option, 'nation');
      assert.deepEqual(error.validValues, ['wales', 'england', 'scotland', 'northern-ireland']);
      assert.match(error.message, /Unknown nation "france"\. Use one of: wales, england, scotland, northern-ireland\./);
      return true;
    });
  });

  it('throws an UnknownOptionError for an unknown age group', () => {
    assert.throws(() => servicesFor({ age: 'teen' as AgeGroup }), /Unknown age "teen"\. Use one of: child, young-person, adult\./);
  });
});

describe('shortRoutes', () => {
  const lines = (age?: AgeGroup) => shortRoutes({ age }).map((r) => `${r.urgency} ${r.service.id} ${r.channel.display}`);

  it('gives 999, 111 press 2 and Samaritans, one phone line each, for every age and for adults', () => {
    const everyone = ['emergency emergency-999 999', 'urgent nhs-111-wales 111', 'talk-now samaritans 116 123'];
    assert.deepEqual(lines(), everyone);
    assert.deepEqual(lines('adult'), everyone);
    assert.equal(shortRoutes().find((r) => r.urgency === 'urgent')?.channel.action, 'Call 111 and press 2');
  });

  it('adds the lines meant for children and young people (Childline, Meic) after Samaritans', () => {
    for (const age of ['child', 'young-person'] as const) {
      assert.deepEqual(lines(age), [
        'emergency emergency-999 999',
        'urgent nhs-111-wales 111',
        'talk-now samaritans 116 123',
        'talk-now childline 0800 1111',
        'talk-now meic 080 880 23456',
      ], age);
    }
  });

  it('shows only channels that are rendered, from the verified data', () => {
    for (const age of [undefined, ...AGE_GROUPS]) {
      for (const route of shortRoutes({ age })) assert.ok(route.channel.confidence === 'confirmed' || route.channel.confidence === 'corroborated');
    }
  });
});

