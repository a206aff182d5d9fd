import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Prints every `<details>` open. Browsers do not print the contents of a closed `<details>`, and
 * CSS alone cannot open one, so on `beforeprint` this opens each closed one in the element and on
 * `afterprint` closes exactly those again: the reader's own choices survive printing, and nothing
 * is stored anywhere. A controller: it listens while its element is connected.
 */
export class PrintExpander implements ReactiveController {
  #opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  readonly #before = (): void => {
    this.#opened = [...(this.host.renderRoot.querySelectorAll('details'))].filter((details) => !details.open);
    for (const details of this.#opened) details.open = true;
  };

  readonly #after = (): void => {
    for (const details of this.#opened) details.open = false;
    this.#opened = [];
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    this.#after();
  }
}
