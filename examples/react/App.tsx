import { useState, type ChangeEvent } from 'react';
import { NATIONS, type Nation } from 'self-harm-guidance';
import { ShgHelpPanel, ShgQuickExit, type ShgExitEvent } from 'self-harm-guidance/react';
// A raw tag needs its registration imported (a wrapper imports its own).
import 'self-harm-guidance/elements/expectations/define.js';

/** A made-up local service; its number is from Ofcom's range for drama, so it rings no one. */
const LOCAL_SERVICES = [
  {
    name: 'Example Town Crisis Café',
    summary: 'A calm place to talk, run by the local health board. No appointment needed.',
    urgency: 'talk-now',
    channels: [{ type: 'phone', value: '01632 960 000', hours: 'Open 6pm to midnight, every day.' }],
  },
];

const NATION_NAMES: Record<Nation, string> = { wales: 'Wales', england: 'England', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** Where this app keeps an unsent message, so a reload does not lose it. */
export const DRAFT_KEY = 'example-draft';

export function App() {
  const [nation, setNation] = useState<Nation>('wales');
  const [draft, setDraft] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  const [localAdded, setLocalAdded] = useState(false);

  const onDraft = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setDraft(event.target.value);
    sessionStorage.setItem(DRAFT_KEY, event.target.value);
  };

  // Quick exit replaces this page, but the tab's session storage outlives it: clear anything the
  // app kept about the visit first. (Call event.preventDefault() only if the app must navigate itself.)
  const onExit = (event: ShgExitEvent) => {
    sessionStorage.removeItem(DRAFT_KEY);
    console.info(`Leaving for ${event.detail.href}`);
  };

  return (
    <>
      <ShgQuickExit sticky onShgExit={onExit} />
      <main>
        <h1>Talk to us</h1>
        <label>
          Where do you live?{' '}
          <select value={nation} onChange={(event) => setNation(event.target.value as Nation)}>
            {NATIONS.map((value) => (
              <option key={value} value={value}>
                {NATION_NAMES[value]}
              </option>
            ))}
          </select>
        </label>
        {/* Props set the element's properties, objects included; custom events get on… props. */}
        <ShgHelpPanel
          nation={nation}
          headingLevel={2}
          localServices={LOCAL_SERVICES}
          onShgLocalServicesReady={() => setLocalAdded(true)}
          data-local-services={localAdded ? 'added' : 'checking'}
        />
        <label>
          Your message
          <textarea value={draft} onChange={onDraft} rows={4} />
        </label>
        {/* React 19 renders the tags themselves too, typed by self-harm-guidance/react. */}
        <shg-expectations audience="person" heading-level="2" />
      </main>
    </>
  );
}
