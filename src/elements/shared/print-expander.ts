/**
 * Prints every `<details>` open. Browsers do not print the contents of a closed `<details>`, and
 * CSS alone cannot open one, so on `beforeprint` this opens each closed one in the element and on
 * `afterprint` closes exactly those again: the reader's own choices survive printing, and nothing
 * is stored anywhere.
 */
export class PrintExpander {
  #opened: HTMLDetailsElement[] = [];
  readonly #root: () => ParentNode | null;

  constructor(root: () => ParentNode | null) {
    this.#root = root;
  }

  readonly #before = (): void => {
    this.#opened = [...(this.#root()?.querySelectorAll('details') ?? [])].filter((details) => !details.open);
    for (const details of this.#opened) details.open = true;
  };

  readonly #after = (): void => {
    for (const details of this.#opened) details.open = false;
    this.#opened = [];
  };

  connect(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  disconnect(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
    this.#after();
  }
}
