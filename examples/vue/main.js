// Vue 3 without single-file components: the template is compiled in the browser, so this needs
// Vue's full build (in Vite: `resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } }`).
import { createApp, ref } from 'vue';
import { NATIONS } from 'self-harm-guidance';
import 'self-harm-guidance/define'; // registers every shg- tag

const app = createApp({
  setup() {
    const nation = ref('wales');
    const exits = ref(0);
    // A made-up local service; its number is from Ofcom's range for drama, so it rings no one.
    const localServices = [
      {
        name: 'Example Town Crisis Café',
        summary: 'A calm place to talk, run by the local health board. No appointment needed.',
        urgency: 'talk-now',
        channels: [{ type: 'phone', value: '01632 960 000' }],
      },
    ];
    // Runs before the page is left: clear anything the app kept about the visit.
    const onExit = (event) => {
      exits.value += 1;
      console.info(`Leaving for ${event.detail.href}`);
    };
    return { nation, nations: NATIONS, localServices, onExit, exits };
  },
  // Attributes bind as usual; `.localServices` sets a property (an array cannot be an attribute);
  // `@shg-exit` listens for the element's event.
  template: `
    <shg-quick-exit sticky @shg-exit="onExit" :data-exits="exits"></shg-quick-exit>
    <main>
      <h1>Talk to us</h1>
      <label>Where do you live?
        <select v-model="nation">
          <option v-for="value in nations" :key="value" :value="value">{{ value }}</option>
        </select>
      </label>
      <shg-help-panel :nation="nation" heading-level="2" .localServices="localServices"></shg-help-panel>
      <shg-expectations audience="carer" heading-level="2"></shg-expectations>
    </main>
  `,
});

// Tell Vue's template compiler that shg- tags are custom elements, not Vue components to resolve.
// The in-browser compiler would spot tags already registered, but not ones registered later, and
// a build-time compiler (.vue files) sees no registry at all: there, set the same option in the
// Vue plugin (`vue({ template: { compilerOptions: { isCustomElement } } })` in Vite).
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('shg-');
app.mount('#app');
