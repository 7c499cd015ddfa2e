import type { DjMemberRoster } from '@dangjian/components';
import { rosterAsOf } from './members.js';
import { mount } from './tree.js';

/** A `<dj-member-roster>` on the roster's date, set up, in the page, after its measured render. */
export async function mountRoster(setup: (roster: DjMemberRoster) => void): Promise<DjMemberRoster> {
  const roster = document.createElement('dj-member-roster');
  roster.asOf = rosterAsOf;
  setup(roster);
  await mount(roster);
  // The first render guesses the window; the measured one follows on the next frame.
  await new Promise(requestAnimationFrame);
  await roster.updateComplete;
  return roster;
}
